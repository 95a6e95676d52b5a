"""blind10, English part 3: podcast show notes (soil ecology episode), a product review of an e-reader,
and a newsletter-platform essay about a year at a repair café.
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-en-podcast-soil-episode",
        "register": "podcast show notes",
        "lang": "en",
        "paras": P("""
Ep. 142: What lives in a teaspoon of soil? With Dr. Ama Boateng

A single teaspoon of healthy soil can hold more microorganisms than there are people on Earth, and almost none of them have names. This week we dig into that hidden world with soil ecologist Dr. Ama Boateng, who spends her working life counting creatures most of us never think about.

Ama runs the Belowground Ecology Lab at the University of Vermont, where her team studies how fungi, bacteria, nematodes and tiny arthropods respond to drought, tillage and warming. She grew up on a cocoa farm in the Ashanti region of Ghana and says her interest began with a question her grandmother asked: why does the soil under old trees smell different? The answer, it turns out, involves a bacterium called Streptomyces and a compound called geosmin, and it sent her down a path that led to a doctorate and two decades of fieldwork in Ghana, Kenya and New England.

In this episode we talk about:

Why mycorrhizal fungi are less like a "wood wide web" and more like a busy marketplace

What happens to soil life when a field is ploughed, and how long it takes to recover

The surprising role of earthworms in releasing greenhouse gases

Chapters

(03:45) How do you count something you can't see?

(17:20) Fungal networks, the hype and the evidence

(31:05) Ploughing, no-till and the farmers who changed their minds

(44:40) Listener questions: is potting soil alive?

Ama was refreshingly candid about how much remains unknown. "We've sequenced the DNA of soil communities from every continent," she told us, "and most of what comes back doesn't match anything in the reference databases. We are basically reading a library where nine books in ten have blank covers."

We also get practical. Ama explains why she leaves fallen leaves on her own flower beds all winter, why a spade of compost does more for a tired lawn than another bag of fertiliser, and why the best thing most gardeners can do for the life beneath their feet is simply to dig less. Her rule of thumb: keep something growing in the ground for as much of the year as possible, because living roots feed the microbes that hold soil together.

Mentioned in this episode: Ama's 2023 paper on drought memory in grassland fungi (Ecology Letters), Merlin Sheldrake's book Entangled Life, and the Global Soil Biodiversity Atlas published by the European Commission's Joint Research Centre.

A correction from last week: in episode 141 we said that the Dust Bowl began in 1936. The severe drought began in 1930 and the worst dust storms hit between 1934 and 1936. Thanks to the listeners who wrote in.

Next week: we head underwater to ask why seagrass meadows are disappearing, and what it takes to replant them by hand.
"""),
        "head": [
            "Listen on Apple Podcasts · Spotify · Overcast · Pocket Casts · YouTube",
            "This episode is brought to you by Loamly, the plant-based fertiliser subscription for balcony and backyard gardeners. Go to loamly.example/understory and use code UNDERSTORY for 20% off your first box.",
        ],
        "mid": [
            ("In this episode we talk about", "Love the show? The Understory is listener-funded. Join 2,300 supporters on Patreon to get ad-free episodes, bonus interviews and early access.\npatreon.com/theunderstory"),
            ("(44:40)", "Today's episode is also supported by Fernway Travel. Book a walking holiday in the Dolomites before 31 March and save $200 per person — fernway.example/pod."),
        ],
        "tail": [
            "If you enjoyed this conversation, please rate and review The Understory wherever you listen. It really helps new listeners find us.",
            "Join the conversation in our Discord community, and follow us on Instagram and Bluesky @understorypod.",
            "Want to advertise on The Understory? Contact sponsorships@understorypod.example",
            "Full transcripts are available to Patreon members at the Root tier and above.",
        ],
        "mixed": [
            ("A single teaspoon", "start", "Listen now (58 min) |"),
            ("Ama was refreshingly", "end", "🎧 Hit follow so you never miss an episode!"),
            ("Next week:", "end", "Subscribe to the show in your favourite podcast app."),
        ],
        "ltop": L("""
The Understory — a podcast about the living world
Episodes
Guests
Support
Merch
"""),
        "lmid": [
            ("Chapters", "Play episode ▶ 58:12"),
            ("Mentioned in this episode", "Sponsored by Loamly"),
            ("A correction from last week", "Download MP3"),
        ],
        "lbot": L("""
