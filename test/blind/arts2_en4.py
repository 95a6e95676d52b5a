from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- 25 (trap: university fundraising campaign)
ARTICLES.append(dict(
    slug="alumni-giving-campaign", lang="en", register="university", trap=True,
    paras=P("""
University sets £150m fundraising target to cut student hardship

The University of Northmoor has launched the largest fundraising campaign in its history, aiming to raise £150 million from alumni, businesses and charitable trusts by 2030.

About half of the money will go into scholarships and a hardship fund for students whose families earn less than £25,000 a year. The rest will pay for a new library and a research centre for coastal communities.

The vice-chancellor, Professor Ruth Adeyemi, said the cost of living had changed what it meant to be a student. “One in three of our undergraduates now works more than 15 hours a week during term,” she said. “A gift of £30 a month, from someone who was sitting in those lecture theatres 20 years ago, can mean a student doesn’t have to.”

The campaign has already received £61m in pledges, including £12m from the family of the late shipping businessman Harold Treve, a graduate of the 1960s.

Alumni will be invited to donate through a telephone campaign run by current students, who are paid for their time, and through a series of events in London, Hong Kong and New York.

Critics say universities are increasingly relying on philanthropy to fill gaps left by frozen tuition fees. “Donations are welcome, but they are not a funding model,” said Mark Ellison of the University and College Union branch at Northmoor.

A university spokesperson said every pound raised would be “in addition to, not instead of” its existing spending on student support.
"""),
    head=["News and events", "News", "Campaign launch: Professor Ruth Adeyemi with students at the Quayside campus. Photo: Northmoor Media Services",
          "Posted on 27 February 2025 in University news"],
    mid=[("About half of the money", "Make a gift today\nYour gift could support a student like Amira. Give online"),
         ("The campaign has already received", "Related content\nNorthmoor ranked top 10 for student satisfaction\nCoastal research centre appoints first director"),
         ("Alumni will be invited", "Upcoming events\nAlumni drinks, London — 14 March\nHong Kong reception — 2 April\nView all events")],
    tail=["Press contact: Northmoor communications team, news@northmoor.ac.uk",
          "Stay connected: update your alumni details and receive the Northmoor Alumni magazine twice a year.",
          "Follow Northmoor\nFacebook Instagram LinkedIn YouTube",
          "University of Northmoor is a registered charity, number X00112. © 2025"],
    mixed=[("The University of Northmoor has launched", "start", "Press release"),
           ("The vice-chancellor, Professor", "end", "Find out how to support Northmoor students"),
           ("A university spokesperson said", "end", "Last updated: 27 February 2025")],
    ltop=L("""
Northmoor University
Study Research Alumni & supporters About us
Alumni & supporters
Make a gift
Home
News
"""),
    lmid=[(0, "27 February 2025"),
          ("The vice-chancellor, Professor", "Give now"),
          ("Critics say universities", "Image: Northmoor Media Services")],
    lbot=L("""
Share this page
Related content
Northmoor ranked top 10 for student satisfaction
Give to Northmoor
Contact Accessibility Privacy Freedom of information
© 2025 Northmoor University
"""),
))

