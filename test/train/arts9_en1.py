import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-en-harbour-dredge",
    lang="en",
    register="regional paper",
    paras=P("""
Kittering harbour dredging to begin in March after eleven-year wait

Fishing crews say the silted channel has cost them tides, catches and, in one case, a boat.

By the harbour wall on Tuesday morning, skipper Dennis Aldous pointed at a line of brown water barely a metre deep. "That used to be six feet at low water," he said. "Now we sit and wait for the tide like it's 1850."

The county council confirmed this week that a £3.4m contract has been awarded to a Dutch dredging firm, with work due to start on March 9 and last about ten weeks.

What will change

The main channel will be deepened to 2.5 metres at the lowest tides.

Around 60,000 cubic metres of silt will be moved, most of it pumped onto the saltmarsh restoration site at Brayfield.

The slipway used by the inshore lifeboat will close for up to four days in April.

Not everyone is happy. Members of the Kittering Sailing Club, who pay an annual mooring fee of £410, say they were told about the slipway closure only after reading it on the council's Facebook page, and several have asked for a partial refund.

Councillor Ruth Penhallow, who chairs the harbour board, said letters would go to every mooring holder this week. "We should have written to people first, and that's on us," she said.

"Just get it done," said Mr Aldous.
"""),
    head=[
        "NEWS › Coast & Harbours",
        "By Gemma Treloar, Local Democracy Reporter\nPublished 6:12am, 14 January 2026",
        "Hear this story: 4 min listen, read by an AI voice",
    ],
    mid=[
        (2, "The dredger Maasvlakte II working off Harwich last autumn. Photo: Port of Harwich/handout"),
        (4, "MORE ON THIS STORY\nLifeboat crew fundraise for new launch tractor\nSaltmarsh scheme wins national award\nCouncil defends £1.2m harbour wall repair bill"),
        (7, "ADVERTISEMENT"),
        (9, "Got a story about the harbour? Message our newsdesk on WhatsApp: 07700 900 418"),
    ],
    tail=[
        "Local journalism like this costs money to produce. If you value it, please consider a digital subscription to the Kittering Mercury from just £1 for your first three months.",
        "Comments (23) · Sort by: Newest · Read our community guidelines before posting",
        "Most read\n1. Two arrested after brawl at Quay Street takeaway\n2. Bin collection days change from February\n3. Former headteacher honoured in New Year list",
        "© 2026 Kittering Mercury Ltd. Part of the Coastline Media Group. Registered in England & Wales No. 0498213.",
    ],
    mixed=[
        (1, "start", "Sign up to the Mercury Morning briefing for the day's top local stories."),
        (3, "end", "Follow Kittering Mercury on Facebook for live updates."),
        (8, "start", "Advertise with us: reach 90,000 local readers a month."),
        (10, "end", "Read more: Mooring fees to rise 6% next year."),
    ],
    ltop=L("""
Skip to main content
Kittering Mercury
Subscribe
Log in
News
Sport
What's On
Property
Jobs
Notices
You are here: News / Coast & Harbours
"""),
    lmid=[
        (2, "Image: the dredger Maasvlakte II off Harwich (Port of Harwich)"),
        (5, "Related: Saltmarsh scheme wins national award"),
        (8, "Advertisement"),
    ],
    lbot=L("""
Share this article
Share on Facebook
Share on X
Email a friend
Copy link
Topics: Kittering, Harbour, Fishing
About us
Contact the newsroom
Complaints
Privacy notice
Cookie settings
© Coastline Media Group 2026
"""),
    trap=False,
),
dict(
    slug="t9-en-rail-timetable",
    lang="en",
    register="national broadsheet",
    paras=P("""
The timetable that broke the Northern line: how a 2% saving became a six-month crisis

An internal review seen by this newspaper shows ministers were warned twice that a leaner rota could not cover sickness.

When the new rail timetable was launched in May, it was sold as a modest efficiency: 2% fewer driver shifts, the same number of trains. By November, nearly one in nine scheduled services on the route had been cancelled.

The 46-page review, commissioned by the operator's own board, concludes that the rota "assumed a level of staff availability that had not been achieved in any of the previous five years".

It records two separate warnings, in January and March, from the operator's head of resourcing. Both were noted and neither led to a change.

A spokesperson for the Department for Transport said the review was "a matter for the operator" and that ministers had "at every stage acted on the advice received".

Passengers have borne the cost. Season-ticket holders between Leeds and Manchester, who pay upwards of £5,200 a year, have been offered compensation worth about 3% of that figure.

"I subscribe to every alert they offer and I still find out on the platform," said Priya Nandra, a hospital pharmacist who commutes daily.

The operator said it would publish a revised rota in February and recruit 140 drivers over the next year.

Whether that is enough is an open question. Training a driver takes between 12 and 18 months.
"""),
    head=[
        "Exclusive | Transport",
        "Updated 14 Jan 2026 09:40 GMT · First published 13 Jan 2026 22:00 GMT",
        "Gift this article: subscribers can share 10 articles a month with anyone, free",
    ],
    mid=[
        (1, "Passengers wait at Manchester Piccadilly during a day of cancellations. Photograph: Tom Ashby/The Ledger"),
        (3, "Sign up to Moving Parts, our weekly newsletter on transport, infrastructure and the people who keep it running. Free, every Thursday."),
        (5, "Explore more on these topics: Rail transport · Department for Transport · Strikes"),
        (7, "[Interactive: Cancellations by route, May–November. View full screen]"),
    ],
    tail=[
        "This article was amended on 14 January 2026. An earlier version gave the number of pages in the review as 64, not 46.",
        "Do you commute on this route? We'd like to hear from you. Share your experience using our secure form; your responses will only be seen by our journalists.",
        "The Ledger is independent of billionaires and shareholders. Support us from £4 a month, and it takes only a minute.",
        "Editorial standards · Reader's editor · Syndication · Terms of service",
    ],
    mixed=[
        (2, "start", "Listen to this article."),
        (4, "end", "Subscribe for unlimited access to The Ledger's investigations."),
        (6, "start", "Most viewed in UK news today."),
        (9, "end", "Get our breaking news alerts by turning on notifications in the app."),
    ],
    ltop=L("""
The Ledger
Print subscriptions
Sign in
Search jobs
UK
World
Climate
Business
Opinion
Culture
UK news
Rail & transport
"""),
    lmid=[
        (1, "Photograph: Tom Ashby/The Ledger"),
        (4, "Quick guide: What is the Passenger's Charter?"),
        (6, "Show"),
    ],
    lbot=L("""
Topics
Rail transport
Transport policy
Reuse this content
Most viewed
Original reporting and incisive analysis, direct from The Ledger every morning
Sign up for our email
Help
Complaints & corrections
Accessibility settings
All rights reserved. © 2026 Ledger News & Media Limited or its affiliated companies.
"""),
    trap=False,
),
dict(
    slug="t9-en-lottery-dinner-lady",
    lang="en",
    register="tabloid",
    paras=P("""
DINNER LADY SCOOPS £4.2M - AND GOES BACK TO WORK THE NEXT DAY

Mum-of-three Carol keeps serving school chips after jackpot shock

A school dinner lady who won £4.2 million on the lottery turned up for her shift the very next morning - because "the kids needed their lunch".

Carol Dempsey, 58, from Rotherham, checked her ticket on her phone while waiting for the kettle to boil on Saturday night.

"I screamed so loud the dog hid under the table," she told us.

Her husband Mick, 61, a retired forklift driver, thought she was joking. "He said, 'Pull the other one, it's got bells on,'" she laughed.

The couple had played the same numbers - family birthdays - every week for 19 years, paying £2 a line.

So what will she buy?

A new boiler. A holiday to Lanzarote. And a caravan "with a proper shower".

Carol says she will carry on at Greenfield Primary until the summer holidays. "I love them kids. Money doesn't change that," she said.

Headteacher Sandra Oakes said staff had bought her a cake - "with a lot of zeros on it".
"""),
    head=[
        "EXCLUSIVE",
        "By DARREN HOLT, Showbiz & Real Life Reporter",
        "NEVER MISS A STORY: Join our Real Life WhatsApp community for the best stories straight to your phone",
    ],
    mid=[
        (1, "LUCKY: Carol with her winning ticket outside her Rotherham home. Credit: Northern Snaps Agency"),
        (3, "READ MORE\nLottery winner who blew £2m on cars now lives in a caravan\nI won £50k on a scratchcard and my family stopped talking to me"),
        (5, "Got a story? Email exclusive@dailyflash.co.uk or call 020 7946 0233. We pay for stories!"),
        (8, "WIN! £500 to spend at Bright & Beach holidays - enter our free prize draw. T&Cs apply. 18+ only."),
    ],
    tail=[
        "Who do you think deserves a lottery win? Let us know in the comments below.",
        "DON'T MISS\nTop 10 UK beaches for 2026\nStar reveals shock diet secret\nBargain hunters go wild for £3 Aldi buy",
        "Please gamble responsibly. For free, confidential support call the National Gambling Helpline on 0808 8020 133 or visit begambleaware.org",
        "Daily Flash and Flash on Sunday are published by Flash Media Ltd. Contact our editorial team: feedback@dailyflash.co.uk",
    ],
    mixed=[
        (2, "start", "WATCH: Carol's reaction caught on camera - video below."),
        (4, "end", "Click here to download the free Daily Flash app."),
        (6, "start", "For more real life stories, click here."),
        (9, "end", "Shop the look: caravans from £14,999 at our partner site."),
    ],
    ltop=L("""
Daily Flash
Home
News
Showbiz
Football
TV
Real Life
Money & Bills
Shopping
Puzzles
"""),
    lmid=[
        (1, "LUCKY: Carol with her winning ticket. Credit: Northern Snaps Agency"),
        (5, "ADVERTISEMENT"),
        (8, "More Stories"),
    ],
    lbot=L("""
Comments
Sign in to comment
Share
Tweet
Flash Media Ltd
Contact us
Advertise with us
Our journalists
Manage cookie preferences
Do not sell or share my personal information
"""),
    trap=False,
),
dict(
    slug="t9-en-quake-wire",
    lang="en",
    register="wire copy",
    paras=P("""
Magnitude 6.8 quake shakes southern Peru, at least 14 dead

LIMA, Jan 14 - A magnitude 6.8 earthquake struck southern Peru early on Wednesday, killing at least 14 people and damaging hundreds of homes in the Arequipa region, officials said.

The quake hit at 3:47 a.m. local time (0847 GMT) at a depth of 33 km, about 60 km north-west of the town of Chala, the U.S. Geological Survey said.

Peru's civil defence agency said at least 370 homes had collapsed or were uninhabitable. Several sections of the Pan-American highway were blocked by landslides.

"We felt it for almost a full minute," said Rosa Quispe, 44, a market vendor in Chala, speaking by phone. "Everyone ran into the street in the dark."

President Dina Boluarte said the government would declare a 60-day state of emergency in the affected districts.

No tsunami warning was issued.

Peru sits on the Pacific "Ring of Fire" and records hundreds of tremors each year. A 2007 quake in the Ica region killed more than 500 people.

(Reporting by Marco Aquino; Additional reporting by Teresa Céspedes; Writing by Sarah Morland; Editing by Alex Richardson)
"""),
    head=[
        "World › Americas",
        "January 14, 2026 10:52 AM GMT · Updated 2 hours ago",
        "Item 1 of 4 A man stands near a collapsed house in Chala, Peru, January 14, 2026. MERIDIAN/Stringer",
    ],
    mid=[
        (1, "Sign up here."),
        (2, "Get a look at the day ahead in global markets with the Morning Bid newsletter. Sign up here."),
        (4, "Advertisement · Scroll to continue"),
        (6, "Read next: Chile's copper exports slip as rains cut output"),
    ],
    tail=[
        "Our Standards: The Meridian Trust Principles.",
        "Purchase Licensing Rights, opens new tab",
        "Sarah Morland is a correspondent covering Latin American politics and disasters. Follow her on X @smorland_news.",
        "Meridian Wire, the news division of Meridian Data Group, is the world's largest multimedia news provider. All quotes delayed a minimum of 15 minutes.",
    ],
    mixed=[
        (3, "start", "Breaking news alerts: turn on push notifications."),
        (5, "end", "Report this ad."),
        (7, "start", "Suggested topics: Disasters & Accidents."),
        (8, "end", "Share this story on LinkedIn."),
    ],
    ltop=L("""
Skip to main content
Exclusive news, data and analytics for financial market professionals
World
Business
Markets
Sustainability
Legal
Breakingviews
Technology
Investigations
My News
"""),
    lmid=[
        (2, "Advertisement · Scroll to continue"),
        (6, "Report This Ad"),
    ],
    lbot=L("""
Read Next
Americas category
Peru's Congress votes to censure energy minister
Site Index
Browse
Latest
Media
About Meridian
Careers
Meridian News Agency
Brand Attribution Guidelines
Download the App (iOS)
Download the App (Android)
Cookies
Terms of Use
Privacy
All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
© 2026 Meridian Wire. All rights reserved
"""),
    trap=False,
),
dict(
    slug="t9-en-laptop-review",
    lang="en",
    register="tech review site",
    paras=P("""
Halden Aero 14 review: the best battery life we've ever measured, with one big catch

Verdict: a superb travel laptop let down by a keyboard that flexes.

Price as reviewed: $1,149 (16GB RAM, 512GB SSD)

Halden isn't a name most people know, but the Taiwanese firm has been building laptops for bigger brands for over a decade. The Aero 14 is the first machine it sells under its own name outside Asia, and it arrives swinging.

Battery

In our standard test - looping a 1080p video at 200 nits brightness - the Aero 14 lasted 22 hours and 41 minutes. That's nearly four hours more than the previous record holder.

Display and performance

The 14-inch OLED panel covers 100% of DCI-P3 and hits 560 nits in HDR mode. Web browsing, spreadsheets and light photo edits never troubled the eight-core chip, though it throttled after about 12 minutes of sustained video export.

The keyboard

This is the catch. Press near the centre of the deck and it visibly bends. Keys have decent travel (1.3mm), but after a week of typing we found it distracting.

Halden says it includes three years of software updates and one year of warranty. A paid app, Halden Care, extends that to three years for $79, and it nags you to download it on first boot.


If you want a laptop that lasts a transatlantic flight and back, yes. If you type all day, try it in a shop first.
"""),
    head=[
        "Reviews › Laptops",
        "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
        "By Jun Park, Senior Hardware Editor · last updated 3 days ago",
    ],
    mid=[
        (2, "Today's best Halden Aero 14 deals\n$1,099 at Amazon\n$1,149 at Best Buy\n$1,149 at Halden Store\nView all prices\nWe check over 250 million products every day for the best prices"),
        (5, "(Image credit: Lumen / Jun Park)"),
        (9, "Jump to:\nBattery\nDisplay and performance\nKeyboard\nVerdict"),
        (10, "Get the best tech deals, reviews and product advice in your inbox. Contact me with news and offers from other Circuitry brands. By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over."),
    ],
    tail=[
        "Jun Park is Circuitry's senior hardware editor and has tested more than 400 laptops since 2014. When he isn't benchmarking, he's restoring vintage synths. Follow him on Bluesky @junpark.bsky.social.",
        "Circuitry is part of Lumen Media Inc, an international media group and leading digital publisher. Visit our corporate site.",
        "You must confirm your public display name before commenting. Please logout and then login again, you will then be prompted to enter your display name.",
        "Most Popular\nThe best budget phones in 2026\nI tried the new Pixel for a month, here's what I learned\nThese noise-cancelling earbuds are 40% off today",
    ],
    mixed=[
        (3, "start", "Check Amazon for the latest price."),
        (4, "end", "Use code CIRCUIT10 for 10% off at the Halden Store."),
        (8, "start", "See also: The best ultraportable laptops of 2026."),
        (11, "end", "Compare prices from 12 retailers with our price widget."),
    ],
    ltop=L("""
Circuitry
Subscribe to our newsletter
Trending
Best laptops
Phones
Audio
Deals
Reviews
Laptops
"""),
    lmid=[
        (2, "$1,099 at Amazon"),
        (2, "View Deal"),
        (7, "(Image credit: Lumen)"),
        (10, "Advertisement"),
    ],
    lbot=L("""
Halden Aero 14 specs
Top Deals
See more laptop deals
Recent Updates
Contact Lumen's experts
Terms and conditions
Privacy policy
Cookies policy
Accessibility Statement
Advertise with us
About us
© Lumen Media, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.
"""),
    fbot=L("""
Top Deals
See more laptop deals
Contact Lumen's experts
Terms and conditions
Privacy policy
Cookies policy
© Lumen Media, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.
"""),
    trap=False,
),
]
