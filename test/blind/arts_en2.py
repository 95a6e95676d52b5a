from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
    slug="harold-whitcomb-obituary", lang="en", register="obituary",
    fbot_extra=["To send flowers to the family or plant a tree in memory of Harold James Whitcomb, please visit our floral store."],
    paras=P("""
Harold James Whitcomb

June 4, 1938 – March 14, 2025

Harold James “Hal” Whitcomb, 86, of Loudonville, passed away peacefully at home on Friday, March 14, 2025, surrounded by his family.

Hal was born on June 4, 1938, in Wooster, Ohio, the youngest of five children of Walter and Edna (Krause) Whitcomb. He graduated from Wooster High School in 1956 and served two years in the U.S. Army, stationed in Baumholder, West Germany.

He worked for 38 years at the Mohican Valley Creamery, retiring as plant manager in 1999. He was a member of St. Luke’s Lutheran Church for more than 60 years, where he sang in the choir and kept the church clocks running.

Hal loved fishing on Pleasant Hill Lake, Cleveland baseball, and beating his grandchildren at euchre. He never missed a Friday fish fry.

He is survived by his wife of 63 years, Loretta; his children, Karen (Mike) Stahl of Mansfield and David (Amy) Whitcomb of Columbus; six grandchildren; and four great-grandchildren. He was preceded in death by his parents and his four siblings.

A funeral service will be held at 11 a.m. Saturday, March 22, at St. Luke’s Lutheran Church, 210 N. Market St., Loudonville, with Pastor Ann Reese officiating. Visitation will be one hour before the service. Burial will follow at Loudonville Cemetery.

In lieu of flowers, memorial contributions may be made to the Ashland County Humane Society or to Hospice of North Central Ohio.

Arrangements are by Crall-Bauer Funeral Home.
"""),
    head=["Obituaries | Search | Place an Obituary | Funeral Homes",
          "Send Flowers",
          "Published by Ashland Times-Courier on Mar. 17, 2025."],
    mid=[("He worked for 38", "To send flowers to the family or plant a tree in memory of Harold James Whitcomb, please visit our floral store."),
         ("He is survived", "Send Flowers\nShow your support for the family. Order a sympathy arrangement today."),
         ("In lieu of flowers", "ADVERTISEMENT")],
    tail=["Sign the Guest Book",
          "Guest Book\nNot sure what to say? Browse sample messages\n12 Entries",
          "Share this obituary: Facebook Twitter Email",
          "Make a donation in Harold's name",
          "Get obituary notifications from Ashland Times-Courier. Enter your email to be notified when new obituaries are posted.",
          "© 2025 Remembered Network Inc. All rights reserved."],
    mixed=[("Harold James “Hal”", "start", "Send Flowers"),
           ("In lieu of flowers", "end", "Order flowers for the service from our trusted local florist."),
           ("Arrangements are by", "end", "Sign the Guest Book and share a memory.")],
    ltop=L("""
Obituaries
Search Obituaries
Place an Obituary
Funeral Homes
Send Flowers
Published by Ashland Times-Courier on Mar. 17, 2025.
"""),
    lmid=[("He worked for 38", "Plant a tree in memory of Harold"),
          ("He is survived", "ADVERTISEMENT")],
    lbot=L("""
Sign the Guest Book
12 Entries
Share a memory
Make a donation
Get obituary notifications
© 2025 Remembered Network Inc.
"""),
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
    slug="slow-lane-crossing", lang="en", register="newsletter",
    fbot_extra=["Upgrade to paid Paid subscribers get the monthly deep-dive and full access to the archive. It’s £5 a month, and it keeps this newsletter independent."],
    paras=P("""
The crossing that took eleven years

Why a zebra crossing outside a primary school is the best case study I know for how cities actually change

In 2014, a group of parents at Hollins Street Primary wrote to the council asking for a crossing on the road outside the school gate. In 2025, they got one.

I want to walk through what happened in between, because I think it explains more about urban transport than any white paper.

The first request was rejected because the road did not meet the threshold of 100 pedestrians per hour at peak times. The parents did their own count. It was 146. The council’s count, done in August, was 31.

Then came the consultation. Then a second consultation, because the first one had been advertised in the wrong ward. Then a funding bid, which failed, and another, which succeeded but was paused when the budget was cut in 2020.

At no point did anyone say no. That is the part I keep coming back to. Nobody was against the crossing. It simply never reached the top of anyone’s list.

So here is my modest proposal: every council should publish, once a year, a list of every small safety request it has received and where each one has got to. Not a strategy. A list.

More next week on the ones that moved fast, and why.

— Ellen
"""),
    head=["Notes from the Slow Lane", "Subscribe\nSign in", "Ellen Park\nApr 9, 2025", "Share"],
    mid=[("I want to walk", "Thanks for reading Notes from the Slow Lane! Subscribe for free to receive new posts and support my work.\nType your email...\nSubscribe"),
         ("At no point", "Share Notes from the Slow Lane")],
    tail=["Leave a comment",
          "Upgrade to paid\nPaid subscribers get the monthly deep-dive and full access to the archive. It’s £5 a month, and it keeps this newsletter independent.",
          "Like\nComment\nRestack",
          "Discussion about this post",
          "Ready for more?\nType your email...\nSubscribe",
          "© 2025 Ellen Park\nPrivacy ∙ Terms ∙ Collection notice\nStart writing Get the app\nSubstack is the home for great culture"],
    mixed=[("In 2014", "start", "Subscribe"),
           ("So here is my modest", "end", "Leave a comment"),
           ("More next week", "end", "Share this post with someone who cares about their street.")],
    ltop=L("""
Notes from the Slow Lane
Subscribe
Sign in
Share this post
Ellen Park
Apr 9, 2025
37
"""),
    lmid=[("I want to walk", "Thanks for reading Notes from the Slow Lane! Subscribe for free to receive new posts and support my work."),
          ("I want to walk", "Type your email..."),
          ("At no point", "Share")],
    lbot=L("""
Leave a comment
Restack
Discussion about this post
Comments
Restacks
Top Latest Discussions
Ready for more?
© 2025 Ellen Park
Start writing
Get the app
Substack is the home for great culture
"""),
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
    slug="boiler-pressure-thread", lang="en", register="forum",
    paras=P("""
Boiler pressure keeps dropping – no visible leaks

Combi boiler, about 8 years old. Pressure drops from 1.5 bar to under 0.5 over about four days. I’ve checked every radiator valve and the pipes under the floor I can get to and there’s nothing wet anywhere. Topping it up every few days is getting old. Any ideas before I call someone out?

First thing I’d check is the expansion vessel. If the air charge has gone, the pressure swings high when the heating is on and the pressure relief valve dumps water outside. Have a look at the copper pipe that comes out through the wall – if there’s a white stain or drips under it, that’s your leak.

Second this. Also check the PRV itself – they get a bit of grit in them and never fully reseat.

Update: you were both spot on. There was a green crusty mark under the pipe outside I’d never noticed. Engineer came today, recharged the vessel to 1 bar and replaced the PRV. £140 all in. Pressure has held at 1.4 for three days now. Thanks all.

Glad it’s sorted. For anyone finding this thread later: recharging the vessel is a 10-minute job if you’re competent, but the boiler has to be depressurised first, and a PRV swap really should be done by a Gas Safe engineer.
"""),
    head=["DIYChat Forums", "Forums > Plumbing & Heating > Boilers", "Log in Register",
          "What's new Search forums", "Thread starter b_rowley · Start date 12 Nov 2024"],
    mid=[("Combi boiler", "Like · Reply · Report"),
         ("First thing", "Sponsored\nBoiler cover from £8.50 a month – get a quote in 2 minutes"),
         ("Second this", "Quote Reply"),
         ("Update:", "Reactions: b_rowley, Dave_W and 3 others")],
    tail=["You must log in or register to reply here.",
          "Similar threads\nCombi boiler losing pressure overnight\nPressure relief valve dripping after repressurising\nExpansion vessel – recharge or replace?",
          "Share:\nFacebook\nX\nReddit\nPinterest\nWhatsApp\nEmail\nLink",
          "Forum statistics\nThreads 412,908\nMessages 4,118,552\nMembers 228,104",
          "Contact us Terms and rules Privacy policy Help Home RSS"],
    mixed=[("First thing", "end", "Click to expand..."),
           ("Second this", "start", "Quote Reply Report"),
           ("Glad it’s sorted", "end", "Last edited: Nov 16, 2024")],
    ltop=L("""
DIYChat Forums
Home
Forums
What's new
Log in
Register
Forums > Plumbing & Heating > Boilers
Thread starter b_rowley
Start date 12 Nov 2024
"""),
    lmid=[("Combi boiler", "Reply"),
          ("First thing", "Sponsored: Boiler cover from £8.50 a month"),
          ("Update:", "Reactions: b_rowley, Dave_W and 3 others")],
    lbot=L("""
You must log in or register to reply here.
Similar threads
Combi boiler losing pressure overnight
Share:
Forum statistics
Contact us
Terms and rules
Privacy policy
"""),
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
    slug="history-hour-ep142", lang="en", register="podcast",
    paras=P("""
Episode 142: The Great Stink of 1858

In the summer of 1858, the Thames smelled so bad that Parliament considered moving out of Westminster. This week, we tell the story of how a heatwave, a river full of sewage and a stubborn engineer called Joseph Bazalgette changed London forever.

Our guest is Dr Miriam Osei, a historian of public health at Northfield University and author of “Below the City: London’s Sewers and the People Who Built Them”.

In this episode:

00:00 – Introduction

03:12 – London before the sewers: cesspits and night-soil men

14:40 – The summer of the Stink

27:55 – Bazalgette’s plan and why it almost didn’t happen

41:20 – What the Victorians got wrong, and what they got right

Further reading: Stephen Halliday’s “The Great Stink of London” (1999) and the Museum of London’s online collection of sewer plans.
"""),
    head=["The History Hour",
          "Listen on Apple Podcasts\nListen on Spotify\nListen on YouTube Music",
          "Follow the show"],
    mid=[("Our guest", "This episode is brought to you by Loomwell. Go to loomwell.com/history and use code HISTORY for 20% off your first order."),
         ("41:20", "Support the show: become a member on Patreon from $5 a month for ad-free episodes and bonus content.")],
    tail=["Enjoying The History Hour? Rate and review us on Apple Podcasts – it really helps new listeners find the show.",
          "Follow us on Instagram and TikTok @historyhourpod",
          "Transcript\nFull transcripts are available to members. Log in or join to read.",
          "Hosted on Acast. See acast.com/privacy for more information."],
    mixed=[("In the summer", "start", "Listen now"),
           ("Our guest", "end", "Subscribe wherever you get your podcasts."),
           ("Further reading", "end", "Learn more about your ad choices. Visit megaphone.fm/adchoices")],
    ltop=L("""
The History Hour
Episodes
About
Support us
Listen on Apple Podcasts
Listen on Spotify
RSS
"""),
    lmid=[("Our guest", "Sponsored by Loomwell – use code HISTORY for 20% off"),
          ("In this episode", "Play episode"), ("In this episode", "58 min")],
    lbot=L("""
More episodes
Episode 141: The Tay Bridge Disaster
Episode 140: When London Froze
Rate and review us on Apple Podcasts
Hosted on Acast. See acast.com/privacy for more information.
"""),
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
    slug="radio-burst-discovery", lang="en", register="science-tech",
    paras=P("""
Astronomers trace mysterious radio burst to galaxy eight billion light-years away

A flash of radio waves lasting less than a millisecond has been traced to a galaxy so distant that the signal left it before the Sun formed, Australian astronomers say.

The fast radio burst, catalogued as FRB 20240311A, was picked up by an array of 36 dish antennas in the Murchison region of Western Australia in March last year.

In a fraction of a second it released as much energy as the Sun puts out in 30 years, said the study’s lead author, Dr Ana Ribeiro of Swan River University.

“Every burst is a little probe of everything between us and the source,” Dr Ribeiro said. “This one passed through eight billion years’ worth of the universe before it got to us.”

Fast radio bursts were first identified in 2007 and their origins remain debated. Most astronomers now think many are produced by magnetars – the collapsed cores of massive stars with extremely strong magnetic fields.

The team used the delay between high and low radio frequencies, caused by the signal passing through clouds of ionised gas, to estimate how much ordinary matter lies between galaxies.

Their figure supports the idea that about half of the universe’s ordinary matter, long missing from census counts, is spread thinly through intergalactic space.

The findings are published in the journal Nature Astronomy.
"""),
    head=["Posted 5h ago, updated 2h ago", "(Supplied: Swan River University)",
          "Listen to this article\n4m", "Share"],
    mid=[("The fast radio", "Image: Shutterstock"),
         ("“Every burst", "Get our weekly science newsletter. Every Friday, the week’s biggest discoveries – from deep space to your backyard – straight to your inbox. Sign up now."),
         ("The team used", "Related Stories\nWhy astronomers want to put a telescope on the far side of the Moon\nThe ‘dead’ star that keeps flashing at Earth")],
    tail=["Topics: astronomy-space, science-and-technology, physics, geraldton-6530",
          "Get the news app\nDownload on the App Store\nGet it on Google Play",
          "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.",
          "© 2025 Meridian News Australia"],
    mixed=[("A flash of radio", "end", "Listen to this article."),
           ("Fast radio bursts were", "start", "AAP Image/Luke Marsden"),
           ("The findings are", "end", "Follow Meridian Science on Instagram @meridianscience.")],
    ltop=L("""
Meridian News
Just In Australia World Business Sport Science Health
Posted 5h ago, updated 2h ago
"""),
    lmid=[("A flash of radio", "(Supplied: Swan River University)"),
          ("The fast radio", "Image: Shutterstock"),
          ("“Every burst", "Advertisement")],
    lbot=L("""
Topics
Astronomy (Space)
Physics
Get the news app
Download on the App Store
Get it on Google Play
© 2025 Meridian News Australia
"""),
))

