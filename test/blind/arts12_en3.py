"""Blind set 9 (arts12), English part 3: opinion column, gardening Q&A thread, court report,
local-paper paywall and comment-closure trap."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-en-opinion-public-toilets",
        "register": "opinion column",
        "lang": "en",
        "paras": P("""
Britain's vanishing public toilets are a scandal we've been too polite to discuss

There is a particular calculation that millions of people make every time they leave the house. It goes like this: how long will I be out, and where, exactly, will I be able to go?

For older people, for parents with small children, for anyone with a bowel condition or a weak bladder, the answer increasingly determines whether they go out at all.

Since 2010, councils across the country have closed hundreds of public toilets. Faced with budget cuts, they have found them an easy saving: nobody campaigns for a toilet block until it's gone.

The consequences are quietly corrosive. Market towns lose visitors who will not risk a two-hour trip without facilities. Bus drivers and delivery riders, whose jobs keep them on the road, are left relying on the goodwill of cafés.

Last spring I met a retired nurse in Shropshire who had stopped taking the bus into town. "It's not the walking," she told me. "It's not knowing." She is not unusual.

Some councils have tried "community toilet schemes", paying shops and pubs a small fee to let non-customers use their loos. It's better than nothing, but a sticker in a window is not the same as a facility that is open, clean and accessible at 7am on a Sunday.

We treat this as a matter of embarrassment rather than infrastructure. We would not accept a town without benches or street lights. Why do we accept one without somewhere to go?

There are answers. France and Japan have long treated public toilets as a basic service. Closer to home, a handful of councils have reopened facilities with modest charges, automatic cleaning or staffing shared with tourist information centres.

What they need is money, and a legal duty. At present, councils in England have the power to provide public toilets but no obligation to do so. Changing that would cost a fraction of what we spend on roads.

Dignity is not a luxury. It's time we said so out loud.
"""),
        "head": [
            "Opinion | Society",
            "This column first appeared in The Sentinel's Sunday Review. Get the Review on your doormat for £1.99 a week.",
        ],
        "mid": [
            ("The consequences are", "Most viewed in Opinion\nThe truth about Britain's potholes\nWhy I gave up my car, and what I miss"),
            ("We treat this as", "The Argument, from The Sentinel: should every town have a public toilet? Hear Maya Kerrigan take on a council leader in this week's episode, out now in all major podcast apps."),
            ("There are answers.", "Advertisement"),
        ],
        "tail": [
            "Maya Kerrigan is a writer and campaigner on accessibility. Follow Maya to get an email whenever she publishes a new column.\n+ Follow",
            "Do you agree? Letters for publication can be sent to opinion@thesentinel.co.uk (300 words maximum).",
            "Gift this article: as a Sentinel subscriber you have 8 gift articles left this month, and your friend won't need an account to read it.",
            "Comments are closed on this piece.",
        ],
        "mixed": [
            ("There is a particular", "start", "You can listen to this column, read by the author, in the Sentinel app."),
            ("Since 2010, councils", "end", "Read our investigation into council toilet closures, available to Sentinel+ members."),
            ("Some councils have tried", "end", "Subscribers can share this article with three friends each month for free."),
            ("Dignity is not a luxury.", "end", "Follow Maya Kerrigan for more."),
        ],
        "ltop": L("""
The Sentinel
Opinion
Columnists
Letters
Cartoons
Subscribe
Opinion | Society
"""),
        "lmid": [
            ("For older people", "Advertisement"),
            ("What they need is money", "More from Maya Kerrigan"),
        ],
        "lbot": L("""
+ Follow Maya Kerrigan
Gift this article
Letters to the editor
© The Sentinel 2025
"""),
    },
    {
        "slug": "b12-en-qa-tomato-leaf-curl",
        "register": "gardening Q&A",
        "lang": "en",
        "paras": P("""
Q: Why are the leaves on my tomato plants curling up?

Asked by Bernadette, Norwich: My greenhouse tomatoes looked healthy until about a fortnight ago. Now the older leaves at the bottom are curling upwards and inwards, almost into tubes. The plants are still flowering and there are plenty of small green fruits. Should I be worried?

A: Answered by Tom Fairley, head gardener

Leaf curl in tomatoes is very common and, in most cases, it is not a disease. What you are describing sounds like physiological leaf roll, a stress response that usually affects the lower, older leaves first.

It tends to be triggered by hot days followed by cool nights, irregular watering or heavy pruning. Greenhouses in early summer are a classic setting for it because temperatures can swing by 20 degrees in a day.

The good news is that it does not normally affect yield or fruit quality. There is no need to remove the curled leaves unless they are also yellowing.

To reduce it:

Water deeply and regularly, ideally at the same time each day, rather than giving small splashes.

