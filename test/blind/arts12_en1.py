"""Blind set 9 (arts12), English part 1: local news, wire story, sports report, recipe blog,
password-manager review trap."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-en-local-lido-reopening",
        "register": "local news",
        "lang": "en",
        "paras": P("""
Saltmarsh Lido to reopen next summer after £2.1m repair deal

The 1930s open-air pool on Saltmarsh seafront will reopen in June next year after councillors agreed to pay for repairs to its cracked basin and failing pump house, ending four years of uncertainty over its future.

Members of Wexcombe District Council's cabinet voted unanimously on Tuesday evening to release £2.1 million from the authority's capital reserves, with a further £350,000 expected from a heritage grant.

The lido closed in the autumn of 2020 after engineers found that water was leaking from the main pool at a rate of around 40,000 litres a day. A report to councillors said the leak had undermined part of the terrace and made the changing blocks unsafe.

"This is a building that half the town learned to swim in," said Councillor Ruth Adeyemi, cabinet member for leisure. "We were never going to let it become a fenced-off ruin."

What the work involves

Contractors will reline the pool basin, replace the filtration plant and rebuild the north terrace. The art deco entrance kiosk, which is listed, will be repaired using original drawings found in the county archive last year.

The council has also agreed to install solar panels on the roof of the pump house, which officers say could cut the cost of heating the water by around a third.

Campaigners from the Friends of Saltmarsh Lido, who collected more than 9,000 signatures calling for the pool to reopen, watched the meeting from the public gallery.

"We're delighted, and a little bit exhausted," said the group's chair, Peter Lomax. "Now we want to make sure the prices are affordable for families."

Opposition councillors supported the decision but questioned why the repairs had taken so long to approve. Cllr Graham Hurst said the cost had risen by almost £600,000 since the first estimate in 2021.

The council said ticket prices would be set next spring. Work is due to start in September.
"""),
        "head": [
            "Echo Extra members read this story 12 hours before everyone else. Join Echo Extra from £1.50 a week.",
            "News › Wexcombe › Saltmarsh",
        ],
        "mid": [
            ("The lido closed", "Got a memory of the lido, or a story we should be chasing? Message the newsdesk on WhatsApp: 07700 900118"),
            ("Contractors will reline", "Sponsored by Harbourside Bathhouse\nSea-view sauna sessions from £9 · Book a slot"),
            ("Campaigners from", "Most read\nBypass roadworks to last until Easter\nFormer mayor opens seafront bakery\nTwo hurt in Quay Street crash"),
        ],
        "tail": [
            "Get tomorrow's Echo in your inbox tonight. The Evening Dispatch arrives at 9pm, free.\nEnter your email\nGo",
            "Tags: Saltmarsh Lido · Wexcombe District Council · Leisure",
            "Show 27 comments",
            "Letters to the editor are printed every Friday. Write to letters@wexcombeecho.co.uk and include your full address.",
        ],
        "mixed": [
            ("The 1930s open-air pool", "end", "Echo Extra members can listen to this article in the Echo app."),
            ("Members of Wexcombe", "start", "The article carries on after this message from our partners."),
            ("Contractors will reline", "end", "Browse our gallery of the lido through the decades, with 40 archive pictures."),
            ("The council said ticket", "end", "Keep reporters on Wexcombe's streets by joining Echo Extra today."),
        ],
        "ltop": L("""
Wexcombe Echo
Home
News
Sport
What's On
Property
Notices
Echo Extra
Log in
News › Wexcombe › Saltmarsh
"""),
        "lmid": [
            ("Members of Wexcombe", "Ad · Scroll to continue"),
            ("What the work involves", "Watch: drone footage of the empty lido basin (1:42)"),
        ],
        "lbot": L("""
Tags: Saltmarsh Lido · Wexcombe District Council · Leisure
Show 27 comments
Join Echo Extra
Contact the newsdesk
Advertise with us
Cookie settings
© Wexcombe Echo Media 2025
"""),
        "fbot_extra": [
            "We value your privacy. The Echo and 212 vendors store and access information on your device. Agree and close Manage choices",
        ],
    },
    {
        "slug": "b12-en-wire-rail-freight-strike",
        "register": "wire story",
        "lang": "en",
        "paras": P("""
Dutch rail freight workers begin 48-hour strike, disrupting port traffic

ROTTERDAM, Nov 12 (Meridian) - Rail freight workers in the Netherlands began a 48-hour strike on Wednesday over pay and working hours, halting most container trains leaving the port of Rotterdam and adding to congestion at Europe's busiest port.

