"""blind11, English part 1: a Senate stopgap-spending vote (national politics), a Crown Court
sentencing for catalytic-converter thefts (regional court report), and a village cricket club's
promotion-clinching win (local sports club report)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-en-senate-stopgap",
        "register": "national news politics",
        "lang": "en",
        "paras": P("""
Senate passes stopgap spending bill with hours to spare, averting a shutdown

The 45-day measure cleared the chamber 61-37 after a day of brinkmanship over disaster aid and border money

By Maria Delgado and Tom Reilly

WASHINGTON — The Senate approved a short-term spending bill late Friday, sending it to the president roughly three hours before federal funding was due to lapse and ending a week in which both parties traded blame for what many lawmakers privately called an avoidable crisis.

The 61-37 vote came after leaders agreed to drop a package of border enforcement provisions that had stalled talks since Tuesday. Eleven members of the minority party joined the majority in support, while four members of the majority voted against the measure, arguing that it postponed hard decisions rather than making them.

“We did the minimum, and we did it late,” said Sen. Ruth Ackerman, an Oregon Democrat who voted for the bill. “Nobody should be taking a victory lap tonight.”

The bill keeps agencies funded at current levels through Nov. 14, adds $16 billion to the Federal Emergency Management Agency’s disaster relief fund and extends the National Flood Insurance Program, which would otherwise have stopped writing new policies at midnight.

It does not include the additional $4.2 billion for immigration judges and detention capacity that the House had attached to its version, nor a proposed freeze on foreign aid disbursements that conservatives had pushed for in the final days.

Sen. Dale Whitcomb of Kansas, who opposed the measure, said the chamber had “once again rewarded delay.” He told reporters that he would not support another short-term extension in November “under any circumstances.”

Two senators were absent.

What happens next

The House approved the same text on Thursday by a vote of 228-201, so the bill now goes directly to the White House. A spokeswoman said the president would sign it Saturday morning.

Appropriators in both chambers must now try to agree on the twelve annual spending bills before mid-November, a task that has not been completed on time since 1996. Committee aides said informal talks on the defense and transportation bills would resume Monday.

“Forty-five days is not a long time,” Ackerman said.

Federal employee unions, which had warned members to prepare for unpaid furloughs, welcomed the vote but said repeated deadlines were taking a toll on recruitment, particularly at the Social Security Administration and the Internal Revenue Service.

The Office of Management and Budget had begun distributing shutdown guidance to agencies on Wednesday. An OMB official said that guidance was withdrawn within minutes of the Senate vote.
"""),
        "head": [
            "Home / Politics / Congress",
            "Listen to this article · 6 min\nAudio narration is generated automatically.",
            "Our Washington coverage stays free because readers chip in. Become a member of the Ledger from $5 a month — cancel anytime.",
        ],
        "mid": [
            (5, "Advertisement"),
            ("It does not include", "READ MORE\nWhat’s in the disaster aid package, and what got cut\nThe senators who could decide the next funding fight"),
            ("The House approved", "Never miss a vote. Turn on breaking-news alerts in the Ledger app, free on iOS and Android."),
        ],
        "tail": [
            "Maria Delgado covers Congress for the Ledger. Follow her on X @mdelgado_dc. Tom Reilly is the Ledger’s senior political correspondent.",
            "The Capitol Briefing\nWhat happened in Washington overnight, explained before your first coffee. Every weekday, free.\nSign up →",
            "Most read in Politics\n1. Governor’s race tightens in final poll\n2. Supreme Court agrees to hear tariff challenge\n3. What a shutdown would have meant for your passport application",
            "Comments (212)\nJoin the conversation — log in or create a free account to comment.",
        ],
        "mixed": [
            (5, "end", "Sign up for The Capitol Briefing to get our reporters’ analysis before the day begins."),
            ("WASHINGTON", "start", "Share Facebook X Email Copy link"),
            ("The bill keeps", "start", "ADVERTISEMENT"),
            ("Federal employee unions", "end", "Related: Federal workers brace for another round of shutdown threats"),
        ],
        "ltop": L("""
Skip to main content
The Ledger | Subscribe for $1 | Log in
News Politics Business Opinion Sports Culture
Home › Politics › Congress
Updated 11:52 p.m. ET
"""),
        "lmid": [
            (4, "Advertisement"),
            ("Sen. Dale Whitcomb", "Recommended: Inside the 72 hours that nearly shut the government down"),
            ("Appropriators in both", "Gift this article — you have 10 gift articles left this month"),
        ],
        "lbot": L("""
