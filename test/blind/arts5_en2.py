from common import P, L

ARTICLES = [
dict(
    slug="b5-en-trap-newsletter-paid-tier",
    lang="en",
    register="newsletter platform",
    trap=True,
    paras=P("""
Why I'm finally turning on paid subscriptions (and what stays free)

Four years ago I started this newsletter from my kitchen table with 212 readers, most of whom were former colleagues and my mum. Today there are just over 31,000 of you, and I owe you an honest explanation of what is about to change.

From 1 May, Field Notes will have a paid tier. It will cost £5 a month or £50 a year. I have put off this decision for two years, mostly because I hate the feeling of asking people for money.

Here is the short version: the Tuesday essay stays free, for everyone, forever. Paid subscribers will get the Friday reporting dispatch, the full archive and the monthly call where we pick apart a planning application together.

Why now?

Because the reporting has got more expensive. Last year I spent £3,400 on train fares, Freedom of Information appeals and document fees, and I paid for all of it out of my savings. A newsletter that covers housing needs to go and look at housing.

I also looked hard at the alternatives. I could put ads in the newsletter, but I do not want you wondering whether I went easy on a housebuilder because it sponsored last week's issue. I could apply for grants, and I will, but grants run out.

What if I can't afford it?

Just reply to any email and I will comp you a year, no questions asked. Students, people on benefits and anyone working in a council planning department get it free on request. I mean that.

A few of you have asked whether I will leave the platform. Not for now. The tools are good, the fees are 10 per cent, and moving 31,000 email addresses is a headache I do not need.

"Write the thing you would want to read" — the best advice I ever got, from my first editor.

Thank you for reading. See you on Tuesday.

— Hannah
"""),
    head=[
        "Field Notes by Hannah Reyes",
        "Discover more from Field Notes: Housing, planning and the places we live. Over 31,000 subscribers. Subscribe · Continue reading",
    ],
    mid=[
        ("From 1 May, Field Notes", "Field Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."),
        ("I also looked hard", "Upgrade to paid"),
        ("A few of you have asked", "Share Field Notes"),
    ],
    tail=[
        "Subscribe to Field Notes",
        "Like · 412 Restacks · 37",
        "Leave a comment",
        "© 2026 Hannah Reyes · Privacy ∙ Terms ∙ Collection notice · Start writing · Get the app",
    ],
    mixed=[
        ("Four years ago I started", "start", "Apr 08, 2026 ∙ Paid"),
        ("Because the reporting has got", "end", "Share"),
        ("Just reply to any email", "end", "Give a gift subscription"),
        ("Thank you for reading.", "start", "Thanks for reading Field Notes! This post is public so feel free to share it."),
    ],
    ltop=L("""
FIELD NOTES
Home
Chat
Archive
About
Sign in
"""),
    lmid=[
        ("Here is the short version", "Type your email…"),
        ("What if I can't afford it?", "Refer a friend"),
    ],
    lbot=L("""
41 Comments
Top
Latest
Discussions
Ready for more?
Hannah Reyes writes Field Notes. 31,204 subscribers.
"""),
),
dict(
    slug="b5-en-forum-blight",
    lang="en",
    register="forum",
    paras=P("""
Blight on outdoor tomatoes already — is it worth saving anything?

Posted by allotment_ken

Evening all. Came down this morning to find the bottom leaves on about half my outdoor tomatoes (Gardener's Delight and Moneymaker) covered in brown patches with a fuzzy white edge underneath. Stems have dark streaks too. It's only mid July. Is this blight and is there anything I can do?

Reply from Rhubarb Rita

Sorry Ken, from your description that's blight. Nothing will cure it. Get the affected plants out today, bag them and put them in the council bin, not the compost. If any green fruit is big enough, pick it now and ripen it on a windowsill.

Reply from Dug_in_Derby

Same here on plot 14. We've had three Hutton periods in a row this week (two days over 10C with high humidity), so it's not surprising. Keep an eye on your potatoes too.

Quote from allotment_ken: "Keep an eye on your potatoes too."

Good call, the Charlottes next door are looking a bit yellow. Should I cut the haulms down now?

Rhubarb Rita wrote:

If you see the same spots on the potato leaves, yes — cut the foliage right down to the ground and leave the tubers in for two or three weeks before lifting, so the skins set and the spores on the surface die off.

Next year, try Crimson Crush or Mountain Magic. Both have good blight resistance. Not immune, but they'll usually give you a crop.

Thanks both. Plants are bagged up. Lesson learned.
"""),
    head=[
        "Grow Your Own Forum › Vegetables › Tomatoes",
        "Welcome, Guest. Please log in or register. Did you miss your activation email?",
    ],
    mid=[
        ("Posted by allotment_ken", "Joined: Mar 2014 · Posts: 2,381 · Location: Nottingham"),
        ("Sorry Ken, from your description", "Reply · Quote · Report · Like (6)"),
        ("Same here on plot 14.", "Sponsored: Blight-resistant tomato plug plants, 5 for £9.95 — free delivery from Thornhill Nurseries"),
        ("Good call, the Charlottes", "Rhubarb Rita — Moderator · Joined: Aug 2009 · Posts: 18,902"),
    ],
    tail=[
        "« Previous topic · Next topic »",
        "Users browsing this topic: 3 members and 22 guests",
        "Similar topics: Blight on potatoes — cut haulms or not? (14 replies) · Best blight-resistant varieties 2026 (31 replies)",
        "Powered by ForumCore © 2026 | Forum rules | Contact the moderators",
    ],
    mixed=[
        ("Evening all.", "end", "Attachment: tomatoleaves.jpg (212 KB) — viewed 84 times"),
        ("If you see the same spots", "end", "Last edited by Rhubarb Rita; 16 Jul 2026 at 21:14."),
        ("Next year, try Crimson Crush", "end", "#4 Permalink"),
        ("Thanks both.", "start", "Reply #6 on: 17 July 2026, 07:02:11"),
    ],
    ltop=L("""
Forum home
New posts
Search forums
Members
Log in
Register
"""),
    lmid=[
        ("Reply from Dug_in_Derby", "Quote Multi-quote Reply"),
        ("Quote from allotment_ken:", "Report post"),
    ],
    lbot=L("""
Page 1 of 1
Jump to forum
Mark forums read
Forum software by ForumCore
Style: Garden Light
"""),
),
dict(
    slug="b5-en-sport-rugby",
    lang="en",
    register="sports",
    paras=P("""
Bath 24-27 Northampton: late Dingwall try sinks hosts at the Rec

Northampton came from 17 points down to win at Bath for the first time in six years, with replacement centre Fraser Dingwall crossing in the 79th minute.

Bath looked in complete control at half-time. Two tries from winger Joe Cokanasiga and the boot of Finn Russell had them 20-3 up, and the Rec was loud.

But Saints' pack took over after the break. Hooker Curtis Langdon went over from a lineout drive in the 46th minute, and Alex Mitchell's quick tap penalty put Tommy Freeman in at the corner eleven minutes later.

Russell's penalty stretched the lead back to seven, and Bath could have closed it out when they won a scrum penalty on halfway with four minutes left. Instead they kicked for the corner and lost the lineout.

Northampton went the length of the field in eight phases. Dingwall took Fin Smith's flat pass at pace and ran through Russell's tackle to score under the posts; Smith's conversion was a formality.

"We stopped playing," Bath head coach Johann van Graan said. "You cannot do that against a team like this."

Saints' director of rugby Phil Dowson said: "That's as good as we've been for 40 minutes all season."

Teams

Bath: Russell; Cokanasiga, Ojomoh, Redpath, Muir; Spencer, Carreras; Obano, Dunn, Stuart.

Northampton: Furbank; Freeman, Dingwall, Hutchinson, Sleightholme; Smith, Mitchell; Waller, Langdon, Millar Mills.

Referee: Karl Dickson (RFU). Attendance: 14,509.
"""),
    head=[
        "Rugby Union | Premiership",
        "Watch every Premiership match live and on demand — stream now with a 7-day free trial on TNT Sports. Subscription required after trial.",
    ],
    mid=[
        ("Bath looked in complete control", "Premiership table: 1. Leicester 52pts 2. Northampton 49 3. Bath 47 — full table"),
        ("Northampton went the length", "Play Rugby Predictor: pick this week's scores and win signed Saints shirts. Enter now"),
    ],
    tail=[
        "Get the Breakdown, our free rugby email, every Monday morning — all the weekend's talking points in one place.",
        "Follow us @TheRuckReport on X and Instagram",
        "More Rugby Union: Leicester name new captain · Six Nations fixtures confirmed · Quins sign Fijian lock",
    ],
    mixed=[
        ("Northampton came from 17 points down", "start", "Saturday 18 October 2026 19:22 BST · Last modified on Sunday 19 October 2026 08.10 BST"),
        ("But Saints' pack took over", "end", "Watch: highlights from Bath v Northampton (2:41)"),
        ("Saints' director of rugby", "end", "Comments (94)"),
        ("Referee: Karl Dickson", "end", "Image: Dingwall celebrates his winning try. Photograph: David Rogers/Getty Images"),
    ],
    ltop=L("""
Sport
Football
Cricket
Rugby union
Rugby league
Tennis
Live scores
"""),
    lmid=[
        ("Russell's penalty stretched", "Live match centre: stats, timeline and commentary →"),
        ("Teams", "Advertisement"),
    ],
    lbot=L("""
Explore more on these topics
Bath Rugby
Northampton Saints
Reuse this content
Sign up for the Sport email
Cookie settings
"""),
),
dict(
    slug="b5-en-science-pressrelease",
    lang="en",
    register="university/press release",
    paras=P("""
Soil microbes help wildflowers survive drought, Exeter-led study finds

EXETER, 3 June 2026

Wildflowers growing in soil with a richer community of fungi are up to 40 per cent more likely to survive a severe drought, according to new research led by the University of Exeter.

The study, published today in Nature Ecology & Evolution, followed more than 3,000 plants across 48 experimental meadow plots in Devon and Cornwall over three summers, including the record-dry summer of 2025.

Plots where the soil contained a higher diversity of arbuscular mycorrhizal fungi — microscopic organisms that form partnerships with plant roots — lost far fewer plants than plots where the fungal community had been depleted by past fertiliser use.

"The fungi act like an extended root system," said lead author Dr Amara Osei, from Exeter's Centre for Ecology and Conservation. "When the top few centimetres dry out, the plants that have good fungal partners can still reach water."

The effect was strongest in species such as bird's-foot trefoil, yellow rattle and knapweed, which are common in restored hay meadows.

Key findings:

Plots with the richest fungal communities lost 18% of plants during drought, compared with 31% in the poorest.

The researchers say the findings suggest that restoring soil life should be part of meadow restoration, not just sowing the right seeds.

The research was funded by the Natural Environment Research Council (NERC).

Notes to editors

The paper, "Mycorrhizal diversity buffers grassland plant communities against extreme drought", is available at doi:10.1038/s41559-026-0000-0.
"""),
    head=[
        "News & events › Press releases",
        "Share on LinkedIn · Share on Bluesky · Email this page",
    ],
    mid=[
        ("The study, published today", "Study at Exeter: applications for our MSc in Conservation Science and Policy are now open. Find out more at an open day."),
        ("The effect was strongest", "Related news: Exeter scientists track cuckoos across the Sahara"),
    ],
    tail=[
        "Media contacts: Press Office, press@exeter.example.ac.uk, +44 (0)1392 722062",
        "Follow @UniofExeter for the latest research news",
        "Support Exeter's research: make a gift to the Environmental Futures Fund",
        "© University of Exeter 2026 · Freedom of information · Modern slavery statement · Accessibility",
    ],
    mixed=[
        ("Wildflowers growing in soil", "start", "Posted on 03 June 2026 · 3 min read"),
        ("Plots where the soil", "end", "Image: Yellow rattle in a restored meadow at North Devon. Credit: University of Exeter."),
        ("\"The fungi act like", "end", "Download high-resolution images (ZIP, 14MB)"),
        ("The research was funded", "end", "Tags: Research, Environment, Biosciences"),
    ],
    ltop=L("""
Menu
Study
Research and innovation
Global
About us
Alumni
Staff intranet
"""),
    lmid=[
        ("Key findings:", "Listen to Dr Osei explain the study (audio, 2 min)"),
        ("Notes to editors", "Press release archive"),
    ],
    lbot=L("""
Latest news
Subscribe to research alerts
Contact us
Cookie policy
Website feedback
"""),
),
dict(
    slug="b5-en-trap-cookie-fine",
    lang="en",
    register="national news",
    trap=True,
    trap_promo=("head", "Manage your privacy settings. We and our 847 partners use cookies to personalise ads. Accept all | Reject all | Options"),
    paras=P("""
Regulator fines recipe site £1.2m over cookie banners that made 'reject' hard to find

By Tom Ashworth, Technology Reporter

The data protection regulator has fined the owner of a popular recipe website £1.2 million for using cookie banners that steered visitors into accepting advertising cookies.

The Information Commissioner's Office said HomeCook Digital Ltd had shown millions of users a pop-up with a bright green "Accept all" button and no equivalent option to reject tracking on the first screen.

Visitors who wanted to refuse advertising cookies had to click through two further menus and switch off more than 60 individual toggles, the regulator found.

It is the largest fine the ICO has issued over cookie consent, and the first since it wrote to the operators of the 200 most-visited UK websites last year warning them to make rejecting cookies "as easy as accepting them".

"If you can say yes in one click, you must be able to say no in one click," said the ICO's deputy commissioner, Stephen Bonner.

HomeCook Digital, which runs three recipe websites and a cooking app, said it had already redesigned its consent pop-up and would not appeal.

The company's annual report shows that programmatic advertising makes up about 70 per cent of its revenue. Industry figures suggest that revenue per visitor can fall by a third when users refuse personalised ads.

What the law says

Under the Privacy and Electronic Communications Regulations, websites must get consent before placing non-essential cookies, such as those used for advertising or analytics, on a visitor's device.

Strictly necessary cookies, such as those that keep items in a shopping basket, do not need consent.

Q: Do I have to accept cookies to use a website? A: No. A site can refuse to show you content if you reject, but the ICO says this will rarely be fair where the site is providing a public service.

The ICO said it was now reviewing banners on a further 50 sites.
"""),
    head=[
        "Technology | Privacy",
        "Try unlimited access for £1 for 4 weeks. Then £9.99 per month. Cancel anytime during your trial.",
    ],
    mid=[
        ("Visitors who wanted to refuse", "Sign up for Tech Briefing: the week's biggest stories in tech, policy and privacy, every Wednesday. Enter your email"),
        ("HomeCook Digital, which runs", "READ MORE: Why the ad industry is quietly preparing for a cookieless web"),
        ("Strictly necessary cookies", "Advertisement"),
    ],
    tail=[
        "Follow Tom Ashworth on Bluesky @tomashworth.bsky.social",
        "Have you been affected by this story? Contact our newsdesk: tips@dailyherald.example",
        "Most viewed in Technology: Phone makers told to offer seven years of updates · Broadband price rises: what you can do",
    ],
    mixed=[
        ("By Tom Ashworth", "end", "16 September 2026, 6:00am"),
        ("The Information Commissioner's Office said", "end", "Share 1.4k"),
        ("The company's annual report", "start", "Story continues below advertisement"),
        ("The ICO said it was now", "end", "Subscribe to the Daily Herald from £2 a week and never miss a story."),
    ],
    ltop=L("""
Daily Herald
UK news
World
Business
Sci & tech
Opinion
My account
"""),
    lmid=[
        ("It is the largest fine", "Recommended: How to see which sites are tracking you"),
        ("Under the Privacy and Electronic", "Save article"),
    ],
    lbot=L("""
Do not sell or share my personal information
Privacy and cookie policy
Contact us
Daily Herald Ltd, registered in England and Wales No. 01234567
"""),
),
]
