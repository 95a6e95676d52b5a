from common import P, L

ARTICLES = [
    {
        "slug": "b10-en-energy-cap",
        "lang": "en",
        "register": "energy-bill explainer",
        "paras": P("""
Energy price cap rises 6.4% in April: what it means for your bills

The typical household will pay £1,849 a year for gas and electricity, up £111, the regulator has confirmed.

Ofgem has confirmed that the energy price cap will rise by 6.4 per cent from 1 April, the third increase in a row. Here is what is changing and what you can do about it.

What is the price cap?

The cap limits the unit rates and standing charges that suppliers can charge customers on standard variable tariffs. It does not cap your total bill: if you use more energy, you pay more.

Electricity: 27.03p per kWh, standing charge 53.8p a day.

Gas: 6.99p per kWh, standing charge 32.7p a day.

Should I fix?

Several suppliers are now offering one-year fixed deals priced below the April cap. Martin Cheung, an analyst at the consultancy Cornwall Insight, said a fix "can make sense if it's cheaper than the cap and has low exit fees", but warned households not to sign up for deals that charge a large premium for certainty.

Comparison sites earn a commission when customers switch through them, and some fixed deals are only available to customers who download a supplier's app or agree to paperless billing.

Citizens Advice says households should take a meter reading on 31 March and submit it to their supplier, so they are not charged the new rate for energy used before April. It also urges anyone whose monthly payment seems too high to ask for it to be reviewed.

Help if you are struggling

Customers who cannot pay should contact their supplier as early as possible. Most suppliers run hardship funds, and the Warm Home Discount of £150 is paid automatically to many pensioners and people on means-tested benefits.
"""),
        "head": [
            "Money | Bills · Our journalism is independent. When you buy through links on our site, we may earn a commission.",
            "Never miss a money-saving tip: sign up to The Penny Drop, our free Sunday email.",
            "Listen to this article · 5 min",
        ],
        "mid": [
            ("The cap limits the unit rates", "Compare energy deals now – find out in two minutes if you could save. Powered by SwitchRight. Sponsored"),
            ("Several suppliers are now offering", "RELATED: How to read your smart meter (and why it might be wrong)"),
            ("Citizens Advice says households", "Want expert help with your money? Join Pocket Club for £2.99 a month – first three months free."),
        ],
        "tail": [
            "Have your say: will you fix your energy tariff this spring? Vote in our poll.",
            "Helen Marsh is consumer affairs editor at Ledger Lane. She has written about household finances for 15 years. Email helen.marsh@ledgerlane.co.uk",
            "We strive to keep our information accurate and up to date, but it may differ from what you see when visiting a provider. Read our corrections policy.",
        ],
        "mixed": [
            ("Ofgem has confirmed", "start", "Update: this article was last updated on 26 February 2026."),
            ("Customers who cannot pay", "end", "Get our free budgeting spreadsheet when you join The Penny Drop newsletter."),
            ("Comparison sites earn a commission", "end", "Ledger Lane may be paid if you click a link to a comparison site in this article."),
            ("The cap limits the unit rates", "start", "Advertisement: Octavia Energy – 100% renewable electricity, switch today."),
        ],
        "ltop": L("""
Ledger Lane
Money
Bills
Savings
Mortgages
Pensions
Deals
Subscribe
By Helen Marsh
26 February 2026
A smart meter display in a kitchen (Photo: Getty Images)
"""),
        "lmid": [
            ("The cap limits the unit rates", "Best fixed energy deals this week"),
            ("The cap limits the unit rates", "Saveway Fix 12M · £1,712 a year · Exit fee £75 · View deal"),
            ("Several suppliers are now offering", "Newsletter"),
            ("Several suppliers are now offering", "The Penny Drop: money tips every Sunday. Enter your email"),
        ],
        "lbot": L("""
Topics
Energy bills
Price cap
Ofgem news
Share on Facebook
Share on WhatsApp
Email this article
About us
How we make money
Editorial guidelines
Contact
Manage cookies
© Ledger Lane Publishing Ltd 2026
"""),
        "trap": True,
        "trap_promo": ("tail", "Never miss a money-saving tip: sign up to The Penny Drop, our free Sunday email."),
    },
    {
        "slug": "b10-en-angling-carp",
        "lang": "en",
        "register": "fishing/angling magazine",
        "paras": P("""
Winter carp on the Somerset levels: a session at Lowmoor Lakes

Cold water, short days and a 31lb common. Rig Hartley reports from a frosty February weekend.

There is a particular kind of silence on a lake at minus three. The reeds crack, the margins skin over, and you begin to wonder why you didn't stay in bed. Then a buzzer screams at 6.40am and you remember.

Lowmoor's Main Lake is eleven acres of old clay workings, with depths from four to fourteen feet and a stock of around 180 carp. Day tickets cost £15 and must be booked in advance; the fishery runs a members' syndicate on the smaller Island Pool.

The swim

I chose peg 14 on the east bank, which gets the morning sun and looks out over a gravel bar at about 70 yards. The bailiff, Dave Cole, said fish had been showing over the bar all week.

The approach

Single hookbaits, 12mm pop-ups, fished on a simple hinged stiff rig.

A small PVA bag of crumbed boilie and hemp, no more than a handful.

The first night brought nothing but a bream at 1am. The second was different. At first light the right-hand rod tore off and, after a slow, heavy fight, a long, dark common slid over the net cord. On the scales: 31lb 4oz.

"They don't feed much in this weather, but when they do, they feed right on the bar," Cole said as he did the weighing.

Lowmoor asks anglers to use fish care mats and barbless hooks and to keep fish out of the water for as short a time as possible. Keepnets and sacks are banned.

A 31lb 4oz common, returned within two minutes of being netted.
"""),
        "head": [
            "FEATURES › Venue Guides",
            "SUBSCRIBE TO TIGHT LINES MONTHLY: 3 issues for £5 plus a free Korda rig wallet worth £18!",
        ],
        "mid": [
            ("Lowmoor's Main Lake", "Win a week's fishing for two in the Loire! Enter our reader competition – closes 31 March. T&Cs apply."),
            ("The first night brought", "Gear used: Rig Hartley fishes with Nash Scope rods and Shimano reels. Prices correct at time of writing; we may earn commission on purchases."),
            ("\"They don't feed much", "Watch the capture on the Tight Lines YouTube channel – hit subscribe and the bell for new videos every Friday."),
        ],
        "tail": [
            "Get more tips like this in the April issue of Tight Lines Monthly, in shops now or download the digital edition from the Tight Lines app.",
            "Rig Hartley is a carp angler and guide based in Taunton. Follow his sessions on Instagram @righartleycarp.",
            "Join the discussion on the Tight Lines forum – 46 replies",
        ],
        "mixed": [
            ("There is a particular kind", "start", "This feature first appeared in Tight Lines Monthly issue 212."),
            ("Lowmoor asks anglers", "end", "Save 15% on fish care mats at Bankside Tackle with code TIGHT15."),
            ("I chose peg 14", "end", "Book peg 14 and other swims via the Lowmoor website."),
            ("The first night brought", "start", "Advertisement"),
        ],
        "ltop": L("""
Tight Lines
Carp
Coarse
Match
Fly
Sea
Tackle Reviews
Venues
Magazine
Shop
By Rig Hartley
Published 7 March 2026
Dawn over Lowmoor Main Lake. Photograph: Rig Hartley
"""),
        "lmid": [
            ("Lowmoor's Main Lake", "Fishery facts: Lowmoor Lakes, Westonzoyland · Day ticket £15 · Night £25 · Tel 01278 555 190"),
            ("The first night brought", "Shop the kit"),
            ("The first night brought", "Nash Scope 10ft 3.25lb · £149.99 at Bankside Tackle"),
        ],
        "lbot": L("""
Tags
Carp fishing
Winter angling
Somerset venues
You might also like
Five rigs for cold water carp
Best bivvies under £300
Tight Lines is part of Riverbank Media Ltd
Advertise with us
Privacy & Cookies
Terms
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-album-review",
        "lang": "en",
        "register": "music album review",
        "paras": P("""
Halley Moss: Salt Roads review – a folk record that finally lets the silence in

★★★★☆

On her fourth album, the Shetland singer strips her sound back to voice, fiddle and the sea, and it is all the better for it.

Halley Moss has always been a singer who seemed to be holding something back. Her first three records wrapped her voice in strings and drum machines; Salt Roads, recorded over eleven days in a disused herring station in Lerwick, lets it stand on its own.

The opener, Grey Sound, is just Moss and a fiddle, the bow scraping almost inaudibly under a melody that never quite resolves. It is a bold way to start, and it sets the tone for everything that follows.

Best tracks

The Ferryman's Daughter

Nine Winters

The Ferryman's Daughter is the closest thing here to a single, a waltz about a girl who rows tourists to Mousa and falls for one of them. Moss sings it with a wry half-smile you can almost hear.

Not everything lands. Paper Lanterns, a spoken-word piece over a drone, drifts for seven minutes without going anywhere, and the closing cover of Bridge Over Troubled Water feels like an obligation.

"I wanted people to hear the room," Moss told me when we spoke last month. She says the label pushed for a streaming-friendly lead single and she refused.

But Nine Winters, written after the death of her grandmother, is the best thing she has recorded: four minutes of quiet, devastating grief. It is reason enough to buy the record.

Salt Roads is released on Stoneshore Records on 21 March.
"""),
        "head": [
            "Music · Album reviews",
            "This article is part of our Friday music coverage. Get Soundcheck, our weekly newsletter of new releases, every Friday morning.",
        ],
        "mid": [
            ("The opener, Grey Sound,", "Listen: Halley Moss – Grey Sound (Spotify embed). To view this content, please accept cookies."),
            ("Not everything lands.", "Buy tickets: Halley Moss plays Glasgow Barrowland on 12 April. Tickets from £28.50 via StageDoor."),
            ("\"I wanted people to hear the room,\"", "You've read 3 articles this month. Support independent arts journalism – become a member from £4 a month."),
        ],
        "tail": [
            "Salt Roads is available to pre-order on vinyl from our shop, with an exclusive signed print. We may earn a commission from purchases made through this link.",
            "More reviews: Wolf Alice, Fontaines DC and this week's best new albums",
            "Comments (18) – Join the conversation. Please read our community guidelines before posting.",
        ],
        "mixed": [
            ("Halley Moss has always been", "start", "Follow The Fold on Instagram for first listens and live sessions."),
            ("But Nine Winters,", "end", "Stream our Best New Folk playlist on Spotify."),
            ("The Ferryman's Daughter is the closest", "start", "Sponsored content continues below."),
            ("Not everything lands.", "end", "Rate this album: tap the stars to vote."),
        ],
        "ltop": L("""
The Fold
Music
Film
Books
Stage
Art
Reviews
Newsletters
Support us
Album of the week
Rachel Dunmore
Fri 14 Mar 2026 08.00 GMT
Share
Halley Moss photographed in Lerwick. Photograph: Ian Leask/Stoneshore Records
"""),
        "lmid": [
            ("The opener, Grey Sound,", "Play Video 3:41 Halley Moss – Grey Sound (official video)"),
            ("Not everything lands.", "Most viewed in Music"),
            ("Not everything lands.", "Glastonbury 2026 line-up: full list of acts confirmed"),
        ],
        "lbot": L("""
Explore more on these topics
Folk music
Pop and rock
Reuse this content
Most viewed
About us
Contact us
Complaints & corrections
Privacy settings
© 2026 The Fold Arts Ltd
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-tv-streaming",
        "lang": "en",
        "register": "TV listings article",
        "paras": P("""
What's on TV this week: the best shows to watch, 16–22 March

Plus: every streaming service has put its prices up again, so here is what you will actually pay this spring.

Our pick of the week

The Tidewater Murders (Sunday, BBC One, 9pm)

Sheridan Smith returns as DI Carrie Vance for a second series set on the Essex marshes. The opening double bill is tense and beautifully shot, although the plot twist in episode two is visible from space.

Also worth watching

Great British Allotment (Tuesday, Channel 4, 8pm) – a gentle, surprisingly competitive gardening contest.

Champions League: Arsenal v Inter (Wednesday, TNT Sports 1, kick-off 8pm).

Streaming price rises

Netflix's standard plan rises to £12.99 a month from April, and its cheapest tier with adverts goes up to £5.99. Disney+ has added a £2 monthly surcharge for accounts that share a password outside the household.

Amazon Prime Video now shows adverts by default, with an extra £2.99 a month to remove them. Subscribers who signed up before 2024 have been told the change applies to them too.

Media analyst Rebecca Tan at Enders said households were now "cycling" services: subscribing for a month to watch one show, then cancelling. "The loyalty that existed five years ago has gone," she said.

If you want to cut costs, most services let you pause rather than cancel, and several offer cheaper annual plans if you pay upfront.
"""),
        "head": [
            "TV & RADIO · WHAT'S ON",
            "Get the week's TV picks in your inbox every Saturday – sign up to Box Set Weekly.",
        ],
        "mid": [
            ("Sheridan Smith returns", "Watch the trailer: The Tidewater Murders series 2 (1:52)"),
            ("Champions League: Arsenal v Inter", "Stream every Champions League match with a TNT Sports pass – £30.99 a month. Affiliate link: we may earn commission."),
            ("Amazon Prime Video now shows adverts", "Try Prime Video free for 30 days. Cancel anytime. After trial, £8.99/month. Sponsored"),
        ],
        "tail": [
            "Full TV listings for every channel are available in the Radio & Screen app. Download it free from the App Store or Google Play.",
            "Our reviews are written independently. When you buy through links on this page, we may earn an affiliate commission.",
            "More TV: The 20 best dramas of 2026 so far | Why The Traitors US is better than ours | Is it time to give up on soaps?",
        ],
        "mixed": [
            ("Our pick of the week", "end", "– chosen by our critics"),
            ("If you want to cut costs,", "end", "Get Radio & Screen magazine delivered for 12 issues for £12."),
            ("Media analyst Rebecca Tan", "start", "Listen to our TV podcast The Remote Control, every Monday."),
            ("Netflix's standard plan rises", "start", "Prices correct at the time of publishing."),
        ],
        "ltop": L("""
Radio & Screen
TV Listings
On Demand
Reviews
Features
Puzzles
Subscribe now
By Joanna Pike
Published: Saturday, 15 March 2026 at 7:00 am
Sheridan Smith in The Tidewater Murders (BBC/Mammoth Screen/Sophie Mutevelian)
"""),
        "lmid": [
            ("Sheridan Smith returns", "Subscribe to Radio & Screen – 12 issues for £12"),
            ("Champions League: Arsenal v Inter", "Disney+ Standard with Ads · £4.99/month · See deal"),
            ("Amazon Prime Video now shows adverts", "Advertisement"),
        ],
        "lbot": L("""
Share this article
Comments
About Radio & Screen
Contact us
Terms and conditions
Privacy policy
Cookie preferences
Radio & Screen is published by Hollis Media Ltd
"""),
        "trap": True,
        "trap_promo": None,
    },
]
