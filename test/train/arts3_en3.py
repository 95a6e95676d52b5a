from common import P, L

ARTICLES = []

# 21. Real estate listing / feature
ARTICLES.append(dict(
    slug="en3-property-chapel-conversion", lang="en", register="real_estate",
    paras=P("""
Converted Methodist chapel with 30ft living room on the market for £650,000

A former Methodist chapel in the North Yorkshire village of Kirkby Malham has been converted into a four-bedroom home and is for sale for £650,000.

The Grade II listed building dates from 1834 and held its last service in 1998. Its current owners, a retired architect and his wife, bought it in 2009 and spent three years converting it, keeping the arched windows, the gallery and the original pine pews, two of which now line the dining table.

The main living space is a 30ft double-height room with a wood-burning stove and the original pulpit, now used as a reading nook. A new mezzanine in the former gallery houses the principal bedroom, which has an en suite bathroom and views across the dale.

Key features

Four bedrooms, three bathrooms

30ft double-height living room with wood-burning stove

Kitchen-diner with Aga and larder

Walled garden with former graveyard, now a wildflower meadow

Off-street parking for two cars

EPC rating: E. Council tax band: F.

"People are always a bit nervous about the graveyard," said agent Fiona Lister of Dales & Co. "But the headstones were moved in the 1970s, and it's now one of the most peaceful gardens I've seen."

Kirkby Malham is five miles from Settle, which has a station on the Settle–Carlisle line, and about an hour's drive from Leeds.
"""),
    head=["Property > Homes for sale > North Yorkshire",
          "By Laura Finch, Property Correspondent · 7 June 2024",
          "Photo 1 of 18\nThe double-height living room retains the chapel's arched windows. Dales & Co",
          "Save property ♡"],
    mid=[("The Grade II listed building", "Mortgage calculator\nProperty price: £650,000\nDeposit: £130,000\nEstimated monthly repayment: £3,079\nCompare mortgage deals"),
         ("Off-street parking for two cars", "Floorplan\nView floorplan\nVirtual tour"),
         ("\"People are always a bit nervous", "Request a viewing\nCall Dales & Co on 01729 555 210 or email the agent\nReference: DC-44712")],
    tail=["Similar properties\n3 bed barn conversion, Malhamdale – £595,000\n5 bed former schoolhouse, Wensleydale – £720,000\nView all",
          "Get property alerts\nBe the first to see new homes that match your search. Create alert",
          "The information on this page has been provided by the agent and has not been verified. Always check details before making an offer.",
          "More property news\nWhy buyers are swapping cities for market towns\nThe quirkiest homes for sale this month"],
    mixed=[("A former Methodist chapel", "end", "Listed by Dales & Co."),
           ("The main living space", "end", "(Photo: Dales & Co)"),
           ("Kirkby Malham is five miles", "end", "Book a viewing today.")],
    ltop=L("""
Property
Buy
Rent
Sold prices
Find agents
Sign in
"""),
    lmid=[(0, "Guide price £650,000"),
          (0, "Added on 07/06/2024"),
          ("The Grade II listed building", "Mortgage calculator"),
          ("Off-street parking for two cars", "View floorplan"),
          ("\"People are always a bit nervous", "Request a viewing")],
    lbot=L("""
Similar properties
View all
Get property alerts
Create alert
Terms of use
Privacy notice
"""),
))