# ---------------------------------------------------------------- 26 (trap: food blogger on adverts and jump-to-recipe)
ARTICLES.append(dict(
    slug="why-this-blog-has-ads", lang="en", register="personal-blog", trap=True,
    trap_promo=("So here is what I am changing", "This post may contain affiliate links, which means I may receive a small commission at no extra cost to you."),
    paras=P("""
Why this blog has ads (and what I’m doing about the pop-ups)

I get at least one email a week that says some version of: “Your recipes are lovely but your website is unusable.” And honestly? Fair.

When I started this blog in 2016 it was a hobby. I paid £8 a month for hosting and I didn’t think about it. Now it has about 400,000 visitors a month, and the hosting alone costs £140. Add the photography, the ingredients I test each recipe with (usually three times), and my time, and it stops being a hobby.

Ads pay for all of that. I signed up with an ad network in 2019, and it now brings in enough that I work on this blog four days a week. I don’t sell anything else: no e-book, no course, no paid membership.

But I know what the ads are like. The sticky banner at the bottom of the screen. The video that starts playing halfway down. The pop-up asking you to subscribe before you’ve read a word.

So here is what I am changing:

No more pop-ups. The newsletter sign-up box will stay at the end of each post and nowhere else.

No more autoplaying videos.

The “Jump to recipe” button stays at the top of every post, because not everybody wants to read about my nan’s kitchen before they make her scones, and that’s fine.

There will be fewer ads per page. I’ve asked my network to cut the number by about a third, and I’m expecting to earn roughly 20 per cent less as a result.

If you want to support the blog without seeing ads at all, the best thing you can do is simply keep cooking from it and tell a friend. That really is all.

Thanks for sticking with me. Scones recipe on Thursday, I promise.
"""),
    head=["Crumbs & Co.", "Home » Blog news",
          "by Ellie Hartigan · March 2, 2025 · 213 comments"],
    mid=[("Ads pay for all of that", "REPORT THIS AD"),
         ("No more autoplaying videos.", "Hi, I’m Ellie! I’m a home baker from Devon sharing tried-and-tested recipes since 2016. Read more about me →"),
         ("There will be fewer ads", "Popular this week\nNan’s cheese scones\nThe best ever banana bread\nEasy Victoria sponge")],
    tail=["Never miss a new recipe! Sign up and I’ll send you my free ebook of 10 easy bakes.\nFirst name\nEmail\nYes please!",
          "Filed Under: Blog news, Behind the scenes",
          "213 Comments\nSandra says: March 2, 2025 at 9:14 am\nThank you Ellie! I’ll keep reading ads or no ads.\nReply",
          "As an Amazon Associate I earn from qualifying purchases. © 2025 Crumbs & Co. · Privacy Policy · Accessibility"],
    mixed=[("I get at least one email", "start", "Jump to Comments"),
           ("But I know what the ads", "end", "ADVERTISEMENT"),
           ("Thanks for sticking with me", "end", "Pin this post!")],
    ltop=L("""
Crumbs & Co.
Recipes
Baking Basics
Bread
Cakes
About
Shop my kitchen
Home » Blog news
"""),
    lmid=[(0, "March 2, 2025"), ("When I started this blog", "Advertisements"),
          ("So here is what I am changing", "Advertisement"),
          ("If you want to support", "You might also like:")],
    lbot=L("""
Filed Under: Blog news
Reader Interactions
213 Comments
Leave a Reply
Sign up for the newsletter
Join 90,000 readers
© 2025 Crumbs & Co.
"""),
))

# ---------------------------------------------------------------- 27 (trap: supermarket app and loyalty scheme)
ARTICLES.append(dict(
    slug="grocer-loyalty-app", lang="en", register="business", trap=True,
    paras=P("""
Pennywise to scrap plastic loyalty cards and move rewards into its app

The supermarket chain Pennywise will stop issuing plastic loyalty cards from September and move its Pennywise Plus scheme entirely into its smartphone app, the company said on Wednesday.

Customers who already have a card will be able to keep using it until the end of next year. New members will have to download the app and register with an email address and phone number.

Pennywise said 71 per cent of the scheme’s 9.2 million members already used the app, and that moving the rest would save about £3m a year on printing and postage. Members who use the app will receive personalised offers, including price cuts on products they buy regularly.

Age UK and other charities warned that the change could shut out older shoppers and people without smartphones from the lowest prices, since “member prices” on thousands of products are only available to loyalty scheme members.

“If you don’t have a smartphone, you’ll pay more for your milk,” said Caroline Abbott, a policy manager at a consumer charity. “That is the reality of this decision.”

Pennywise said customers without a smartphone would be able to ask at the till for a paper voucher with a barcode printed on it, which could be scanned to give them member prices.

The Competition and Markets Authority said last year that loyalty prices generally offered real savings but that it would keep the market under review.

Shares in Pennywise’s parent company rose 2.1 per cent.
"""),
    head=["Business", "Retail", "A Pennywise store in Croydon. Photograph: Alamy",
          "Mark Tulloch · Wednesday 9 July 2025 · 3 min read"],
    mid=[("Customers who already have a card", "Business Briefing: the morning’s business news, in your inbox by 7am. Sign up"),
         ("Age UK and other charities", "Advertisement\nContinue reading the main story"),
         ("Pennywise said customers without", "More on this story\nLoyalty prices: are they really cheaper?\nWhy supermarkets want your data")],
    tail=["Markets data delayed by at least 15 minutes.",
          "Get the Business Briefing app — free on iOS and Android",
          "Share this page\nEmail Facebook Messenger X LinkedIn",
          "The Chronicle is not responsible for the content of external sites. Read about our approach to external linking."],
    mixed=[("The supermarket chain Pennywise", "end", "Retail"),
           ("Pennywise said 71 per cent", "start", "Advertisement"),
           ("Shares in Pennywise’s parent", "end", "PWG 412.60p +2.1%")],
    ltop=L("""
The Chronicle
Home News Business Sport Weather iPlayer-style Sounds
Business
Markets data
Retail
Technology of Business
"""),
    lmid=[(0, "9 July 2025"), (0, "Share this article"),
          ("Pennywise said 71 per cent", "Advertisement"),
          ("The Competition and Markets", "Related Topics")],
    lbot=L("""
Supermarkets
Retail industry
More on this story
Loyalty prices: are they really cheaper?
Terms of Use About the Chronicle Privacy Policy Cookies Accessibility Help
Copyright 2025 The Chronicle. All rights reserved.
"""),
))