# ---------------------------------------------------------------- 15
ARTICLES.append(dict(
    slug="kochi-travel-guide", lang="en", register="travel",
    paras=P("""
Kochi in 48 hours: a first-timer’s guide to Kerala’s port city

Kochi (Cochin) rewards slow travellers. Spice warehouses, Chinese fishing nets, a 16th-century synagogue and some of the best seafood in India sit within a few kilometres of each other on the Fort Kochi and Mattancherry peninsula.

Best time to visit

October to March, when the humidity drops and the days are in the high 20s. The Kochi-Muziris Biennale, held every two years from December, fills the old warehouses with contemporary art.

Getting there

Cochin International Airport is about 45 km from Fort Kochi; a prepaid taxi costs roughly ₹1,500 and takes 90 minutes in traffic. From Ernakulam, the government ferry to Fort Kochi costs ₹6 and is the most pleasant way to arrive.

Day 1

Start early at the Chinese fishing nets on the Fort Kochi beachfront, where fishermen lower the giant cantilevered nets at sunrise. Walk to St Francis Church, where Vasco da Gama was originally buried, then spend the afternoon in the antique shops of Jew Town.

Day 2

Take a morning backwater trip from Ernakulam – a half-day shikara ride costs around ₹2,000 per boat. In the evening, watch a Kathakali performance at one of the cultural centres in Fort Kochi; arrive an hour early to see the performers apply their make-up.

Where to eat

Try karimeen pollichathu (pearl spot fish grilled in banana leaf) at one of the family-run places along Bazaar Road, and end the day with a filter coffee at a Mattancherry café.
"""),
    head=["Home » Asia » India » Kerala",
          "This post contains affiliate links. If you book through them, we may earn a small commission at no extra cost to you.",
          "Pin this post for later!"],
    mid=[("October to March", "Where to stay in Kochi\nCompare hotel prices in Fort Kochi from ₹2,499 a night on Booking.com\nCheck availability"),
         ("Cochin International", "Also read: 10 hill stations near Bengaluru for a long weekend"),
         ("Start early", "Advertisement"),
         ("Take a morning", "Paid partnership with Spice Coast Resorts"),
         ("Where to eat", "Planning a Kerala trip? Download our free 7-day Kerala itinerary (PDF) – just enter your email below.")],
    tail=["Follow us on Instagram @wanderdesi for daily travel inspiration #wanderdesi #keralatourism",
          "Liked this guide? Share it with a friend who needs a holiday!\nWhatsApp Facebook Pinterest",
          "Related posts\nMunnar tea estates: a complete guide\nAlleppey houseboats: how to book without getting scammed",
          "Copyright © 2025 Wander Desi. All rights reserved."],
    mixed=[("Kochi (Cochin)", "end", "Book your Kochi hotel now and save up to 30%."),
           ("Start early", "start", "Advertisement"),
           ("Try karimeen", "end", "Also read: Best street food in Kozhikode.")],
    ltop=L("""
Wander Desi
Home
Destinations
Itineraries
Travel Tips
Shop
Home » Asia » India » Kerala
This post contains affiliate links.
"""),
    lmid=[("October to March", "Book hotels in Kochi from ₹2,499 a night"),
          ("Take a morning", "Advertisement")],
    lbot=L("""
Share this:
WhatsApp
Pinterest
Follow us @wanderdesi
Related posts
Munnar tea estates: a complete guide
Copyright © 2025 Wander Desi
"""),
))

