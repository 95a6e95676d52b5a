"""Blind set 12, English part 2: motorsport race report, hobby forum thread, obituary."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 4. Motorsport race report
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-northern-gt-kestrel-park-report",
    "register": "motorsport race report",
    "lang": "en",
    "paras": P("""
Brennan gambles on slicks and takes maiden Northern GT win in Kestrel Park downpour

By Owen Pritchard at Kestrel Park

Callum Brennan scored his first Northern GT Challenge victory on Sunday after Harrow Motorsport left him out on slick tyres as a heavy shower swept across the circuit, then watched the track dry faster than any of their rivals had predicted.

The 22-year-old from Chesterfield started fifth in the Merak GT4 he shares with team owner Dale Harrow, and had dropped to ninth by the time the rain arrived on lap 14. Eleven cars pitted for wets within two laps. Brennan stayed out.

“Dale was on the radio saying it was my call,” Brennan said. “I could see a dry line forming out of the Hairpin, so I thought, let’s just survive two laps and see. Honestly, it was terrifying.”

By lap 22 the leaders on wet tyres were more than four seconds a lap slower, and Brennan inherited the lead when the last of them, the Pembury Racing Alcantra of Sofia Marchetti, came in to switch back to slicks.

Marchetti recovered to finish second, 6.8 seconds behind, with championship leader Rhys Atwood third after a spin at Ridgeway Corner cost him nearly ten seconds.

Result, round 4, 42 laps

1. Callum Brennan / Dale Harrow (Harrow Motorsport, Merak GT4) 1:01:22.418

2. Sofia Marchetti / Ben Okafor (Pembury Racing, Alcantra 4R) +6.811s

3. Rhys Atwood / Imogen Platt (Atwood Autosport, Merak GT4) +15.092s

Atwood’s lead in the drivers’ standings is now 19 points over Marchetti with three rounds remaining. Brennan and Harrow move up to fifth.

The race was neutralised for six laps after Jamie Coulthard-Reid’s car stopped on the approach to the pit lane with a fuel pressure problem. Stewards also handed Tom Barclay a five-second penalty for exceeding track limits at Abbey four times, dropping him from sixth to eighth.
"""),
    "head": [
        "Home › Club racing › Northern GT Challenge",
        "Picture: Brennan leads Marchetti through the Hairpin on lap 31. Photo: Ollie Trent / Pitlane Images",
        "LIVE TIMING | RESULTS | STANDINGS | CALENDAR",
    ],
    "mid": [
        ("“Dale was on the radio", "Watch every lap again: the full Kestrel Park race replay is available now on GTV Plus. Start your free 7-day trial"),
        ("Result, round 4", "ADVERTISEMENT — article continues below"),
        ("Atwood’s lead", "Tickets for round 5 at Dunmore Hill on 14–15 June are on sale now. Kids under 12 go free with a paying adult — book online and save £5 on the gate price."),
    ],
    "tail": [
        "Subscribe to Pitlane Weekly — 12 issues for £12, delivered to your door, plus full access to our digital archive going back to 1978.",
        "Follow us for live updates from every round: Facebook · Instagram · X · YouTube",
        "Most popular\nIndyCar test for F3 champion put on hold\nHistoric racing: the cars you can still enter for under £20,000\nClub racing calendar changes for 2025",
        "© Pitlane Media Ltd 2025. All rights reserved. No part of this site may be reproduced without permission.",
    ],
    "mixed": [
        ("By Owen Pritchard", "end", "· Sunday 18 May 2025, 6:42pm"),
        ("By lap 22", "start", "Sponsored by Dunmore Tyres — grip when it matters."),
        ("The race was neutralised", "end", "Read our full round 5 preview on Thursday"),
    ],
    "ltop": L("""
Pitlane Weekly
News · Club racing · Historics · Karting · Rally · Magazine
Home › Club racing › Northern GT Challenge
Picture: Brennan leads Marchetti through the Hairpin on lap 31. Photo: Ollie Trent / Pitlane Images
"""),
    "lmid": [
        ("Marchetti recovered", "Advertisement"),
        ("Atwood’s lead", "Tickets for round 5 at Dunmore Hill on sale now"),
    ],
    "lbot": L("""
