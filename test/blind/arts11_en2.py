"""Blind set 8 (arts11), English part 2: live blog, product review, newsletter-platform trap, sport."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-en-liveblog-by-election",
        "register": "national news live blog",
        "lang": "en",
        "paras": P("""
Eastmoor by-election: Greens take seat from Labour on 14-point swing – as it happened

Our live coverage of the Eastmoor by-election count has now closed. Thank you for following along through the night; a full report and analysis will be on the site later this morning.

4.12am: The returning officer has declared the result. Priya Lomax, the Green candidate, has won with 14,208 votes, ahead of Labour's Gareth Unwin on 9,877. Turnout was 41.3 per cent.

Lomax, a former paramedic, used her acceptance speech to thank the count staff and to promise that she would "be the MP who answers her emails". Several Labour activists left the hall before she had finished.

3.40am: Recount ruled out

There had been talk of a recount in the contest for third place, but the returning officer has told agents that a margin of 412 votes is too wide. We are expecting a declaration within half an hour.

2.55am: What the turnout tells us

My colleague Hamid Qureshi, who has been at the count since ten o'clock, says the boxes from the villages to the east of the constituency were noticeably fuller than those from the town centre. That fits the Greens' strategy of campaigning hard on the closure of the Eastmoor bus depot.

1.30am: Labour sources concede

A senior Labour figure has told us privately that the party expects to lose. "We knew the depot was going to hurt us. We didn't know it would hurt this much," they said.

11.58pm: Verification under way

Polls closed at 10pm and the ballot boxes have now all arrived at the Eastmoor Leisure Centre. Counting staff are checking the number of ballot papers in each box before the count proper begins.
"""),
        "head": [
            "Live\nUpdated 4.31am GMT",
            "Key events\n4.12am Greens win Eastmoor\n3.40am No recount, says returning officer\n1.30am Labour braced for defeat\nShow key events only\nPlease turn on JavaScript to use this feature",
        ],
        "mid": [
            ("Our live coverage", "Refresh the page for the latest updates, or switch on auto-update."),
            ("There had been talk", "Advertisement"),
            ("My colleague Hamid", "Sign up for First Edition, our free morning briefing: the news you need to start the day, in your inbox at 6am."),
        ],
        "tail": [
            "Topics\nBy-elections\nGreen party\nLabour\nLocal government",
            "Most viewed\nThe chancellor's budget dilemma, explained\nWhy rail fares are rising again\nStorm Agnes: live updates as amber warning issued",
            "Reuse this content",
        ],
        "mixed": [
            ("4.12am: The returning", "end", "Share this update: Facebook X Email Copy link"),
            ("My colleague Hamid", "end", "Get alerts on results night: tap the bell in our app."),
            ("A senior Labour figure", "start", "Advertisement"),
        ],
        "ltop": L("""
The Daily Ledger
Politics
UK news
World
Live
Updated 4.31am GMT
Key events
4.12am Greens win Eastmoor
Show key events only
Share
"""),
        "lmid": [
            ("Lomax, a former", "Advertisement"),
            ("2.55am: What", "Sign up to First Edition"),
        ],
        "lbot": L("""
Reuse this content
Most viewed
About us
Contact
Terms of service
© 2024 Daily Ledger Media Ltd
"""),
    },
    {
        "slug": "b11-en-review-headphones",
        "register": "tech product review site",
        "lang": "en",
        "paras": P("""
Halden Aria 2 review: excellent noise cancelling, disappointing microphone

Verdict: The Aria 2 is one of the most comfortable pairs of over-ear headphones we have tested this year, and its noise cancelling is close to the best in class. A muffled microphone and a fiddly companion app keep it from a full recommendation.

Pros: Light, soft ear cushions; strong noise cancelling; 38-hour battery life.

Cons: Poor call quality; touch controls are too sensitive; no wired listening over USB-C.

Design and comfort

At 254g, the Aria 2 weighs about the same as a large apple, and the memory-foam cushions spread that weight so well that we wore them through a six-hour train journey without the usual ache above the ears. The headband adjusts in small, firm clicks, so it stays put once set.

Sound and noise cancelling

Out of the box the sound is warm and slightly bass-heavy, which suits pop and electronic music but can make acoustic recordings a little thick. The five-band equaliser fixes this quickly.

Noise cancelling is where the Aria 2 earns its price. On a busy commuter train it removed the low rumble almost entirely and took the edge off announcements, though it was less effective against the high-pitched chatter of an open-plan office.

Calls and battery