Open vents and doors on hot mornings, and use shading paint or netting if the greenhouse regularly goes above 30C.

Avoid removing lots of side shoots or leaves at once.

There are a few things to rule out. If the youngest leaves at the top are twisted and distorted, or have a fern-like appearance, the cause may be weedkiller drift, particularly if a neighbour has recently treated a lawn. Tomatoes are extremely sensitive to hormone weedkillers.

Mottled, yellowing leaves combined with stunted growth could suggest a virus, which is rarer in home greenhouses but worth checking by sending a photograph to a specialist.

Reply from Bernadette: Thank you. I'd cut back a lot of side shoots the week before, and we had that very hot spell. I'll ease off and keep an eye on the new growth.

Reply from allotment_ray: Had the same last June. It went away by July and I got a bumper crop. Don't panic!
"""),
        "head": [
            "Ask the Expert › Fruit & Veg › Tomatoes",
            "Potting Bench Club members get answers from our gardeners within 48 hours. Ask your question, with the first month on us.",
        ],
        "mid": [
            ("Leaf curl in tomatoes", "Shop tomato feed\nGrowmore Tomato Food 1L\n£5.99 · Add to basket"),
            ("Avoid removing lots", "Advertisement"),
            ("Mottled, yellowing leaves", "Was this answer helpful? 42 gardeners found this useful"),
        ],
        "tail": [
            "Post a reply\nYou need to be signed in to reply. Sign in or create an account.",
            "Related questions\nWhy are my courgettes rotting at the end?\nWhen should I stop feeding tomatoes?\nBlossom end rot: what causes it?",
            "Seed packets for the new season have landed in the Potting Bench Shop, with free delivery over £25.",
        ],
        "mixed": [
            ("Asked by Bernadette", "end", "Upload a photo with your question for a faster answer."),
            ("It tends to be triggered", "start", "Sponsored: Keep greenhouses cool this summer with Shade-Rite netting."),
            ("There are a few things", "end", "Our Pests & Problems guide, free for Club members, covers weedkiller damage in detail."),
            ("Reply from allotment_ray", "end", "Mark this reply as helpful so other gardeners can find it."),
        ],
        "ltop": L("""
Potting Bench
Plants
Grow your own
Ask the Expert
Shop
Club
Sign in
Ask the Expert › Fruit & Veg › Tomatoes
"""),
        "lmid": [
            ("A: Answered by", "Advertisement"),
            ("Reply from Bernadette", "42 found this helpful · Reply"),
        ],
        "lbot": L("""
Post a reply
Related questions
Potting Bench Club
Privacy
© Potting Bench Ltd 2025
"""),
    },
    {
        "slug": "b12-en-court-builder-deposits",
        "register": "court report",
        "lang": "en",
        "paras": P("""
Builder who took deposits for extensions he never started jailed for four years

A builder who took more than £180,000 in deposits from homeowners for extensions and loft conversions he never built has been jailed for four years.

Craig Lowther, 46, of Thornbury Avenue, Redditch, pleaded guilty at Worcester Crown Court to nine counts of fraud by false representation.

The court heard that between March 2021 and August 2023, Lowther, trading as CL Premier Build, placed adverts on local websites and community pages, offering competitive quotes and promising to start work within weeks.

Customers were asked to pay deposits of between 25 and 40 per cent upfront, which he said were needed to buy materials. In most cases no work began. In two cases, foundations were dug and then abandoned.

Prosecuting, Sarah Ennis said Lowther repeatedly invented excuses, including supplier delays, illness and a family bereavement, to put off customers who chased him.

"He strung them along for months," she said. "By the time they realised what was happening, the money had gone."

One victim, a retired couple from Bromsgrove, lost £32,000 of their savings. In a statement read to the court, they said the fraud had left them "ashamed and frightened to let anyone into our home".

Defending, Michael Oyelaran said his client had started the business with good intentions but had been overwhelmed by debts and a gambling addiction, and had used new deposits to pay for earlier jobs.

Sentencing, Judge Rachel Penhaligon told Lowther: "You exploited people's trust in their own homes. Their losses are not only financial."

Lowther was also disqualified from being a company director for eight years. A proceeds of crime hearing will be held later this year.