Share this story: Facebook · X · LinkedIn · Email
More in Politics
Supreme Court agrees to hear tariff challenge
Why the flood insurance program keeps running out of road
About Us · Contact · Careers · Privacy Policy · Terms of Service
© 2025 The Ledger Media Group. All rights reserved.
"""),
        "fmid": [
            (4, "Advertisement"),
            ("Appropriators in both", "Gift this article — you have 10 gift articles left this month"),
        ],
    },
    {
        "slug": "b14-en-crown-court-converters",
        "register": "regional court report",
        "lang": "en",
        "paras": P("""
Gang who sawed catalytic converters off 140 cars in five weeks are jailed

Three men from Bulwell targeted hybrid vehicles parked on driveways and in supermarket car parks across Nottinghamshire

By Hannah Crowther, Court Reporter

Three men who stole catalytic converters from more than 140 vehicles in a five-week spree have been jailed for a total of nine years.

Nottingham Crown Court heard that the gang, who used a battery-powered reciprocating saw and a trolley jack, could remove a converter from a Toyota Prius in under 90 seconds. Several victims were woken by the noise of the saw but by the time they reached the street the thieves had gone.

Connor Baines, 27, of Hucknall Road, Bulwell; Reece Maddox, 24, of Lindfield Road, Bulwell; and Lewis Tranter, 31, of no fixed address, all admitted conspiracy to steal between September 3 and October 9 last year.

Prosecuting, Anjali Suresh said the converters, which contain the precious metals platinum, palladium and rhodium, were sold to a scrap dealer in Derbyshire for between £80 and £300 each. Police estimate the cost to victims, including repairs and hire cars, at more than £210,000.

One victim, a district nurse from Arnold, said in a statement read to the court that she had been unable to reach patients for eleven days while her car waited for a replacement part.

“I felt sick every time I heard an engine outside,” she wrote.

The gang were caught after an officer recognised a distinctive silver Vauxhall Astra from doorbell camera footage. When police stopped the car on the A610, they found two saws, spare blades, a jack and nine converters still warm to the touch.

In mitigation

Defending Maddox, Oliver Grange said his client had fallen into debt with “people you do not say no to” and had since found work at a warehouse. Baines’s barrister said he had a young daughter and had written a letter of apology to the court.

Sentencing, Judge Patricia Hollis said the offending had been “planned, persistent and deeply disruptive to ordinary working people”.

Baines was jailed for three years and eight months, Maddox for two years and ten months and Tranter, who had previous convictions for similar offences, for two years and six months.

A proceeds of crime hearing will take place in the spring.

Detective Sergeant Imran Qureshi, of Nottinghamshire Police, urged drivers of hybrids to park close to walls or fences where possible and to ask a garage about fitting a converter lock.
"""),
        "head": [
            "Nottingham Post > News > Nottingham News",
            "Sponsored\nDrivers in Nottingham are switching car insurance and saving an average of £312. Compare quotes in two minutes.",
            "Court & Crime | 5 min read",
        ],
        "mid": [
            ("Nottingham Crown Court heard", "Advertisement"),
            ("One victim, a district nurse", "READ MORE: Teenager who stabbed man outside Bulwell takeaway is locked up\nREAD MORE: Drink-driver crashed into bus shelter on Mansfield Road"),
            ("Sentencing, Judge", "Get the latest court and crime stories sent straight to your inbox with our free Court & Crime newsletter — sign up here."),
        ],
        "tail": [
            "Comments are switched off on this article for legal reasons.",
            "Do you have a story for us? Email newsdesk@nottinghampost-news.co.uk or message us on WhatsApp on 07700 900418.",
            "Don’t miss out on the biggest stories from across Nottinghamshire. Join our WhatsApp community — we will send you breaking news and the day’s top headlines.",
        ],
        "mixed": [
            ("“I felt sick", "end", "Join our Nottinghamshire Court Updates group on Facebook for all the latest cases."),
            (3, "start", "Advertisement"),
            ("The gang were caught", "end", "Image: Nottinghamshire Police"),
            ("A proceeds of crime", "start", "READ NEXT: Man jailed after police chase through Sherwood ends in hedge"),
        ],
        "ltop": L("""
Accept all cookies | Manage preferences
We and our 184 partners use cookies to personalise content and ads.
Nottingham Post
Sign in | Register
News | Forest | County | What's On | Property | Jobs
Nottingham Post > News > Crime
"""),
        "lmid": [
            ("Prosecuting, Anjali Suresh", "Advertisement"),
            ("In mitigation", "Most Read: Big changes planned for Victoria Centre bus station"),
        ],
        "lbot": L("""
Like us on Facebook | Follow us on X
Top Stories
Mum's warning after toddler swallows button battery
Council confirms date for Market Square works
Contact us | Advertise with us | Corrections and clarifications | Cookie settings
© 2025 Local World Ltd, Reach plc
"""),
        "fbot_extra": ["Back to top"],
    },
    {
        "slug": "b14-en-cricket-seconds-promotion",
        "register": "local sports club report",
        "lang": "en",
        "paras": P("""
