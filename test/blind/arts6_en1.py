from common import P, L

ARTICLES = [
dict(
    slug="b6-en-trade-coldchain",
    lang="en",
    register="trade press (logistics)",
    paras=P("""
Chilled hauliers warn of capacity squeeze as reefer trailer orders stall

Felixstowe, 11 March 2026

Temperature-controlled hauliers are holding back on new trailer orders for a second year, leaving the UK chilled fleet older and thinner just as supermarkets push for later delivery windows.

Figures compiled by the Cold Chain Federation show 1,140 new refrigerated semi-trailers were registered in 2025, down from 1,610 two years earlier and well below the 1,500 a year the body says is needed simply to replace retiring units.

Fridge units are the sticking point

Operators point to the cost of transport refrigeration units, which have risen by roughly a third since 2022 as manufacturers switch to lower-emission refrigerants and add battery or axle-generator options to meet clean-air zone rules.

"We are running trailers we would have sold on at eight years until they are twelve," said Gareth Moss, fleet director at Wrexham-based Moss Chilled Logistics. "That is not a strategy. It is survival."

Moss said his firm had deferred an order for 40 trailers and was instead refurbishing existing bodies, replacing door seals and floor panels at around £9,000 a unit.

The concern operators raised most often in the federation's survey:

Residual values for diesel-powered fridge units that may be barred from city centres after 2030.

Q: Will the lease market fill the gap? A: Rental firms say demand is strong but their own order books are capped by the same manufacturers' lead times of up to 40 weeks.

What happens next

The federation will present its findings to the Department for Transport in April and is asking for the zero-emission refrigeration grant, paused last autumn, to be reopened for trailers as well as rigid vehicles.
"""),
    head=[
        "Already a member? Log in to read Fleet & Freight Weekly's full archive",
        "Reefer Expo 2026 · NEC Birmingham · 14–15 May · Register for a free trade pass at reeferexpo.co.uk",
    ],
    mid=[
        ("Figures compiled by the Cold Chain Federation", "SPONSORED CONTENT\nHow one Lincolnshire grower cut fridge fuel by 22% with solar roofs — in association with Krios Trailer Power"),
        ("Moss said his firm", "Fleet & Freight Jobs: Transport Manager (Chilled), Daventry, £52k + car · Night Trunker, Avonmouth, £19.50/hr · See all 312 vacancies"),
        ("Q: Will the lease market", "Get the Monday Manifest — fleet news, fuel prices and tenders in one 5-minute read. Free for operators. Sign me up"),
    ],
    tail=[
        "Tagged: Refrigeration, Trailers, Cold Chain, Clean Air Zones",
        "You've read 3 of your 5 free articles this month. Subscribe to Fleet & Freight Weekly from £7.50 a month for unlimited access and the digital print edition.",
        "Fleet & Freight Weekly is published by Tarmac Lane Media Ltd. Registered in England No. 04417729.",
    ],
    mixed=[
        ("Felixstowe, 11 March 2026", "end", "5 min read"),
        ("Operators point to the cost", "start", "ADVERTISEMENT"),
        ("Residual values for diesel-powered", "end", "Have your say: email letters@fleetfreightweekly.co.uk"),
        ("The federation will present", "end", "Want more on decarbonising your fleet? Book your place at our Zero-Emission Freight webinar on 2 April, free for Fleet & Freight Weekly subscribers."),
    ],
    ltop=L("""
Fleet & Freight Weekly
Road
Rail
Ports
Warehousing
Events
Awards
Magazine
Home › Road › Temperature controlled
"""),
    lmid=[
        ("Fridge units are the sticking point", "Advertisement"),
        ("What happens next", "Related: Port of Tilbury adds 600 reefer plugs to meet fruit import surge"),
    ],
    lbot=L("""
Share on LinkedIn
Share on X
Copy link
Most read this week
Driver CPC shake-up delayed again
Parcel carrier buys 400 e-vans from Turkish maker
About us | Advertise | Editorial team | Terms | Cookies
© 2026 Tarmac Lane Media Ltd
"""),
),
dict(
    slug="b6-en-club-netball",
    lang="en",
    register="sports club site",
    paras=P("""
Firsts hold nerve to edge Riverside in promotion decider

Saturday 7 March, Kingsway Leisure Centre

Harbour Netball Club's first team are heading to Premier Division Two after a 44-42 win over Riverside Royals in the final game of the regional league season.

Level at half-time and trailing by three going into the last quarter, the Firsts scored six of the final eight goals, with goal shooter Precious Adebayo converting 21 of her 23 attempts.

Defence wins it

Goalkeeper Lauren Fitch and goal defence Amy Carr forced four turnovers in the closing five minutes, the last of them an interception on the Riverside centre pass with 30 seconds left.

"I could hear my heart over the crowd," said Fitch afterwards. "We have lost this game two years running, so this one means everything."

Head coach Dee Marsh said the squad's extra Wednesday conditioning sessions, added in January, had made the difference when legs tired.

Player of the match: Amy Carr (voted by the Riverside bench).

The Seconds also finished the season strongly, beating Portway 38-29 to secure fourth place in Division Three.

Q: When does the new season start? A: Pre-season training starts on 20 May, with league fixtures from September.

What's next for the club

The committee will confirm squads for next season after the summer trials, and Marsh has asked anyone interested in umpiring to speak to her at training.
"""),
    head=[
        "Members' area | Fixtures | Results | Juniors | Contact",
        "🏐 Summer Camp 2026 now booking! Ages 8–14, 3–7 August, £85 per child. Sibling discount with code HNCSIBS.",
    ],
    mid=[
        ("Level at half-time", "Our kit sponsor Harbour Motors are offering every HNC member 10% off servicing — just show your club card."),
        ("Head coach Dee Marsh", "Photos from Saturday are on our Flickr album — tag yourself and share with #HarbourNetball"),
        ("The Seconds also finished", "Club Lottery: this week's £50 winner is number 117! Play for £1 a week and support junior netball → harbournetball.co.uk/lotto"),
    ],
    tail=[
        "Like us on Facebook and follow @HarbourNetball on Instagram for match-day updates.",
        "Harbour Netball Club is a registered CASC. Affiliated to England Netball. Safeguarding officer: safeguarding@harbournetball.co.uk",
        "Website by ClubPages",
    ],
    mixed=[
        ("Harbour Netball Club's first team", "end", "Share: Facebook X WhatsApp"),
        ("Goalkeeper Lauren Fitch", "start", "Match report sponsored by The Anchor Tap Room"),
        ("Player of the match:", "end", "Vote for next week's POTM in the club app!"),
        ("The committee will confirm", "end", "Not a member yet? Join Harbour NC from £12 a month — first training session free."),
    ],
    ltop=L("""
Harbour NC · Est. 1987
Latest news
Teams
Training
Join us
Shop
Sponsors
"""),
    lmid=[
        ("Defence wins it", "Gallery (24 photos)"),
        ("Q: When does the new season start?", "Upcoming: Awards Night, Fri 27 March, The Anchor — tickets £15"),
    ],
    lbot=L("""
Posted in Club News, First Team
Previous post: AGM minutes 2025
Next post: Junior tournament results
Our sponsors: Harbour Motors · The Anchor Tap Room · Fitwell Physio
Privacy policy · Cookie preferences
© Harbour Netball Club 2026
"""),
),
dict(
    slug="b6-en-trap-telethon",
    lang="en",
    register="regional TV site (trap: donations)",
    trap=True,
    trap_promo=("tail", "Watch the Coastline Tonight catch-up on our TV app — free, no sign-in needed."),
    paras=P("""
Hospice telethon passes £1.3m as viewers donate through the night

Plymouth, Sunday 15 March

A 24-hour telethon for St Petroc's Hospice has raised £1,318,402, beating last year's total by more than £200,000 and setting a new record for the charity's annual appeal.

Viewers were urged to donate by phone, text and online throughout the broadcast, which was shown on our channel and streamed on the hospice's website from 7pm on Saturday.

The biggest single gift, £75,000, came from a Tavistock couple who asked to remain anonymous and said the hospice had cared for both of their mothers.

How the money was raised

Almost 41,000 people donated, with an average gift of £24. Text donations made up about a fifth of the total, and the hospice said 3,200 supporters signed up to give monthly for the first time.

"Every single pledge tonight is a nurse's shift, a night at home instead of in hospital," said chief executive Ruth Penhale as the final total was announced.

Local businesses held bake sales, a Newquay surf school ran a sponsored paddle, and a choir from Saltash sang requests for anyone who called in to pledge £10 or more.

The charity said it would follow up with every donor by email to confirm Gift Aid, which could add a further £160,000.

Q: Where will the money go? A: The hospice says it will fund eight more community nurses and reopen four beds closed last year.

What happens next

Fundraisers have until the end of March to pay in sponsorship money, and the hospice will publish a final audited figure in April.
"""),
    head=[
        "Coastline TV | News | Weather | Sport | Watch live",
    ],
    mid=[
        ("The biggest single gift", "Advertisement — Westcountry Timber Windows: 20% off double glazing this month"),
        ("Local businesses held bake sales", "Got a story? Send us your videos and pictures at coastlinetv.co.uk/upload or WhatsApp 07700 900883."),
    ],
    tail=[
        "Get our morning headlines: sign up for the Coastline Briefing, sent at 6.30am every weekday.",
        "More from Coastline Tonight\nLifeboat crew rescue kayakers off Rame Head\nRoadworks to close Tamar Bridge lane for six weeks",
        "© Coastline Television Ltd. All rights reserved.",
    ],
    mixed=[
        ("Plymouth, Sunday 15 March", "end", "Updated 2 hours ago"),
        ("Almost 41,000 people donated", "start", "ADVERTISEMENT"),
        ("The charity said it would follow up", "end", "Share this article: Facebook X Email Copy link"),
        ("Fundraisers have until the end", "end", "Watch the full telethon highlights on Coastline Player, available for 30 days."),
    ],
    ltop=L("""
Skip to content
Coastline TV
Watch live
Latest
Devon
Cornwall
Weather
Programmes
"""),
    lmid=[
        ("How the money was raised", "Video: The moment the total was revealed (1:42)"),
        ("Q: Where will the money go?", "Advert"),
    ],
    lbot=L("""
Follow Coastline TV on Facebook, Instagram and TikTok
Contact the newsroom
Complaints
Accessibility
We use cookies to improve your experience. Accept all | Manage preferences
"""),
),
dict(
    slug="b6-en-radio-bridge",
    lang="en",
    register="local radio website",
    paras=P("""
Weight limit on Ouse swing bridge to stay until autumn

Selby, Wednesday

A 7.5-tonne weight limit on the Ouse swing bridge will remain in place until at least October after inspectors found corrosion in two of the steel cross-girders.

North Yorkshire Council imposed the restriction in January as a precaution. It had hoped to lift it by Easter, but says the repairs are more extensive than first thought.

Buses diverted

Arriva says its 400 route will continue to use the longer diversion through Barlby, adding around twelve minutes to journeys into Selby town centre.

One driver told us he has been sent a £70 fine after his van, which weighs just over eight tonnes fully loaded, was caught on camera crossing last month.

"It's a fifteen-mile detour for us every time," he said.

The council says the weight-limit cameras have recorded 214 breaches since January and that fines will continue to be issued.

Ward councillor Jenny Oakes said local businesses had been "more patient than anyone has a right to expect" and asked for the repair timetable to be published in full.

Q: Can emergency vehicles still cross? A: Yes. Fire engines and ambulances are exempt, although the fire service says it is using the diversion for its heaviest appliances.

What happens next

Contractors are due on site in June, and the bridge will close completely for two weekends in July while the new girders are lifted into place.
"""),
    head=[
        "▶ Listen live: Ouse Valley FM 104.3 — Breakfast with Tom & Priya",
        "Traffic & travel | Weather | Schools closures",
    ],
    mid=[
        ("North Yorkshire Council imposed", "Ouse Valley FM is on DAB+ across the Vale of York — ask your smart speaker to \"play Ouse Valley FM\"."),
        ("One driver told us", "Win a family pass to Flamingo Land! Text FLAMINGO to 81040. Texts cost 50p plus standard network rate. Closes Friday midnight."),
        ("The council says the weight-limit cameras", "Now playing: Dua Lipa – Houdini"),
    ],
    tail=[
        "Got a news tip? Call the Ouse Valley FM newsroom on 01757 300104 or email news@ousevalleyfm.co.uk",
        "Advertise on Ouse Valley FM — reach 48,000 listeners a week. Call our sales team.",
        "Ouse Valley FM is a community radio station licensed by Ofcom. Registered charity no. 1170032.",
    ],
    mixed=[
        ("Selby, Wednesday", "end", "Listen to this story"),
        ("Arriva says its 400 route", "start", "SPONSORED BY SELBY TYRE & EXHAUST"),
        ("Ward councillor Jenny Oakes", "end", "Hear more on the Drive Time show from 4pm, with Marcus Webb."),
        ("Contractors are due on site", "end", "Follow @OuseValleyFM for live traffic updates"),
    ],
    ltop=L("""
Ouse Valley FM
Listen live
Schedule
Presenters
Local news
Competitions
Podcasts
"""),
    lmid=[
        ("Buses diverted", "Listen: Cllr Jenny Oakes on Breakfast (2:10)"),
        ("Q: Can emergency vehicles still cross?", "Promoted: Drax Garden Centre spring sale"),
    ],
    lbot=L("""
Latest local stories
Tadcaster brewery expansion approved
Snaith school wins national science award
Share on Facebook
Share on WhatsApp
Get the Ouse Valley FM app on Google Play and the App Store
Privacy & cookies · Terms · Complaints procedure
"""),
),
dict(
    slug="b6-en-trap-appfine",
    lang="en",
    register="tech news (trap: app stores)",
    trap=True,
    paras=P("""
Regulator fines app store £41m over in-app subscription rules

London, 19 March 2026

The Competition and Markets Authority has fined the operator of one of the UK's two main smartphone app stores £41 million for blocking developers from telling users that cheaper subscriptions were available on their own websites.

The watchdog found that between 2022 and 2025 the store's rules stopped apps from including a link or even a line of text pointing users to an outside sign-up page, where prices were often 15 to 30 per cent lower.

Developers left in the dark

Music streaming, dating and news apps were among those affected. One newspaper publisher told the investigation it had been forced to remove a "Subscribe on our website and save" button from its app or face being delisted.

"Consumers paid more because they were never told they could pay less," said CMA chief executive Sarah Cardell.

The store operator said it would appeal, arguing that its rules protected users from fraud and that developers were free to email existing customers about offers.

What the ruling changes

Apps must now be allowed to show a link to an external payment page, and the store may not charge a commission on sign-ups made there.

Developers can display the price difference in the app, for example "£4.99 a month in the app, £3.49 on our site".

Q: Will my existing subscriptions change? A: No. Anyone who signed up through the store keeps paying the same way unless they cancel and subscribe again elsewhere.

What happens next

The operator has 60 days to submit new rules to the CMA, which will then consult developers before approving them.
"""),
    head=[
        "The Byte Ledger — independent tech journalism since 2009",
        "Deal of the day: Pixel Buds Pro 2 now £149 (was £219) at Argos — see price",
    ],
    mid=[
        ("The watchdog found that", "Enjoying The Byte Ledger? Support us with a Ledger Pass: no ads, early access to reviews and our quarterly print zine. £4 a month."),
        ("The store operator said", "READ MORE\nEU opens inquiry into smartwatch data sharing\nOfcom names 12 apps in children's safety review"),
        ("Developers can display", "Advertisement"),
    ],
    tail=[
        "Comments (87)",
        "Follow The Byte Ledger on Mastodon @byteledger@mastodon.social and Bluesky @byteledger.bsky.social",
        "The Byte Ledger may earn a commission when you buy through links on our site.",
    ],
    mixed=[
        ("London, 19 March 2026", "end", "Listen · 4 min"),
        ("Music streaming, dating and news apps", "start", "ADVERTISEMENT"),
        ("Apps must now be allowed", "end", "Get Ledger Daily in your inbox — the day's tech news, no spin. Subscribe free"),
        ("The operator has 60 days", "end", "Share: Facebook X LinkedIn Reddit"),
    ],
    ltop=L("""
The Byte Ledger
Reviews
Phones
Laptops
Policy
Deals
Podcast
Search
"""),
    lmid=[
        ("Developers left in the dark", "Sponsored: The VPN that keeps your streaming private — try SurfWall 30 days risk-free"),
        ("Q: Will my existing subscriptions change?", "Most popular: Best budget phones for 2026"),
    ],
    lbot=L("""
Topics: Apps, Regulation, CMA
About The Byte Ledger
Ethics policy
Advertise with us
Manage cookie choices
© 2026 Byte Ledger Media
"""),
),
]