Topics: Northern GT Challenge, Kestrel Park, Harrow Motorsport
Leave a comment (14)
Subscribe to Pitlane Weekly — 12 issues for £12
Most popular
© Pitlane Media Ltd 2025. All rights reserved.
"""),
})

# ---------------------------------------------------------------------------
# 5. Hobby forum thread (first post and replies are editorial)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-model-railway-weathering-thread",
    "register": "hobby forum thread",
    "lang": "en",
    "paras": P("""
Weathering ready-to-run wagons without an airbrush — where do I start?

sidingsman wrote: I’ve got a rake of twelve 16-ton mineral wagons for my 1950s colliery layout and they all look like they’ve just left the works. I don’t own an airbrush and don’t really have the space for one. Has anyone had decent results with just powders and brushes? Any tips on what to buy first would be appreciated.

Reply from Gresley_Gary: Powders will get you 80 per cent of the way. Start with three colours: a dark rust, a light rust and a grimy black. Brush the rust into the lower bodywork and the inside of the wagon, then dust the black over the underframe. Seal it with a matt varnish or it’ll rub off the first time you handle it.

Reply from sidingsman: Thanks Gary. Does the varnish not dull the powders down?

Reply from Gresley_Gary: It does, a bit. I put it on lighter than I think I need, then add a second pass of powder afterwards where I want it to show. A rattle-can matt varnish from a car accessory shop works as well as the expensive model ones.

Reply from Wendy_in_Wigan: One thing nobody told me when I started: take the wheelsets out first. Powder in the axle boxes makes them run terribly, and it took me a whole evening to clean them out again.

Reply from PortTalbotPete: For mineral wagons specifically, look at photos from the period before you start. They weren’t uniformly rusty. A lot had one or two replacement planks or doors in fresh grey, and the interiors were usually far worse than the outsides because of the coal.

Reply from sidingsman: Update for anyone finding this later. Did four wagons over the weekend using Gary’s three-colour method, wheels out as Wendy said, and two with a “new” door picked out in light grey from Pete’s suggestion. Not perfect, but they look like they’ve done some work now. Photos below.

Reply from Wendy_in_Wigan: Those look great. The grey doors really sell it.
"""),
    "head": [
        "Board index ‹ Layouts and scenery ‹ Weathering and detailing",
        "Welcome, guest. Please log in or register to post. Registration is free and only takes a minute.",
        "Post Reply · Search this topic · 9 posts · Page 1 of 1",
    ],
    "mid": [
        ("sidingsman wrote:", "Sponsored: Railyard Models — weathering powders, varnishes and brushes in stock. 15% off for forum members with code RMWEATHER15"),
        ("Reply from Wendy_in_Wigan: One thing", "Top"),
        ("Reply from sidingsman: Update", "Attachments: mineral_wagons_1.jpg (211.4 KiB) Viewed 1,046 times · mineral_wagons_2.jpg (198.2 KiB) Viewed 1,002 times"),
    ],
    "tail": [
        "Return to “Weathering and detailing” · Jump to another forum",
        "Who is online: users browsing this forum — 3 registered users and 41 guests",
        "Support the forum: our server costs are paid by members. Become a supporting member for £12 a year and browse without adverts.",
        "Powered by BoardForge © 2025 · Forum rules · Delete cookies · All times are UTC+01:00",
    ],
    "mixed": [
        ("Reply from Gresley_Gary: Powders", "end", "Quote · Report · Like (17)"),
        ("Reply from PortTalbotPete", "start", "Posts: 4,812 · Joined: Mar 2011"),
        ("Reply from Wendy_in_Wigan: Those look", "end", "Advertise your model shop here — see our media pack"),
    ],
    "ltop": L("""