# 22. Film review
ARTICLES.append(dict(
    slug="en3-film-review-lighthouse-keepers", lang="en", register="entertainment",
    paras=P("""
The Keepers review – a haunting, slow-burning drama on a Hebridean rock

★★★★☆

There are perhaps five lines of dialogue in the first twenty minutes of The Keepers, and none of them is necessary. Director Morag Lennox trusts her images – grey sea, white spray, a lamp turning in the dark – to tell us everything about the three men stationed on the Flannan Isles lighthouse in the winter of 1900.

Anyone who knows the real story knows how it ends: a relief boat arriving on Boxing Day to find the lighthouse empty, the clocks stopped and a meal left untouched. Lennox does not offer a solution to the mystery. Instead, she builds a study of isolation and fear so tightly wound that the ending feels both shocking and inevitable.

Douglas Reid is superb as James Ducat, the principal keeper, a man whose stubborn faith in routine starts to look like a kind of madness. Callum Fraser, as the youngest of the three, brings a jittery physicality that makes every trip down the slippery landing stage an ordeal.

The film is not flawless. A subplot involving a letter from Fraser's sweetheart on the mainland feels grafted on, and a storm sequence in the final act leans too heavily on Hildur Guðnadóttir-style drones when silence would have done.

But these are small complaints. The Keepers is the kind of patient, confident film that is increasingly rare in cinemas, and it deserves to be seen on the biggest screen you can find.

The Keepers is in cinemas from 14 February. Certificate 15, 112 minutes.
"""),
    head=["Culture > Film > Reviews",
          "Mark Kendrick\nFilm critic\n@mkscreen",
          "Fri 7 Feb 2025 14.00 GMT",
          "Douglas Reid in The Keepers. Photograph: Sigma Films"],
    mid=[("Anyone who knows the real story", "Watch the trailer ▶ 2:08"),
         ("Douglas Reid is superb", "Advertisement"),
         ("The film is not flawless.", "Film Weekly: Sign up for our free weekly email with the latest reviews, interviews and festival news.")],
    tail=["Find showtimes near you\nEnter your postcode\nBook tickets with Cinemate",
          "Where to watch\nNot currently available to stream. Add to your watchlist to be notified.",
          "More reviews\nThe Brutal Summer review – sun, sweat and a killer twist\nMarlowe's Ghost review – a career-best turn from its lead\nPaddington in Peru review – marmalade-flavoured joy",
          "Comments (67)\nSort by: Oldest | Newest | Recommendations",
          "Share on Facebook · Share on X · Share via Email · Share on LinkedIn · Share on WhatsApp · Share on Messenger"],
    mixed=[("There are perhaps five lines", "start", "Spoiler warning"),
           ("Douglas Reid is superb", "end", "(Photo: Sigma Films/Curzon)"),
           ("The Keepers is in cinemas from", "end", "Book tickets now.")],
    ltop=L("""
News
Opinion
Sport
Culture
Film
Lifestyle
Sign in
"""),
    lmid=[(0, "Mark Kendrick"),
          (0, "Fri 7 Feb 2025 14.00 GMT"),
          ("Anyone who knows the real story", "Watch the trailer"),
          ("Douglas Reid is superb", "Advertisement")],
    lbot=L("""
Find showtimes near you
More reviews
Comments (67)
Share on Facebook
Share on X
About us
Contact us
"""),
))