# ---------------------------------------------------------------- 28 (trap: live blog of a product launch)
ARTICLES.append(dict(
    slug="orbit-launch-event-live", lang="en", register="live-blog", trap=True,
    paras=P("""
Orbit launch event: new phone, a subscription bundle and an app store shake-up – as it happened

7.42pm: That’s it from the event. In summary: the Orbit 9 phone goes on sale on 26 September from £799, Orbit One bundles five subscriptions into a single monthly payment from £18.95, and developers will be allowed to link to their own websites for in-app purchases in the UK. Thanks for following along.

7.30pm: Prices for the Orbit 9 start at £799, the same as last year. Pre-orders open on Friday.

7.18pm: Here is the detail on the app store change. Developers in the UK will now be allowed to put a button inside their apps that sends users to their own website to subscribe or buy things, rather than having to use Orbit’s own payment system and pay a 30 per cent commission.

Analysts had expected this since the regulator’s ruling in March. Orbit hasn’t said whether it will charge a smaller fee on those purchases.

7.04pm: Orbit One is the new subscription bundle. For £18.95 a month you get music, TV, cloud storage, news and fitness, which Orbit says would cost £41 if bought separately. A family plan costs £24.95.

“It’s a good deal if you use all five, and a bad one if you only use two,” says our consumer editor, Sally Ng, watching from London.

6.41pm: Tim Okafor is on stage with the new phone. The big changes are a brighter screen, a larger battery and a camera that can zoom 10x without losing detail.

6.30pm: The event has started, with the usual video of people being happy in various beautiful locations.

6.05pm: Good evening and welcome to our live coverage of Orbit’s autumn launch event in San Jose. We’re expecting a new phone and possibly news on its app store.
"""),
    head=["Live", "Key moments\n7.18pm App store change for UK developers\n7.04pm Orbit One bundle announced\n6.41pm Orbit 9 revealed",
          "Tech team\nTue 9 Sep 2025 19.42 BST",
          "Live feed\nAuto-update: On"],
    mid=[("7.30pm: Prices for the Orbit 9", "Advertisement"),
         ("Analysts had expected this", "Pre-order the Orbit 9 now: £799 at PhoneDirect · £31/month at Mobilo (24 months, 100GB)"),
         ("6.41pm: Tim Okafor is on stage", "Updated 6.44pm BST")],
    tail=["Show earlier posts",
          "Deals: the best Orbit 9 pre-order offers – updated daily",
          "Topics\nTechnology\nSmartphones\nApps",
          "Terms & conditions apply to all offers listed on this page. Prices may change."],
    mixed=[("7.42pm: That’s it", "end", "Share this post"),
           ("7.04pm: Orbit One is the new", "start", "Key event"),
           ("6.05pm: Good evening and welcome", "end", "Updated at 6.06pm BST")],
    ltop=L("""
Tech
Live
Auto-update: On
Key moments
"""),
    lmid=[("7.42pm: That’s it", "Updated at 7.45pm BST"),
          ("7.30pm: Prices for the Orbit 9", "£799 at PhoneDirect"),
          ("7.18pm: Here is the detail", "Advertisement"),
          ("6.30pm: The event has started", "Key event")],
    lbot=L("""
Load earlier posts
Deals
Best Orbit 9 pre-order offers
Topics
Smartphones
About us Contact Privacy Cookie settings
"""),
))