The walkout, called by the transport union VTB, affects drivers and shunting staff at three of the country's largest freight operators, the union said. Passenger services are not affected.

Port officials said around 60 container trains a day would be cancelled during the strike. Some cargo was being diverted to barges and trucks, but capacity on both was limited.

"We have asked both sides to return to the table as soon as possible," a spokesperson for the port authority said. "Every day of disruption ripples through the supply chain."

The union is seeking a 7% pay rise over two years and limits on night shifts, which it says have become more frequent as operators struggle to recruit drivers. Employers have offered 4.5%.

Negotiations broke down last week after eight rounds of talks, according to a statement from the employers' association RailCargo NL, which described the union's demands as "unaffordable in the current market".

Logistics analysts said the impact on shippers would depend on how long the dispute lasted. A single 48-hour stoppage could be absorbed within about a week, said Marieke Jansen, a freight economist at consultancy Northgate Logistics.

"The problem is if this becomes a series of strikes," she said. "Then you start to see shippers routing cargo through Antwerp or Hamburg instead."

Rail carries roughly 11% of containers leaving Rotterdam for the hinterland, with the rest moved by road and inland waterways, according to port figures.

The union has said it will consider further action if no improved offer is made by the end of the month.
"""),
        "head": [
            "Markets | Shipping | Europe",
            "How we report: read the Meridian editorial charter.",
        ],
        "mid": [
            ("Port officials said", "Sponsored content\nFreight forwarding, minus the phone calls. Compare quotes from 200 carriers in minutes with ShipQuota."),
            ("Negotiations broke down", "Meridian Markets Daily: the briefing traders open before the bell. Subscribe free"),
        ],
        "tail": [
            "Get the Meridian Terminal app for real-time alerts on the companies and stories you follow. Available for iOS and Android.",
            "Purchase reprint and licensing rights for this story from Meridian Content Sales",
            "Related coverage\nGerman rail union sets strike ballot deadline\nShipping rates edge up as Red Sea diversions continue",
        ],
        "mixed": [
            ("The walkout, called", "end", "Follow Meridian Shipping on LinkedIn for updates on port disruption."),
            ("Logistics analysts said", "start", "Sign in to Meridian Pro to see live rail-freight data alongside this story."),
            ("Rail carries roughly", "end", "Add Meridian as a preferred source in Google News."),
        ],
        "ltop": L("""
Newsline Today
World
Business
Markets
Sustainability
My News
Sign in
Register free
Markets › Shipping
"""),
        "lmid": [
            ("The union is seeking", "Advertisement · Content continues below"),
            ('"The problem is', "Suggested Topics: Transport, Labour, Netherlands"),
        ],
        "lbot": L("""
Purchase licensing rights
Meridian Terminal
Report a correction
All quotes delayed a minimum of 15 minutes.
© 2025 Meridian. All rights reserved.
"""),
    },
    {
        "slug": "b12-en-sport-county-cricket",
        "register": "sports report",
        "lang": "en",
        "paras": P("""
Harcombe hold their nerve to win Championship with one wicket to spare

Harcombe won the County Championship for the first time in 31 years after their last-wicket pair added 19 nervous runs to beat Eastmoor by one wicket at Brackley Road on Friday afternoon.

Chasing 248 on a wearing pitch, Harcombe had slipped from 181 for three to 229 for nine as the Eastmoor off-spinner Tom Ashdown took five wickets in a spell of 11 overs either side of lunch.

That left the No 11, Jamie Kerrigan, to join the wicketkeeper Sam Okafor with the title in the balance and a crowd of around 4,000 barely making a sound.

Okafor, who finished unbeaten on 62, farmed the strike carefully, taking singles off the fifth and sixth balls of overs to keep Kerrigan away from Ashdown. Kerrigan faced just nine deliveries and survived all of them.

The winning runs came from an edge that flew between the wicketkeeper and first slip and ran away to the boundary. Kerrigan dropped his bat and was engulfed by teammates before he had reached the other end.

"I didn't see where it went," Kerrigan said afterwards. "I just heard the noise."

Earlier in the day the Harcombe captain, Ollie Brennan, had made 74, his third half-century in four innings, before he was caught at short leg.

Ashdown finished with six for 71, giving him 58 wickets for the season, the most by any bowler in the division.

Eastmoor's coach, Graeme Whitlow, said his side had "given everything" and could have no complaints. "We had our chances. One more wicket and we'd have been the ones celebrating."

Harcombe's previous title came in 1994, when several of the current squad's parents were in the crowd. The club's director of cricket, Helen Marsh, said the win was "for everybody who kept turning up in the lean years".