Seconds seal promotion on final day after Penrose century

Saturday 6 September · Harrowby CC 2nd XI v Elmstead & Oakleigh 2nd XI · Division Four

Match report by Gareth Pugh, Club Press Officer

What a way to finish the season. Needing a win to leapfrog Castlewick into second place, the Seconds bowled out Elmstead for 167 with four overs to spare and sealed promotion to Division Three for the first time since 2014.

Elmstead won the toss and, on a pitch that had sweated under the covers overnight, asked us to bat. It looked a smart call when we slipped to 31 for 3 inside the first ten overs, with Dev Kapoor trapped lbw by one that kept low and Sam Oduya caught at gully for a duck.

Enter Jack Penrose. Our 17-year-old opener had been dropped twice all season and decided the final day was the time to make amends, reaching his maiden century for the club from 118 balls with thirteen fours and two enormous sixes over the pavilion roof.

He found an ideal partner in skipper Tom Ashdown (46), and the pair added 127 for the fourth wicket before Ashdown was stumped attempting a third six of his own.

Harrowby II 214-7 (40 overs)

Elmstead & Oakleigh II 167 all out (36 overs)

Elmstead’s reply started briskly, but Ravi Mehta’s spell from the Church End changed the game. Three wickets in eleven balls, including their overseas player bowled through the gate, left the visitors on 74 for 5 and suddenly very quiet.

There was one last wobble, a 48-run stand for the eighth wicket that had a few nails being bitten on the balcony, before 14-year-old Ellie Marsh came back for a second spell and took the last two wickets with successive deliveries.

Man of the match: Jack Penrose, 103

Best bowling: Ravi Mehta, 4-29

“I didn’t really look at the scoreboard until I was on 90,” Jack said afterwards. “Then I looked and wished I hadn’t.”

A huge thank-you to everyone who came down to support, to the tea ladies who kept us going, and to our groundsman Phil, who had the square ready despite the downpour on Friday night.

The club’s end-of-season dinner is on Saturday 4 October at the Harrowby Arms. Presentations start at 8pm.
"""),
        "head": [
            "Harrowby Cricket Club · Est. 1887",
            "This match report is brought to you by Penrose & Daughters Roofing. Fascias, flat roofs and chimney repairs — call 01632 960412 for a free quote.",
            "Posted in 2nd XI, Match Reports | 3 Comments",
        ],
        "mid": [
            ("Enter Jack Penrose", "Support the club while you shop! Choose Harrowby CC on easyfundraising and hundreds of retailers will donate to us at no extra cost to you."),
            ("Elmstead & Oakleigh II 167", "Full scorecard on Play-Cricket →"),
            ("There was one last wobble", "Winter nets are back! Indoor sessions at Harrowby Leisure Centre every Tuesday from November. Juniors 6–7pm, seniors 7–9pm. Book your place via the club app."),
        ],
        "tail": [
            "Tags: 2nd XI, promotion, Division Four, Jack Penrose",
            "Share this:\nFacebook\nX\nWhatsApp",
            "3 thoughts on “Seconds seal promotion on final day after Penrose century”\nLeave a Reply\nYour email address will not be published. Required fields are marked *",
            "Proudly sponsored by Ashdown Motors, Harrowby — your local Kia dealer. 0% APR on selected models.",
        ],
        "mixed": [
            ("“I didn’t really", "end", "Follow us on Instagram @harrowbycc for highlights and the best of the season."),
            ("Elmstead won the toss", "start", "Full scorecard on Play-Cricket."),
            ("The club’s end-of-season", "end", "Not a member yet? Social membership is just £25 a year and includes 10% off at the bar."),
            ("A huge thank-you", "start", "Sponsored by Ashdown Motors."),
        ],
        "ltop": L("""
Harrowby Cricket Club
Home | Teams | Fixtures & Results | Juniors | Hire the Pavilion | Shop | Contact
Join the club
Home » Match Reports » 2nd XI
"""),
        "lmid": [
            ("He found an ideal partner", "Photo gallery: Finals day in pictures (24 photos)"),
            ("Best bowling", "Become a sponsor — boundary boards from £150 a season"),
        ],
        "lbot": L("""
← 1st XI fall short at Castlewick | Under-13s crowned county champions →
Recent Posts
Under-13s crowned county champions
AGM notice: Sunday 9 November
Harrowby Cricket Club is a registered Community Amateur Sports Club (CASC).
Proudly powered by WordPress | Theme: Pitchside by Wicket Web
"""),
    },
]