# 23. Tech magazine news
ARTICLES.append(dict(
    slug="en3-tech-phone-update-battery", lang="en", register="tech",
    paras=P("""
Pixel owners report battery drain after March update, and Google says a fix is coming

Google has acknowledged a bug in its March software update that is causing some Pixel phones to lose battery charge unusually quickly, and says a fix will roll out "in the coming days".

Owners of the Pixel 8 and Pixel 9 series began reporting the problem on Reddit and Google's own support forums shortly after the update started rolling out on 4 March. Several said their phones were losing 20% or more overnight while idle, compared with 3% to 5% before the update.

"My 9 Pro went from 100% to 61% while I was asleep," wrote one user. "Battery usage shows 'Android System' as the culprit."

In a statement to TechRadar Weekly, a Google spokesperson said: "We're aware of an issue affecting battery performance on a small number of Pixel devices following the March update. A fix is in progress and will be delivered via a software update."

What you can do in the meantime

Restart your phone. Several users report that a simple restart stops the drain, at least temporarily.

Check which apps are using battery in Settings > Battery > Battery usage, and restrict any that look unusual.

Turn on Adaptive Battery if you have switched it off.

Avoid factory-resetting your phone, as there is no evidence it helps with this bug.

Google has not said how many devices are affected. The company pulled its January update for the Pixel 6 and 7 last year after a separate bug caused some phones to lose access to internal storage.
"""),
    head=["Phones > Android",
          "By Ravi Menon\nlast updated 12 March 2025",
          "Our expert, award-winning staff selects the products we cover and rigorously researches and tests our top picks. If you buy through our links, we may get a commission. Reviews ethics statement",
          "(Image credit: Google)"],
    mid=[("Owners of the Pixel 8 and Pixel 9", "You might also like\nPixel 9a review: the best cheap phone just got better\nAndroid 16 beta: everything new"),
         ("\"My 9 Pro went from 100% to 61%", "Get daily insight, inspiration and deals in your inbox\nSign up for breaking news, reviews, opinion, top tech deals, and more.\nContact me with news and offers from other brands"),
         ("Avoid factory-resetting your phone", "Google Pixel 9: was £799 now £599 at Amazon\nThe Pixel 9 is £200 off in Amazon's spring sale – the lowest price we've seen.\nView Deal")],
    tail=["Ravi Menon\nSenior Phones Writer\nRavi covers Android phones and wearables. Before joining TechRadar Weekly he was a software tester for a major carrier.\nFollow Ravi on Threads @ravi.menon",
          "Comments\nConversation\nLog in\nBe the first to comment",
          "Most Popular\nThe best phones 2025\nSamsung Galaxy S25 Ultra review\nHow to free up storage on Android",
          "TechRadar Weekly is part of Future US Inc. © Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036."],
    mixed=[("Google has acknowledged a bug", "start", "Jump to:"),
           ("Restart your phone.", "end", "(Image credit: Future)"),
           ("Google has not said how many", "end", "Follow TechRadar Weekly on Google News to get our up-to-date news in your feeds.")],
    ltop=L("""
TechRadar Weekly – THE SOURCE FOR TECH BUYING ADVICE
Phones
Computing
Streaming
Deals
Search
"""),
    lmid=[(0, "By Ravi Menon"),
          (0, "last updated 12 March 2025"),
          ("Owners of the Pixel 8 and Pixel 9", "You might also like"),
          ("Avoid factory-resetting your phone", "View Deal")],
    lbot=L("""
Ravi Menon
Senior Phones Writer
Most Popular
The best phones 2025
Terms and conditions
Accessibility Statement
"""),
))

# 24. Personal blog
ARTICLES.append(dict(
    slug="en3-blog-allotment-march", lang="en", register="blog",
    paras=P("""
Allotment diary: March, and the great potato debate

It's been a wet, grey March on plot 14, but the first of the broad beans I sowed in November are finally putting on growth, and the garlic looks as if it survived the February frosts.

This weekend was mostly about digging over the last of the bed where the squash grew last year. I'd covered it with cardboard in October, which has killed off most of the couch grass, although the bindweed is, as always, winning.

The potato debate

Every spring there's a friendly argument on our site about chitting. Dave on plot 9 swears that standing seed potatoes in egg boxes on a windowsill for six weeks gives him an earlier crop. Margaret on plot 3 says it makes no difference and she's never chitted a potato in 40 years.

So this year I'm running a very unscientific trial: one row of chitted Charlotte, one row unchitted, same bed, planted on the same day. I'll report back in July.

Jobs done this month

Sowed tomatoes (Sungold and Gardener's Delight) and chillies indoors

Cut back the autumn raspberries to the ground

Mended the shed roof, finally

Put up netting over the brassicas before the pigeons find them

Spread two barrows of well-rotted manure on the runner bean trench

Someone asked in the comments last month how I keep slugs off my lettuce. Honestly? I don't, entirely. I use wool pellets around the seedlings and go out with a torch on damp evenings, but I accept losing a few.

Next month: sowing carrots, planting out the onion sets and, weather permitting, the first potatoes.
"""),
    head=["Muddy Boots & Runner Beans",
          "Posted on 24 March 2025 by Claire · 6 Comments",
          "Filed under: Allotment diary, Potatoes, Seasonal jobs"],
    mid=[("This weekend was mostly about", "Plot 14 in late March – not pretty, but getting there!"),
         ("So this year I'm running", "If you enjoy these diaries, you can buy me a coffee ☕ – it helps pay for the seeds (and the hosting)."),
         ("Spread two barrows of well-rotted", "Ad\nReport this ad")],
    tail=["Share this:\nFacebook\nPinterest\nEmail\nPrint\nLike Loading...",
          "Related\nAllotment diary: February, frost and forcing rhubarb\nHow I grow runner beans up a wigwam\nSeed potatoes: what I'm growing this year",
          "6 thoughts on “Allotment diary: March, and the great potato debate”\nDave (plot 9) says: Chitting works. End of.\nReply",
          "Leave a Reply\nYour email address will not be published.\nNotify me of new posts by email.",
          "Follow Blog via Email\nEnter your email address to follow this blog and receive notifications of new posts by email.\nJoin 1,213 other subscribers\nBlog at WordPress.com."],
    mixed=[("It's been a wet, grey March", "start", "Pin it!"),
           ("Someone asked in the comments", "end", "(Wool pellets I use: affiliate link)"),
           ("Next month: sowing carrots", "end", "Subscribe so you don't miss it!")],
    ltop=L("""
Muddy Boots & Runner Beans
About
Plot diaries
Recipes
Contact
"""),
    lmid=[(0, "Posted on 24 March 2025 by Claire"),
          (0, "6 Comments"),
          ("So this year I'm running", "Buy me a coffee"),
          ("Spread two barrows of well-rotted", "Report this ad")],
    lbot=L("""
Share this:
Facebook
Pinterest
Like Loading...
Leave a Reply
Blog at WordPress.com.
"""),
))