Scores in brief

Eastmoor 301 and 212; Harcombe 266 and 248-9 (Okafor 62 not out, Brennan 74; Ashdown 6-71). Harcombe won by one wicket.
"""),
        "head": [
            "Live scores › County Championship › Division One",
            "Stream every County Championship match live with the CricketPass add-on. Your first month is £1.",
        ],
        "mid": [
            ("Okafor, who finished", "Betting partner\nHarcombe to retain the title next season 9/2 · Place bet\n18+ | Please gamble responsibly"),
            ('"I didn\'t see', "Photo gallery: the final session in pictures (24 photos)"),
            ("Ashdown finished with", "The Long Room podcast: Harcombe's title, ball by ball. Find it in any podcast player, new episodes every Monday."),
        ],
        "tail": [
            "Full scorecard\nPoints table\nFixtures 2026",
            "Follow Northern Post Sport on Instagram and TikTok for dressing-room footage from the title celebrations.",
            "Read the Post without limits: your first three months for £3, then £9.99 a month.",
        ],
        "mixed": [
            ("Harcombe won the County", "end", "Watch the winning runs in our highlights package."),
            ("That left the No 11", "start", "Image: Matt Fenwick/Northern Post."),
            ("Eastmoor's coach", "end", "Share your memories of the 1994 side in the comments below."),
            ("Harcombe's previous title", "end", "Post Sport+ subscribers get full player ratings from every match."),
        ],
        "ltop": L("""
Northern Post
Sport
Football
Cricket
Rugby
Racing
Scores & fixtures
Subscribe for £3
Cricket | County Championship
"""),
        "lmid": [
            ("The winning runs came", "Advertisement"),
            ("Scores in brief", "Gallery: 24 photos from Brackley Road"),
        ],
        "lbot": L("""
Full scorecard
Points table
Back to top
More from Northern Post Sport
© Northern Post Newspapers Ltd
"""),
    },
    {
        "slug": "b12-en-recipe-rhubarb-crumble-cake",
        "register": "recipe blog",
        "lang": "en",
        "paras": P("""
Rhubarb and ginger crumble cake

The first forced rhubarb of the year turns up at my greengrocer in January, bright pink and almost translucent, and I always buy too much of it. This cake is what happens to the surplus.

It's a simple buttery sponge with a layer of rhubarb pressed into the top and a crunchy oat crumble scattered over before it goes into the oven. Stem ginger in the batter gives it a gentle warmth without taking over.

A note on the rhubarb: forced rhubarb is sweeter and more tender than the later outdoor crop, so if you're using thick greenish stalks from the garden, add an extra tablespoon of sugar and cut them a little smaller.

Ingredients

For the cake: 175g soft butter, 150g caster sugar, 3 eggs, 175g self-raising flour, 2 balls of stem ginger (finely chopped) plus 2 tbsp of the syrup, 400g rhubarb cut into 3cm pieces.

For the crumble: 60g plain flour, 40g rolled oats, 50g cold butter, 50g demerara sugar.

Method

1. Heat the oven to 180C (160C fan) and line a 23cm springform tin.

2. Rub the crumble ingredients together with your fingertips until they form rough clumps, then chill while you make the cake.

3. Beat the butter and sugar until pale, add the eggs one at a time, then fold in the flour, chopped ginger and syrup.

4. Spread the batter in the tin, press the rhubarb into the top, scatter over the crumble and bake for 55 to 60 minutes, until a skewer comes out clean.

It keeps for three days in a tin, although it's at its best slightly warm with a spoonful of thick yoghurt or custard.
"""),
        "head": [
            "Jump to Recipe · Print · Pin it",
            "A few links below are affiliate links, so I may earn a few pennies if you shop through them. It never changes what I recommend.",
        ],
        "mid": [
            ("A note on the rhubarb", "You'll need: my favourite 23cm springform tin\n£14.99 at KitchenCraft Direct · Check price"),
            ("Method", "Love bakes like this? The Sunday Crumb letter brings one seasonal recipe to your inbox every weekend.\nYour email\nSend me recipes"),
            ("2. Rub the crumble", "— ad —"),
        ],
        "tail": [
            "★★★★★ Rate this recipe\nTap the stars to leave a rating",
            "Baked it? Tag @crumbsandcopper so I can see your slice!",
            "Pin this for later",
            "You might also like\nBlood orange drizzle loaf\nBrown butter pear traybake\nForced rhubarb gin",
        ],
        "mixed": [
            ("The first forced rhubarb", "start", "Jump straight to the printable card at the bottom."),
            ("It's a simple buttery", "end", "Links to the tin and the ginger are affiliate links."),
            ("4. Spread the batter", "end", "Don't forget to pin this one to your baking board!"),
            ("It keeps for three days", "end", "Leave a star rating below if you bake it, because it really helps other readers find the recipe."),
        ],
        "ltop": L("""