Previous episode: 141 – The Dust Bowl, revisited
Share this episode
RSS feed
Hosted on Sprout Audio
Privacy & opt-out choices
"""),
    },
    {
        "slug": "b13-en-review-tessel-ereader",
        "register": "product review",
        "lang": "en",
        "paras": P("""
Tessel Glow 6 review: the e-reader I'd recommend to most people

Verdict: The Tessel Glow 6 gets the basics right. Its screen is sharp, its battery lasts for weeks, and at $149 it undercuts the big names without feeling cheap. It isn't the fastest e-reader I've tested, and the library integration is a step behind Kobo's, but for most readers it is the one to buy.

Pros: crisp 300ppi screen; warm front light that really does go warm; USB-C and waterproofing; no lock screen ads.

Cons: page turns are a touch sluggish; no physical page buttons; bookstore has a smaller catalogue than Amazon's.

I've been reading on the Glow 6 for five weeks, across two long train journeys, a week on a beach in Portugal and many late nights in bed, and it has become the device I reach for first.

Design

At 174 grams, the Glow 6 is light enough to hold in one hand for an hour without strain. The plastic back has a faint texture that stops it sliding off a duvet, and the bezels are slim but just wide enough for a thumb. It is rated IPX8, and I left it sitting in a few centimetres of water for half an hour with no ill effects.

Screen and reading

The 6-inch E Ink Carta 1300 panel has a noticeably whiter background than the previous model, and text looks sharp at every size. Fonts can be adjusted in weight as well as size, which matters more than you would think for older eyes. The front light is even, with no visible hot spots at the edges, and the colour temperature can be scheduled to shift towards amber after sunset.

Page turns take around a third of a second, which is slower than the Kindle Paperwhite. I noticed it during the first few days and then stopped noticing it.

Battery

Tessel claims up to eight weeks of battery life at 30 minutes of reading a day. In my testing, with Wi-Fi off and the light at about 40 per cent, I read for roughly four hours a day on holiday and recharged once in five weeks.

Software and store

The Glow 6 supports EPUB, PDF and MOBI files and lets you borrow library books through OverDrive, although you have to search for them on the device rather than syncing holds from the Libby app. Sideloading files over USB works without fuss, and there is a Pocket-style read-later service built in.

Should you buy it?

If you want a straightforward, well-built e-reader and aren't tied to Amazon's ecosystem, yes. If you read lots of comics or PDFs, spend more on a larger screen.

How we test: every e-reader we review is used as the reviewer's main reading device for at least four weeks. We measure battery life with fixed brightness and sleep settings.
"""),
        "head": [
            "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
            "Today's best Tessel Glow 6 deals\n$149.99 at Best Buy\n$149 at Amazon\n$159 at Walmart\nView Deal",
        ],
        "mid": [
            ("Cons:", "Jump to:\nDesign\nScreen and reading\nBattery\nSoftware and store\nShould you buy it?"),
            ("Page turns take", "Get the best deals before anyone else. Sign up for The Checkout, our free daily bargains email, and we'll do the hunting for you.\nContact me with news and offers from other Gadget Ledger brands\nBy submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over."),
            ("Battery", "Tessel Glow 6: $149 at Amazon\nCheck Amazon"),
        ],
        "tail": [
            "Sam Ortiz is a senior reviewer at Gadget Ledger, covering e-readers, tablets and anything with a battery. Follow Sam on Mastodon.",
            "Best e-readers 2025\nKindle Paperwhite vs Kobo Clara BW: which should you buy?\nThe best tablets for reading comics",
            "Gadget Ledger is part of Ledger Media Group, an international media group and leading digital publisher. Visit our corporate site.\n© Ledger Media Group Ltd. All rights reserved.",
        ],
        "mixed": [
            ("I've been reading on the Glow 6", "start", "(Image credit: Gadget Ledger / Sam Ortiz)"),
            ("At 174 grams", "end", "Check price"),
            ("Tessel claims", "start", "Image 3 of 7"),
            ("If you want a straightforward", "end", "See today's lowest prices for the Tessel Glow 6 below."),
        ],
        "ltop": L("""
Gadget Ledger
Reviews
Best Picks
Deals
Newsletters
Tech › E-readers
"""),
        "lmid": [
            ("Design", "(Image credit: Gadget Ledger)"),
            ("Software and store", "Tessel Glow 6 price comparison"),
        ],
        "lbot": L("""