Trading Standards officers urged anyone planning building work to check references, avoid paying large sums in advance and use a written contract.
"""),
        "head": [
            "News › Crime › Courts",
            "Courier court reporters sit through hours of hearings so you don't have to. Keep them in the press bench: become a Courier Supporter from £4 a month.",
        ],
        "mid": [
            ("Customers were asked", "Trusted Trader: find vetted local builders rated by real customers. Search 4,000 tradespeople"),
            ("One victim, a retired", "Crime & Court Weekly: every sentencing from across the county, delivered on Friday mornings. Sign up free."),
            ("Sentencing, Judge", "Advertisement"),
        ],
        "tail": [
            "Comments have been switched off on this article for legal reasons.",
            "Most read\nA38 closed after lorry fire\nTeenager hurt in Kidderminster stabbing\nPub landlord's plea over planning row",
            "Dealt with a rogue trader? Contact our newsdesk in confidence: newsdesk@severncourier.co.uk",
        ],
        "mixed": [
            ("A builder who took", "end", "Download the Courier app for breaking court news alerts."),
            ("The court heard that", "start", "Picture: West Mercia Police."),
            ('"He strung them along', "end", "Support local court reporting from £4 a month."),
            ("Trading Standards officers", "end", "Read more crime and court stories from across the county on our Crime page."),
        ],
        "ltop": L("""
Severn Courier
News
Crime
Sport
Business
What's On
Supporter
Log in
News › Crime › Courts
"""),
        "lmid": [
            ("Prosecuting, Sarah", "Advertisement"),
            ("Lowther was also", "Read more: Rogue trader jailed for pensioner scam"),
        ],
        "lbot": L("""
Most read
Become a Supporter
Contact us
Complaints (IPSO)
© Severn Courier 2025
"""),
    },
    {
        "slug": "b12-en-trap-local-paper-paywall",
        "register": "media news",
        "lang": "en",
        "trap": True,
        "paras": P("""
Local paper asks readers to pay, and closes its comment section, in bid to survive

The Marston Vale Clarion, a 140-year-old weekly newspaper, will start charging for most of its online articles from next month and will permanently close the comment section on its website, its editor has announced.

The changes, set out in a front-page letter to readers on Thursday, are intended to stabilise the paper's finances after advertising revenue fell by more than half in five years.

Under the new model, readers will be able to see three articles a month free of charge. After that, they will be asked to subscribe for £5 a month or £50 a year. Obituaries, public notices and emergency coverage will remain free.

"We know nobody likes a paywall," the editor, Fiona Marsh, wrote. "But the alternative is no newsroom at all. If you can pay, please subscribe. If you can't, tell us, and we'll find a way."

The paper is also launching a free weekly email, called The Clarion Catch-Up, which readers can sign up for on its website. Marsh said it would summarise the week's main stories for people who did not want a subscription.

Comments to close

The decision to shut the comment section follows what Marsh described as a "relentless" rise in abusive posts over the past two years, particularly on articles about immigration and planning disputes.

The paper had employed a part-time moderator, but Marsh said the volume had become unmanageable. "We were spending more time deleting comments than reporting news," she wrote.

Readers who want to respond to articles will be encouraged to write letters for publication instead, and the paper will continue to post its stories on Facebook, where comments are moderated under the platform's own rules.

Dr Hannah Birch, who studies local journalism at Cardiff University, said the Clarion's approach reflected a wider shift. "Many small publishers have concluded that open comments cost more than they are worth," she said. "And readers are increasingly willing to pay for local news if they're asked honestly."

Marsh said early reaction had been mixed. Several long-standing readers had cancelled their print orders in protest, but more than 300 people had taken out digital subscriptions within 24 hours of the announcement.

The Clarion employs six journalists and has a weekly print circulation of about 7,800.
"""),
        "trap_promo": ("Comments to close", "Advertisement"),
        "head": [
            "Media › Local news",
            "Newsroom Review Insider: the trade briefing for people who run newsrooms. Try four weeks for £1.",
        ],
        "mid": [
            ("Under the new model", "Sponsored: PressCloud, the publishing platform built for local news. Book a demo."),
            ("The paper had employed", "Jobs board\nChief reporter, Marston Vale\nDigital editor, Peterborough\nView all media jobs"),
            ("Dr Hannah Birch", "Advertisement · Continue reading below"),
        ],
        "tail": [
            "Newsroom Review Daily lands at 7am: who's hiring, who's closing, and what's working. Sign up",
            "Topics: Local news · Paywalls · Moderation",
            "Have a tip about the newspaper industry? Reach our reporters securely on Signal: +44 7700 900461",
        ],
        "mixed": [
            ("The Marston Vale Clarion", "end", "Newsroom Review Insider subscribers can download the full letter as a PDF."),
            ("The changes, set out", "start", "Photo: Clarion archive."),
            ("Marsh said early reaction", "end", "Join 24,000 media professionals who read Newsroom Review Daily each morning."),
        ],
        "ltop": L("""
The Newsroom Review
News
Jobs
Events
Awards
Insider
Log in
Media › Local news
"""),
        "lmid": [
            ("The changes, set out", "Advertisement"),
            ("Readers who want", "Media jobs: 212 vacancies"),
        ],
        "lbot": L("""
Topics: Local news · Paywalls · Moderation
Newsroom Review Awards 2025: book your table
About
Privacy
© Newsroom Review Ltd
"""),
    },
]
