"""blind13 data: English articles, part 3 (Q&A interview, market wrap, pet-care blog). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 7. Q&A interview
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-en-qa-luthier",
    register="Q&A interview",
    lang="en",
    paras=P("""
“A cello remembers every hand that’s held it”: a conversation with luthier Ines Castellane

Ines Castellane has repaired and built string instruments in the same converted chapel in Kelworth for 26 years. Her cellos are played in three national orchestras, and her waiting list for a new instrument is currently four years long. We spoke to her between a varnish coat and a school visit.

This interview has been edited for length and clarity.

How did you end up doing this?

By accident, really. I was studying chemistry and playing viola badly in the university orchestra. My viola cracked on a cold bus and the man who fixed it let me watch. I went back every Saturday for a year, and then I left my degree.

What does a normal week look like?

There isn’t one. Monday might be a student violin with a bridge that’s collapsed. Tuesday a 19th-century double bass that someone found in a barn. I try to keep Thursdays and Fridays for building, because if I don’t protect that time it disappears.

Is there a sound you are chasing?

Yes, and I’ll never quite catch it. I want a cello that’s warm at the bottom without going muddy, and still has a voice right up at the top of the A string. Every instrument gets a bit closer. Or I tell myself that.

People say old instruments sound better. Is that true?

Sometimes, but not for the romantic reasons. A good old cello has been played in for a century, the wood has settled, the joints have been reworked by skilled people. A cello remembers every hand that’s held it — the good repairs and the bad ones.

What’s the worst repair you’ve ever seen?

A violin held together with superglue and a guitar string. The owner was very proud of it.

What would you tell someone who wants to learn the trade?

Learn to sharpen properly before anything else. And be ready to be poor for a while. Nobody gets rich in this job, but I can’t imagine doing anything else.

Castellane’s workshop opens to the public on the first Saturday of each month.
"""),
    head=[
        "The Craft Quarterly is free to read online because readers like you support it. Become a Friend of the Quarterly from £4 a month.",
        "🎧 Listen to our full conversation with Ines Castellane on The Workbench podcast — available wherever you get your podcasts.",
    ],
    mid=[
        (4, "Print subscribers get every interview first. Four beautiful issues a year, delivered to your door, for £28. Subscribe to the print edition"),
        (10, "MORE CONVERSATIONS\nThe last clog-maker in Lancashire on wood, feet and stubbornness\nA glassblower on why she burned her first 400 bowls\nHow a bookbinder rebuilt a burned library"),
    ],
    tail=[
        "Photography by Elsa Brandvold for The Craft Quarterly",
        "Enjoyed this interview? Get the Quarterly Letter, our fortnightly email of maker stories, studio visits and exhibition picks. Sign up here.",
        "Tags: Interviews · Music · Woodwork",
        "© The Craft Quarterly 2024. All rights reserved. Reproduction without permission prohibited.",
    ],
    mixed=[
        (1, "end", "Portrait: Elsa Brandvold"),
        (5, "start", "Pull up a chair: this is part of our Makers at Work series"),
        (8, "end", "Follow Ines on Instagram at @castellane.strings."),
        (15, "start", "Like this? Share it with a musician friend."),
    ],
    ltop=L("""
THE CRAFT QUARTERLY
Interviews | Features | Shop | Events
Basket (0)
Donate
"""),
    lmid=[
        (2, "Ad · Kelworth Tonewoods – spruce and maple billets, seasoned 10+ years. Order online"),
        (12, "Related: Inside the violin-making school that takes six students a year"),
    ],
    lbot=L("""
Share: Facebook / X / Pinterest / Email
Previous interview
Next interview
Newsletter sign-up
Privacy · Terms · Stockists
© The Craft Quarterly 2024
"""),
))

# ---------------------------------------------------------------------------
# 8. Stock-market daily wrap
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-en-markets-wrap",
    register="stock-market daily wrap",
    lang="en",
    paras=P("""
Stocks slip as chipmakers drag; oil jumps on supply worries

By Haruto Beldini, Markets Reporter

NEW YORK — U.S. stocks ended lower on Wednesday as a sell-off in semiconductor shares offset gains in energy, and investors held off on big bets ahead of Thursday’s inflation report.

S&P 500: 5,102.44, down 31.20 (−0.61%)

Nasdaq Composite: 15,877.10, down 172.85 (−1.08%)

Dow Jones Industrial Average: 38,640.92, down 58.13 (−0.15%)

10-year Treasury yield: 4.31%, up 3 basis points

Brent crude: $87.46 a barrel, up 2.3%

Chipmakers led the decline after Quellis Semiconductor warned late Tuesday that orders from data-center customers would be “lumpier than expected” in the second half. Its shares fell 9.4%, their worst day since 2022, and pulled several suppliers down with them.

Energy stocks rose with crude prices after a pipeline outage in the North Sea and reports that two producers would extend output cuts. Harlan Petroleum gained 3.1%.

Among individual movers, homebuilder Ashgrove Homes jumped 6.7% after reporting a surprise rise in spring orders, while shoe retailer Stepwise slid 12% on a profit warning.

“The market is in wait-and-see mode,” said Felicity Onwuachi, chief investment strategist at Bramwell Capital. “Nobody wants to be the hero the day before a CPI print.”

Economists polled by the Ledger expect consumer prices to have risen 0.3% in April, which would leave annual inflation at 3.4%.

Trading volume was light, with about 10.2 billion shares changing hands across U.S. exchanges, below the 20-day average.