Our expert review
Low Stock
Most popular
Advertise with us
Your privacy choices
"""),
    },
    {
        "slug": "b13-en-newsletter-repair-cafe",
        "register": "newsletter platform post",
        "lang": "en",
        "paras": P("""
A year of fixing other people's things

What the repair café taught me about toasters, patience and the people who bring them

Last January, on a whim, I signed up to volunteer at the repair café that meets on the second Saturday of every month in the basement of St. Columba's church hall. I can wire a plug and I once replaced the fan in a laptop with the help of a YouTube video, which turned out to be exactly the level of qualification required.

Twelve sessions later, I have kept a rough tally. I've looked at 61 items. I fixed 34 of them, sent 11 home with a part to order, and admitted defeat on the rest. The most common patient was the humble toaster, followed closely by the table lamp.

Here is what I've learned.

1. Most broken things are barely broken

A surprising number of "dead" appliances are suffering from one loose wire, a blown fuse in the plug, or a switch clogged with crumbs. A stand mixer arrived in March with its owner convinced the motor was gone. The brushes were worn down to stubs. A £6 pair of replacements and fifteen minutes later, it was whirring away.

2. Manufacturers really do make it hard

Some products seem designed to defeat us. Triangular screws, glued-in batteries and clips that snap the moment you try to open them are standard. A cordless vacuum brought in by a retired nurse named Brenda needed a new battery that the manufacturer no longer sold, and the only third-party option cost more than a new machine. We could not help her, and she was angrier about that than about anything else that day.

3. People bring stories, not just objects

Harold, who is 88, brought his late wife's sewing machine, a Singer from 1962 that had not run in years. Nobody at the table knew much about sewing machines. We took it apart slowly, cleaned decades of lint out of the feed dogs, oiled everything that moved and found that a drive belt had perished. He came back in May with a new belt and stayed for an hour watching us fit it.

"She made my wedding suit on this," he said, and then didn't say anything else for a while.

4. Fixing is a social act

The best sessions are the ones where the owner sits beside us and learns how their thing works. Some come back the next month to help. Our youngest regular volunteer, Priya, is fourteen and started by watching her dad bring in a radio.

The right-to-repair rules that came into force in the UK and the EU will help at the margins, by making spare parts available for longer. But the real barrier, I've come to think, is confidence. Most of us have simply never been shown that the inside of a toaster is not frightening.

If there's a repair café near you, go. Take something broken. Even if it doesn't get fixed, you'll understand it a little better.
"""),
        "head": [
            "Mending Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\nType your email...\nSubscribe",
            "Discover more from Mending Notes\nEssays on repair, reuse and the things we keep. Over 9,000 subscribers\nContinue reading\nSign in",
        ],
        "mid": [
            ("Here is what I've learned.", "Thanks for reading Mending Notes! This post is public so feel free to share it.\nShare"),
            ("3. People bring stories", "Upgrade to paid to get the monthly Q&A thread and the full archive of fix-it guides.\nUpgrade to paid"),
        ],
        "tail": [
            "142 Likes · 18 Restacks",
            "Leave a comment",
            "Ready for more?\nType your email...\nSubscribe\n© 2025 Rosalind Achebe\nPrivacy ∙ Terms ∙ Collection notice\nStart writing\nGet the app",
        ],
        "mixed": [
            ("Last January, on a whim", "start", "Rosalind Achebe Feb 09, 2025 ∙ Paid"),
            ("Twelve sessions later", "end", "Share Mending Notes"),
            ("\"She made my wedding suit", "end", "Subscribed"),
            ("If there's a repair café", "end", "P.S. Paid subscribers: this month's downloadable toaster teardown guide is at the bottom of the archive page."),
        ],
        "ltop": L("""
Mending Notes
Subscribe
Sign in
Home
Archive
About this newsletter
"""),
        "lmid": [
            ("1. Most broken things", "Share this post"),
            ("2. Manufacturers really do", "Copy link"),
            ("4. Fixing is a social act", "Facebook Email Notes More"),
        ],
        "lbot": L("""
Discussion about this post
Comments
Restacks
Top Latest Discussions
This site requires JavaScript to run correctly. Please turn on JavaScript or unblock scripts
"""),
    },
]
