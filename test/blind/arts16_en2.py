"""blind13 data: English articles, part 2 (paywall trap, football report, newsletter post). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 4. TRAP: a local paper introduces a paywall (media-business story)
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-en-trap-gazette-paywall",
    register="media-business story (paywall launch)",
    lang="en",
    trap=True,
    trap_promo=("tail", "The Press Room Brief: media news for people who make it. Free every Friday — sign up with your email."),
    paras=P("""
After 132 years free at the doorstep, the Tillbrook Gazette puts its website behind a paywall

By Aaron Whitfield, Media Reporter

The Tillbrook Gazette, the daily newspaper that has covered the mill towns of the upper Avon Valley since 1892, will begin charging for most of its online journalism on March 1, its owners announced on Monday.

Under the new model, readers will be able to open five articles a month without paying. After that, a grey box will slide up over the page with the words “You’ve reached your free limit” and an offer of £1 for the first three months, rising to £6.99 a month.

Obituaries, weather warnings, school closures and public-notice listings will stay free, the company said.

“We held out longer than almost anyone,” said editor Priya Nandakumar. “But advertising alone no longer pays for a reporter to sit through a four-hour planning committee, and that is the work that matters most.”

The Gazette’s print circulation has fallen from 41,000 copies in 2008 to just under 9,000, according to figures from the Audit Bureau of Regional Press. Its website draws about 600,000 unique visitors a month, most of whom arrive from search engines and social media.

A sliding scale

Subscribers will get unlimited articles, an ad-light version of the site and access to the e-paper, a page-by-page digital copy of the morning print edition. A combined print-and-digital bundle will cost £18 a month, with a discount for readers over 70.

The paper is also launching a “Gazette Supporter” tier at £12 a month, modelled on donation schemes at nonprofit newsrooms, which includes invitations to quarterly newsroom open evenings.

Not every reader is convinced. On the Gazette’s own Facebook page, a post announcing the change drew more than 1,400 comments within hours, many of them from people saying they would simply stop reading.

“I’ve bought the Gazette since I was a teenager,” said Margaret Elsworth, 74, from Clayhurst. “Now they want me to make an account and remember a password. I’ll go back to the paper copy.”

Industry researchers say the risk is real but manageable. Dr Tomasz Wielgosz, who studies local news economics at Harbourne University, said regional titles that introduced metered paywalls typically lost a fifth of their web traffic in the first year, but that subscription income usually covered more than that loss within three years.

Nandakumar said the newsroom would keep its 23 journalists and hire two more reporters if it reaches 6,000 digital subscribers by the end of the year.

“Ask me in twelve months,” she said. “If people don’t think we’re worth the price of a coffee, we’ll have learned something too.”
"""),
    head=[
        "Listen · 5 min",
        "Enjoy unlimited access to Media Lens for just £1 a week. Cancel anytime. Already a subscriber? Log in",
    ],
    mid=[
        (3, "Advertisement"),
        (8, "MORE ON LOCAL NEWS\nThree regional dailies to merge print operations in the Midlands\nWhy your town’s newspaper now prints at a plant 90 miles away\nPodcast: Can a co-operative save the local paper?"),
    ],
    tail=[
        "Media Lens is reader-funded. We don’t have a billionaire owner. If you value independent reporting on the media industry, please support us with a monthly contribution — it takes less than a minute.",
        "Share this article\nFacebook · LinkedIn · WhatsApp · Email",
        "Topics: Local news · Paywalls · Newspapers",
        "© Media Lens Publishing Ltd 2024. Registered in England and Wales.",
    ],
    mixed=[
        (2, "end", "Get Media Lens headlines on your phone: download our app for iOS and Android."),
        (6, "start", "Photograph: Gazette archive/Media Lens"),
        (10, "end", "Support Media Lens from just £3"),
        (13, "start", "Article continues after this advertisement"),
    ],
    ltop=L("""