# ---------------------------------------------------------------- 29 (trap: travel, rail pass and booking deals)
ARTICLES.append(dict(
    slug="interrail-on-a-budget", lang="en", register="travel", trap=True,
    paras=P("""
Europe by train for under £500: how to make an Interrail pass pay for itself

An Interrail pass is not automatically the cheapest way to travel around Europe by train. Whether it saves you money depends on where you go, how fast you travel and how many reservations you need. Here is how to work it out.

What you get

A Global Pass giving seven days of travel within one month costs £289 for adults and £217 for travellers aged 12 to 27. There are often offers of 15 to 25 per cent off in spring and autumn, so it pays to wait if you can.

Where it works best

Germany, Austria, Switzerland and the Netherlands, where most trains need no reservation, and where single tickets bought on the day are expensive.

Long journeys in Scandinavia.

Trips where you want to decide your route as you go.

Where it doesn’t

In Spain, France and Italy many fast trains need a reservation, which can cost €10 to €35 each and sells out on busy routes. On some French TGVs, only a small number of seats are set aside for pass holders.

Tip: book reservations as early as possible, and check whether a slower regional train covers the same route without one.

A sample itinerary

We tested a seven-day pass on a two-week loop from Amsterdam to Berlin, Prague, Vienna, Munich and Zurich and back. Bought individually and a month ahead, the same tickets would have cost £412. The pass plus reservations cost £301.

The verdict: if you are under 28 and staying north of the Alps, it is almost always worth it.
"""),
    head=["Travel › Europe › Rail journeys", "The Bernina Express near Brusio, Switzerland. Photograph: Getty Images",
          "Written by Joe Lindqvist · Last updated 4 April 2025",
          "We may earn a commission if you book through links in this article. This never affects what we recommend."],
    mid=[("A Global Pass giving seven days", "Book your Interrail pass now — save 20% until 30 April\nSee offers"),
         ("Trips where you want to decide", "Advertisement"),
         ("Tip: book reservations", "Compare train times and fares across Europe\nFrom\nTo\nDate\nSearch")],
    tail=["Hotels in Vienna from £64 a night\nCheck availability on Bookly.com",
          "Sign up to our Travel newsletter for inspiration, offers and expert tips. Sign up",
          "Related guides\nThe best sleeper trains in Europe\nHow to get to Italy by train from London\n10 scenic rail journeys under £50",
          "Photograph credits: Getty Images; Joe Lindqvist"],
    mixed=[("An Interrail pass is not", "start", "Travel › Europe"),
           ("In Spain, France and Italy", "end", "(Photo: Alamy)"),
           ("The verdict: if you are under 28", "end", "Find deals on rail passes here.")],
    ltop=L("""
Wanderline
Destinations Deals Inspiration Guides
Rail journeys
Joe Lindqvist
4 April 2025
Affiliate disclosure
"""),
    lmid=[(0, "Photograph: Getty Images"),
          ("What you get", "Save 20% on Interrail passes"),
          ("Where it doesn’t", "Advertisement"),
          ("We tested a seven-day pass", "Book now")],
    lbot=L("""
Hotels in Vienna from £64
Check availability
Related guides
The best sleeper trains in Europe
Newsletter
About Advertise Terms Privacy
© 2025 Wanderline Travel Media
"""),
))