# ---------------------------------------------------------------- 16 (trap)
ARTICLES.append(dict(
    slug="regional-paywall", lang="en", register="national-news", trap=True,
    paras=P("""
Regional newspaper group to put all local websites behind paywall

One of Britain’s biggest regional newspaper publishers is to start charging readers for online news on all 42 of its local websites, in the clearest sign yet that the advertising model that sustained local journalism for two decades has run out of road.

From 1 September, readers of titles owned by Harbour Media will be able to read five free articles a month before being asked to subscribe. A digital subscription will cost £4.99 a month, with a discounted rate of £1 for the first three months.

The company said digital subscriptions across the 11 titles where it has trialled a paywall rose by 12% last year, to 61,000, while online advertising revenue fell by nearly a fifth.

“For years we gave the journalism away and hoped the ads would pay for it. They didn’t,” said chief executive Claire Menzies. “If readers value a reporter sitting in the council chamber, we are asking them to pay for it.”

Visitors who hit the limit will see a message telling them they have used their free articles and asking them to sign up or log in. Obituaries, public notices and emergency news such as flood warnings will remain free.

Media analysts were divided. Douglas McKay of the consultancy Fenwick Analysis said readers had become used to paying for streaming services and that “a fiver for the local paper is not an outrageous ask”.

Others warned that paywalls risked pushing readers towards unmoderated Facebook groups. “The danger is that the people who most need reliable local information are the ones least able to pay,” said the media academic Rhiannon Powell.

The National Union of Journalists said it would support any model that protected newsroom jobs, but asked the company to guarantee that subscription revenue would be reinvested in reporting.
"""),
    head=["You’ve read 3 of 5 free articles this month. Subscribe for unlimited access.",
          "Already a subscriber? Log in",
          "MediaWire | News | Publishing | Broadcasting | Advertising | Jobs"],
    mid=[("From 1 September", "Advertisement"),
         ("“For years", "Support MediaWire’s independent reporting on the news industry. Become a member from £5 a month and get our daily briefing, event discounts and ad-free reading."),
         ("Others warned", "Most read\nBroadcaster to cut 130 jobs in local radio shake-up\nPublisher launches AI-assisted reporting desk\nMagazine closes after 94 years")],
    tail=["Get the MediaWire Daily, the essential morning briefing for the media industry, straight to your inbox. Sign up free.",
          "Tags: paywalls, local news, Harbour Media, subscriptions, digital media",
          "Share: LinkedIn X Facebook Email",
          "© MediaWire Publishing 2025"],
    mixed=[("One of Britain’s", "start", "Subscriber exclusive"),
           ("The company said", "end", "Subscribe to MediaWire for just £1 for three months."),
           ("The National Union", "end", "Comments (14)")],
    ltop=L("""
MediaWire
News Publishing Broadcasting Advertising Jobs Events
Subscribe Log in
You’ve read 3 of 5 free articles this month.
"""),
    lmid=[("From 1 September", "Advertisement"),
          ("Media analysts", "Already a subscriber? Log in")],
    lbot=L("""
Most read
Broadcaster to cut 130 jobs in local radio shake-up
Magazine closes after 94 years
Tags: paywalls, local news, Harbour Media
© MediaWire Publishing 2025
"""),
))