# 25. Local news
ARTICLES.append(dict(
    slug="en3-local-library-reopens", lang="en", register="news",
    paras=P("""
Town library reopens after £2.3m refurbishment with café and maker space

Bramford Library has reopened its doors after an 18-month, £2.3m refurbishment that has added a café, a 'maker space' with 3D printers and a children's library twice the size of the old one.

Hundreds of people queued outside the Grade II listed building on Saturday morning, and the first person through the door, eight-year-old Maisie Cartwright, was presented with her own library card by the mayor.

The building, which opened in 1906 with money from the steel magnate Andrew Carnegie, had been closed since September 2023 after a survey found problems with the roof and electrics.

New features include:

A café run by a local social enterprise that employs adults with learning disabilities

A maker space with 3D printers, a laser cutter and sewing machines, free to use after an induction

Twelve bookable study pods

A local history room holding the town's newspaper archive back to 1851

Head librarian Sunita Banerjee said: "People said libraries were finished when everyone got smartphones. Today proves otherwise. We've had more new members sign up this morning than we usually get in a month."

The refurbishment was paid for by the county council, the National Lottery Heritage Fund and a community fundraising campaign that raised £146,000.

The library is open Monday to Saturday, 9am to 7pm, and Sunday, 11am to 4pm.
"""),
    head=["Home / News / Bramford",
          "Jenny Clarke\nCommunity Reporter\n@JennyClarkeNews",
          "Sunday, 13 April 2025 at 6:00 am",
          "Maisie Cartwright, 8, receives her library card from the mayor, Cllr Paul Dunne. Picture by Sam Ward"],
    mid=[("Hundreds of people queued outside", "Gallery: 14 pictures from the reopening day – click to view"),
         ("Twelve bookable study pods", "Advertisement\nContinue reading below"),
         ("The refurbishment was paid for", "Support your local paper\nFor as little as 99p a month you can get unlimited access to all our local news and sport. Subscribe today")],
    tail=["Our website is the home of the best news, sport and entertainment in the area. Like us on Facebook, follow us on X and Instagram.",
          "Sign up to our daily newsletter and get the top stories sent to your inbox every morning.\nEmail address\nSign up",
          "Jobs near you\nLibrary Assistant – Bramford – £23,500\nCafé Supervisor – £12.60/hour\nSee all jobs",
          "Readers' comments (4)\nAll comments are moderated. Please read our house rules before commenting.",
          "Bramford Observer, part of National World plc. Copyright © 2025. All rights reserved."],
    mixed=[("Bramford Library has reopened", "start", "Local news"),
           ("The building, which opened in 1906", "end", "Read more: Plans to turn old post office into flats approved"),
           ("The library is open Monday to Saturday", "end", "Share this article on Facebook.")],
    ltop=L("""
Bramford Observer
News
Sport
Business
Lifestyle
Subscribe from 99p
"""),
    lmid=[(0, "Jenny Clarke"),
          (0, "Sunday, 13 April 2025 at 6:00 am"),
          ("Twelve bookable study pods", "Advertisement"),
          ("Twelve bookable study pods", "Continue reading below")],
    lbot=L("""
Readers' comments (4)
Jobs near you
See all jobs
Cookie settings
Terms and conditions
Copyright © 2025
"""),
))