# ---------------------------------------------------------------- 30 (trap: Q&A on blocking cookie banners)
ARTICLES.append(dict(
    slug="block-cookie-banners-qa", lang="en", register="forum", trap=True,
    paras=P("""
How can I stop cookie consent banners appearing on every website without accepting all cookies?

Every site I visit shows a cookie banner, and I always click “Reject all” or “Manage preferences” and turn everything off. It takes ages. Is there a browser setting or extension that will reject non-essential cookies automatically? I use Firefox on Windows 11. I’d rather not use a tool that just clicks “Accept all” to make the banner go away.

Firefox has this built in now. Go to Settings → Privacy & Security and, under Cookie Banner Reduction, tick “Reduce cookie banners”. Firefox will try to reject the banner for you on sites where that option exists, and hide it on sites where it doesn’t.

It doesn’t work on every site, because banners are built by dozens of different consent platforms. For the rest, the extension Consent-O-Matic (made by researchers at Aarhus University) handles most of the big platforms and always chooses the most private option.

Be careful with the popular “I don’t care about cookies” type extensions. Some of them simply accept cookies to make the banner disappear, which is the opposite of what you want. Read the description before you install.

Comment: Also worth blocking third-party cookies entirely (Enhanced Tracking Protection → Strict). Some sites break, but most don’t.

Comment: Consent-O-Matic worked on 9 of the 10 sites I tried. The tenth was a news site that won’t let you read without subscribing if you reject.
"""),
    head=["Super User", "Questions Tags Users Unanswered",
          "Asked 1 year, 2 months ago · Modified 3 months ago · Viewed 48k times"],
    mid=[("Every site I visit shows", "firefox privacy cookies browser-extensions\nShare Improve this question Follow\nedited Mar 3 at 9:12\nasked Jan 14, 2024 at 18:40\nmarnie.t"),
         ("It doesn’t work on every site", "Share Improve this answer Follow\nanswered Jan 14, 2024 at 19:02\nquietkernel\n23.4k"),
         ("Be careful with the popular", "Add a comment")],
    tail=["You must log in to answer this question.",
          "Not the answer you're looking for? Browse other questions tagged firefox privacy cookies or ask your own question.",
          "Linked\nHow to delete cookies on exit for all but a few sites?\nRelated\nWhy does a website set 200 cookies?",
          "Hot Network Questions\nWhy do old maps show California as an island?\nIs it rude to decline a second cup of tea in Japan?",
          "Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.3.4.23101"],
    mixed=[("Firefox has this built in now", "start", "142"),
           ("Comment: Also worth blocking", "end", "– dmitri_v Jan 15, 2024 at 8:21"),
           ("Comment: Consent-O-Matic worked", "end", "– marnie.t Jan 16, 2024 at 11:05")],
    ltop=L("""
Super User
Home Questions Tags Users Companies
Ask Question
Asked 1 year, 2 months ago
Viewed 48k times
"""),
    lmid=[(0, "firefox privacy cookies browser-extensions"),
          ("Every site I visit shows", "Share Improve this question Follow"),
          ("It doesn’t work on every site", "answered Jan 14, 2024 at 19:02"),
          ("Be careful with the popular", "Add a comment | Highest score (default)")],
    lbot=L("""
Highly active question. Earn 10 reputation in order to answer this question.
Linked
Related
Hot Network Questions
Question feed
Your privacy
By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.
Accept all cookies Necessary cookies only Customize settings
"""),
))