# ---------------------------------------------------------------- 17 (trap, with one real promo)
ARTICLES.append(dict(
    slug="cookie-banner-ruling", lang="en", register="science-tech", trap=True,
    trap_promo=("head", "We and our 812 partners store and access information on your device, such as cookies, to show you personalised ads and content, measure performance and develop our services. You can change your choices at any time via Privacy settings at the bottom of the page.\nAgree and close\nSee options"),
    paras=P("""
Court rules websites must make ‘Reject all’ as easy as ‘Accept all’

Websites that make it harder to refuse tracking cookies than to accept them are breaking the law, an appeals court in Brussels ruled on Tuesday, in a decision that could force changes to consent pop-ups across Europe.

The case was brought by a privacy campaign group against a Belgian news publisher whose consent banner offered a prominent “Accept all” button but hid the option to refuse behind a link marked “Manage preferences”.

The court found that this design “nudged” users into agreeing and that consent obtained this way was not “freely given” under the EU’s General Data Protection Regulation.

“If you can accept in one click, you must be able to refuse in one click,” the judgment said.

The publisher argued that advertising revenue from tracked users was worth about three times as much as that from users who declined, and that a simpler refusal button would threaten its business. The court said commercial considerations could not override the regulation.

Privacy groups estimate that fewer than a third of the most-visited European websites currently offer a “Reject all” button on the first screen of their cookie banner.

The ruling applies directly only to the publisher involved, but data protection regulators in France, Germany and Ireland have issued similar guidance, and lawyers said others would be expected to follow it.

The publisher has 30 days to change its banner. It said it was studying the judgment.
"""),
    head=["We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.\nAccept all\nManage preferences",
          "Tech | Policy | Privacy",
          "By Elena Ward, Technology Correspondent · 4 min read"],
    mid=[("The court found", "Advertisement"),
         ("The publisher argued", "Read more: Why the EU is rethinking its cookie law"),
         ("Privacy groups", "Get TechPolicy Weekly – the week’s biggest stories on regulation and digital rights, every Friday. Sign up")],
    tail=["Was this article helpful? Yes No",
          "Report an error",
          "Topics: Privacy, GDPR, Cookies, Courts",
          "Share this story: X LinkedIn Facebook Copy link",
          "© 2025 Lattice Media Ltd"],
    mixed=[("Websites that make", "start", "Advertisement"),
           ("“If you can accept", "end", "Sign up for TechPolicy Weekly."),
           ("The publisher has 30", "end", "Manage cookie settings")],
    ltop=L("""
Lattice
News Reviews Policy Science Podcasts
This site uses cookies. Find out more in our cookie policy.
Accept cookies
Cookie settings
"""),
    lmid=[("The court found", "Advertisement"),
          ("Privacy groups", "Read more: Why the EU is rethinking its cookie law")],
    lbot=L("""
Was this article helpful?
Yes No
Most popular
Chip shortage eases as new plants come online
© 2025 Lattice Media Ltd
Privacy policy Cookie policy Terms
"""),
))