# 26. Cricket report
ARTICLES.append(dict(
    slug="en3-cricket-county-report", lang="en", register="sport",
    paras=P("""
Hartley's seven wickets bowl Worcestershire to victory over Somerset

Worcestershire 312 and 198-4 beat Somerset 246 and 261 by six wickets

Fast bowler Ben Hartley took seven wickets in an innings for the first time in his career as Worcestershire completed a six-wicket win over Somerset at New Road with more than a session to spare.

Somerset resumed on the final morning on 188-4, leading by 122, and hopes of a draw rested on Tom Bracey and Lewis Penhale. But Hartley removed Bracey with the third ball of the day, caught behind driving at one that left him late, and the rest of the innings fell away.

The 24-year-old finished with 7-58, the best figures by a Worcestershire bowler at New Road since 2019.

"I've been bowling well without much luck all season, so to get the rewards today is brilliant," Hartley said. "The ball nipped around a bit this morning and I just tried to keep hitting the top of off stump."

Chasing 196, Worcestershire lost both openers inside ten overs. But Jake Lister made an unbeaten 87 and shared a stand of 104 with Adam Roper, who made 52, to see them home.

The win lifts Worcestershire to fourth in Division One, 16 points behind leaders Surrey.

Somerset director of cricket Andy Pascoe said: "We let ourselves down with the bat in both innings. You can't keep giving sides 60 or 70 runs head start."
"""),
    head=["Sport > Cricket > County Championship",
          "By Alan Drury",
          "Published 3 hours ago",
          "Ben Hartley's previous best figures were 5-41 against Durham in 2023"],
    mid=[("The 24-year-old finished with 7-58", "Get cricket news sent straight to your phone"),
         ("Chasing 196, Worcestershire", "County Championship Division One table\nSurrey P7 Pts 118\nHampshire P7 Pts 109\nNottinghamshire P7 Pts 104\nWorcestershire P7 Pts 102\nView full table")],
    tail=["Watch: Hartley's seven wickets – video highlights",
          "Related topics\nCounty Championship\nWorcestershire\nSomerset\nCricket",
          "More on this story\nYorkshire dominate Lancashire in Roses match\nVeteran seamer announces retirement from county cricket",
          "Follow Worcester Sport Live on X, Facebook and Instagram",
          "Copyright 2025. Read about our approach to external linking."],
    mixed=[("Fast bowler Ben Hartley took", "start", "Cricket"),
           ("\"I've been bowling well without much luck", "end", "(Image: Getty Images)"),
           ("Somerset director of cricket", "end", "Listen to ball-by-ball commentary on Radio Wyre.")],
    ltop=L("""
Sport
Home
Football
Formula 1
Cricket scores
Rugby U
"""),
    lmid=[(0, "Published 3 hours ago"),
          ("The 24-year-old finished with 7-58", "Get cricket news sent straight to your phone"),
          ("Chasing 196, Worcestershire", "View full table")],
    lbot=L("""
Related topics
More on this story
Terms of Use
About us
Privacy Policy
Copyright 2025.
"""),
))