Media Lens
Home › Newspapers › Regional press
Subscribe | Log in
Cookies on Media Lens: we use cookies to improve your experience. Manage preferences
"""),
    lmid=[
        (4, "ADVERTISEMENT"),
        (9, "Recommended: Local radio stations cut weekend news bulletins"),
    ],
    lbot=L("""
Comments (318)
Most viewed
Follow us @medialensuk
About us · Contact · Complaints · Terms · Privacy
© Media Lens Publishing Ltd 2024
"""),
))

# ---------------------------------------------------------------------------
# 5. Football match report
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-en-football-harbury-wexley",
    register="football match report",
    lang="en",
    paras=P("""
Harbury Town 2-1 Wexley Rovers: Okonjo header settles derby in added time

Jake Merriman at Fernside Park

For 88 minutes this had the look of another grinding stalemate between two sides who know each other far too well. Then Daniel Okonjo, a centre-back who had not scored since October, rose above two defenders to meet a Lewis Blane corner, and Fernside Park came apart at the seams.

The goal lifts Harbury to sixth in League Two, a point off the play-off places, and leaves Wexley without a win in seven.

Rovers had started the brighter. Their captain, Sam Achterberg, drilled a low shot against the foot of the post inside four minutes, and Harbury’s keeper Tom Pell needed two hands to tip away a curling effort from Rory Feeney shortly before the half-hour.

It was against the run of play, then, when Harbury went ahead on 38 minutes. Kyle Ames cut in from the right and his scuffed cross deflected off Wexley full-back Jordan Marsh and looped over the stranded Callum Reade.

Wexley deserved their equaliser. Feeney finished a neat one-two with Achterberg on 61 minutes, sliding the ball under Pell from 12 yards.

“We’ve played a lot worse and won,” said Wexley manager Gareth Lyle. “Set pieces have cost us all season. That’s on me.”

Harbury boss Anita Sorensen was more upbeat. “The lads never stopped running,” she said. “Dan’s been waiting a long time for that one. He told me in training he was due.”

Attendance: 6,412

Harbury Town: Pell; Ames, Okonjo, Richter, Blane; Doyle, Hartigan (Muir 72), Ward; Pryce, Cole (Ndiaye 65), Bexley.

Wexley Rovers: Reade; Marsh, Quinlan, Tate, Osei; Achterberg, Lomax, Feeney; Dunn (Carrick 80), Hooper, Vale (Sturridge 58).

Referee: Helen Ashdown.

Player of the match: Daniel Okonjo (Harbury Town)
"""),
    head=[
        "Watch every League Two goal from the weekend on the Sporting Ledger YouTube channel — new highlights every Sunday night.",
        "Advertisement\n18+ | Gamble responsibly. BeGambleAware.org",
    ],
    mid=[
        (3, "Get Harbury Town news first\nJoin 18,000 fans on our free Harbury Town WhatsApp channel. Tap here to follow."),
        (7, "ADVERTISEMENT"),
        (9, "Harbury Town v Crossley United, Saturday 3pm. Tickets from £14 at harburytown-tickets.co.uk — under-18s go free in the Family Stand."),
    ],
    tail=[
        "Read more\nLeague Two table: how the play-off race stands\nWexley fans call for board meeting after seventh winless game\nOkonjo: ‘My mum will have that goal framed by Tuesday’",
        "Got a story about your club? Email sport@sportingledger.co.uk or message us on Facebook.",
        "What did you make of the derby? Have your say in the comments below — 148 comments",
    ],
    mixed=[
        (2, "end", "Follow all today’s League Two action on our live blog."),
        (4, "start", "Pictures: Ledger Sport Images"),
        (8, "end", "Subscribe to The Dugout newsletter for our weekly Harbury and Wexley round-up"),
        (13, "start", "Rate the players: give your marks out of ten in our fan ratings poll"),
    ],
    ltop=L("""
