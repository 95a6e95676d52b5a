from common import P, L

ARTICLES = [
dict(
    slug="b3-en-council-bins",
    lang="en",
    register="local/council",
    paras=P("""
Three-weekly bin collections approved despite packed public gallery

By Harriet Quayle, Local Democracy Reporter

Residents of Ashcombe will have their general waste collected every three weeks from April after councillors voted 27 to 19 in favour of the change on Tuesday night.

The meeting at Ashcombe Guildhall ran for almost four hours, with around sixty people watching from the public gallery and several more standing in the corridor outside.

Recycling and food waste will still be picked up weekly under the new timetable, which the council says will save £1.4 million a year and lift its recycling rate above 55 per cent.

Cllr Maureen Tilling, cabinet member for environment, told the chamber the authority had "run out of painless options".

"Nobody stands for election wanting to collect rubbish less often," she said. "But every tonne we send to landfill costs us more than a hundred pounds in tax alone."

Opposition leader Cllr Dev Anand said families with young children and people using incontinence products would be hit hardest, and called for a free extra bin for those households.

The council has agreed to offer an additional collection on request for households with medical needs or more than five occupants, though details of how to apply have not yet been published.

A petition against the plan gathered 4,300 signatures in three weeks and was presented to the meeting by Ashcombe resident Carol Pryce.

What happens next

Letters explaining the new timetable will be sent to every household in February. The first three-weekly collection is due in the week beginning 7 April.
"""),
    head=[
        "Sign in | Register | My saved articles",
        "Our journalism is funded by readers like you. Become a Gazette supporter from £1 a week and help keep local reporting on your doorstep.",
    ],
    mid=[
        ("The meeting at Ashcombe Guildhall", "Got a story about your street? Drop the newsdesk a WhatsApp on 07700 900412 — we read every message."),
        ("Opposition leader", "MOST READ\nPolice name man found in canal near Lock 14\nNew bakery chain confirms it will open on Fore Street\nSchool crossing patrol retires after 31 years"),
        ("A petition against the plan", "Property of the week: four-bed detached in Little Marlow with its own paddock — view the listing"),
    ],
    tail=[
        "Want council decisions as they happen? Our free Town Hall Tuesday email lands every week at 7am — add your address here.",
        "Comments (48) — Join the conversation",
        "© Ashcombe Gazette Media Ltd 2026. All rights reserved.",
    ],
    mixed=[
        ("By Harriet Quayle", "end", "Follow Harriet on X @HQuayleLDR"),
        ("Recycling and food waste", "start", "ADVERTISEMENT"),
        ("The council has agreed", "end", "Did you know you can now get the Gazette's e-edition on your tablet for less than the price of a paper? Try it free for 30 days."),
        ("What happens next", "end", "Listen to this article: 3 min"),
    ],
    ltop=L("""
Home
News
Council
Sport
What's On
Jobs
Announcements
Skip to main content
"""),
    lmid=[
        ("Cllr Maureen Tilling", "Advertisement"),
        ("A petition against the plan", "Related: Campaigners vow to fight parking charges at Riverside car park"),
    ],
    lbot=L("""
Share this story
Facebook
WhatsApp
Email
Report an error
Contact us
Privacy notice
Cookie settings
Part of the Harbourline Regional Media group
"""),
),
dict(
    slug="b3-en-liveblog-cup",
    lang="en",
    register="live blog (sport)",
    paras=P("""
FA Trophy semi-final live: Kettering Town 2-1 Boston United — as it happened

Kettering reach Wembley for the first time since 2000 after a stoppage-time winner from substitute Ollie Breen.

Full time

The travelling fans behind the goal have not stopped singing since the whistle. Boston's players sit on the turf; a couple of them have their shirts pulled over their heads.

90+4 min: GOAL! Breen slides in at the back post to meet Adeyemi's low cross. Kettering 2-1 Boston, and the bench has emptied onto the pitch.

88 min: Boston have a penalty appeal waved away after Lomas goes down under a challenge from Whitfield. Replays suggest there was very little contact.

71 min: Breen on for Harrison, who has run himself into the ground.

Half time

Kettering 1-1 Boston. A scrappy first half on a heavy pitch, lit up by two goals in three minutes.

27 min: GOAL! Boston level immediately. Lomas curls one in from the edge of the box and the keeper barely moves.

24 min: GOAL! Kettering lead through a header from captain Sam Okafor after a corner was only half cleared.

Good afternoon and welcome to live coverage from Latimer Park, where a crowd of just over 5,000 is expected for the biggest game the ground has hosted in a generation.
"""),
    head=[
        "LIVE — updated 2 minutes ago",
        "Watch every goal from the National League system on the NonLeague+ app. Download free on iOS and Android.",
        "Key events | Line-ups | Table",
    ],
    mid=[
        ("The travelling fans", "Who will lift the Trophy at Wembley? Vote in our poll — Kettering 61% · Boston 12% · Someone else 27%"),
        ("71 min:", "This live blog is brought to you by Cobbett's Bitter — brewed in Northamptonshire since 1887. Please drink responsibly."),
        ("Kettering 1-1 Boston.", "Refresh for the latest updates or switch on auto-refresh"),
    ],
    tail=[
        "Bet on the final: Kettering 13/8, Boston 2/1 if they had gone through. 18+ BeGambleAware.org. T&Cs apply.",
        "You're reading the Non-League Paper live service. Back our coverage of the grassroots game — take out a season ticket to the Paper for £3.99 a month.",
    ],
    mixed=[
        ("90+4 min:", "end", "Share this post"),
        ("88 min:", "start", "Show key events only"),
        ("27 min:", "end", "Clip: watch Lomas's equaliser in our highlights reel, available to NonLeague+ members."),
        ("Good afternoon and welcome", "end", "Send your thoughts to live@nlpaper.co.uk or message us with #TrophyLive."),
    ],
    ltop=L("""
Football
Non-League
Cup competitions
Live scores
Fixtures
Sign in
"""),
    lmid=[
        ("Full time", "Pinned post"),
        ("24 min:", "Ad feedback"),
    ],
    lbot=L("""
Load earlier posts
More on this story
Wembley date confirmed for Trophy final
Kettering boss: we never stopped believing
Terms of use
Accessibility
"""),
),
dict(
    slug="b3-en-recipe-dal",
    lang="en",
    register="recipe",
    paras=P("""
Weeknight tarka dal with crispy shallots

This is the dal I make when the fridge is almost empty and there is no energy left for anything clever. It takes 35 minutes, most of which is the lentils simmering while you do something else.

Serves 4

Ingredients

250g red split lentils, rinsed until the water runs clear

1 tsp ground turmeric

2 tbsp ghee or vegetable oil

4 shallots, thinly sliced

1 tsp cumin seeds and 3 garlic cloves, sliced

1 green chilli, split lengthways

Method

Put the lentils in a pan with 1 litre of water and the turmeric. Bring to the boil, skim off the foam, then simmer for 25 minutes, stirring now and then, until they collapse into a thick soup. Season well with salt.

Meanwhile, heat the ghee in a small frying pan and fry the shallots over a medium heat until deep golden and crisp, about 10 minutes. Lift them out with a slotted spoon and drain on kitchen paper.

Add the cumin seeds, garlic and chilli to the hot ghee and sizzle for a minute, until the garlic is just turning golden. Pour the whole lot over the dal, scatter with the shallots and serve with rice or flatbreads.
"""),
    head=[
        "Jump to recipe · Print recipe",
        "This post may contain affiliate links. If you buy through them, I may earn a small commission at no extra cost to you.",
        "★★★★★ 4.9 from 312 votes",
    ],
    mid=[
        ("This is the dal I make", "I use this cast-iron tadka pan for the tempering — it's currently £14.99 on Amazon (was £21)."),
        ("1 green chilli", "Never miss a recipe! Join 90,000 home cooks who get my Sunday Supper Plan every weekend."),
        ("Meanwhile, heat the ghee", "Made this? Snap a photo and tag @thriftykitchenhari so I can see it!"),
    ],
    tail=[
        "Nutrition information is an estimate provided by an online calculator.",
        "You might also like: Chana masala in 20 minutes · One-pot lemon rice · Cheat's naan with no yeast",
        "Leave a review — 87 comments",
    ],
    mixed=[
        ("Serves 4", "end", "Scale: 1x 2x 3x"),
        ("Method", "start", "Cook mode — prevent your screen from going dark"),
        ("Meanwhile, heat the ghee", "end", "Pin it for later!"),
        ("Add the cumin seeds", "end", "Hungry for more? Grab my new cookbook, Thrifty Kitchen, out now in hardback and Kindle."),
    ],
    ltop=L("""
Recipes
Dinner
Vegetarian
Curries
About Hari
Shop
Search recipes
"""),
    lmid=[
        ("Ingredients", "US Customary | Metric"),
        ("Put the lentils in a pan", "Sponsored content"),
    ],
    lbot=L("""
Course: Main
Cuisine: Indian
Keyword: dal, lentils, vegan option
Did you make this recipe? Rate it below
© 2026 Thrifty Kitchen. Site by Peppermill Studio
"""),
),
dict(
    slug="b3-en-streaming-prices",
    lang="en",
    register="business (trap: subscriptions)",
    trap=True,
    trap_promo=("tail", "Understand the deals behind the headlines. Subscribe to the Ledger for £1 for your first three months."),
    paras=P("""
Streaming platforms lean on ad tiers as subscribers balk at price rises

Four of the largest video-streaming services in the UK have raised the price of their ad-free plans in the past six months, while keeping their cheapest advertising-supported tiers unchanged — a deliberate push, analysts say, to move customers onto plans that earn money twice.

Figures from the research firm Kantar show that 38 per cent of new sign-ups in the last quarter chose an ad-supported plan, up from 21 per cent a year earlier.

"The subscription price is now only half the story," said Priya Mendes, a media analyst at Ampere Analysis. "A viewer on a £5 plan who watches four minutes of adverts an hour can be worth more than one paying £11 with no adverts at all."

The shift has been accompanied by a sharp rise in cancellations. So-called churn — the share of subscribers who cancel in a given month — reached 4.1 per cent in December, the highest level Kantar has recorded.

Many households now subscribe for a month to watch a particular series, cancel, and rejoin later, a habit the industry calls "serial churning".

Free trials have largely disappeared as a result. Only one of the major platforms still offers new customers a free week, and that offer is restricted to people signing up through a mobile network.

Consumer groups have also raised concerns about how hard it is to leave. Which? found that on two services, cancelling required visiting a web browser rather than the app, and customers were shown up to three retention offers before the cancellation was confirmed.

The Digital Markets, Competition and Consumers Act, whose subscription rules come into force next year, will require companies to send reminders before a free trial converts to a paid plan and to let customers cancel as easily as they signed up.

Ms Mendes said the rules were unlikely to reverse the trend. "Bundles are where this ends up — your broadband, your phone and three streaming services on one bill. That is much harder to walk away from."
"""),
    head=[
        "Markets | Companies | Personal Finance | Opinion",
        "You have read 3 of your 5 free articles this month. Register for free to keep reading.",
    ],
    mid=[
        ("Figures from the research firm", "Ledger Pro: unlock live market data and sector analysis. Start your 14-day trial."),
        ("Free trials have largely", "Recommended for you\nHow the BBC licence fee could be replaced\nMusic royalties: the artists earning less from streaming"),
    ],
    tail=[
        "Understand the deals behind the headlines. Subscribe to the Ledger for £1 for your first three months.",
        "Gift this article — subscribers can share 10 articles a month with friends and family.",
        "Topics: Media · Streaming · Consumer rights",
    ],
    mixed=[
        ("Streaming platforms lean", "end", "Save"),
        ("The shift has been accompanied", "start", "Article continues below this advertisement"),
        ("Consumer groups have also", "end", "Hear our media correspondent unpack this on The Ledger Daily podcast, out every weekday on Spotify and Apple Podcasts."),
        ("Ms Mendes said", "end", "Copy link · Email · LinkedIn"),
    ],
    ltop=L("""
The Ledger
Menu
Search
Subscribe
Log in
Business › Media
"""),
    lmid=[
        ("Many households now", "ADVERTISEMENT"),
    ],
    lbot=L("""
Reuse this content
Follow the topics in this article
Add Media to myLedger
Privacy policy
Manage cookies
© The Ledger Group plc
"""),
),
]
