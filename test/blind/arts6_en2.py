from common import P, L

ARTICLES = [
dict(
    slug="b6-en-review-ereader",
    lang="en",
    register="tech review (price widgets)",
    paras=P("""
Kobo Clara Colour 2 review: the e-reader that finally makes comics bearable

Reviewed in March 2026

Rakuten's latest six-inch reader adds a brighter colour layer and a faster processor, and for the first time on a Kobo of this size, page turns in colour books no longer feel like a chore.

Verdict: a small, waterproof reader that is excellent for novels and genuinely usable for comics, held back only by a muted colour palette.

Design and screen

The body is almost identical to its predecessor: a matte plastic shell, physical-button-free front and a flush screen that sits behind a single pane of glass. It weighs 176g, light enough to hold one-handed in bed.

Colour content is shown at 150 pixels per inch against 300 for black-and-white text. Comic panels look like a newspaper supplement rather than a tablet, which some will love and others will find washed out.

"It is the first colour e-reader I have handed to my son without him asking for the iPad instead," one early tester wrote on a reading forum.

Battery and software

We got just over five weeks from a charge reading about an hour a day with the front light at 40 per cent. Library loans through OverDrive still work directly on the device, a feature rivals charge extra for or leave out entirely.

Best for: readers who borrow from the library and want the odd graphic novel.

Q: Does it support audiobooks? A: Yes, over Bluetooth headphones, though only those bought from Kobo's own store.

Should you buy it?

If you read mostly text, last year's model at a lower price is almost as good. If colour matters, this is the one to get.
"""),
    head=[
        "Gadget Dispatch is reader-supported. When you buy through links on our site, we may earn an affiliate commission. Here's how it works.",
        "Kobo Clara Colour 2: £149.99 at Amazon · £149 at Currys · £139.99 at John Lewis (check prices)",
    ],
    mid=[
        ("Verdict:", "Specs at a glance\nScreen: 6in E Ink Kaleido 3 · Storage: 16GB · Waterproof: IPX8 · Weight: 176g"),
        ("Colour content is shown", "The best e-reader deals this week\nKindle Paperwhite (2024) — $129 at Best Buy\nKobo Libra Colour — $219.99 at Walmart\nView all deals"),
        ("Best for:", "Join 90,000 readers of The Dispatch Drop, our Friday round-up of the week's best tech deals. No spam, unsubscribe any time."),
    ],
    tail=[
        "Kobo Clara Colour 2\n★★★★☆ 4/5\nFrom £139.99 — Buy now",
        "Prices last checked 21 March 2026 09:00. Prices and availability may change.",
        "How we test: every product is used for at least two weeks by a member of our review team.",
    ],
    mixed=[
        ("Reviewed in March 2026", "end", "Our ratings explained"),
        ("The body is almost identical", "start", "ADVERTISEMENT"),
        ("We got just over five weeks", "end", "$149.99 at Amazon"),
        ("If you read mostly text", "end", "Buy the Kobo Clara Colour 2 for £139.99 at John Lewis with code DISPATCH10 for an extra 10% off accessories."),
    ],
    ltop=L("""
Gadget Dispatch
Reviews
Best lists
Deals
How to
Home › Reviews › E-readers
"""),
    lmid=[
        ("Design and screen", "£149.99 at Amazon"),
        ("Battery and software", "£139.99 at John Lewis"),
        ("Q: Does it support audiobooks?", "Related: Kindle Colorsoft review — Amazon's first colour reader"),
    ],
    lbot=L("""
Pros: Great library support · Waterproof · Long battery life
Cons: Muted colours · Audiobooks only from Kobo store
Share this review
Comments (23)
Gadget Dispatch is part of Northlight Digital Publishing. All prices include VAT.
"""),
),
dict(
    slug="b6-en-obit-ferryman",
    lang="en",
    register="obituary",
    paras=P("""
Alasdair "Ally" MacInnes, ferryman of the Kyles, dies aged 88

Rothesay, Isle of Bute

Ally MacInnes, who carried passengers, sheep, wedding parties and at least one upright piano across the Kyles of Bute for more than four decades, has died at Victoria Hospital in Rothesay. He was 88.

Born in Tighnabruaich in 1937, he was the youngest of six children of a fisherman and a schoolteacher. He left school at fifteen to crew on the Clyde puffers and bought his first boat, the Morag, in 1961.

A life on the water

For 43 years he ran a small passenger launch between Colintraive and the Bute shore, in fair weather and foul, and was known for refusing payment from anyone going to a funeral.

In 1979 he was awarded the RNLI's bronze medal after pulling three yachtsmen from the water off Ardlamont Point during a November gale.

"He never once called himself a hero," his daughter Catriona said. "He called himself late for his tea."

He was a lifelong elder of the Kyles Parish Church and sang tenor in its choir until his eighties.

He is survived by his wife of 62 years, Jean; his children Catriona, Donald and Ishbel; seven grandchildren and two great-grandchildren.

Funeral arrangements

A service will be held at Kyles Parish Church on Friday 27 March at 1pm, followed by burial at Colintraive cemetery. Family flowers only; donations, if desired, to the RNLI.
"""),
    head=[
        "Announcements › Deaths › MacInnes, Alasdair",
        "Place a notice: announce a birth, marriage or death in the Buteman from £25. Call 01700 502931.",
    ],
    mid=[
        ("Born in Tighnabruaich", "Send flowers to the family — same-day delivery available from Rothesay Florist"),
        ("He was a lifelong elder", "Guest book (14 entries)\n\"So sorry to hear this. He took us across on our wedding day in 1974.\" — M. & R. Cameron\nSign the guest book"),
    ],
    tail=[
        "Light a virtual candle",
        "Share this notice: Facebook · Email · Print",
        "Funeral Directors: A. Bannatyne & Son, 12 Castle Street, Rothesay — view all notices from this funeral director",
        "Notices are published in partnership with FuneralNotices.co.uk. © Buteman Newspapers 2026",
    ],
    mixed=[
        ("Rothesay, Isle of Bute", "end", "Published 20 March 2026"),
        ("For 43 years he ran", "start", "Advertisement"),
        ("He is survived by his wife", "end", "Leave a tribute in the online guest book."),
        ("A service will be held", "end", "Send flowers"),
    ],
    ltop=L("""
The Buteman
Family notices
Deaths
In memoriam
Place a notice
Search notices
"""),
    lmid=[
        ("A life on the water", "Photos (3)"),
        ("In 1979 he was awarded", "Donate in Ally's memory to the RNLI — JustGiving page"),
    ],
    lbot=L("""
Sign the guest book
Send sympathy flowers
Set up email alerts for new notices in your area
Terms and conditions for notices
Privacy
"""),
),
dict(
    slug="b6-en-live-byelection",
    lang="en",
    register="live blog (politics)",
    paras=P("""
Hartlepool East by-election count: Reform gain seat by 1,204 votes

Overnight coverage from the Mill House leisure centre

Reform UK's Karen Hollis has won the Hartlepool East by-election, overturning a Labour majority of more than 6,000 on a turnout of 38.2 per cent.

Result declared

Hollis 14,551, Labour 13,347, Conservative 3,910, Green 1,802, Liberal Democrat 1,115, Independent 388.

4.12am: The returning officer is on stage. Candidates are lining up behind her, and the Labour camp look like they already know.

"Tonight this town has said it wants to be heard," Hollis said in her victory speech, thanking "the volunteers who knocked on every door twice".

3.40am: Labour have asked for a bundle check on one ward but have not requested a full recount.

2.55am: Turnout confirmed at 38.2 per cent, down from 57 per cent at the general election.

1.30am: Counting agents from two parties say it is "very close" in the Seaton ward, usually one of Labour's strongest.

Q: Why was there a by-election? A: The previous MP stood down in January to become chair of an NHS trust.

11.02pm: Polls have closed. The first ballot boxes are expected at the count within 40 minutes.
"""),
    head=[
        "LIVE · Last updated 4.31am",
        "Pinned post: We'll be here through the night with results, reaction and analysis. Turn on notifications to hear first when the result is declared.",
        "Key events\n4.12am Result declared\n2.55am Turnout confirmed\n11.02pm Polls close",
    ],
    mid=[
        ("Result declared", "Show key events only"),
        ("4.12am:", "Politics Unpacked podcast: listen to our reporters' instant reaction wherever you get your podcasts"),
        ("2.55am:", "New updates available — refresh"),
    ],
    tail=[
        "Load earlier posts",
        "Want the results while you sleep? Our 6am Election Wake-up email arrives before breakfast. Sign up with one click.",
        "We need your support more than ever. Give once or monthly to the Northern Echo Fund, from £2.",
    ],
    mixed=[
        ("Overnight coverage from", "end", "Auto-refresh ON"),
        ("Hollis 14,551", "end", "Share this post"),
        ("3.40am:", "start", "ADVERTISEMENT"),
        ("11.02pm:", "end", "Copy link to this post"),
    ],
    ltop=L("""
Home
Politics
By-elections
Live
Skip to key events
Back to top
"""),
    lmid=[
        ("Result declared", "Pinned"),
        ("1.30am:", "Advertisement"),
    ],
    lbot=L("""
Related
Who is Karen Hollis? Profile of the new MP
Full results: every vote counted in Hartlepool East
Topics: Reform UK, Labour, By-elections
© Tees Valley News Ltd 2026
"""),
),
dict(
    slug="b6-en-trap-newsletter-paid",
    lang="en",
    register="newsletter platform (trap: paid newsletters)",
    trap=True,
    trap_promo=("tail", "Type your email…\nSubscribe"),
    paras=P("""
Why The Slow Kitchen Garden is moving to paid subscriptions

A note from Rosa, 2 April 2026

After six years of free Sunday letters, this newsletter is going to start charging. I want to explain why, what you will still get for free, and what the money will pay for.

When I started writing this, I had 80 subscribers, most of them people from my allotment site. There are now a little over 21,000 of you, and the newsletter has quietly become my main job.

What changes and what doesn't

The Sunday letter stays free for everyone, forever. Paid subscribers will get a second, longer letter on Wednesdays with planting plans, seed-swap lists and answers to reader questions.

The price will be £5 a month or £45 a year. Founding members who upgrade before May will pay £36 a year for as long as they stay.

"Do what you can afford, and if that is nothing, that is fine," my mum told me when I asked her whether I should do this at all.

If money is tight, reply to any letter and I will give you a free paid subscription, no questions asked. I have set aside 500 of them.

Q: Will there be ads? A: No. I turned down a seed company's sponsorship last year, and I will keep doing that.

The money will pay for a part-time editor, proper photography and, I hope, a small grant fund for school growing clubs.

What happens next

Nothing changes until 1 May. Until then, keep sending me your pictures of early rhubarb.
"""),
    head=[
        "The Slow Kitchen Garden — by Rosa Whitlock",
        "Subscribe · Sign in",
    ],
    mid=[
        ("When I started writing this", "Subscribed"),
        ("If money is tight", "Upgrade to paid"),
        ("Q: Will there be ads?", "Share The Slow Kitchen Garden"),
    ],
    tail=[
        "Thanks for reading The Slow Kitchen Garden! Subscribe for free to receive new posts and support my work.",
        "Leave a comment",
        "214 Likes · 38 Restacks",
        "Share",
        "© 2026 Rosa Whitlock · Privacy ∙ Terms ∙ Collection notice\nStart writing\nGet the app",
    ],
    mixed=[
        ("A note from Rosa", "end", "Apr 02, 2026 ∙ Paid"),
        ("The Sunday letter stays free", "start", "Upgrade to paid"),
        ("The price will be £5", "end", "Share"),
        ("Nothing changes until 1 May.", "end", "Give a gift subscription"),
    ],
    ltop=L("""
The Slow Kitchen Garden logo
Home
Notes
Archive
About
Subscribe
"""),
    lmid=[
        ("What changes and what doesn't", "Discover more from The Slow Kitchen Garden"),
        ("The money will pay for", "Leave a comment"),
    ],
    lbot=L("""
Share
57
Restack
Ready for more?
Type your email…
Top
Latest
Discussion
"""),
),
dict(
    slug="b6-en-forum-allotment",
    lang="en",
    register="forum thread",
    paras=P("""
Clubroot in brassica bed — lime, rotate, or give up?

Posted 16 March 2026 in Pests & Diseases

Pulled the last of my purple sprouting yesterday and every root was swollen and knobbly. Pretty sure it's clubroot. The bed has had brassicas in it three years out of five, which I now realise was a mistake.

Is it worth liming heavily this spring and trying again, or should I write the bed off for cabbage-family crops altogether?

Reply from Beanpole_Barry

Sorry to say it, but clubroot spores can last twenty years in the soil. Liming to raise the pH to around 7.2 helps a lot, but it won't get rid of it.

"Raise them in modules, plant out big, and lime the planting hole" — that's what my old plot neighbour swore by, and it worked for him.

Reply from Mrs_Pumpkin

Grow resistant varieties. Crispus cauliflower and Kilaxy sprouts have done fine on my infected bed for four years now.

Q: Does it spread on boots and tools? A: Yes, so clean your spade before you go near another bed, and never compost infected roots.

Reply from the original poster

Thanks all. I'll lime this spring, try Kilaxy in modules, and keep the roots well away from the compost heap.
"""),
    head=[
        "Allotment Natter Forums › Growing › Pests & Diseases",
        "Welcome, guest! Register to post, join the seed swap and remove ads. Already a member? Log in.",
    ],
    mid=[
        ("Is it worth liming heavily", "Joined: Apr 2019 · Posts: 4,871 · Location: Stockport\nReply · Quote · Report"),
        ("Sorry to say it, but clubroot spores", "Advertisement\nGrowing Success organic slug pellets — 3 for 2 at Gardenstore"),
        ("Grow resistant varieties.", "Mrs_Pumpkin\nPlot holder · Joined: Jun 2015 · Posts: 12,204\n👍 42"),
    ],
    tail=[
        "Reply · Quote · Like · Report",
        "You must log in or register to reply here.",
        "Similar threads\nClubroot – can I grow swedes? (14 replies)\nWhat pH does lime actually get you? (31 replies)",
        "Allotment Natter is supported by advertising. Go ad-free with Natter Plus for £1.50 a month.",
    ],
    mixed=[
        ("Posted 16 March 2026", "end", "#1"),
        ("Pulled the last of my purple", "start", "Veg_Patch_Vic · Joined Mar 2024 · 37 posts"),
        ("Clubroot in brassica bed", "end", "Watch thread"),
        ("Thanks all. I'll lime", "end", "Last edited: 18 March 2026 · Report"),
    ],
    ltop=L("""
Allotment Natter
Forums
What's new
Members
Seed swap
Log in
Register
"""),
    lmid=[
        ("Reply from Beanpole_Barry", "Beanpole_Barry · Joined Feb 2011 · 9,302 posts · Chorley"),
        ("Reply from Mrs_Pumpkin", "Mrs_Pumpkin · Joined Jun 2015 · 12,204 posts"),
        ("Q: Does it spread on boots", "Quote · Reply · Report post"),
    ],
    lbot=L("""
Share: Facebook · X · Email · Link
Forum rules
Contact us
Terms and rules
Privacy policy
Community platform by XenForo® © 2010-2026
"""),
),
]
