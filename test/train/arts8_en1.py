import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-en-council-flood-alerts",
        lang="en",
        register="local council news",
        paras=P("""
Residents living along the lower Wenning will be offered free flood sensors for their cellars under a scheme approved by Craven Vale District Council on Tuesday night.

The £410,000 programme, paid for largely from a government resilience grant, will fit up to 900 homes in Bentham, Clapham and Low Bentham with water-level monitors that send a text message when groundwater begins to rise.

Councillor Maureen Ashby, who chairs the environment committee, said the idea came from residents who had been flooded three times since 2015. "People told us the river gauge is a mile away and tells them nothing about their own cellar," she said.

How the scheme works

Households within the mapped flood zone will receive a letter in February. Those who want a sensor can sign up for flood alerts on the council's website or by phoning the customer contact centre, officials said.

Each device costs about £140 to install. The council will cover the full cost for owner-occupiers and tenants; landlords with more than three properties will be asked to contribute £60 per unit.

Not everyone on the committee was convinced. Councillor Derek Pye (Independent) said the money would be better spent clearing culverts that had been "left to silt up for a decade".

"Sensors tell you you're flooding. They don't stop you flooding."

The motion passed by nine votes to three, with one abstention. Officers will report back on take-up in June.

The Environment Agency said it supported the pilot and would share its own river data with the council's contractor, Northdale Telemetry, free of charge.
"""),
        head=[
            "Craven Vale Courier | Local news that matters",
            "You have read 3 of your 5 free articles this month. Register for free to keep reading.",
            "Listen to this article · 4 min",
        ],
        mid=[
            (3, "Advertisement"),
            (6, "READ MORE: Bentham bridge closure extended until spring after inspection finds cracks"),
            (8, "Sign up to Courier Daily: the day's top stories from Craven Vale, straight to your inbox every morning at 7am. Sign up"),
        ],
        tail=[
            "Have a story? Contact our newsdesk on 01524 555 019 or email news@cravenvalecourier.co.uk",
            "Support local journalism. The Courier is read by 48,000 people a month, but only a fraction of them pay for it. Become a supporter from £1 a month.",
            "Comments (17)",
            "© 2026 Northern Dales Media Ltd. All rights reserved.",
        ],
        mixed=[
            (0, "start", "ADVERTISEMENT"),
            (2, "end", "Get Courier Daily in your inbox every weekday morning."),
            (4, "start", "Photo: Craven Vale Courier/Simon Lund"),
            (5, "end", "Read more: Anger as bin collections move to three-weekly schedule"),
            (7, "end", "Share this article on WhatsApp"),
            (9, "start", "Support the Courier from just £1 - it only takes a minute."),
        ],
        ltop=L("""
Skip to content
Craven Vale Courier
News
Weather
What's On
Property
Jobs
Log in
Subscribe from £1
Flood sensors to be fitted in 900 homes along Wenning
By Helen Garside, Local Democracy Reporter
Published 14:32, 21 January 2026
"""),
        lmid=[
            (4, "Advertisement"),
            (8, "Most read"),
        ],
        lbot=L("""
Tags: Bentham, Flooding, Council
Share on Facebook
Share on X
Copy link
Related stories
Council tax to rise 4.99% as district faces £2m gap
Clapham school roof repairs finally given green light
About us
Contact
Privacy and cookie policy
Terms of use
© Northern Dales Media Ltd 2026
"""),
    ),
    dict(
        slug="t8-en-markets-live-blog",
        lang="en",
        register="markets live blog",
        paras=P("""
European stocks slipped on Thursday morning as investors weighed a stronger-than-expected US jobs report against signs that China's property slump is deepening.

08:05 GMT

The FTSE 100 opened 0.4% lower at 8,212 points, dragged down by miners. Glencore fell 2.1% and Anglo American lost 1.8% after iron ore prices touched a four-month low in Singapore.

08:20 GMT

Germany's DAX was down 0.3%, while the CAC 40 in Paris fell 0.5%. Luxury groups led the decline in France after a Hong Kong retailer warned that mainland shoppers were cutting back.

08:45 GMT

Sterling held steady at $1.2690. Analysts at Halvergate Capital said traders were now pricing in only one Bank of England rate cut before the summer, down from two a week ago.

"The market has gone from complacent to nervous in about five sessions," said Priya Menon, a strategist at the firm.

09:10 GMT

Shares in Brightwell Foods jumped 9% after the supermarket supplier said its new subscription meal-kit service had signed up 120,000 customers in its first quarter, well ahead of its own target. The company said customers could cancel at any time and that churn had been "lower than feared".

Oil was little changed, with Brent crude at $78.40 a barrel.
"""),
        head=[
            "MARKETS LIVE",
            "This live blog is free to read. Subscribers get full access to our analysis, data tools and the Markets Morning newsletter. Subscribe now",
        ],
        mid=[
            (4, "Advertisement"),
            (7, "Related: Bank of England's Hale says rate cuts 'not on autopilot'"),
        ],
        tail=[
            "This blog is now closed. Follow our markets coverage on the Ledger Street app, available on iOS and Android.",
            "Want the day's market moves before the open? Sign up for Markets Morning, delivered at 6:30am every weekday.",
            "Ledger Street is not a financial adviser. Nothing here is investment advice.",
        ],
        mixed=[
            (0, "start", "Listen to this article · 3 min"),
            (2, "end", "Get Markets Morning in your inbox every weekday before the bell."),
            (4, "end", "Try Ledger Street Premium free for 30 days. Cancel anytime."),
            (6, "start", "ADVERTISEMENT"),
            (9, "end", "Read more: Why the bond market stopped believing in soft landings"),
            (10, "start", "Download the Ledger Street app for real-time price alerts."),
        ],
        ltop=L("""
Ledger Street
Markets
Companies
Economy
Personal finance
Sign in
Start free trial
Live: FTSE slips as miners drag; Brightwell Foods soars
Updated 09:14 GMT
Key events
Show key events only
"""),
        lmid=[
            (5, "Advertisement"),
            (9, "Pinned post"),
        ],
        lbot=L("""
Topics
UK stocks
Commodities
Share this page
Reuse this content
Most viewed
Gold hits record as dollar weakens
Sitemap
Cookie settings
Ledger Street Media Group © 2026
"""),
    ),
    dict(
        slug="t8-en-recipe-shakshuka",
        lang="en",
        register="recipe blog",
        paras=P("""
This is the shakshuka I make on Sunday mornings when there's nothing in the fridge but eggs, a tin of tomatoes and half a pepper going soft. It takes about 25 minutes, feeds two generously, and needs only one pan.

Ingredients

1 red pepper, thinly sliced

1 onion, finely chopped

2 garlic cloves, crushed

1 tsp ground cumin and 1 tsp smoked paprika

1 x 400g tin chopped tomatoes

4 eggs

Method

Warm 2 tbsp olive oil in a wide frying pan over a medium heat and soften the onion and pepper for about eight minutes. Add the garlic and spices and cook for one more minute, until fragrant.

Tip in the tomatoes, season well and simmer for ten minutes until thick. Make four wells with the back of a spoon, crack in the eggs, cover and cook for six to eight minutes, until the whites are set but the yolks still run.

A reader asked last week whether you can freeze the sauce. You can: make a double batch and freeze half before adding the eggs.
"""),
        head=[
            "Jump to Recipe",
            "Print Recipe",
            "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
        ],
        mid=[
            (0, "Pin this recipe for later!"),
            (7, "ADVERTISEMENT"),
            (9, "Never miss a recipe - join 60,000 home cooks who get Small Kitchen Sundays in their inbox."),
        ],
        tail=[
            "Did you make this recipe? Tag @smallkitchensundays on Instagram and leave a star rating below!",
            "You might also like",
            "One-pan harissa chickpeas",
            "Leave a comment",
        ],
        mixed=[
            (0, "start", "Jump to recipe"),
            (9, "end", "I use this cast-iron skillet (£34.99 on Amazon) - it's worth every penny."),
            (8, "start", "ADVERTISEMENT"),
            (11, "end", "Rate this recipe ★★★★★"),
            (10, "end", "Join Small Kitchen Sundays for a new recipe every week - it's free."),
            (1, "start", "Shop the look: my favourite wooden spoons"),
        ],
        ltop=L("""
Small Kitchen Sundays
Recipes
Breakfast
Weeknight dinners
About
Shop
Search
Home » Breakfast » One-Pan Shakshuka
Posted on 12 January 2026 by Nell
"""),
        lmid=[
            (6, "Advertisement"),
            (8, "Watch how to make it"),
        ],
        lbot=L("""
Print
Pin
Yum
Course: Breakfast
Cuisine: Middle Eastern
Prep Time: 5 minutes
Reader Interactions
13 Comments
Privacy Policy
© 2026 Small Kitchen Sundays
"""),
    ),
    dict(
        slug="t8-en-obit-headteacher",
        lang="en",
        register="obituary",
        paras=P("""
Margaret "Peggy" Orrell, who has died aged 88, was head teacher of St Aidan's primary school in Whitehaven for 21 years and taught three generations of the same families to read.

She was born in Egremont, Cumberland, the youngest of five children of a miner, John Orrell, and his wife, Elsie (nee Brough), a seamstress. She won a scholarship to Whitehaven grammar school and trained at Charlotte Mason college in Ambleside.

After posts in Carlisle and Workington, she arrived at St Aidan's in 1968 and became head in 1974, at 36 one of the youngest in the county.

She was an early and fierce advocate of phonics, long before it was fashionable, and of sending children home with books rather than worksheets. Parents who could not afford them were quietly given a library card, filled in by Peggy herself.

Former pupils remember her morning assemblies, which often ended with a single instruction: "Go and be kind."

After retiring in 1995 she chaired the local branch of the Cumbria Community Foundation and ran a reading club at the town library until she was 84.

Her husband, Tom, a harbour pilot, died in 2009. She is survived by her nephew, Andrew, and by her goddaughter, Claire.

Margaret Orrell, teacher, born 3 June 1937; died 4 January 2026
"""),
        head=[
            "Other lives",
            "Do you have a friend or relative who has died recently? Email us at otherlives@northernpost.co.uk",
        ],
        mid=[
            (3, "Advertisement"),
            (5, "More obituaries: Harold Kenyon, boatbuilder who kept the Solway cobles afloat"),
        ],
        tail=[
            "Send us your memories of Peggy Orrell in the comments below.",
            "The Northern Post depends on readers like you. Give once or every month from £2.",
            "Explore more on these topics: Cumbria, Education, Obituaries",
        ],
        mixed=[
            (0, "end", "Photo: Family handout"),
            (1, "start", "Listen to this obituary · 2 min"),
            (3, "end", "Read more: Cumbria's small schools face closure as rolls fall"),
            (4, "start", "Advertisement"),
            (5, "end", "If you value our obituaries, please consider a donation of any size."),
            (6, "start", "Follow Northern Post on Facebook for the latest from Cumbria."),
        ],
        ltop=L("""
The Northern Post
Obituaries
Local
Opinion
Donate
Margaret Orrell obituary
Head teacher who taught three generations of Whitehaven families to read
Andrew Orrell
Fri 16 Jan 2026 10.00 GMT
"""),
        lmid=[
            (2, "Peggy Orrell in 1979. Photograph: family archive"),
            (6, "Advertisement"),
        ],
        lbot=L("""
Share on Facebook
Share on Bluesky
Share via email
Comments (4)
Most popular
Privacy policy
Cookie policy
© 2026 Northern Post Ltd
"""),
    ),
    dict(
        slug="t8-en-trap-newsletter-economy",
        lang="en",
        register="media business analysis",
        trap=True,
        trap_promo=("tail", "Sign up to Media Desk, our weekly newsletter on the business of news. Sign up"),
        paras=P("""
Two years ago, the independent newsletter was supposed to be the escape hatch for journalists fleeing struggling newsrooms. Now a growing number of writers say the economics are harder than the pitch suggested.

According to a survey of 1,100 paid newsletters published on Monday by the Reuters-backed research group Signal & Noise, the median writer had 312 paying subscribers at the end of 2025, down from 390 a year earlier.

The typical price was £5 a month or £50 a year. After platform fees and card charges, that leaves a median annual income of just under £14,000.

"Everybody sees the one writer with 40,000 subscribers," said Kemi Adeyinka, who runs a newsletter about West African football. "Nobody talks about the hundreds who give up after eight months."

Readers are also becoming choosier. The survey found that the average reader who pays for any newsletter now pays for 2.3 of them, down from 3.1, and that many cancel within three months of subscribing.

Platforms are responding. Several have introduced bundles, allowing readers to subscribe to a group of writers for a single fee, and are pushing "recommend" features that prompt readers who sign up for one newsletter to follow similar ones.

Some writers have gone back to advertising. Others ask readers to donate rather than subscribe, keeping every post free to read.

"I stopped putting things behind a paywall and asked people to chip in if they could," said Tom Hallworth, who writes about local government in Sheffield. "More people pay now than did before."

The researchers said newsletters that survive tend to be narrow, regular and written by someone with a specialist audience before they launch.
"""),
        head=[
            "Media",
            "Listen to this article · 5 min",
        ],
        mid=[
            (2, "Advertisement"),
            (6, "Read more: BBC to cut 200 jobs in news division as licence fee freeze bites"),
        ],
        tail=[
            "Sign up to Media Desk, our weekly newsletter on the business of news. Sign up",
            "Explore more on these topics: Newsletters, Media business, Journalism",
            "Share",
        ],
        mixed=[
            (0, "start", "Listen to this article · 5 min"),
            (2, "end", "Get Media Desk in your inbox every Friday."),
            (3, "end", "Photo: Kemi Adeyinka/Supplied"),
            (5, "start", "Advertisement"),
            (7, "end", "Read more: Local radio stations merge as ad revenue slumps"),
            (8, "start", "Enjoying this article? Become a member of The Broadsheet Review from £4 a month."),
        ],
        ltop=L("""
The Broadsheet Review
Media
Technology
Culture
Members
Log in
Become a member
The newsletter gold rush is over. What's left is a grind
Most paid newsletters earn less than £14,000 a year, survey finds
By Ruth Calloway, media editor
"""),
        lmid=[
            (3, "Kemi Adeyinka runs a West African football newsletter. Photograph: supplied"),
            (6, "Advertisement"),
        ],
        lbot=L("""
Topics
Media business
Reuse this content
Most viewed
Privacy
Cookies
Accessibility
© 2026 The Broadsheet Review
"""),
    ),
]