# 27. NGO press release
ARTICLES.append(dict(
    slug="en3-ngo-press-water-malawi", lang="en", register="press_release",
    paras=P("""
Solar-powered water points bring safe drinking water to 40,000 people in southern Malawi

LILONGWE, 22 March 2025 – On World Water Day, WaterBridge International has completed 36 solar-powered water points across the Chikwawa and Nsanje districts of southern Malawi, giving around 40,000 people reliable access to safe drinking water for the first time.

The region was among the worst hit by Cyclone Freddy in 2023, which destroyed hundreds of boreholes and contributed to one of the deadliest cholera outbreaks in the country's history.

Each water point uses solar panels to pump water from a borehole into a raised tank, which feeds several taps. Unlike hand pumps, the systems can supply clinics and schools as well as households, and a community committee collects a small monthly fee to pay for maintenance.

"Before, women and girls walked up to two hours each way to fetch water from the river," said Chifundo Banda, WaterBridge's country director. "Now the tap is in the village. Girls who spent their mornings carrying water are back in class."

Since the first systems were installed last year, the district health office has recorded a 60% fall in cases of diarrhoeal disease among children under five in the villages served.

The project was funded by the UK government's Aid Match scheme, which doubled public donations to WaterBridge's 2023 winter appeal, and by the Scottish Government's Climate Justice Fund.

WaterBridge plans to install a further 50 water points by the end of 2026.

About WaterBridge International

WaterBridge International is a UK-registered charity working in Malawi, Mozambique and Zambia. Since 2008 it has helped more than 1.2 million people get access to clean water and sanitation.

ENDS

For more information or interview requests, contact Hannah Jones, Media Manager, on +44 (0)20 7946 0321 or media@waterbridge.org.
"""),
    head=["Home › Newsroom › Press releases",
          "22 March 2025\nPress release",
          "A young girl collects water from a new solar-powered tap in Chikwawa district. © WaterBridge International/Chikondi Phiri"],
    mid=[("The region was among the worst hit", "£25 could help provide a family with clean water for a year.\nDonate now"),
         ("Since the first systems were installed", "Watch: How a solar water point works (1:45)"),
         ("WaterBridge plans to install", "Latest news\nWaterBridge responds to floods in Mozambique\nNew report: the hidden cost of unsafe water")],
    tail=["Stay in touch\nSign up to hear about our work, our appeals and how you can help. You can unsubscribe at any time.\nSign up",
          "Give monthly and help us plan for the long term. Set up a regular gift",
          "Follow us: Facebook · Instagram · LinkedIn · YouTube",
          "WaterBridge International is a registered charity in England and Wales (1123456) and Scotland (SC041234). Company limited by guarantee no. 6501234.\nPrivacy policy · Cookie policy · Fundraising promise"],
    mixed=[("LILONGWE, 22 March 2025", "start", "For immediate release"),
           ("Since the first systems were installed", "end", "Donate today and your gift will go twice as far."),
           ("For more information or interview requests", "end", "Download images (ZIP, 24MB)")],
    ltop=L("""
Donate
WaterBridge International – home
Our work
Where we work
Get involved
Newsroom
"""),
    lmid=[(0, "Published: 22 March 2025"),
          (0, "Press release"),
          ("The region was among the worst hit", "Donate now"),
          ("WaterBridge plans to install", "Latest news")],
    lbot=L("""
Stay in touch
Sign up
Set up a regular gift
Privacy policy
Fundraising promise
Registered charity number 1123456
"""),
))