Callers consistently told us we sounded distant, as if we were speaking from another room. That is a real weakness for anyone who works from home. Battery life, by contrast, is excellent: we got 36 hours with noise cancelling on at moderate volume.

Should you buy them?

If you mostly listen to music on the move, the Aria 2 is easy to recommend, particularly when it is discounted. If you spend your day on video calls, look elsewhere.
"""),
        "head": [
            "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
            "Best deals today\nHalden Aria 2\n£179.99 £129.99 at Soundhaus\nView deal",
        ],
        "mid": [
            ("Cons: Poor call", "Halden Aria 2: £129.99 at Soundhaus | £134.00 at Electromart | £149.99 at Halden Direct\nCheck prices"),
            ("Out of the box", "You might also like: Best wireless earbuds 2024, tested and ranked"),
            ("Callers consistently", "Sign up to get the best deals in your inbox, plus tech news, reviews and advice.\nContact me with news and offers from other brands\nReceive email from us on behalf of our trusted partners or sponsors"),
        ],
        "tail": [
            "Today's best Halden Aria 2 deals\n£129.99 at Soundhaus\n£134 at Electromart\nShow more deals\nWe check over 250 million products every day for the best prices",
            "Get the best Black Friday deals direct to your inbox, plus news, reviews and more.",
            "Promoted stories\nThis clever gadget keeps your dog calm during fireworks\nDoctors can't explain why this simple trick works",
        ],
        "mixed": [
            ("Verdict: The Aria 2", "start", "Deal: £129.99 at Soundhaus (was £179.99)."),
            ("At 254g", "end", "Image credit: TechBench / Tomas Reyes"),
            ("Noise cancelling is where", "end", "Read more: The best noise-cancelling headphones for travel"),
            ("If you mostly listen", "end", "Prices checked daily by our deals team."),
        ],
        "ltop": L("""
TechBench
Reviews
Best picks
Deals
How to
Audio
Subscribe
Sign in
When you purchase through links on our site, we may earn an affiliate commission.
"""),
        "lmid": [
            ("Cons: Poor call", "£129.99 at Soundhaus"),
            ("Noise cancelling is where", "View deal"),
        ],
        "lbot": L("""
Halden Aria 2 deals
Show more deals
Contact me with news and offers from other brands
Terms and conditions
Privacy policy
© TechBench Publishing Ltd, Bath
"""),
    },
    {
        "slug": "b11-en-trap-newsletter-going-paid",
        "register": "newsletter platform post",
        "lang": "en",
        "trap": True,
        "paras": P("""
Why I'm finally turning on paid subscriptions

For three years this newsletter has been free, and for three years I have told myself that it would stay that way. From next month, that changes, and I want to explain why before anyone opens their inbox to find a paywall.

The short version is that The Allotment Ledger now takes up about two days a week. I visit plots, interview growers, test seed varieties on my own beds and answer what feels like a hundred emails a week about slugs. I love doing it, but I can no longer do it for nothing.

Here is what will stay free: the Sunday letter, the monthly sowing calendar and the seed-swap listings. If you never pay a penny, you will still get most of what you signed up for.

Here is what paid subscribers will get: a second letter on Wednesdays with longer features, the full archive, and a monthly live Q&A where I try to diagnose your sad tomatoes.

The price will be £4 a month or £40 a year. Anyone who has sent me a seed packet, a photo of a giant marrow or a correction I deserved will get a free year; just reply to this email and tell me.

I thought hard about the alternative, which is asking readers to donate whenever they feel like it. Several of you suggested a tip jar. But the writers I know who rely on one-off donations describe a life of constant fundraising, and I would rather write about leeks than beg for money.

A few people have asked whether the newsletter will start carrying advertising. It won't. I was offered a sponsorship deal by a garden-centre chain last year and turned it down, partly because I had written critically about their peat-based compost.

If you can't afford it, tell me. Nobody who wants to read this will be left out because of money, and I will never ask why.

Q: Will the comments stay open to everyone?

A: Yes, on the Sunday letter. Wednesday features will have comments for paid subscribers only, mainly to keep the spam down.