Sporting Ledger
Sport › Football › League Two › Harbury Town
Live scores | Fixtures | Tables
Sign in to get our free Match Day alerts
"""),
    lmid=[
        (5, "Watch: highlights of Harbury Town 2-1 Wexley Rovers (2:43)"),
        (10, "Bet £10, get £30 in free bets — new customers only. T&Cs apply. 18+"),
    ],
    lbot=L("""
Share this story
Twitter · Facebook · WhatsApp · Email
Most read in Sport
Terms and conditions | Privacy notice | Cookie settings
Sporting Ledger is a member of the Independent Press Standards Organisation
"""),
    fbot_extra=["Back to top"],
))

# ---------------------------------------------------------------------------
# 6. Newsletter-platform (Substack-like) post
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-en-newsletter-allotment",
    register="newsletter-platform post",
    lang="en",
    paras=P("""
The Allotment Letter #87: What the slugs taught me about patience

Plot 14 in a wet September, and why I’ve stopped fighting the brassicas

Hello friends,

It has rained for eleven of the last fourteen days here in Wrenford, and the allotment has become a kind of soup. The paths between the beds are brown ponds. The water butts overflowed a fortnight ago. Even Derek on Plot 9, who has been growing leeks since 1979 and does not believe in weather, has been seen wearing waders.

I had planned to write this week about saving tomato seed. Instead I want to tell you about the slugs.

There were, by my rough count, several thousand of them on the kale last Tuesday evening. I went down with a torch after dinner and the leaves were glittering with them, like a sequinned dress.

For three summers I fought them. Beer traps, copper tape, crushed eggshell, wool pellets, a nightly patrol with a jam jar. Some of it worked a little. None of it worked enough to justify the evenings.

This year I did something different, which is that I mostly gave up.

Here is what I did instead:

I moved the kale and cabbage into the raised beds by the shed, where the frogs from the communal pond seem to patrol.

I left a strip of long grass and comfrey along the north edge as a kind of decoy buffet.

I planted twice as many seedlings as I needed and accepted that half would be eaten.

The result is not a triumph. The kale looks like lace. But there is kale, enough for soup twice a week, and I have not spent a single evening this summer crouched in the dark with a jam jar.

Mariam, who runs the seed swap, said something to me in July that I keep thinking about: “You don’t own the plot. You’re just the one with the key.”

Next week: the great onion experiment, and a reader question about overwintering broad beans.

Until then, stay dry,

Ruth
"""),
    head=[
        "Thanks for reading The Allotment Letter! Subscribe for free to receive new posts and support my work.",
        "Discover more from The Allotment Letter\nA weekly letter from a muddy plot in Wrenford. Over 9,000 subscribers.\nContinue reading",
    ],
    mid=[
        (4, "Share The Allotment Letter"),
        (12, "The Allotment Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."),
    ],
    tail=[
        "Leave a comment",
        "This post is public, so feel free to share it with a fellow grower.\nShare",
        "Upgrade to paid for £5/month and get the seasonal planting calendar, the monthly Q&A thread and my eternal gratitude.",
        "Like · 214\nComments · 38\nRestack",
    ],
    mixed=[
        (3, "end", "Paid subscribers got this letter two days early"),
        (7, "start", "If you enjoy these letters, tap the little heart at the bottom — it helps other gardeners find them."),
        (13, "end", "Pledge your support"),
        (15, "start", "Know someone who’d like this? Forward it on."),
    ],
    ltop=L("""
Home · Archive · About
Subscribe
Sign in
Ruth Kavanagh · Sep 18
"""),
    lmid=[
        (2, "Share this post"),
        (12, "Subscribe now"),
    ],
    lbot=L("""
Discussion about this post
Write a comment...
Ready for more?
© 2024 Ruth Kavanagh · Privacy ∙ Terms ∙ Collection notice
Start Writing · Get the app
Substrata is the home for great culture
"""),
))