# 28. Shop product page
ARTICLES.append(dict(
    slug="en3-shop-kettle-product", lang="en", register="shop",
    paras=P("""
Halden Variable Temperature Kettle, 1.5L, Brushed Steel

Make the perfect cup of green tea, pour-over coffee or baby formula with five preset temperatures from 40°C to 100°C and a keep-warm function that holds your chosen temperature for up to 30 minutes.

The gooseneck spout gives you precise control when brewing pour-over coffee, while the 1.5-litre capacity is big enough for a pot of tea for four.

Features

Five temperature settings: 40°C, 70°C, 80°C, 90°C and 100°C

Keep-warm for up to 30 minutes

Rapid boil: 1 litre in under 3 minutes

Removable limescale filter

Cordless 360° base with cable storage

Automatic shut-off and boil-dry protection

Specifications

Capacity: 1.5 litres. Power: 2200W. Dimensions: 29 x 17 x 24cm. Weight: 1.3kg. Cable length: 75cm.

What's in the box: kettle, power base, instruction manual.

Guarantee: 2 years manufacturer's guarantee.

Customer review: "Heats fast, looks great on the worktop and the 80°C setting has changed how I make green tea. Only niggle is the lid can be stiff." – Priya, verified buyer, 5 stars
"""),
    head=["Home > Kitchen & Dining > Kettles > Temperature Control Kettles",
          "£69.99\nWas £89.99 – Save £20 (22%)\nOffer ends Sunday",
          "★★★★☆ 4.6 (1,284 reviews)\nWrite a review",
          "Free delivery on orders over £40\nOrder within 3 hrs 12 mins for next-day delivery\nOr click & collect from 2pm tomorrow",
          "Add to basket\nAdd to wishlist ♡\nPay in 3 interest-free payments of £23.33 with Klarna. Learn more"],
    mid=[("The gooseneck spout gives you", "Frequently bought together\nHalden 2-Slice Toaster, Brushed Steel £49.99\nBuy both for £109.98\nAdd both to basket"),
         ("Automatic shut-off and boil-dry protection", "Extend your protection: 3-year care plan for £9.99"),
         ("Guarantee: 2 years manufacturer's guarantee.", "Customers also viewed\nRussell Hobbs Luna Kettle £34.99\nSmeg KLF03 Kettle £149.00\nBosch Styline Kettle £59.99")],
    tail=["Questions & Answers (23)\nAsk a question",
          "Join our Rewards club and get 10% off your first order. Sign up now",
          "Delivery & Returns\nStandard delivery £3.95 · Free 30-day returns · Price promise: found it cheaper? We'll match it.",
          "Recently viewed",
          "Payment methods: Visa, Mastercard, Amex, PayPal, Apple Pay, Klarna\n© 2025 HomeHaus Retail Ltd. Company no. 04123456 · Terms & conditions · Privacy · Cookie preferences"],
    mixed=[("Make the perfect cup of green tea", "start", "NEW IN"),
           ("Capacity: 1.5 litres.", "end", "Product code: 887-2210"),
           ("Customer review: \"Heats fast", "end", "Read all 1,284 reviews")],
    ltop=L("""
Free delivery over £40 | Free 30-day returns
HomeHaus
Search products, brands and more
My account
Basket (0)
Sale
"""),
    lmid=[(0, "£69.99"),
          (0, "Was £89.99"),
          (0, "Add to basket"),
          ("The gooseneck spout gives you", "Frequently bought together"),
          ("Guarantee: 2 years manufacturer's guarantee.", "Customers also viewed")],
    lbot=L("""
Questions & Answers (23)
Ask a question
Recently viewed
Delivery & Returns
Cookie preferences
© 2025 HomeHaus Retail Ltd.
"""),
))

# 29. TRAP: newsletter business
ARTICLES.append(dict(
    slug="en3-trap-newsletter-economy", lang="en", register="business", trap=True,
    trap_promo=("head", "Sign up to Inside Media, our weekly newsletter on the business of news."),
    paras=P("""
The newsletter gold rush is slowing. Writers are adjusting

Five years after a wave of journalists left staff jobs to launch paid newsletters, many are finding that subscriber growth has stalled and are turning to podcasts, live events and paid communities to make a living.

Figures shared with this paper by three newsletter platforms suggest the median paid newsletter now converts between 3% and 5% of its free subscribers into paying ones, down from around 7% in 2021.

"The first year was extraordinary," said Hamish Ward, who left a national newspaper in 2020 to launch a newsletter about Scottish politics. "People were at home, they wanted to support independent writers, and I had 2,000 paying subscribers within six months. Now I'm working twice as hard for half the growth."

Ward, who charges £6 a month, now makes more from a weekly podcast and sponsored live events than from subscriptions alone.

Part of the problem, writers say, is fatigue. Readers who signed up to several paid newsletters in 2020 and 2021 have started to cancel. "Everyone has a ceiling for how many £5 subscriptions they'll pay for," said media analyst Priya Natarajan. "For most people that number is about three."

Platforms have responded by adding features designed to keep subscribers engaged, such as chat threads, video and bundles that let readers pay once for several publications.

Not everyone is struggling. A small number of newsletters covering finance, technology and niche hobbies report steady growth, and several have been acquired by larger media companies in the past year.

Natarajan said the model had not failed but had matured. "It's a real business now, which means it behaves like one. Most small businesses don't grow forever."
"""),
    head=["Business > Media",
          "By Tom Redding, Media Editor",
          "Mon 17 Feb 2025 07.00 GMT",
          "Sign up to Inside Media, our weekly newsletter on the business of news."],
    mid=[("Figures shared with this paper", "Advertisement"),
         ("Ward, who charges £6 a month", "Related: Substack rival launches with $10m in funding"),
         ("Platforms have responded by adding", "This article was amended on 18 February 2025 to correct a figure – Ward charges £6, not £7, a month.")],
    tail=["Topics\nMedia business\nNewsletters\nJournalism",
          "Sign up to Business Today\nGet set for the working day – we'll point you to all the business news and analysis you need every morning.",
          "Most viewed in Business\nBank of England cuts interest rates to 4.5%\nHouse prices rise for fourth month",
          "Share · Reuse this content",
          "Comments (213)"],
    mixed=[("Five years after a wave", "start", "Analysis"),
           ("\"The first year was extraordinary,\"", "end", "Read more: Why journalists are going solo"),
           ("Natarajan said the model", "end", "Sign up for the Inside Media newsletter.")],
    ltop=L("""
News
Business
Markets
Media business
Support us
Sign in
"""),
    lmid=[(0, "By Tom Redding"),
          (0, "Mon 17 Feb 2025 07.00 GMT"),
          ("Figures shared with this paper", "Advertisement"),
          ("Ward, who charges £6 a month", "Related: Substack rival launches with $10m in funding")],
    lbot=L("""
Topics
Most viewed in Business
Reuse this content
Comments (213)
Privacy policy
Cookie policy
"""),
))