Thank you for reading, for arguing with me about compost, and for sticking with this odd little project. See you on Sunday.
"""),
        "trap_promo": ("tail", "Subscribe to The Allotment Ledger\nType your email…\nSubscribe"),
        "head": [
            "THE ALLOTMENT LEDGER\nSubscribe\nSign in",
            "Discover more from The Allotment Ledger\nWeekly notes from a muddy half-plot in Shropshire. Over 18,000 subscribers.\nContinue reading",
        ],
        "mid": [
            ("Here is what will stay free", "Subscribe now"),
            ("A few people have asked", "Share The Allotment Ledger"),
        ],
        "tail": [
            "Like\nComment\nRestack",
            "32 Comments",
            "Ready for more?\nType your email…\nSubscribe",
            "© 2024 Maud Fenwick\nPrivacy ∙ Terms ∙ Collection notice\nStart writing\nGet the app",
        ],
        "mixed": [
            ("The short version", "end", "Thanks for reading The Allotment Ledger! Subscribe for free to receive new posts and support my work."),
            ("Here is what paid", "end", "Upgrade to paid"),
            ("A: Yes, on the Sunday", "end", "Leave a comment"),
        ],
        "ltop": L("""
THE ALLOTMENT LEDGER
Subscribe
Sign in
Share this post
"""),
        "lmid": [
            ("Here is what will stay free", "Subscribe now"),
            ("A few people have asked", "Share"),
        ],
        "lbot": L("""
Like
Comment
Restack
32 Comments
Ready for more?
Type your email…
© 2024 Maud Fenwick
Start writing
Get the app
"""),
    },
    {
        "slug": "b11-en-sport-womens-football",
        "register": "regional sports site",
        "lang": "en",
        "paras": P("""
Okafor double sends Harwick Rovers top of the table

Harwick Rovers Women 2 Calder Vale Women 1

Adaeze Okafor scored twice in the second half as Harwick Rovers came from behind to beat Calder Vale and move top of the Northern Premier Division for the first time this season.

The visitors had led at half-time through a header from captain Jess Tolland, who rose above two defenders to meet a corner in the 31st minute. Rovers, without their injured first-choice goalkeeper, looked nervous for much of the opening period.

The introduction of 17-year-old winger Maisie Crane at the break changed the game. Her pace down the left pinned Calder Vale back, and it was her cross, flicked on by Lena Vogt, that Okafor turned in from six yards on 58 minutes.

The winner came eleven minutes from time. Okafor collected a loose ball on the edge of the area, sidestepped a challenge and curled a shot into the far corner.

"Maisie was brilliant, and Adaeze is just a natural finisher," said Rovers manager Dawn Pickering. "At half-time I told them we were playing scared. They weren't scared in the second half."

Calder Vale's Rob Hennessy felt his side should have had a penalty when Tolland went down under a challenge in the 84th minute. "I've watched it back and it's a clear foul," he said.

Rovers: Ellis; Marsh, Adeyemi, Quinn, Doherty; Vogt, Harper (Crane 46), Lowry; Fenn, Okafor, Blake.

Calder Vale: Morgan; Hughes, Tolland, Rafferty, Kaur; Dean, Sutcliffe, O'Neill (Barker 70); Lyle, Pearce, Shaw.

Attendance: 1,842.

Rovers travel to Oakfield on Sunday, while Calder Vale host Bramley Athletic.
"""),
        "head": [
            "Live scores, fixtures and results: download the Northern Sport app",
            "Sponsored by Brightlane Motors, proud partner of women's football in the north",
        ],
        "mid": [
            ("The visitors had led", "Most read\n1. Town confirm manager's departure\n2. Cricket club appeals for volunteers\n3. Ratings: how every player fared"),
            ("The winner came", "18+ | BeGambleAware.org | Please gamble responsibly. New customers only. T&Cs apply."),
            ("Calder Vale's Rob", "Follow all the action from the Northern Premier Division on X @NorthernSportHQ"),
        ],
        "tail": [
            "Trending now\nTransfer round-up: Rovers linked with Scottish midfielder\nGrassroots club's kit stolen in break-in",
            "Have your say\nComments (17)\nSign in to comment",
            "Get our free Football Extra newsletter every Monday and Thursday. Sign up",
        ],
        "mixed": [
            ("Adaeze Okafor scored", "end", "Follow @NorthernSportHQ for live updates."),
            ("The introduction of", "start", "ADVERTISEMENT"),
            ("\"Maisie was brilliant", "end", "Watch the highlights in the Northern Sport app."),
            ("Attendance", "end", "Read more: Pickering signs new two-year deal"),
        ],
        "ltop": L("""
Northern Sport
Football
Women's football
Cricket
Rugby league
Results
Fixtures
Tables
Sign in
Download the app
"""),
        "lmid": [
            ("The visitors had led", "Advertisement"),
            ("Rovers: Ellis", "Match centre"),
        ],
        "lbot": L("""
Have your say
Comments (17)
Share
Trending now
Contact us
Cookie policy
© Northern Sport Media
"""),
    },
]
