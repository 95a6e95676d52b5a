import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-en-subscription-traps",
    lang="en",
    register="consumer-advice site",
    paras=P("""
Free trial, then £59.99: how to cancel the subscriptions you forgot you had

New rules due in spring will force firms to send reminders before a trial rolls into a paid plan. Until then, here's how to get out.

We asked 2,000 readers to check their bank statements. Four in ten found at least one subscription they had not used in the previous three months, and the average forgotten payment was £11.40 a month.

The worst offenders were fitness apps, meal-kit boxes and "premium" tiers of dating services, several of which offered a seven-day free trial that quietly became an annual plan charged upfront.

Step 1: find every subscription

Search your email for "receipt", "renewal" and "your plan". On an iPhone, open Settings, tap your name, then Subscriptions. On Android, open the Play Store, tap your profile icon, then Payments and subscriptions.

Step 2: cancel where you signed up

If you subscribed through an app store, cancelling inside the app itself often does nothing. You must cancel in the store.

Step 3: if they won't let you leave

Some firms still insist on a phone call. Under the Digital Markets, Competition and Consumers Act, cancelling must be "straightforward, timely and cost-effective" once the subscription rules take effect.

"Exiting a contract should be as easy as joining it," said Mariam Osei, our head of consumer rights.

You can also ask your bank to stop a continuous payment authority. It must do so, even if the company disagrees.
"""),
    head=[
        "Money › Shopping rights",
        "Written by Hannah Greaves · Reviewed by our consumer rights team · 7 min read",
        "Which subscriptions cost you the most? Use our free Subscription Checker tool.",
    ],
    mid=[
        (2, "Member exclusive: Unlock our full ranking of 48 subscription services, scored on how easy they are to cancel. Join today for £4.99 a month - cancel anytime."),
        (4, "Advice you can trust. We're independent and buy every product we test. We don't take advertising."),
        (6, "Screenshot: the Subscriptions menu on iOS 19. Image: ConsumerWise"),
        (9, "Related guides\nHow to claim a refund on a faulty product\nYour rights when a parcel goes missing\nCan I get my money back if a flight is cancelled?"),
    ],
    tail=[
        "Was this page helpful? Yes / No",
        "Get our free Money Moves email for the latest scam alerts, deals and consumer news. You can unsubscribe at any time. We'll handle your data in line with our privacy notice.",
        "ConsumerWise is the trading name of the Consumer Advocacy Trust, a registered charity (No. 1193811). © 2026",
        "Report an error on this page",
    ],
    mixed=[
        (1, "start", "Join ConsumerWise today to unlock our Best Buy recommendations."),
        (3, "end", "Try your first month for just £1."),
        (7, "start", "Watch our two-minute video guide."),
        (11, "end", "Share this guide with a friend who needs it."),
    ],
    ltop=L("""
ConsumerWise
Join
Log in
Reviews
Money
Tech
Home & Garden
Travel
You are in: Money
Shopping rights
"""),
    lmid=[
        (3, "In this article"),
        (3, "Step 1 · Step 2 · Step 3"),
        (8, "Member content"),
    ],
    lbot=L("""
Was this page helpful?
Yes
No
Share
Print this page
Contact us
Accessibility
Cookie policy
Privacy notice
Terms of use
Registered charity number 1193811
"""),
    trap=True,
    trap_promo=("tail", "Get our free Money Moves email for the latest scam alerts, deals and consumer news. You can unsubscribe at any time."),
),
dict(
    slug="t9-en-sourdough-blog",
    lang="en",
    register="recipe blog",
    paras=P("""
Rye and Caraway Sourdough (The Loaf My Grandmother Wouldn't Share)

My grandmother Halina never wrote this recipe down. I spent two winters reverse-engineering it from memory and a single photograph of her kitchen.

It's a dense, tangy rye with a crackly top, best eaten a day after baking, thinly sliced, with butter and a pinch of flaky salt.

Ingredients

200g active rye starter

350g dark rye flour

150g strong white bread flour

2 tsp caraway seeds, lightly toasted

Method

Mix everything with 420ml lukewarm water until no dry flour remains. It will look like wet concrete, and that's fine.

Cover and leave at room temperature for 12 to 14 hours, then tip into a greased 900g tin and bake at 230C for 50 minutes.

Don't cut it the same day. I know. Trust me.
"""),
    head=[
        "Home » Bread » Sourdough",
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Please read my disclosure policy.",
        "Jump to Recipe · Print Recipe · Pin Recipe",
    ],
    mid=[
        (1, "Hi, I'm Magda! I bake, I photograph, I make a mess. Welcome to Crumb & Caraway. Read my story here."),
        (3, "Grab my FREE sourdough starter guide! Enter your email and I'll send it straight to your inbox."),
        (8, "The 900g loaf tin I use is this enamel one from Bakehouse Supply - get 15% off with code MAGDA15."),
        (10, "★★★★★ 4.9 from 212 votes"),
    ],
    tail=[
        "Made this recipe? Tag @crumbandcaraway on Instagram and hashtag it #crumbandcaraway - I love seeing your bakes!",
        "Leave a Reply\nYour email address will not be published. Required fields are marked *\nRecipe Rating",
        "You may also like:\nEasy Overnight Focaccia\nNo-Knead Seeded Spelt Loaf\nMy Mum's Poppy Seed Roll",
        "Nutrition: Calories 214kcal | Carbohydrates 44g | Protein 6g | Fat 1g. Nutrition information is automatically calculated and should only be used as an approximation.",
    ],
    mixed=[
        (2, "end", "(Find all my rye recipes here.)"),
        (9, "start", "Tip: my Danish dough whisk makes this step so much easier (affiliate link)."),
        (1, "start", "Pin this recipe for later!"),
        (11, "end", "Subscribe to get new recipes every Friday."),
    ],
    ltop=L("""
Crumb & Caraway
Recipes
Bread
Cakes
About
Shop my kitchen
Search
Home » Bread » Sourdough
"""),
    lmid=[
        (2, "Save Recipe"),
        (7, "This post contains affiliate links."),
        (10, "Print"),
    ],
    lbot=L("""
Course: Bread
Cuisine: Polish
Keyword: rye bread, sourdough
Author: Magda Nowicka
Did you make this recipe?
Copyright © 2026 Crumb & Caraway · Privacy Policy · Accessibility
"""),
    trap=False,
),
dict(
    slug="t9-en-obituary",
    lang="en",
    register="obituary/notice site",
    paras=P("""
WHITFIELD, Margaret Anne (née Coles)

1931 - 2026

Peacefully at St Luke's Hospice, Sheffield, on 3 January 2026, aged 94.

Beloved wife of the late Harold for 61 years. Much loved mother of Susan and Peter, mother-in-law of Graham and Julie, and adored "Nanna Peg" to six grandchildren and four great-grandchildren.

Margaret taught at Crookes Infant School for 32 years, where generations of children learned to read at her kitchen-table-sized desk. She sang alto with the Hallamshire Choir until she was 88.

A Service of Thanksgiving will be held at St Thomas' Church, Crookes, on Friday 23 January at 11am, followed by a private committal.

Family flowers only, please. Donations, if desired, to St Luke's Hospice, who cared for Mum with such kindness.

"She always said the best thing you can give anyone is your time."
"""),
    head=[
        "Family Notices › Deaths",
        "Published in The Steel City Star on 10 January 2026",
        "Notice ID: 948211 · Share this notice",
    ],
    mid=[
        (1, "Order flowers: Send a sympathy arrangement to the service from local florists, delivered by 10am."),
        (3, "Sign the online guestbook · 27 tributes"),
        (5, "Place a notice: Announce a birth, marriage or death in print and online from £45. Our team is here to help."),
        (6, "Donate in memory: Give to St Luke's Hospice via our secure tribute page. Gift Aid can add 25% at no cost to you."),
    ],
    tail=[
        "Light a candle\n132 candles lit",
        "Funeral director: Hartley & Sons Funeral Service, 12 Walkley Road, Sheffield S6. Tel: 0114 496 0871",
        "Notices are placed by families and funeral directors. Report this notice if you believe it contains inaccurate or offensive information.",
        "Powered by TributeLine. © 2026 TributeLine Ltd. All rights reserved.",
    ],
    mixed=[
        (2, "end", "Add a photo to this notice."),
        (4, "start", "Read more tributes from The Steel City Star."),
        (5, "end", "Keep this notice forever: order a printed keepsake from £19.99."),
        (7, "start", "Leave a condolence message."),
    ],
    ltop=L("""
TributeLine
Search notices
Place a notice
Funeral directors
Sheffield & South Yorkshire
Deaths
Anniversaries
"""),
    lmid=[
        (2, "Send flowers to the service"),
        (5, "Guestbook"),
    ],
    lbot=L("""
Light a candle
Sign the guestbook
Send flowers
Print
Contact us
Help & FAQs
Terms and conditions
Cookie preferences
© 2026 TributeLine Ltd
"""),
    trap=False,
),
dict(
    slug="t9-en-podcast-notes",
    lang="en",
    register="podcast show notes",
    paras=P("""
Episode 212: The people who count the birds

Every December, thousands of volunteers spend a day tallying birds for the longest-running citizen science project in the world. This week we follow one team across a frozen marsh in Ohio.

Our guest is Dr Alana Brightwater, an ornithologist who has coordinated her local count since 1998. She tells us why a single day's data, repeated for 125 years, is worth more than any satellite.

We also hear from 11-year-old Theo, who spotted the count's only short-eared owl.

In this episode:

(02:14) How the first count in 1900 began as a protest against hunting

(17:40) What "count week" birds are, and why they matter

(31:05) Alana on the year the marsh froze solid

(44:30) Theo's owl

Produced by Ines Carvalho. Mixed by Daniel Osei. Music: "Low Marsh" by Cormorant Drift.
"""),
    head=[
        "Field Notes · Season 9",
        "Listen on Apple Podcasts · Spotify · Pocket Casts · RSS",
        "54 min · Jan 13, 2026 · Explicit: No",
    ],
    mid=[
        (1, "This episode is brought to you by Wren Outdoor. Get 20% off waterproof boots with code FIELDNOTES at wrenoutdoor.com."),
        (3, "Love the show? Become a Field Notes member for ad-free episodes and monthly bonus recordings. Join at fieldnotes.fm/members."),
        (5, "Transcript available for members. Log in to read."),
        (8, "Please rate and review us - it really helps new listeners find the show."),
    ],
    tail=[
        "Field Notes is a Marram Audio production. Executive producer: Ruth Adeyemi.",
        "Follow us on Instagram and Threads @fieldnotespod, and join our Discord to swap sightings with other listeners.",
        "Privacy & Opt-Out: https://marramaudio.com/privacy",
        "See omnystudio.com/listener for privacy information.",
    ],
    mixed=[
        (2, "end", "Support our sponsors - it keeps the show free."),
        (4, "start", "New here? Start with our most popular episode."),
        (8, "end", "Timestamps are approximate and may shift with dynamic ad insertion."),
        (9, "end", "Have a question for a future episode? Email hello@fieldnotes.fm."),
    ],
    ltop=L("""
Marram Audio
Shows
Field Notes
Episodes
Merch
Members
Subscribe
"""),
    lmid=[
        (1, "Play episode"),
        (4, "Share episode"),
        (7, "Download MP3"),
    ],
    lbot=L("""
More episodes
Episode 211: Mushrooms in winter
Episode 210: The last lighthouse keepers
About the show
Contact
Advertise on Marram Audio
© 2026 Marram Audio
"""),
    trap=False,
),
dict(
    slug="t9-en-club-match-report",
    lang="en",
    register="sports club site",
    paras=P("""
Report: Harrowgate Town 2-1 Felling Athletic

Two goals in four minutes turn it around at the Lawns

Harrowgate Town 2 (Mensah 71, Byrne 75)

Felling Athletic 1 (Dawes 23)

Attendance: 1,812

The Town came from behind to claim a fourth straight league win on a bitter Saturday afternoon, with substitute Kofi Mensah changing the game within minutes of coming on.

Felling took the lead midway through the first half when Jordan Dawes curled a free kick over the wall and in off the underside of the bar.

Manager Steve Rourke made a double change at the hour mark. Mensah levelled with a header from Callum Reid's corner, and four minutes later Liam Byrne drilled a low shot through a crowd of bodies.

"The lads never stopped," said Rourke. "That's the standard now."

Town are fifth, two points off the play-off places, and travel to Blyth on Tuesday.
"""),
    head=[
        "First Team · Match Reports",
        "Posted by Club Media Team · 17 January 2026",
        "Sponsored by Harrowgate Motors, Official Main Partner of Harrowgate Town FC",
    ],
    mid=[
        (1, "Mensah celebrates his equaliser. Photo: Chris Malley / HTFC Media"),
        (5, "Tickets for Tuesday's trip to Blyth are on sale now at the club shop and online. Adults £12, concessions £8, under-16s £2."),
        (7, "HTFC TV: Watch full match highlights and the manager's post-match interview - free for season-ticket holders, £2.99 for everyone else."),
        (8, "Player of the Match, sponsored by The Crown Inn: Kofi Mensah"),
    ],
    tail=[
        "Harrowgate Town Supporters' Trust - join for £10 a year and have your say in how your club is run.",
        "Download the official HTFC app for live scores, team news and digital match tickets.",
        "Next fixture: Blyth Valley v Harrowgate Town · Tuesday 20 January · KO 7.45pm",
        "Harrowgate Town Football Club Ltd. Registered office: The Lawns, Skipton Road, Harrowgate HG1 3BX.",
    ],
    mixed=[
        (4, "end", "Buy your 2026/27 season ticket now and save 20%."),
        (6, "start", "Live text commentary was brought to you by Rowan Builders."),
        (8, "start", "Watch the goals on our YouTube channel."),
        (9, "end", "Join the 100 Club for a chance to win £250 every month."),
    ],
    ltop=L("""
Harrowgate Town FC
News
Fixtures & Results
Tickets
Club Shop
Commercial
Academy
Harrowgate Motors
"""),
    lmid=[
        (1, "Photo: Chris Malley / HTFC Media"),
        (5, "Match Gallery (42 photos)"),
    ],
    lbot=L("""
Share this
Latest News
Academy side reach county cup semi-final
Club Partners
Harrowgate Motors - Main Partner
The Crown Inn
Rowan Builders
Privacy Policy
Safeguarding
© Harrowgate Town FC 2026
"""),
    trap=False,
),
]