# ---------------------------------------------------------------- 18 (trap)
ARTICLES.append(dict(
    slug="transit-app-launch", lang="en", register="local-news", trap=True,
    fbot_extra=["Get the Tribune app: breaking news alerts, the e-Edition and more. Download on the App Store | Get it on Google Play"],
    paras=P("""
Metro Transit’s new app lets riders pay fares with their phones starting Monday

Riders on Lakeport’s buses and light rail will be able to pay fares with their phones starting Monday, when Metro Transit launches its long-delayed mobile ticketing app.

The free app, called RideLakeport, is available to download now on the App Store and Google Play. Riders can buy single rides for $2.50 or a 30-day pass for $75, and the app will show real-time arrival times for all 64 bus routes.

The agency spent $4.2 million developing the app, which was originally due in 2022. Officials blamed the delay on problems integrating it with the fare readers installed on buses in 2019.

“We heard loud and clear that people wanted to stop hunting for exact change,” Metro Transit general manager Luis Ortega said at a news conference Thursday. “This is the biggest change to how people pay since we introduced the Go card.”

Riders without smartphones will still be able to pay with cash or a Go card, Ortega said. About 18% of fares are still paid in cash, according to agency figures.

Privacy advocates have raised questions about how much location data the app collects. The agency said users can turn off location tracking in the app’s settings and that trip data is deleted after 90 days.

The City Council’s transportation committee will hear an update on the rollout at its April 14 meeting.
"""),
    head=["Lakeport Daily Tribune",
          "Local | Politics | Sports | Business | Opinion | Obituaries | e-Edition",
          "Get 6 months of unlimited digital access for just $1",
          "Posted: Mar 27, 2025 / 06:14 PM CDT\nUpdated: Mar 27, 2025 / 08:02 PM CDT",
          "(AP Photo/Carla Mendez)"],
    mid=[("The free app", "Get the Tribune app: breaking news alerts, the e-Edition and more. Download on the App Store | Get it on Google Play"),
         ("“We heard", "ADVERTISEMENT"),
         ("Privacy advocates", "Now trending: Police ID man killed in I-94 crash")],
    tail=["Copyright 2025 Lakeport Daily Tribune. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
          "Join the conversation\n26 comments",
          "For the latest news, weather, sports, and streaming video, head to LakeportTribune.com."],
    mixed=[("Riders on Lakeport", "end", "Open in app"),
           ("The agency spent", "start", "ADVERTISEMENT"),
           ("The City Council", "end", "Sign up for our Morning Commute newsletter to get transit news in your inbox.")],
    ltop=L("""
Skip to content
Lakeport Daily Tribune
Local Politics Sports Business Opinion Obituaries e-Edition
Subscribe
Sign in
Open in app
"""),
    lmid=[("The free app", "ADVERTISEMENT"),
          ("Riders without", "Trending: Police ID man killed in I-94 crash")],
    lbot=L("""
Join the conversation
26 comments
Copyright 2025 Lakeport Daily Tribune. All rights reserved.
Terms of Use Privacy Policy Do Not Sell My Info
"""),
))
