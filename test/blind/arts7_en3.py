from common import P, L

ARTICLES = [
    {
        "slug": "b7-en-academic-cookie-banners",
        "register": "academic blog",
        "lang": "en",
        "trap": True,
        "trap_promo": ("head", "This post first appeared on the Department of Information Studies research blog."),
        "paras": P("""
What 10,000 cookie banners tell us about consent

Dr Amira Sandhu and Prof. Niall Corcoran

Almost every website visitor in Europe now meets a cookie banner before they meet any content. In a new paper, we looked at how those banners are designed and what people actually click.

We collected the consent banners shown by the 10,000 most visited websites in six EU countries and the UK between March and May 2025, using a browser with no stored cookies. We then ran a controlled experiment with 2,140 participants.

Findings

Only 38 per cent of banners offered a "Reject all" button on the first screen with the same prominence as "Accept all". On a further 27 per cent, refusing required at least two extra clicks, often through a menu labelled "Manage preferences" or "More options".

Where rejecting was as easy as accepting, 47 per cent of participants refused non-essential cookies. Where it took two or more extra clicks, that fell to 9 per cent.

Colour mattered less than we expected. Layout — which button came first, and whether the refusal option was styled as a plain text link — mattered much more.

"Legitimate interest"

A fifth of banners pre-ticked a separate set of switches under the heading "legitimate interest". Very few participants opened that tab, and when asked afterwards, most did not know it existed.

Why it matters

Regulators in France, Ireland and the Netherlands have fined companies over banners that make refusal harder than acceptance. Our data suggest such designs are still common, and that they work exactly as their designers intend.

We do not argue that every website should abolish cookies, or that banners themselves are the problem. But if consent is to mean anything, saying no must be as easy as saying yes.

Related topics, including consent on mobile apps and smart TVs, are the subject of our next study, which begins in the autumn.
"""),
        "head": [
            "Institute for Digital Society — Blog",
            "Research · 7 min read",
        ],
        "mid": [
            (4, "Upcoming seminar: Dark patterns and the law, 12 May, 4pm, Room G.14 and online. Register on Eventbrite"),
            (10, "Study with us: applications for the MSc Digital Society close 30 June."),
        ],
        "tail": [
            "Comments are moderated and will appear after approval.",
            "Cite this post: Sandhu, A. and Corcoran, N. (2026). What 10,000 cookie banners tell us about consent. IDS Blog.",
            "This work is licensed under CC BY 4.0.",
            "Subscribe to the IDS blog via RSS",
        ],
        "mixed": [
            (2, "end", "Share on Bluesky · Share on LinkedIn"),
            (12, "start", "Hear the authors discuss the study on episode 41 of the Data & Society Hour podcast."),
        ],
        "ltop": L("""
About the Institute
People
Research
Blog
Events
Study
"""),
        "lmid": [
            (3, "Figure 1: Share of banners by refusal depth (click to enlarge)"),
            (8, "Newsletter: the IDS Digest, monthly"),
        ],
        "lbot": L("""
Tags: consent, GDPR, interface design
Previous post
Next post
Privacy notice
University cookie settings
"""),
    },
    {
        "slug": "b7-en-legal-autorenewal-ruling",
        "register": "legal news",
        "lang": "en",
        "trap": True,
        "paras": P("""
Court of Appeal backs regulator over gym chain's auto-renewing memberships

The Court of Appeal has upheld a ruling that a national gym chain acted unfairly by automatically renewing annual memberships without clear reminders, in a judgment that lawyers say will affect any business selling subscriptions.

FitCore Leisure Ltd had challenged a 2025 High Court decision in favour of the Competition and Markets Authority. The CMA argued that FitCore's terms, which rolled members onto a new twelve-month contract unless they cancelled in writing at least 60 days before renewal, were not transparent.

Lady Justice Okafor, giving the lead judgment, said the renewal term was "buried" in the eleventh page of the contract and was not brought to members' attention at the point of sale or before renewal.

"A consumer who signs up for a year of gym access cannot reasonably be expected to remember, eleven months later, a notice period set out in small print," she said.

The court rejected FitCore's argument that a reminder email sent 65 days before renewal was sufficient. The email's subject line, "Your FitCore update", did not indicate that money was about to be taken, the judges found.

Background

The case was brought before the Digital Markets, Competition and Consumers Act 2024 subscription rules came fully into force. Those rules now require businesses to send reminders before renewals and to let customers cancel easily, including online.

Rachel Dunmore, a partner at consumer law firm Haig Dunmore, said: "The judgment confirms what the new rules spell out. If your renewal process relies on customers forgetting, it is unlawful."

FitCore has agreed to refund around 18,000 members who were renewed between 2021 and 2024 and who ask for their money back. The company estimates the cost at up to £4.1 million.

A FitCore spokesperson said the company had "already overhauled" its renewal process and was considering whether to seek permission to appeal to the Supreme Court.

[2026] EWCA Civ 412
"""),
        "head": [
            "LegalWire UK",
            "Free for registered users — you have 2 free articles left this month. Register or log in",
        ],
        "mid": [
            (3, "Sponsored by Clarity CPD: earn 6 CPD hours with our consumer law update course — book now"),
            (8, "Jobs: Senior Associate, Consumer & Regulatory (London, £95k–£115k) — view on LegalWire Careers"),
        ],
        "tail": [
            "This article is for information only and does not constitute legal advice.",
            "Want the daily round-up of judgments? Sign up to The Docket, free every weekday at 7am.",
            "LegalWire UK, 20 Fetter Lane, London EC4A 1EN. All content © LegalWire Publishing 2026.",
        ],
        "mixed": [
            (1, "end", "Print this article"),
            (10, "start", "Go Premium for unlimited access, PDF judgments and case alerts — £19 a month."),
        ],
        "ltop": L("""
LegalWire UK
Home
Judgments
Regulation
Careers
Events
My account
"""),
        "lmid": [
            (5, "Most read: Solicitor struck off over client account transfers"),
            (9, "Save to reading list"),
        ],
        "lbot": L("""
Topics
Consumer law
Competition law
Share
Copy link
Report an error
Terms of use
Cookies
"""),
    },
    {
        "slug": "b7-en-factcheck-bin-collections",
        "register": "fact-check",
        "lang": "en",
        "paras": P("""
No, councils are not fining households £1,000 for putting the wrong thing in a recycling bin

A post shared widely on Facebook this week claims that "from April, councils will fine you up to £1,000 if you put the wrong thing in your recycling bin". That is misleading.

Claim: Councils will fine households up to £1,000 for recycling mistakes from April.

Verdict: Misleading.

The post, which had been shared more than 26,000 times by Wednesday, appears to be based on an old news story about powers councils have had since 2015.

What is the law?

Councils in England can issue fixed penalty notices for breaching rules about household waste, but only after a written warning and only where the breach causes "a nuisance" or is "detrimental to the amenities of the locality". Under government guidance introduced in 2015, the maximum fixed penalty for these offences is £80, not £1,000.

Courts can impose higher fines if a case is prosecuted, up to a maximum of £1,000. But that is rare: our freedom of information requests to 40 councils found only 3 prosecutions for household recycling offences in 2024.

What is changing in April?

The government's "Simpler Recycling" reforms mean that, from 31 March 2026, councils in England must collect the same core materials, including food waste, from every home. The reforms do not include any new fines for households.

A Department for Environment spokesperson told us: "There are no plans to fine households for recycling mistakes."

If you see a post like this, it is worth checking your own council's website, which will set out what goes in each bin.

We contacted the page that shared the original post but had not received a reply at the time of publication.
"""),
        "head": [
            "ClearCheck — independent fact-checking",
            "We are funded by readers, not advertisers. Become a supporter from £3 a month.",
        ],
        "mid": [
            (3, "Seen something that needs checking? Send it to us on WhatsApp: +44 7700 900987"),
            (9, "Take our 5-minute reader survey and help shape ClearCheck"),
        ],
        "tail": [
            "Read our corrections policy. Found an error? Report it here.",
            "ClearCheck is a verified signatory of the International Fact-Checking Network's code of principles.",
            "Follow @ClearCheckUK on Instagram, TikTok and Threads.",
        ],
        "mixed": [
            (1, "start", "Published 9 April 2026, last updated 10 April 2026."),
            (12, "end", "Join our Telegram channel for the daily fact-check digest."),
        ],
        "ltop": L("""
Latest checks
Health
Politics
Money
Toolkit
Donate
"""),
        "lmid": [
            (4, "Screenshot of the post. Image: Facebook"),
            (10, "How we fact-check"),
        ],
        "lbot": L("""
Share this fact check
Share via WhatsApp
Share to Facebook
Email a friend
More fact checks
Is tap water in Cornwall safe to drink?
Privacy & cookies
Company number 08823145
"""),
    },
    {
        "slug": "b7-en-sports-club-report",
        "register": "local sports club report",
        "lang": "en",
        "paras": P("""
Firsts battle back to seal promotion in final-day thriller

Ashcombe Town 2 Pelham Wanderers 2

Ashcombe Town's first team secured promotion to the Premier Division on Saturday after coming from two goals down against Pelham Wanderers at a packed Mill Meadow.

A draw was enough for Town, who needed a point to finish above Clayfield on goal difference. But it looked a long way off at half-time.

Pelham went ahead after 11 minutes when a corner was flicked on at the near post and Dean Archer headed in at the far one. Their second, just before the break, came from a penalty after Town keeper Sam Vickery brought down the Pelham striker.

Manager Kev Bright's half-time talk was, by his own account, short. "I told them we were forty-five minutes from the best season this club has had in twenty years."

Town's response was immediate. Jordan Ofori pulled one back within three minutes of the restart, curling in from the edge of the box.

The equaliser came with 14 minutes left. Captain Luke Harding rose highest from a Callum Pike free kick and nodded it home, sending the home crowd of around 340 into raptures.

Pelham had a late chance to win it, but Vickery made amends with a fine save low to his left.

"Unbelievable. Just unbelievable."

That was Harding's verdict at the final whistle, surrounded by teammates and supporters on the pitch.

The club's presentation evening is on Friday 16 May at the clubhouse, and Bright thanked volunteers, the groundsman and the sponsors who have kept the club going through a difficult few years.

Team: Vickery, Moss, Harding (c), Doyle, Carr, Pike, Ofori, Evans, Bell (Tranter 70), Walsh, Nunn.
"""),
        "head": [
            "Ashcombe Town FC — Est. 1921",
            "Match reports · First team",
        ],
        "mid": [
            (5, "Match sponsor: Hartley & Sons Plumbing and Heating — proud to support Ashcombe Town"),
            (8, "Season tickets for 2026/27 are on sale now: adults £75, concessions £45, under-16s free."),
        ],
        "tail": [
            "Become a club 100 Club member: £5 a month, monthly cash prizes and every penny back into the club.",
            "Follow us: @AshcombeTownFC on X and Instagram",
            "Ashcombe Town FC is an FA Charter Standard club. Site by Grassroots Web.",
        ],
        "mixed": [
            (2, "end", "Gallery: 46 photos from Saturday"),
            (10, "start", "Book your presentation evening tickets at the bar or online."),
        ],
        "ltop": L("""
Home
Fixtures
Results
Teams
Clubhouse hire
Club shop
"""),
        "lmid": [
            (3, "Match highlights on our YouTube channel"),
            (11, "Man of the match: voted by supporters on the club app"),
        ],
        "lbot": L("""
Next fixture
Pre-season friendly v Oakvale, Sat 19 July, 3pm
Club sponsors
Contact the club secretary
© Ashcombe Town FC
"""),
    },
]
