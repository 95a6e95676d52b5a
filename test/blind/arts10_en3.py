from common import P, L

ARTICLES = [
    {
        "slug": "b10-en-council-budget",
        "lang": "en",
        "register": "city council budget",
        "paras": P("""
Harbourside council approves 4.99% tax rise and closure of two libraries

Councillors voted 31 to 22 after a four-hour meeting interrupted twice by protesters.

Harbourside City Council has approved a budget that raises council tax by the maximum 4.99 per cent and closes two branch libraries, despite a petition signed by more than 9,000 residents.

A Band D household will pay £2,187 a year from April, an increase of £104. The council says the rise, together with £14.6m of savings, closes a gap created by soaring costs in adult social care and temporary accommodation.

Where the money goes

Adult social care: £142m

Children's services: £98m

Housing and homelessness: £37m

Libraries in Portview and Eastmoor will close in September, with both buildings offered to community groups. Cabinet member for culture Cllr Aisha Begum said the remaining seven libraries would extend their opening hours and that the mobile library would visit both areas weekly.

"Nobody came into politics to shut a library," she told the chamber. "But we are legally required to balance the books."

Opposition leader Cllr Graham Fowler said the administration had "wasted" £3.2m on a digital services app that fewer than 4,000 residents had downloaded. "People can't renew a library book in Eastmoor, but they can report a pothole on their phone," he said.

Parking charges in the city centre will rise by 20p an hour, and the garden waste subscription will go up from £52 to £58 a year.

Members of the Save Our Libraries campaign, who held placards in the public gallery, said they would seek a judicial review.
"""),
        "head": [
            "Local Democracy | Politics",
            "This story was produced by the Local Democracy Reporting Service, which is funded by the BBC and used by news organisations across the UK.",
        ],
        "mid": [
            ("A Band D household", "Read next: Harbourside's bin collections to move to three-weekly from June"),
            ("Libraries in Portview and Eastmoor", "Tell us what you think. Should councils be able to raise tax above 5%? Take our 30-second survey."),
            ("Opposition leader Cllr Graham Fowler", "Local news matters. Help the Harbourside Echo keep reporting on your council – subscribe for £1 for the first three months."),
        ],
        "tail": [
            "Sign up to Town Hall Tuesday, our weekly newsletter about decisions that affect your street.",
            "Got a story? Contact our newsroom in confidence at news@harbourside-echo.co.uk.",
            "Harbourside Echo is regulated by IPSO. If you have a complaint about our coverage, please read our complaints procedure.",
            "© Harbourside Echo 2026. All rights reserved.",
        ],
        "mixed": [
            ("Harbourside City Council has approved", "start", "Watch the full council meeting on our YouTube channel."),
            ("Members of the Save Our Libraries campaign", "end", "Have you been affected by the library closures? Get in touch by emailing yourstories@harbourside-echo.co.uk."),
            ("Parking charges in the city centre", "start", "Sponsored: Park smarter with the ParkPass app – 10% off your first month."),
            ("\"Nobody came into politics", "end", "Follow our live blog for updates."),
        ],
        "ltop": L("""
Harbourside Echo
News
Sport
Business
Politics
Property
E-edition
COUNCIL NEWS
By Nathan Adeyemi
Local Democracy Reporter
06:00, 27 FEB 2026
Portview Library will close in September (Image: Google Street View)
"""),
        "lmid": [
            ("A Band D household", "How the council spends £100 of your money: interactive graphic"),
            ("Libraries in Portview and Eastmoor", "Video Loading"),
            ("Libraries in Portview and Eastmoor", "Video Unavailable"),
            ("Opposition leader Cllr Graham Fowler", "Advertisement"),
        ],
        "lbot": L("""
Comments
Show 34 comments
Most Read
Most Recent
Harbourside ferry to be suspended for four weeks
Man charged after Portview supermarket robbery
Bestselling
Contact Us
Work For Us
Corrections & Clarifications
Cookie Policy
Accessibility
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-election-liveblog",
        "lang": "en",
        "register": "election results live blog",
        "paras": P("""
Northshire mayoral election results live: Labour's Ruth Kellaway wins on second count

Kellaway beats Reform's Danny Proud by 6,412 votes after second preferences are counted. Turnout: 31.8%.

Kellaway wins with 52.9% after second preferences

16:42

Ruth Kellaway has been declared mayor of Northshire. In her victory speech she thanked "every volunteer who knocked on a door in the rain" and promised to bring bus services back under public control within two years.

16:20

Second-round result: Kellaway (Labour) 118,204, Proud (Reform UK) 111,792.

15:58

Our political editor, Sam Okoro, says the result is "far closer than Labour expected". Reform strategists privately believed they had won after the first count, he says, but the transfer of Green and Liberal Democrat second preferences decided it.

15:31

Danny Proud has told reporters at the count that he will not be challenging the result. "We have shown that Northshire is up for grabs," he said.

14:47

Turnout was 31.8 per cent, down from 34.2 per cent in 2022. Electoral services said postal vote applications had risen but that polling station turnout was the lowest since the mayoralty was created.
"""),
        "head": [
            "LIVE · Updated 2 minutes ago",
            "Get instant alerts on every result: turn on notifications in the Northshire Post app.",
        ],
        "mid": [
            ("Ruth Kellaway has been declared", "Pinned: Full results map – see how your ward voted"),
            ("Our political editor, Sam Okoro,", "Listen: Our election special podcast, Counting House, with Sam Okoro and guests. Available on Apple Podcasts and Spotify."),
            ("Danny Proud has told reporters", "Sponsored: Northshire Building Society – a mutual for the whole county since 1889."),
        ],
        "tail": [
            "This live blog has now ended. Thank you for following along.",
            "Our election coverage is free to everyone. If you value independent local journalism, please consider supporting the Northshire Post with a one-off contribution.",
            "Follow @NorthshirePost on Bluesky and Threads for analysis throughout the week.",
        ],
        "mixed": [
            ("Danny Proud has told reporters", "end", "Watch his full statement in the video above."),
            ("Second-round result:", "start", "BREAKING"),
            ("Turnout was 31.8 per cent", "end", "Refresh this page for the latest updates."),
            ("Kellaway beats Reform's Danny Proud", "start", "Welcome to our live coverage."),
        ],
        "ltop": L("""
Northshire Post
Live
Elections 2026
Results
Politics
Opinion
Sign up
Log in
Politics live
Edited by Clare Mensah with Sam Okoro and Dev Patel
"""),
        "lmid": [
            ("Ruth Kellaway has been declared", "Show key events only"),
            ("Ruth Kellaway has been declared", "Please turn on JavaScript to use this feature"),
            ("Our political editor, Sam Okoro,", "Share this post"),
            ("Turnout was 31.8 per cent", "Load more updates"),
        ],
        "lbot": L("""
Most viewed
Back to top
About us
Terms of service
Privacy policy
Do not sell my data
Cookie settings
Contact the newsroom
© Northshire Post Ltd 2026
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-obituary-baker",
        "lang": "en",
        "register": "obituary",
        "paras": P("""
Margaret "Peggy" Lowther, baker who fed a town for half a century, dies aged 91

Her shop on Bridge Street opened at 5am every day for 52 years. She baked her last loaf at 86.

Peggy Lowther, who has died aged 91, ran Lowther's Bakery in Hexworth from 1961 until 2013, and for many in the town her bread was simply what bread tasted like.

Born Margaret Ann Dixon in Alnwick in 1934, she was the third of five children of a railway signalman and a school cook. She left school at 15 to work in a Newcastle department store bakery, where she met her husband, Eric Lowther, who was delivering flour.

The couple borrowed £400 from Eric's uncle to take over a failing bakery in Hexworth. "We didn't know whether we'd last a year," she told this newspaper on the shop's 50th anniversary. "We lasted fifty-two."

She never advertised. Customers found the shop by smell, she liked to say, and the queue on Saturday mornings often stretched to the war memorial.

A life in bread

Her stottie cakes won a regional prize in 1978, and she was invited to bake for the Queen's visit to Hexworth in 1986. She refused to change her recipes when supermarkets arrived in the 1990s, and kept prices low for pensioners by selling the previous day's bread at half price.

After Eric's death in 2009 she continued alone, with help from her granddaughter, until arthritis made it impossible.

"She was at the ovens at four every morning," said her granddaughter, Jess. "She'd say the bread doesn't care if you're tired."

She is survived by her children, Alan and Christine, six grandchildren and nine great-grandchildren.

A funeral will be held at St Cuthbert's Church, Hexworth, on Friday 20 March at 11am. Donations in her memory may be made to the Hexworth Food Bank.
"""),
        "head": [
            "Obituaries · Notices",
            "Place a notice: announce a death, birth or anniversary online from £35. Our team is available 9am–5pm, Monday to Friday.",
        ],
        "mid": [
            ("Born Margaret Ann Dixon", "From our archive: Lowther's Bakery celebrates 50 years – read the 2011 interview"),
            ("Her stottie cakes won", "Leave a tribute in our online condolence book. Light a candle or share a memory."),
            ("After Eric's death in 2009", "Funeral directors near you: Hexworth Family Funeral Service · Proudly independent · Call 01434 555 210"),
        ],
        "tail": [
            "Do you have memories of Lowther's Bakery? Share your photos with us by emailing memories@tynevalleyherald.co.uk.",
            "Sign up for our daily Tyne Valley briefing and never miss local news.",
            "Recommended: Hexworth's last ironmonger closes after 120 years · Tributes to former mayor Ken Bell",
        ],
        "mixed": [
            ("Peggy Lowther, who has died", "start", "Obituary"),
            ("She is survived by", "end", "Family notices are published in print every Thursday."),
            ("She never advertised.", "start", "Most popular today."),
            ("The couple borrowed £400", "end", "Archive photographs are available to buy from our photo sales service."),
        ],
        "ltop": L("""
Tyne Valley Herald
News
Sport
Announcements
Jobs
Motors
Obituaries
By Graham Leech
Thursday 12 March 2026, 5:00 pm
Peggy Lowther outside her shop in 2011. Picture: Tyne Valley Herald archive
"""),
        "lmid": [
            ("Born Margaret Ann Dixon", "Read more"),
            ("Her stottie cakes won", "Condolences (47)"),
            ("After Eric's death in 2009", "Related announcements"),
        ],
        "lbot": L("""
Share this article
Copy link
Post to Facebook
Read more from Obituaries
Part of the Northumbria Media Group
Help & FAQs
Privacy Policy
Cookie Policy
Accessibility statement
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-student-app",
        "lang": "en",
        "register": "student newspaper",
        "paras": P("""
Students' union scraps £4.99 app subscription after backlash

More than 2,000 students signed an open letter calling the fee for the UniLife app "a paywall on our own union".

The students' union at the University of Wendham has dropped plans to charge students a monthly subscription to use its new app, two weeks after the fee was announced.

The UniLife app, launched in January, lets students book society events, buy club night tickets and check gym timetables. The union had planned to keep basic features free but charge £4.99 a month for "Premium", which included priority booking, discounts at campus bars and an ad-free feed.

An open letter organised by second-year law student Ifeoma Nwankwo gathered 2,146 signatures in five days. "Students are already paying £9,535 a year in fees. We shouldn't have to subscribe to access our own union," she told The Wendham Spark.

Advertising deals

Documents seen by the Spark show the app was developed by an external company, Campusly, which keeps 30 per cent of subscription revenue and sells in-app advertising to local businesses. Students had complained that the free version showed a full-screen advert for a payday lender when the app was opened.

Union president Tom Greaves said the sponsorship deal with the lender had been cancelled "the moment we were made aware of it".

"We got this wrong," he said in a statement on Thursday. "The app will be free for every student, and we will consult before we introduce any charges in future."

What happens now

Students who already paid for Premium will be refunded automatically within ten working days.

The union says it will cover the shortfall from its commercial reserves. A motion calling for an independent review of the Campusly contract will be debated at the student council on 18 March.
"""),
        "head": [
            "NEWS · CAMPUS",
            "The Wendham Spark is editorially independent and run entirely by student volunteers. Want to write for us? Come to our open meeting on Mondays at 6pm in the Media Hub.",
        ],
        "mid": [
            ("An open letter organised", "READ: Wendham rent strike enters third week"),
            ("Union president Tom Greaves", "Like what you're reading? Pick up a print copy of the Spark on campus every other Wednesday."),
            ("\"We got this wrong,\"", "Listen to Spark Sessions, our student radio podcast, on Spotify."),
        ],
        "tail": [
            "Follow The Wendham Spark on Instagram and TikTok @wendhamspark.",
            "Got a tip? Email news@wendhamspark.co.uk. We protect our sources.",
            "The Wendham Spark is published by Wendham Students' Union Media. Views expressed are those of the authors.",
        ],
        "mixed": [
            ("The students' union at the University", "start", "EXCLUSIVE"),
            ("The union says it will cover", "end", "Join our mailing list for breaking campus news."),
            ("Documents seen by the Spark", "end", "Advertise with the Spark – student rates available."),
            ("Students who already paid", "start", "Updated 14 March with the union's statement."),
        ],
        "ltop": L("""
THE WENDHAM SPARK · Est. 1968
News
Comment
Culture
Sport
Science
Puzzles
Write for us
Ellie Marsh, News Editor
14 March 2026
3 minute read
Students outside the union building on Thursday. Photo: Kofi Adjei
"""),
        "lmid": [
            ("An open letter organised", "Tags: Students' Union, UniLife"),
            ("\"We got this wrong,\"", "Related posts"),
        ],
        "lbot": L("""
Leave a Reply
Your email address will not be published. Required fields are marked *
Post Comment
Search for:
Recent Posts
Archives
Proudly powered by WordPress
"""),
        "trap": True,
        "trap_promo": ("head", "NEWS · CAMPUS"),
    },
]