In Europe, the Stoxx 600 closed down 0.2%. Japan’s Nikkei 225 rose 0.4% overnight.
"""),
    head=[
        "Markets Live: get real-time quotes, charts and analysis with Ledger Pro. Start your 14-day free trial",
        "Sponsored\nThinking about retirement? Calderon Wealth’s free 2024 guide explains 7 mistakes to avoid. Download now\nCapital at risk.",
    ],
    mid=[
        (7, "Market data delayed by 15 minutes. Index data provided by Tickerline."),
        (11, "Get the Closing Bell newsletter: the day’s market moves, explained in five minutes, delivered at 5 p.m. ET."),
    ],
    tail=[
        "Have a tip? Send it securely to the Ledger markets desk.",
        "MORE FROM MARKETS\nWhy bond traders are betting on one cut, not three\nQuellis warning ripples through Asian chip suppliers\nGold holds near record as dollar softens",
        "This content is for information only and does not constitute investment advice. © 2024 The Ledger Group. All rights reserved.",
    ],
    mixed=[
        (2, "end", "Add QLS to your watchlist"),
        (8, "start", "Watch: Markets in 60 seconds."),
        (12, "end", "Listen to The Ledger Markets podcast every weekday morning."),
        (14, "start", "ADVERTISEMENT"),
    ],
    ltop=L("""
The Ledger
Markets › Stocks
DJIA −0.15% | S&P 500 −0.61% | NASDAQ −1.08% | BRENT +2.3%
Subscribe for $1 for 4 weeks
"""),
    lmid=[
        (8, "QLS Quellis Semiconductor 142.18 −9.40% Add to watchlist"),
        (10, "Advertisement"),
    ],
    lbot=L("""
Share Your Thoughts: Join the conversation (84 comments)
Copyright ©2024 The Ledger Group, Inc. All Rights Reserved
Subscriber Agreement & Terms of Use | Privacy Notice | Cookie Notice
Download the Ledger app
"""),
    ftop_extra=["Skip to Main Content", "This copy is for your personal, non-commercial use only."],
))

# ---------------------------------------------------------------------------
# 9. Pet-care blog
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-en-petblog-rescue-dog",
    register="pet-care blog",
    lang="en",
    paras=P("""
The First Month With a Rescue Dog: A Gentle Plan That Actually Worked

When Biscuit came home from the shelter last spring, he spent his first three days under our kitchen table. He would eat only if nobody was watching, and he flinched every time the fridge hummed. If you have just brought home a nervous rescue, this post is for you.

I’m not a vet or a behaviourist, so I asked one. Dr Oluwaseun Park, a veterinary behaviour specialist who volunteers with Greyfield Dog Rescue, helped me put together this plan.

Week 1: Decompress

Keep things boring. Short walks on the same route, meals at the same times, and as few visitors as you can manage. “Most new owners try to show the dog the whole world in the first weekend,” Dr Park said. “The dog just needs to learn that this house is safe.”

Give your dog a den. A crate with the door left open and a blanket over the top, or simply a corner behind the sofa, can make a huge difference.

Week 2: Build routines

Start very short training sessions, two or three minutes at a time. Biscuit learned “touch” (pressing his nose to my hand) in a day, and it gave him something to do when he felt unsure.

Week 3: Widen the world

Introduce one new thing at a time: a different street, a friend who sits quietly on the floor, the sound of the hoover from another room.

Week 4: Take stock

Keep a simple diary. We noted each day whether Biscuit ate, played and slept through the night. Seeing the good days outnumber the bad on paper kept me going.

Signs your dog may need professional help:

Not eating for more than two days.

Growling or snapping when approached in their resting spot.

Pacing or panting that lasts for hours.

Today Biscuit sleeps on the sofa, steals socks and barks at the postman with great confidence. It took about ten weeks, not four. That’s fine too.
"""),
    head=[
        "This post contains affiliate links. If you buy through them, Paws & Pages may earn a small commission at no cost to you.",
        "FREE DOWNLOAD: The New Rescue Dog Checklist (printable PDF) — get it when you join the Pack Letter.",
    ],
    mid=[
        (5, "Our favourite calming bed: the Snugglenest Donut Bed, now £34.99 (was £49.99) at PetBarn. Check price"),
        (9, "Pin it for later!\nThe First Month With a Rescue Dog: A Gentle Plan"),
        (11, "Advertisement"),
    ],
    tail=[
        "Did this help? Share it with someone who just adopted! Facebook · Pinterest · WhatsApp",
        "Related posts\nHow to crate-train an adult dog\nBest slow-feeder bowls for gulpers, tested\nWhat to ask a shelter before you adopt",
        "12 comments\nLeave a comment\nYour email address will not be published. Required fields are marked *",
        "About me: Hi, I’m Freya! Dog mum to Biscuit and Pickle, tea drinker, and chronic over-thinker. Read my story",
    ],
    mixed=[
        (1, "end", "(Shop the exact crate cover we use here.)"),
        (4, "start", "Psst — the Pack Letter goes out every Friday with one training tip and zero spam"),
        (11, "end", "Grab our favourite training treats on PetBarn"),
        (16, "start", "Keep reading below the ad ⬇"),
    ],
    ltop=L("""
Paws & Pages
Home » Dog Care » Rescue Dogs
Shop My Favourites
Posted on 12 May by Freya Hollis
"""),
    lmid=[
        (2, "Sponsored by Greenpaw Insurance – cover from £7.80 a month. Get a quote"),
        (15, "Sign up for the Pack Letter"),
    ],
    lbot=L("""
Filed under: Dog Care, Rescue Dogs, Training
Follow Biscuit on Instagram @biscuit.the.brave
This site uses cookies to improve your experience. Accept | Read more
© 2024 Paws & Pages · Privacy · Disclosure
"""),
))
