from common import P, L

ARTICLES = [
dict(
    slug="b3-en-obit-cartographer",
    lang="en",
    register="obituary",
    paras=P("""
Elspeth Marr, cartographer who mapped the Hebridean sea lochs, dies aged 91

Elspeth Marr, who has died aged 91, spent four decades charting the shifting sandbanks and tidal channels of the Outer Hebrides, producing maps that fishermen and lifeboat crews still carry folded in their oilskins.

Born in Stornoway in 1935, the daughter of a harbourmaster and a schoolteacher, she learned to read a tide table before she could ride a bicycle. She studied geography at the University of Aberdeen, one of four women in her year.

Her first job, with the Admiralty's hydrographic office in Taunton, bored her. "They gave me other people's soundings to copy," she later said. "I wanted to take my own."

In 1962 she bought a second-hand clinker-built boat, the Morag, and began surveying the lochs of Lewis and Harris on her own account, selling the results to the Clyde Cruising Club and, later, to the Ordnance Survey.

Her 1978 chart of Loch Roag, drawn by hand at a scale of 1:12,500, identified eleven rocks that appeared on no official map. It was adopted by the UK Hydrographic Office two years later.

She was appointed MBE in 1991 and received the Royal Scottish Geographical Society's Mungo Park Medal in 2004.

Marr never married. She is survived by her nephew, Calum, and by a generation of sailors who learned the islands from her lines.

Elspeth Catriona Marr, cartographer, born 14 March 1935; died 9 November 2026
"""),
    head=[
        "Obituaries | Lives remembered | Submit a notice",
        "Place a death notice or tribute in print and online from £65. Our announcements team is available 9am–5pm, Monday to Friday.",
    ],
    mid=[
        ("Her first job", "Photograph: Hebridean Archive/Alamy"),
        ("Her 1978 chart", "Support independent journalism in Scotland. Every contribution, however modest, helps us report without fear or favour."),
    ],
    tail=[
        "Do you have memories of Elspeth Marr to share? Write to us at lives@northernstar.scot",
        "Sign the online condolence book and light a virtual candle",
        "Funeral directors near you: compare prices in Stornoway",
    ],
    mixed=[
        ("Elspeth Marr, who has died", "start", "Photograph: Courtesy of the Marr family"),
        ("Born in Stornoway", "end", "Read more obituaries"),
        ("She was appointed MBE", "start", "AD"),
        ("Marr never married.", "end", "Like this? Our weekly Lives email brings you the week's obituaries every Saturday morning."),
    ],
    ltop=L("""
Northern Star
Scotland
Highlands & Islands
Obituaries
Subscribe
"""),
    lmid=[
        ("In 1962 she bought", "Elspeth Marr surveying Loch Roag in 1979. (Image: Hebridean Archive)"),
    ],
    lbot=L("""
More Lives
Jimmy Fordyce, trawlerman and Gaelic singer
Rona MacAulay, island GP for 40 years
Terms & conditions
Complaints
"""),
),
dict(
    slug="b3-en-review-earbuds",
    lang="en",
    register="product review",
    paras=P("""
Auralis Pod 3 review: great noise cancelling, forgettable everything else

Verdict: The best noise cancelling you can get for under £150, let down by a fussy app and a case that scratches if you look at it.

Rating: 3.5 out of 5

Pros: Excellent noise cancelling; comfortable for long sessions; wireless charging

Cons: Mediocre call quality; app needs an account; glossy case scuffs easily

I wore the Pod 3 for three weeks, on the Tube, on two long-haul flights and in an open-plan office, and the noise cancelling is genuinely impressive at this price. The low rumble of a train all but vanished, and office chatter became a distant murmur.

Sound quality is warm and bass-heavy out of the box. A five-band equaliser in the companion app lets you tame it, but you have to create an account before the app will do anything at all, which is an irritation I struggle to excuse.

Battery life matched Auralis's claim of seven hours with noise cancelling on, and the case holds three more full charges.

Calls are the weak spot. Two people I spoke to said I sounded as though I was in a tunnel, even in a quiet room.

Should you buy them? If your priority is blocking out the world on a commute, yes. If you spend your day on video calls, look elsewhere.
"""),
    head=[
        "Tech | Reviews | Best buys | Deals",
        "We may earn a commission when you buy through links on our site. This doesn't affect our editorial independence.",
        "Auralis Pod 3 — £139 at Currys | £129.99 at Amazon | £139 at John Lewis",
    ],
    mid=[
        ("Cons: Mediocre call quality", "Today's best Auralis Pod 3 deals\nAmazon — £129.99 — View deal\nArgos — £134.00 — View deal\nPrices checked hourly"),
        ("Battery life matched", "You might be interested in: The best wireless earbuds of 2026, tested and ranked"),
    ],
    tail=[
        "Auralis Pod 3: Buy now from £129.99",
        "Get the best tech deals sent straight to your inbox — sign up to Gadget Drop, our twice-weekly bargain alert.",
        "Was this review helpful? Yes / No",
    ],
    mixed=[
        ("Rating: 3.5", "end", "Check price on Amazon"),
        ("I wore the Pod 3", "start", "Specs at a glance ▾"),
        ("Sound quality is warm", "end", "Watch our video review on YouTube — and hit subscribe for weekly gadget tests."),
        ("Should you buy them?", "end", "Prime members save an extra 10% this week only."),
    ],
    ltop=L("""
TechRadarish
Phones
Audio
Laptops
Smart home
Newsletter
"""),
    lmid=[
        ("Verdict: The best noise", "Jump to: Design | Sound | Battery | Verdict"),
        ("Calls are the weak spot.", "Sponsored"),
    ],
    lbot=L("""
About the author
Kofi Mensah has been reviewing headphones for nine years.
See all articles by Kofi Mensah
Privacy
Affiliate disclosure
"""),
),
dict(
    slug="b3-en-forum-boiler",
    lang="en",
    register="forum thread",
    paras=P("""
Combi boiler losing pressure every couple of days — where do I start?

Posted by damp_in_derby

Hi all. Our Worcester combi (about 9 years old) drops from 1.5 bar to under 0.5 roughly every 48 hours. I top it up with the filling loop and it's fine for a day or so. No visible leaks on any of the radiators or under the boiler itself. Any ideas before I call someone out?

#2 · Reply from Gasman_Gary

Classic symptoms of either a failed expansion vessel or a passing pressure relief valve. Check the copper pipe that goes out through the wall near the boiler — if it's dripping or there's a white mark on the wall below it, that's your PRV letting by.

#3 · Reply from damp_in_derby

Just checked and there's a definite chalky streak on the brick under the pipe. Never noticed it before.

#4 · Reply from Gasman_Gary

There you go. Often the PRV is only opening because the expansion vessel has lost its charge, so when the heating warms up the pressure spikes. A Gas Safe engineer can re-pressurise the vessel with a foot pump in ten minutes. If it won't hold, it's a new vessel or PRV.

#5 · Reply from nora_in_notts

Had exactly this last winter. Vessel recharge cost £80 and it's been fine since. Don't keep topping it up for months like I did — the fresh water brings in oxygen and furs up the system.

#6 · Reply from damp_in_derby

Thanks both, engineer booked for Thursday. Will report back.
"""),
    head=[
        "Forums › Home & DIY › Plumbing & Heating",
        "Welcome, guest! Register now to post replies, get notifications and hide these ads.",
    ],
    mid=[
        ("Hi all. Our Worcester combi", "Boiler cover from £9 a month — get a quote in 60 seconds with HomeSure. Sponsored"),
        ("Just checked and there's", "Similar threads\nBoiler pressure rising when heating on\nRadiators cold at the bottom – sludge?"),
    ],
    tail=[
        "You must log in or register to reply here.",
        "Share: Facebook · X · Reddit · Pinterest · Email · Link",
        "Forum software by XenForo® © 2010-2026",
    ],
    mixed=[
        ("Posted by damp_in_derby", "end", "· Joined Mar 2019 · Messages 42"),
        ("Classic symptoms", "end", "Like · Reply · Report"),
        ("Had exactly this last winter.", "start", "Advertisement ×"),
        ("Thanks both, engineer booked", "end", "Upvote 3"),
    ],
    ltop=L("""
Home
Forums
What's new
Members
Log in
Register
"""),
    lmid=[
        ("#2 · Reply from Gasman_Gary", "Gas Safe Registered · Moderator"),
        ("Had exactly this last winter.", "Promoted: Find a local heating engineer — free quotes from vetted tradespeople"),
    ],
    lbot=L("""
Post reply
Watch this thread
Contact us
Terms and rules
Privacy policy
"""),
),
dict(
    slug="b3-en-substack-paywall",
    lang="en",
    register="newsletter-platform post (trap: newsletters)",
    trap=True,
    trap_promo=("head", "Welcome to Margins, a newsletter about the business of writing. If a friend forwarded this, you can get your own copy each Thursday."),
    paras=P("""
What three years of a paid newsletter taught me about money

When I started this newsletter I promised myself I would never put anything behind a paywall. That lasted fourteen months.

The maths is brutal. Of the roughly 11,000 people who read a typical post, about 3 per cent pay. At £5 a month, after the platform takes its 10 per cent and the card processor takes its slice, that is a little over £1,500 a month before tax — respectable, but not a salary in London.

What surprised me was who pays. It is not my most engaged readers, the ones who reply to every issue. It is people who read occasionally and want to feel they are supporting something they believe in. Several told me they never open the paid posts at all.

The free-trial experiment

Last spring I offered a 30-day free trial to everyone on the free list. Sign-ups tripled. Four weeks later, fewer than one in six converted into paying subscribers, and a noticeable number unsubscribed altogether, as if being asked for money had broken a spell.

Annual discounts worked better. When I offered a year for the price of ten months, half of new paying readers chose the annual plan, and they cancel far less.

The recommendation trap

Platforms now encourage writers to recommend each other's newsletters, and the sign-up numbers look wonderful. But readers who arrive through a recommendation open my emails about half as often as those who found me themselves.

I am not giving up the paid tier. But I have stopped thinking of it as a shop and started thinking of it as a patronage scheme, closer to a theatre's friends programme than a magazine subscription.

Next week: why I stopped running sponsorships, and what happened to my open rate.
"""),
    head=[
        "Welcome to Margins, a newsletter about the business of writing. If a friend forwarded this, you can get your own copy each Thursday.",
        "Margins\nBy Tess Alderney · 4 hours ago",
    ],
    mid=[
        ("What surprised me", "Margins is reader-supported. To receive new posts and back my work, consider becoming a paid subscriber."),
        ("Annual discounts worked", "Share Margins"),
    ],
    tail=[
        "Thanks for reading Margins! This post is public, so feel free to pass it on.",
        "42 Likes · 9 Restacks",
        "Discussion about this post: Write a comment…",
        "Ready for more? Type your email… Subscribe",
    ],
    mixed=[
        ("When I started this newsletter", "end", "Upgrade to paid"),
        ("The maths is brutal.", "start", "Listen · 6:12"),
        ("Platforms now encourage", "end", "If you're enjoying Margins, the kindest thing you can do is forward it to one writer friend."),
        ("Next week:", "end", "Leave a comment"),
    ],
    ltop=L("""
Margins
Home
Notes
Archive
About
Sign in
"""),
    lmid=[
        ("The free-trial experiment", "Subscribed"),
    ],
    lbot=L("""
© 2026 Tess Alderney
Privacy ∙ Terms ∙ Collection notice
Start writing
Get the app
"""),
),
]