Quick links · FAQ · Register · Login
Board index ‹ Layouts and scenery ‹ Weathering and detailing
Post Reply · 9 posts · Page 1 of 1
"""),
    "lmid": [
        ("sidingsman wrote:", "Sponsored: Railyard Models — 15% off weathering powders for members"),
        ("Reply from Gresley_Gary: It does", "Quote · Report"),
        ("Reply from PortTalbotPete", "Joined: Mar 2011 · Posts: 4,812"),
    ],
    "lbot": L("""
Display posts from previous: All posts · Sort by: Post time
Return to “Weathering and detailing”
Users browsing this forum: 3 registered users and 41 guests
Powered by BoardForge © 2025
"""),
})

# ---------------------------------------------------------------------------
# 6. Obituary
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-margaret-ellory-obituary",
    "register": "obituary",
    "lang": "en",
    "paras": P("""
Margaret Ellory obituary

Naturalist who spent seven decades recording life in the rock pools of the Lizard peninsula

By Kenneth Rowe

Margaret Ellory, who has died aged 91, kept what is thought to be the longest continuous record of any stretch of British shoreline made by a single person. From 1951 until the autumn of 2023, she visited the same five rock pools at Polkerris Cove at least once a month, noting every species she could identify in a series of 64 pocket notebooks.

She was born in the keeper’s cottage at Treliske Point lighthouse, the younger daughter of Walter Ellory, an assistant keeper, and his wife, Annie (nee Pascoe), who took in sewing. The family moved three times before Margaret was ten, following Walter’s postings around the Cornish coast, and she later said the shore was the only home that stayed the same.

She left school at 15 to work in a chemist’s shop in Helston, and was largely self-taught as a naturalist. A chance meeting with the marine biologist Hilda Cavanagh on the beach at Coverack in 1954 led to a lifelong correspondence and, eventually, to Margaret’s first published note, on an unusual sea slug, in 1962.

Her notebooks became scientifically important only late in her life. In 2009, researchers from the Marine Biological Association digitised them and found that they documented the arrival of several warm-water species years before they were formally recorded in Britain.

“She never thought of it as research,” said Dr Lowenna Trewin, who worked on the digitisation. “She thought of it as visiting friends.”

In 2016 she was appointed MBE for services to marine conservation. She travelled to the investiture by train, refused a car from the station, and was back on the shore at Polkerris the following morning.

She married Jack Penhallow, a fisherman, in 1958; he died in 1999. She is survived by their son, Robert, two grandchildren and a great-granddaughter.

Margaret Anne Ellory, naturalist, born 3 May 1933; died 18 January 2025
"""),
    "head": [
        "Obituaries › Science",
        "Photograph: Margaret Ellory at Polkerris Cove in 2014. Photograph courtesy of the Ellory family",
    ],
    "mid": [
        ("She left school at 15", "We rely on readers like you. More than a million people have chosen to support our independent journalism. Support us from just £2 — it only takes a minute. Thank you."),
        ("“She never thought of it", "Explore more on these topics: Marine life · Cornwall · Conservation · Oceans"),
    ],
    "tail": [
        "Do you know of someone whose life should be marked in an obituary? Email the obituaries desk or write to us at the address below; our editors consider every suggestion.",
        "Other lives: send us a short tribute to someone you knew who has died recently.",
        "Most viewed\nThe supermarket price war is back — who benefits?\nUK weather: Met Office issues yellow warning for snow\nThe 50 best albums of the year so far",
        "Reuse this content · Print subscriptions · Search jobs · Privacy policy · Cookie policy",
    ],
    "mixed": [
        ("Her notebooks became", "start", "Advertisement"),
        ("She married Jack Penhallow", "end", "Share this obituary with friends and family by email"),
    ],
    "ltop": L("""
Obituaries › Science
Photograph courtesy of the Ellory family
Support us: your contribution keeps our journalism open for everyone
"""),
    "lmid": [
        ("She was born in the keeper", "Advertisement"),
        ("In 2016 she was appointed MBE", "Explore more on these topics: Marine life · Cornwall"),
    ],
    "lbot": L("""
Other lives: send us a short tribute
Most viewed
Reuse this content
Sign up to our Sunday long-read email
© 2025 Western Morning Record Ltd
"""),
})