# 30. TRAP: ad blocking
ARTICLES.append(dict(
    slug="en3-trap-adblock-publishers", lang="en", register="tech", trap=True,
    paras=P("""
Publishers step up fight against ad blockers as one in four Britons block ads

One in four British internet users now uses an ad blocker, according to new research, prompting a growing number of news websites to block visitors who refuse to switch them off.

The survey of 2,000 adults by the Digital Advertising Council found that 26% used ad-blocking software on at least one device, rising to 41% among 18 to 34-year-olds. The most common reasons given were that ads were "annoying or intrusive" (61%), slowed down websites (48%) and raised privacy concerns (37%).

Several large publishers now show a message to readers using ad blockers, asking them to whitelist the site, pay for an ad-free subscription or leave. One national newspaper's message reads: "We noticed you're using an ad blocker. Advertising helps fund our journalism. Please disable it or subscribe."

"Ads pay for most of the free journalism people read," said Mark Delaney, chief executive of the Digital Advertising Council. "If everyone blocked them, a lot of that journalism would disappear or go behind paywalls."

Critics say publishers brought the problem on themselves with auto-playing video ads, pop-ups and trackers that slow down pages. "Ad blocking is a symptom," said Dr Kate Morley, who researches online advertising at the University of Eastmoor. "People are not against advertising. They are against bad advertising."

Some browser makers have added built-in tracker blocking, while Google has changed how extensions work in its Chrome browser, a move that critics say weakens popular ad blockers.

Lighter, less intrusive ads, such as those that load only text or static images, are blocked far less often, the research found. The council said it was encouraging members to adopt its standards for "acceptable" ads.
"""),
    head=["Technology | Digital media",
          "By Chloe Tan\n6 October 2024 · Updated 7 October 2024",
          "Reading time: 4 min",
          "Many sites now show a message asking readers to turn off their ad blocker. Photo: Alamy"],
    mid=[("The survey of 2,000 adults", "Sponsored\nProtect your family online with Norton 360 – first year £19.99\nLearn more"),
         ("\"Ads pay for most of the free journalism", "Advertisement"),
         ("Some browser makers have added", "Read more:\nGoogle delays plan to remove third-party cookies again\nWhat happens to your data when you click 'accept'?")],
    tail=["Follow Chloe Tan on Bluesky @chloetan.bsky.social",
          "More from Technology\nThe apps that quietly drain your phone battery\nWhy your smart TV is watching you",
          "Become a member for £5 a month and read without ads. Join today",
          "About us · Contact · Advertise with us · Privacy · Cookie settings · © 2025 The Daily Digest"],
    mixed=[("One in four British internet users", "start", "Advertisement"),
           ("Critics say publishers brought", "end", "(Photo: Alamy)"),
           ("Lighter, less intrusive ads", "end", "Share this story on X.")],
    ltop=L("""
The Daily Digest
News
Technology
Science
Become a member
Log in
"""),
    lmid=[(0, "By Chloe Tan"),
          (0, "6 October 2024"),
          ("The survey of 2,000 adults", "Sponsored"),
          ("\"Ads pay for most of the free journalism", "Advertisement")],
    lbot=L("""
More from Technology
The apps that quietly drain your phone battery
About us
Advertise with us
Cookie settings
© 2025 The Daily Digest
"""),
))