# ---------------------------------------------------------------- 31 (sports: cricket report)
ARTICLES.append(dict(
    slug="county-cricket-day-three", lang="en", register="sports",
    paras=P("""
Hollins hits unbeaten 167 as Wessex set Kent 391 to win

Wessex 312 & 318-6 dec (Hollins 167*, Barrett 58); Kent 240 & 52-1

Rhys Hollins made the highest score of his career to put Wessex in control of their County Championship match against Kent at Canterbury.

The 24-year-old left-hander came to the crease at 41 for 3 on a grey morning with the ball still swinging, and was still there at the declaration more than six hours later, having hit 21 fours and two sixes.

“I just tried to survive the first hour,” Hollins said. “After lunch the sun came out and it got a lot easier.”

He shared a stand of 151 for the fifth wicket with wicketkeeper Dan Barrett, who made 58 before he was bowled trying to reverse sweep the off-spinner Tom Grieve.

Kent need a further 339 on the final day with nine wickets in hand. Their opener Jack Leaning was caught at slip off the last ball of the day.

Wessex head coach Mark Rooke said the pitch was “still very good” and expected a hard day. “If they bat well they can get these,” he said. “We’ll need to bowl well for 96 overs.”
"""),
    head=["Cricket", "County Championship Division One", "Rhys Hollins celebrates his century. Photo: Getty Images"],
    mid=[("Rhys Hollins made the highest", "Scorecard | Ball-by-ball | Table"),
         ("“I just tried to survive", "Advertisement"),
         ("He shared a stand of 151", "LISTEN: Our cricket podcast, The Nightwatchman, is out every Tuesday. Subscribe on all platforms.")],
    tail=["County Championship Division One table\n1 Surrey P6 W4 Pts 112\n2 Wessex P6 W3 Pts 98\n3 Kent P6 W2 Pts 84",
          "Get the latest cricket news, live scores and analysis — download the Sports Desk app.",
          "More Cricket\nEngland name uncapped seamer in Test squad\nCounty cricket: day three round-up",
          "© Sports Desk 2025. We are not responsible for the content of external sites."],
    mixed=[("Wessex 312 & 318-6 dec", "start", "Match report"),
           ("The 24-year-old left-hander", "end", "Watch highlights"),
           ("Wessex head coach Mark Rooke", "end", "Follow live scores from every county match with our live blog.")],
    ltop=L("""
Sports Desk
Football Cricket Rugby Tennis Golf
Cricket
Scores & Fixtures
County Championship 2025
"""),
    lmid=[(1, "Scorecard"), (1, "Ball-by-ball"),
          ("The 24-year-old left-hander", "Advertisement"),
          ("Kent need a further 339", "Live scores")],
    lbot=L("""
More Cricket
England name uncapped seamer in Test squad
Download the Sports Desk app
Terms of use Privacy Cookies
© Sports Desk 2025
"""),
))

# ---------------------------------------------------------------- 32 (science: bumblebee study)
ARTICLES.append(dict(
    slug="bumblebee-heat-study", lang="en", register="science-tech",
    paras=P("""
Heatwaves make bumblebees forget which flowers are worth visiting, study suggests

Bumblebees exposed to temperatures above 30C become worse at learning which flowers give the most nectar, according to research that may help explain why the insects struggle in hot summers.

A team at Royal Holloway, University of London, trained 96 buff-tailed bumblebees to find sugar water in artificial flowers of different colours. Some bees were kept at 24C and others were given three hours at 32C before they were tested.

The heat-exposed bees took almost twice as many visits to learn which colour was rewarding, and were more likely to forget by the next day.

“A bee that wastes its morning on the wrong flowers brings back less food to the nest,” said Dr Ines Coelho, who led the study. “Over a summer, that adds up.”

Bumblebees are adapted to cool climates. They can fly at temperatures close to freezing, but struggle when it is hot, and several species have retreated north in Europe over the past 50 years.

The researchers said gardeners could help by planting shrubs that provide shade and flowers that bloom in the cooler early part of the day.

The study is published in the journal Proceedings of the Royal Society B.

This article was amended on 4 June 2025: the number of bees in the study was 96, not 69 as an earlier version said.
"""),
    head=["Environment › Wildlife", "A buff-tailed bumblebee. Photograph: Ines Coelho/Royal Holloway",
          "By Owen Stacey, Science Editor · 3 June 2025"],
    mid=[("A team at Royal Holloway", "ADVERTISEMENT"),
         ("“A bee that wastes its morning", "Sign up for Down to Earth, our free weekly environment newsletter"),
         ("Bumblebees are adapted to cool", "Read more\nWhy are there fewer hedgehogs in cities?\nPlant these 10 flowers for pollinators")],
    tail=["Our environment coverage is supported by the Green Futures Fund. Content is editorially independent.",
          "Share: Facebook · X · LinkedIn · WhatsApp · Email",
          "Reuse this content · Report an error"],
    mixed=[("Bumblebees exposed to temperatures", "start", "Wildlife"),
           ("The heat-exposed bees took", "end", "(Graphic: Royal Holloway)"),
           ("The study is published in", "end", "Sign up for Down to Earth →")],
    ltop=L("""
Home
Environment
Climate crisis
Wildlife
Energy
Pollution
Owen Stacey
"""),
    lmid=[(0, "3 June 2025"), ("A team at Royal Holloway", "Photograph: Ines Coelho/Royal Holloway"),
          ("Bumblebees are adapted to cool", "Advertisement")],
    lbot=L("""
Explore more on these topics
Bees
Insects
Most viewed
Reuse this content
"""),
))
