from common import P, L

ARTICLES = [
    {
        "slug": "b7-en-model-railway-fiddle-yard",
        "register": "hobby blog (model railways)",
        "lang": "en",
        "paras": P("""
Building a five-road fiddle yard for Pennington Sidings

After eighteen months of running trains back and forth on a single loop, I finally bit the bullet this winter and built a proper fiddle yard for Pennington Sidings, my OO gauge layout of a fictional Cumbrian branch line in about 1958.

For anyone new to the hobby, a fiddle yard is the hidden bit of the layout where trains are stored and swapped by hand — the "rest of the world" beyond the scenic section.

The baseboard

I went for a 1,200mm by 450mm board in 9mm birch ply on a 44mm x 18mm softwood frame. It bolts to the end of the existing layout with two pattern-maker's dowels so it lines up every time.

Five roads was the most I could fit while keeping at least 60mm between track centres, which leaves room for fingers. Each road holds a tank engine and four coaches, or a Class 4 and about a dozen short wagons.

Track and points

Code 75 flexible track throughout, with medium-radius points. I laid a first point, checked everything with a track gauge, and only then glued down the rest. The cork underlay is 3mm, the same as on the scenic boards, so there is no step at the joint.

Wiring

Each road has an isolating section at the far end so a locomotive can be parked dead while another moves. I wired the points to a small mimic panel with slide switches — not elegant, but it works and I can trace every wire.

Total cost, including the ply, the points and a frankly excessive number of crimp connectors, came to about £165.

Lessons

Make the fiddle yard bigger than you think. Put a lip on the front edge — I have already caught one falling brake van. And fit lighting: a £12 LED strip under the shelf above has made shunting in the evening far less painful.

Next month I hope to finally ballast the goods yard. Readers who follow the progress of Pennington Sidings asked what I use for weathering, so I will cover that too.
"""),
        "head": [
            "Branch Lines & Backscenes — a model railway blog",
            "This post contains affiliate links. If you buy through them I may earn a small commission at no extra cost to you.",
        ],
        "mid": [
            (5, "Support the blog: buy me a cuppa on Ko-fi"),
            (9, "Pennington Sidings will be at the Carlisle Model Railway Exhibition, 16–17 May. Advance tickets £8 from carlislemrc.org.uk"),
        ],
        "tail": [
            "Posted in Layout build, Fiddle yards | Tagged OO gauge, wiring, baseboards",
            "12 comments — join the discussion below",
            "Never miss a post: enter your email to receive new posts by email.",
            "Previous post: Scratch-building a platelayers' hut",
        ],
        "mixed": [
            (0, "start", "Estimated reading time: 6 minutes."),
            (10, "end", "Pin it for later!"),
        ],
        "ltop": L("""
Home
Layout diary
Techniques
Reviews
About me
Search this blog
"""),
        "lmid": [
            (3, "Photo: the finished board before track laying (click to enlarge)"),
            (7, "Buy Peco Code 75 track at Hattons"),
        ],
        "lbot": L("""
Like this:
Like Loading...
Related
Weathering wagons with powders
Blog at WordPress.com.
Follow Branch Lines & Backscenes
"""),
    },
    {
        "slug": "b7-en-knitting-cowl-pattern",
        "register": "craft pattern page",
        "lang": "en",
        "paras": P("""
The Heatherbank Cowl: a free pattern for a slipped-stitch neck warmer

This cowl grew out of a bag of leftover aran yarn in three shades of heather and a long train journey. It is worked in the round with a simple slipped-stitch pattern that looks far more complicated than it is.

Finished size: 56cm circumference, 24cm deep.

You will need

2 x 50g balls of aran weight wool in main colour (MC)

1 x 50g ball each of two contrast colours (CC1 and CC2)

5mm circular needle, 40cm long

Stitch marker

Tapestry needle

Gauge: 18 stitches and 30 rounds to 10cm over slipped-stitch pattern, after blocking.

With MC, cast on 100 stitches using a long-tail cast on. Place marker and join to work in the round, taking care not to twist. Work 8 rounds of k1, p1 rib.

Change to CC1. Round 1: *k3, slip 1 purlwise with yarn at back; repeat from * to end. Round 2: as round 1. Rounds 3 and 4: with MC, knit. Repeat these four rounds, alternating CC1 and CC2, until the cowl measures 20cm.

Work 8 rounds of k1, p1 rib in MC and cast off loosely in pattern. Weave in the ends and block gently.

Tip: slip stitches purlwise and keep the floats loose, or the fabric will pucker.
"""),
        "head": [
            "Skein & Sparrow Studio",
            "Free pattern · Intermediate · Updated February 2026",
            "Prefer an ad-free, printable PDF? Get it on Ravelry for £3.50 — or free with the code COWLCOSY until Sunday.",
        ],
        "mid": [
            (3, "Shop the yarn: Heather Aran kits in three colourways, from £19.95"),
            (12, "Join the Sparrow Club on Patreon for early patterns and video tutorials — tiers from £3 a month."),
        ],
        "tail": [
            "Share your finished cowl with #HeatherbankCowl and tag @skeinandsparrow — we feature a maker every week!",
            "This pattern is for personal use only. Please do not sell items made from it or redistribute the text.",
            "Jump to comments (58)",
        ],
        "mixed": [
            (1, "end", "Save this pattern to your Ravelry queue."),
            (13, "start", "Stuck? Book a 1:1 video knitting clinic with me for £25."),
        ],
        "ltop": L("""
Patterns
Yarn shop
Tutorials
Workshops
Basket (0)
"""),
        "lmid": [
            (2, "Print this pattern"),
            (11, "Advertisement"),
        ],
        "lbot": L("""
You might also like
The Fernside Mitts
Yarn substitution guide
Pin
Tweet
Email
© Skein & Sparrow Studio 2026
"""),
    },
    {
        "slug": "b7-en-car-review-hatchback",
        "register": "car review",
        "lang": "en",
        "paras": P("""
Volterra Cinque Hybrid review: the sensible small car grows up

The Cinque has always been the small car you bought because your parents had one. The new fourth generation, now available only as a hybrid, wants to be something you actually choose.

Prices start at £22,995 for the Core trim, rising to £27,450 for the Sport we tested. That puts it within a few hundred pounds of the main rivals from Japan and Korea, and well below the equivalent electric version at £31,200.

Under the bonnet is a 1.5-litre three-cylinder petrol engine paired with a small electric motor and a 0.9kWh battery. Combined output is 129bhp, enough for 0–62mph in 9.4 seconds.

On the road

Around town, the Cinque pulls away on electric power most of the time, and the switch to petrol is well hidden. On the motorway the three-cylinder note is more noticeable, but it settles down at 70mph.

The steering is light and accurate, and the ride on the Sport's 17-inch wheels is firm without being crashy. Cheaper trims get 16-inch wheels and a slightly softer setup, which we would probably choose.

We averaged 58.3mpg over 420 miles of mixed driving, against an official figure of 62.8mpg.

Inside

The cabin is the biggest step forward. There is a 10.25-inch touchscreen with wireless Apple CarPlay and Android Auto, plus real buttons for the climate controls. Boot space is 352 litres, up 41 litres.

Rear-seat space is fine for two adults on shorter journeys. Three across is a squeeze.

Verdict

Four stars. Not exciting, but the Cinque is now good enough that you would not need to have grown up with one to choose it.
"""),
        "head": [
            "DriveTest Weekly",
            "Reviews › Hatchbacks › Volterra",
            "Find your next car: compare new Volterra Cinque deals from local dealers and save an average of £2,140 off RRP.",
        ],
        "mid": [
            (4, "Value my car — get a free instant valuation in 30 seconds"),
            (8, "Sponsored: Finance the Cinque from £249 a month with 0% APR representative. Terms apply."),
        ],
        "tail": [
            "Rating: ★★★★☆",
            "Spec sheet: download the full data (PDF)",
            "Watch our video review on the DriveTest YouTube channel — 212k subscribers",
            "DriveTest Weekly is part of Halcyon Motor Media. We may earn a commission when you buy via links on this page.",
        ],
        "mixed": [
            (1, "start", "By Gareth Pryce, road test editor | 14 min read"),
            (12, "end", "Subscribe to the print magazine: 6 issues for £6."),
        ],
        "ltop": L("""
News
Reviews
Car deals
Sell my car
Electric
Magazine
Log in
"""),
        "lmid": [
            (2, "Gallery: 24 photos"),
            (9, "Best small hybrids 2026: our top ten"),
        ],
        "lbot": L("""
Read next
Pelliot 208e long-term test: month four
Newsletter
Privacy
Cookie settings
Terms
© Halcyon Motor Media Ltd 2026
"""),
    },
    {
        "slug": "b7-en-gaming-subscription-price",
        "register": "gaming news",
        "lang": "en",
        "trap": True,
        "paras": P("""
Nimbus Play Pass price rises to £14.99 as tiers are reshuffled

Nimbus Interactive is raising the price of its Play Pass subscription service for the second time in eighteen months, with the top tier going from £12.99 to £14.99 a month in the UK from 1 July.

Existing subscribers will move to the new price at their next renewal after that date. The company said it would email every affected customer at least 30 days before their first higher payment.

The cheaper Core tier stays at £6.99 but will no longer include day-one releases from Nimbus's own studios. Those games will now only be available to Ultimate subscribers, or to buy outright at £69.99.

"We are investing more than ever in the games that come to Play Pass," a Nimbus spokesperson said in a statement. "These changes let us keep doing that."

Players were less convinced. Within hours of the announcement, a thread on the service's official forum asking people to cancel in protest had gathered more than 40,000 replies.

Annual plans

The annual Ultimate plan, previously £119.99, has been withdrawn for new customers. Subscribers who already pay annually will keep their rate until their plan next renews.

Analysts say the change reflects pressure on subscription services across the industry. Growth in subscriber numbers has slowed since 2024, and publishers have been reluctant to put their biggest releases on a service that does not pay per download.

"Subscriptions were sold as a way to get more people playing more games," said Lena Hartwig of games research firm Pixelmetrics. "Now they are a way to make existing players pay more."

Under UK consumer rules that came into force this year, Nimbus must also send reminders before free trials convert to paid plans and make it possible to cancel in a single step.

Nimbus did not say how many people subscribe to Play Pass. Its last published figure, in 2024, was 31 million.
"""),
        "head": [
            "Respawn Report",
            "News · 2 hours ago · 4 min read",
        ],
        "mid": [
            (3, "Ad — Continue reading below"),
            (9, "Deals: Nimbus Play Pass Ultimate 3 months for £29.99 at GameHaven (affiliate link)"),
        ],
        "tail": [
            "Tags: Nimbus, Play Pass, subscriptions",
            "Listen to the Respawn Report Podcast every Thursday on Spotify and Apple Podcasts.",
            "Comments (412)",
            "Follow Respawn Report on Google News",
        ],
        "mixed": [
            (0, "end", "1.8k shares"),
            (8, "start", "Get breaking gaming news on your lock screen — enable notifications."),
        ],
        "ltop": L("""
Respawn Report
Latest
Reviews
Guides
Deals
Hardware
Sign up
"""),
        "lmid": [
            (5, "Trending: the best co-op games of 2026 so far"),
            (10, "Join our Discord — 28,000 members"),
        ],
        "lbot": L("""
More from Respawn Report
Every confirmed release date for the summer
Our review policy
Advertise with us
Respawn Report is part of Quickload Media Group. © 2026
"""),
    },
    {
        "slug": "b7-en-esports-liveblog",
        "register": "esports live blog",
        "lang": "en",
        "paras": P("""
Northern Masters grand final: Tidebreak v Helix Nine — as it happened

Tidebreak are champions of the Northern Masters after beating Helix Nine 3-1 in front of a sell-out crowd at the Glasshouse Arena in Manchester.

Map 4 — Tidebreak win 13-9

That is it. Tidebreak close out the fourth map 13-9 and the series 3-1. Their captain, Jonas "vekk" Lindqvist, drops his headset and runs to the front of the stage.

Helix Nine fought back to 9-9 after trailing 8-3 at the half, but a 4-0 run from Tidebreak, started by a double kill from "ashe", finished it.

Map 3 — Tidebreak win 13-11

A much tighter map. Helix Nine held a 10-8 lead before Tidebreak won five of the last six rounds.

"We talked at the break about slowing down. We were playing their game," vekk said afterwards.

Map 2 — Helix Nine win 13-6

Helix Nine levelled the series with a dominant display. Their rifler "Moro" finished with 24 kills, the highest of the day.

Map 1 — Tidebreak win 16-14

An overtime opener set the tone. Neither side led by more than three rounds.

Tidebreak take home £120,000 of the £300,000 prize pool and qualify for the world finals in Seoul in September.

Good evening and welcome to our live coverage of the grand final. Doors opened at 4pm and around 8,500 fans are inside.
"""),
        "head": [
            "LIVE",
            "Key events",
            "Show 3 new updates",
        ],
        "mid": [
            (4, "Watch the VOD on our Twitch channel: twitch.tv/fragline"),
            (9, "Make a prediction for the world finals and win a Fragline jersey — enter now"),
        ],
        "tail": [
            "Live blog powered by Fragline LiveDesk. Updates appear automatically.",
            "Back to top",
            "Fragline Esports · Contact the live team: live@fragline.gg",
        ],
        "mixed": [
            (2, "start", "Pinned post"),
            (11, "end", "Auto-update: ON"),
        ],
        "ltop": L("""
Fragline
Esports
Schedule
Results
Betting tips (18+)
Login
"""),
        "lmid": [
            (6, "Share this update"),
            (13, "Gamble responsibly. BeGambleAware.org — 18+ only. Odds supplied by our partner SpinLine."),
        ],
        "lbot": L("""
Newest first
Oldest first
Previous 20 updates
Cookie settings
© Fragline Media 2026
"""),
    },
]
