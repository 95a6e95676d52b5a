from common import P, L

ARTICLES = [
    {
        "slug": "b7-en-harbour-dredging",
        "register": "regional newspaper",
        "lang": "en",
        "paras": P("""
Dredgers return to Kirkmouth harbour after three-year stand-off

KIRKMOUTH, Tuesday

Two dredging barges moved into Kirkmouth's inner basin at first light yesterday, ending a three-year dispute between the harbour trust and the regional fisheries board over who should pay to clear silt that has left the quay almost unusable at low tide.

The trust estimates that more than 41,000 cubic metres of sediment have built up since the last full dredge in 2019. At spring low water, skippers say, the depth alongside the fish market falls to barely a metre.

"We have been running the boats aground just to land a catch," said Morag Tulloch, who skippers the creel boat Bonnie Lass. "You lose half a day waiting for the tide."

The £2.6 million contract was awarded to a Dutch-Scottish consortium in February after the Scottish Government agreed to cover 60 per cent of the cost. The harbour trust will fund the rest from reserves and a temporary rise in berthing fees.

Cost

Berthing charges for vessels under 12 metres will rise from £18 to £23 a night until March 2027. The trust's chief executive, Alasdair Greig, said the increase had been "the least bad option" and would be reviewed annually.

Not everyone is convinced. Members of the Kirkmouth Yacht Club have started a petition asking the trust to publish the full tender documents, and around 300 people had signed it by Monday evening.

Environmental officers will sample the spoil before it is taken to a licensed disposal site eight miles offshore. An earlier plan to spread it on farmland near Balcardie was dropped after objections from residents.

The work is expected to take eleven weeks. The trust has asked boat owners to sign up for text alerts about temporary berth closures and to check the notice board at the harbour office each morning.

Ms Tulloch said she would believe it when she saw it. "Ask me in June," she said.
"""),
        "head": [
            "Kirkmouth Courier | Local news that matters since 1884",
            "This story is free to read. Most of our journalism is not — subscribe from £1 a week and keep the Courier on the quayside.",
        ],
        "mid": [
            (4, "READ MORE: Fish market roof to be replaced after storm damage"),
            (8, "Advertisement"),
        ],
        "tail": [
            "Got a story? Email newsdesk@kirkmouthcourier.co.uk or WhatsApp us on 07700 900412.",
            "Our journalists follow the Editors' Code of Practice. If you spot an error, use our corrections form.",
            "© Kirkmouth Courier Ltd 2026. All rights reserved. Registered in Scotland SC019284.",
        ],
        "mixed": [
            (3, "end", "Listen to this article (3 min)"),
            (11, "start", "Don't miss a beat on the harbour — get the Quayside Briefing in your inbox every Friday."),
        ],
        "ltop": L("""
Skip to main content
News
Sport
What's On
Property
Notices
Sign in
Subscribe
"""),
        "lmid": [
            (6, "Photo: Kirkmouth Harbour Trust"),
            (9, "Related: Yacht club commodore steps down after 22 years"),
        ],
        "lbot": L("""
Share on Facebook
Share on X
Copy link
Comments (17)
Most read
Kirkmouth Courier on Apple News
Privacy settings
© Kirkmouth Courier Ltd 2026
"""),
    },
    {
        "slug": "b7-en-storm-warning",
        "register": "weather service",
        "lang": "en",
        "paras": P("""
Amber wind warning issued for western coasts as Storm Isolde approaches

Forecasters have issued an amber warning for wind covering western coastal districts from 6pm on Thursday until 9am on Friday, as Storm Isolde tracks north-east across the Atlantic.

Gusts of 60 to 70mph are expected widely along exposed coasts, with 80mph possible over headlands and high ground. Inland, gusts of 45 to 55mph are likely.

What to expect

Power cuts are likely and could affect other services such as mobile phone coverage. Some roads and bridges may close, and there is a chance of injuries from large waves and beach material being thrown onto sea fronts and coastal homes.

Rail and ferry operators have been advised of the warning. Passengers should check with their operator before travelling on Thursday evening.

Rain

Isolde will also bring 30 to 40mm of rain in places, with up to 70mm on south-facing hills. Given already saturated ground, there is a risk of flooding to a few homes and businesses.

"This is a fast-moving system, and the strongest winds will arrive in the hours after dark, which is when they are most dangerous for anyone outdoors," said the duty chief forecaster, Dr Helen Marwick.

The Environment Agency has urged people in flood-prone areas to sign up to its free Floodline alerts and to follow local advice. Warnings may be updated as the track of the storm becomes clearer.

The outlook for the weekend is calmer but remaining changeable, with showers and near-average temperatures.

Next update: 11am Thursday.
"""),
        "head": [
            "We use cookies to make this site work and to understand how you use it. You can accept all cookies or choose which ones to allow.",
            "Accept all cookies | Reject non-essential cookies | Cookie settings",
        ],
        "mid": [
            (3, "Get warnings on your phone: download the WeatherWatch app for iOS and Android."),
            (7, "Was this page helpful? Yes / No"),
        ],
        "tail": [
            "Follow @WeatherWatchUK for the latest warnings and forecasts.",
            "Contains public sector information licensed under the Open Government Licence v3.0.",
            "Accessibility statement · Freedom of information · Terms and conditions",
        ],
        "mixed": [
            (1, "start", "Updated 2 minutes ago."),
            (9, "end", "Tell us what you think of our new forecast pages — it takes two minutes."),
        ],
        "ltop": L("""
Forecasts
Maps & charts
Warnings & alerts
Climate
Learn about weather
Search location
"""),
        "lmid": [
            (2, "Warning map: view interactive version"),
            (5, "Show more"),
        ],
        "lbot": L("""
Share this warning
Print
Related warnings
Yellow warning for rain – Wales
Sign up for email alerts
Copyright © 2026
"""),
    },
    {
        "slug": "b7-en-tram-closure",
        "register": "transport operator news",
        "lang": "en",
        "paras": P("""
Line 2 trams replaced by buses between Hollins Cross and Millbrook for track renewal

Trams on Line 2 will not run between Hollins Cross and Millbrook from Saturday 11 April to Sunday 3 May while we replace 1.8km of worn rail and two sets of points near the depot.

Replacement buses will run every 6 minutes at peak times and every 10 minutes at other times, calling at stops close to each tram stop. Journeys will take around 15 minutes longer than usual.

The rest of Line 2, from Millbrook to the Airport, will run as normal, but trams will turn back at Millbrook and there will be a change of platform.

Why now?

The rails on this section were laid in 1999 and are the most heavily used on our network. Inspections last winter found wear that, left alone, would have forced speed restrictions by the summer.

Tickets

Your tram ticket or pass is valid on the replacement buses. Contactless cap limits apply as normal, so you will not pay more than £5.40 in a day.

Step-free access

All replacement buses are low-floor and can carry one wheelchair user. If you need help, staff in orange jackets will be at Hollins Cross, Parkway and Millbrook from 6am to 11pm.

Local residents should expect some overnight working. We have written to around 2,400 homes along the route and will keep noise-generating work to before 1am.

We know this disruption is frustrating and thank passengers for their patience. Journey planners and our live departure boards have been updated.
"""),
        "head": [
            "Metrolink North — Service updates",
            "Planned works · Posted 24 March 2026 · 3 min read",
        ],
        "mid": [
            (4, "Plan your journey with the Metrolink North app — live times, mTickets and disruption alerts in one place."),
            (9, "Part of our £48m Renew the Rails programme. Find out more"),
        ],
        "tail": [
            "Get disruption emails for the lines you use. Manage your alert preferences",
            "Was this update useful? Rate it",
            "Metrolink North is operated by Northway Light Rail Ltd on behalf of the Combined Transport Authority.",
        ],
        "mixed": [
            (2, "end", "Set a reminder for these dates in your calendar."),
            (10, "start", "Travel smarter: a 7-day Anytime pass is now £24.50 in the app."),
        ],
        "ltop": L("""
Plan a journey
Tickets & fares
Status
Help
Back to all news
"""),
        "lmid": [
            (3, "Map: replacement bus route (PDF, 640KB)"),
            (7, "Download the full timetable"),
        ],
        "lbot": L("""
Share
Facebook
X
Email
Latest news
Night trams return for summer weekends
Cookie preferences
Privacy
© Northway Light Rail Ltd
"""),
    },
    {
        "slug": "b7-en-hospital-scanner",
        "register": "hospital trust news",
        "lang": "en",
        "paras": P("""
New MRI scanner cuts waiting times at Westmere General

Patients waiting for MRI scans at Westmere General Hospital are being seen up to five weeks sooner since a second scanner opened in the imaging department in January.

The £1.9m machine, funded through the national diagnostics programme, can carry out around 45 scans a day. The department now runs two scanners from 7am to 10pm on weekdays and 8am to 6pm at weekends.

Before the new scanner opened, the average wait for a routine MRI was 9.5 weeks. The latest figures for February show an average of 4.2 weeks.

"It is the difference between worrying for two months and getting an answer within a month," said Dr Priya Raman, consultant radiologist. "For many of our patients that matters enormously."

Quieter and wider

The scanner has a wider bore, 70cm, which helps patients who feel claustrophobic, and a noise-reduction mode for children and adults with sensory needs.

Radiographer Tom Ellery said the team had already seen fewer patients cancelling on the day. "People used to get to the door and turn around. That happens much less now."

The Trust recruited four additional radiographers and two assistants to staff the extended hours. Two of them joined through the Trust's return-to-practice scheme.

Patients do not need to do anything to be offered an earlier appointment. The booking team will contact people on the waiting list by phone or letter, and asks patients to make sure their GP practice holds their current mobile number.

Anyone who can no longer attend is asked to let the department know so the slot can be offered to someone else.

Westmere Hospitals NHS Foundation Trust serves around 620,000 people.
"""),
        "head": [
            "Westmere Hospitals NHS FT — caring for our communities",
            "Home > News > Latest news",
        ],
        "mid": [
            (3, "Join our team — we are recruiting radiographers now. Visit westmerejobs.nhs.uk"),
            (7, "Support your hospital: Westmere Hospitals Charity funds the extras the NHS cannot. Donate today"),
        ],
        "tail": [
            "Media enquiries: communications@westmere.nhs.uk",
            "Rate this page",
            "Become a member of the Trust — it's free and you can vote for your local governors.",
        ],
        "mixed": [
            (0, "end", "Published: 3 March 2026"),
            (9, "end", "Subscribe to Westmere Pulse, our monthly e-newsletter for patients and the public."),
        ],
        "ltop": L("""
Skip to content
Find a service
Visiting
Careers
Contact us
A-Z
"""),
        "lmid": [
            (1, "Image: Dr Priya Raman with the new scanner. Photo by Westmere Medical Illustration"),
            (5, "Share this page"),
        ],
        "lbot": L("""
Related news
Maternity unit rated good by inspectors
Back to top
Follow us
Facebook
Instagram
LinkedIn
Cookies
Accessibility
© 2026 Westmere Hospitals NHS Foundation Trust
"""),
    },
    {
        "slug": "b7-en-charity-giftaid",
        "register": "charity news page",
        "lang": "en",
        "trap": True,
        "trap_promo": ("tail", "Registered charity number 1093318 (England and Wales) and SC045102 (Scotland)."),
        "paras": P("""
Why we are changing how you give to us by direct debit

From 1 June we are moving all regular gifts made by direct debit to a new payment provider. If you already give to Riverbank Animal Rescue every month, you do not need to do anything — your donation will continue on the same date and for the same amount.

We wanted to explain why we are making this change, and what it means for you.

Lower costs

Our old provider charged us 32p for every direct debit we collected, plus a monthly fee. The new provider charges 14p. With around 9,800 regular donors, that adds up to roughly £21,000 a year that can go to animal care instead of fees.

You will see a new name on your bank statement: "RAR GIVING". Your first donation under the new arrangement will be collected on or just after your usual date in June.

Gift Aid

If you have told us you are a UK taxpayer, your Gift Aid declaration will carry over. Gift Aid lets us claim an extra 25p from HMRC for every £1 you give, at no cost to you. If your tax situation has changed, please tell us so we do not claim when we should not.

Changing or cancelling

You can change the amount, move the date or cancel at any time by calling our supporter care team or by using the "My giving" page in your online account. Cancelling is as easy as signing up — we will never ask you to justify it.

Some supporters asked whether they could switch to giving through an app. At the moment we accept one-off gifts through the two largest giving apps, but we are not yet able to set up regular gifts that way.

"Every regular donor is someone feeding a dog or a cat in our care every single month," said Sarah Quinlan, our director of fundraising. "We owe it to them to make every pound go as far as possible."

If you have any questions, our supporter care team is available Monday to Friday, 9am to 5pm.
"""),
        "head": [
            "Riverbank Animal Rescue — News",
            "Donate now: £10 could feed a rescued dog for a week.",
        ],
        "mid": [
            (5, "Sponsor a kennel from £4 a month and get a photo update every season."),
            (10, "Shop our charity store — every mug, lead and calendar helps."),
        ],
        "tail": [
            "Leave a gift in your will. Request our free guide",
            "Fundraising Regulator — we are registered and follow the Code of Fundraising Practice.",
            "Riverbank Animal Rescue, Mill Lane, Doveridge DE6 5JP",
        ],
        "mixed": [
            (1, "end", "Share this post on Facebook"),
            (11, "start", "Love animals? Sign up for Paws & Updates, our fortnightly email."),
        ],
        "ltop": L("""
Adopt
Donate
Get involved
About us
News
Give monthly
"""),
        "lmid": [
            (3, "Quick donate: £5 | £10 | £25 | Other"),
            (8, "Photo: Bramble, adopted in March. Credit: Riverbank volunteers"),
        ],
        "lbot": L("""
Latest posts
Meet the kittens of spring
Cookie policy
Privacy notice
Registered charity number 1093318
"""),
    },
]