Crumbs & Copper
Recipes
Cakes & Bakes
Seasonal
Shop my kitchen
About Elin
Home » Cakes & Bakes » Rhubarb and ginger crumble cake
"""),
        "lmid": [
            ("Ingredients", "Save Recipe ♡"),
            ("3. Beat the butter", "— ad —"),
        ],
        "lbot": L("""
Rate this recipe
Leave a comment
Share on Facebook
Privacy & disclosure
© 2025 Crumbs & Copper. Recipes and photos may not be reused without permission.
"""),
    },
    {
        "slug": "b12-en-trap-review-password-manager",
        "register": "product review",
        "lang": "en",
        "trap": True,
        "paras": P("""
Keyvault 5 review: a password manager that finally makes passkeys painless

Rating: 4 out of 5

Keyvault has been one of the more quietly competent password managers for years, and version 5 is its most significant update yet. The headline feature is full support for passkeys across phones, laptops and browsers, along with a redesigned app that is much easier to navigate.

Setting it up took me about ten minutes. After installing the app, you create a master password, and Keyvault then offers to import logins from your browser or from a competing service. It pulled in 412 of my saved passwords without errors.

Passkeys are where version 5 shines. When a website offers one, Keyvault pops up a prompt that says "Save a passkey for this site?" Tap Save, confirm with your fingerprint or face, and it syncs to your other devices within seconds.

Pricing and plans

The free tier covers one device and unlimited passwords, but it won't sync. To use Keyvault on a phone and a laptop you need Keyvault Plus, which costs $2.99 a month or $29.99 a year. A Family plan for up to six people is $49.99 a year.

The app nudges free users towards upgrading fairly often. A banner reading "Upgrade to Plus to sync your vault" appeared at the top of the screen every time I opened it on a second device, which got old quickly.

To cancel a subscription, go to Settings, then Account, then Manage plan. Unlike some rivals, Keyvault lets you export your entire vault as an encrypted file even after your paid plan lapses.

Security

Keyvault uses end-to-end encryption, so the company cannot see your passwords, and it published the results of an independent security audit in March. It also offers a breach-monitoring service that emails you if one of your addresses appears in a leaked database.

What I didn't like

Autofill on Android was occasionally slow to appear in apps, and the browser extension does not yet support Safari on older Macs. Customer support is email-only on the cheaper plans.

Verdict

If you already pay for a password manager, Keyvault 5 is not a compelling reason to switch. But for anyone starting from scratch, and especially anyone curious about passkeys, its Plus plan is a fair price for a polished, trustworthy app.
"""),
        "trap_promo": ("tail", "Ledger Lab: our reviewers' verdicts on new gadgets, in your inbox before they go live on the site. Sign up"),
        "head": [
            "Tech › Reviews › Security",
            "We test every product ourselves. Buying through our links can earn GadgetLedger a cut of the sale, which pays for that testing.",
        ],
        "mid": [
            ("Passkeys are where", "Keyvault Plus\n$29.99/yr at keyvault.com\nView deal"),
            ("Security", "Today's best password manager deals\nLockLine Premium $1.49/mo · See it\nPassHarbor Personal $10/yr · See it"),
        ],
        "tail": [
            "Ledger Lab: our reviewers' verdicts on new gadgets, in your inbox before they go live on the site. Sign up",
            "Related reviews\nLockLine Premium review\nBest authenticator apps for 2025\nHow to set up passkeys on Android",
            "Deal prices refresh hourly and may have changed since publication.",
        ],
        "mixed": [
            ("Setting it up took", "end", "Grab Keyvault Plus for $23.99 with our exclusive code LEDGER20."),
            ("Autofill on Android", "start", "Scroll down for today's lowest prices."),
            ("If you already pay", "end", "Follow GadgetLedger on Threads for more reviews like this."),
        ],
        "ltop": L("""
GadgetLedger
Reviews
Best picks
Deals
How-to
Newsletter
Tech › Reviews › Security
"""),
        "lmid": [
            ("Pricing and plans", "Keyvault Plus $29.99/yr View deal"),
            ("What I didn't like", "Advertisement"),
        ],
        "lbot": L("""
Related reviews
About GadgetLedger
How we test
Affiliate policy
© 2025 Ledger Media Inc.
"""),
    },
]
