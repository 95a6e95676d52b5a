from common import P, L

ARTICLES = []

# 31. Live blog: storm
ARTICLES.append(dict(
    slug="en3-liveblog-storm-ewan", lang="en", register="liveblog",
    paras=P("""
Storm Ewan live: 90mph gusts, thousands without power and rail services cancelled

Storm Ewan is battering northern England and Scotland with gusts of up to 90mph, and an amber wind warning remains in force until 9pm. Here are the latest updates.

Summary

More than 45,000 homes are without power across Cumbria, Northumberland and the Scottish Borders. Avanti West Coast has cancelled all services north of Preston. The Tyne Bridge and the A66 are closed to high-sided vehicles.

16:48

Northern Powergrid says engineers have restored power to 12,000 customers, but warns that some homes in rural Northumberland may be without electricity until tomorrow afternoon.

16:20

Police in Carlisle say a man in his 60s was taken to hospital with serious injuries after a tree fell on his car on the A595 near Wigton. The road is closed in both directions.

15:55

The Met Office has recorded a gust of 92mph at Brizlee Wood in Northumberland, the highest so far today.

15:30

'The garden fence is in next door's garden'

Readers have been sending us their pictures. Sue in Hexham writes: "Our whole fence panel has gone over into next door's garden and the trampoline is somewhere in the field. We're fine, just a bit shaken."

14:45

Network Rail says it expects disruption to continue into tomorrow morning while lines are checked for fallen trees. Passengers are advised not to travel.

14:10

Schools in the Scottish Borders closed early at 1pm and all after-school activities have been cancelled. Parents are asked to check the council website for updates about tomorrow.
"""),
    head=["LIVE",
          "Updated 3 minutes ago",
          "Key points\nAmber wind warning in force until 9pm\n45,000 homes without power\nNo trains north of Preston\nTyne Bridge closed to high-sided vehicles",
          "Live reporting by Claire Dunn and Matt Heywood"],
    mid=[("More than 45,000 homes are without power", "Get in touch\nHow are you affected by Storm Ewan? Send us your pictures and videos via WhatsApp on 07700 900 123 or email yourpics@northnews.co.uk. Please only send pictures if it is safe to do so."),
         ("The Met Office has recorded a gust", "Share\nPost\nCopy link"),
         ("Network Rail says it expects", "Advertisement\nLive coverage continues below")],
    tail=["Load more updates",
          "Check the forecast where you are\nEnter a town, city or postcode\nSearch",
          "Related\nWhy is it called Storm Ewan? How storms get their names\nHow to check if your train is cancelled",
          "Download the North News app and turn on notifications to get breaking news and weather warnings as they happen.",
          "Terms · Privacy · Cookies · Accessibility · Contact · © North News Media 2025"],
    mixed=[("Storm Ewan is battering", "start", "Live"),
           ("Police in Carlisle say", "end", "Posted at 16:20"),
           ("Schools in the Scottish Borders", "end", "Refresh for the latest updates.")],
    ltop=L("""
North News
Weather
Travel
Live
Sign in
"""),
    lmid=[(0, "Updated 3 minutes ago"),
          (0, "Key points"),
          ("The Met Office has recorded a gust", "Share"),
          ("Network Rail says it expects", "Live coverage continues below")],
    lbot=L("""
Load more updates
Check the forecast where you are
Related
How to check if your train is cancelled
Privacy
© North News Media 2025
"""),
))

# 32. Business wire: earnings
ARTICLES.append(dict(
    slug="en3-business-grocer-results", lang="en", register="business",
    paras=P("""
Harcourt's profits jump 14% as shoppers return to the big weekly shop

Supermarket chain Harcourt's reported a 14% rise in annual profits on Wednesday and said it would return £500m to shareholders, as easing food inflation brought shoppers back to its large out-of-town stores.

Underlying pre-tax profit for the year to 1 March rose to £1.21bn, ahead of analysts' average forecast of £1.17bn. Group sales excluding fuel increased 4.1% to £31.8bn.

Chief executive Fiona Gallagher said customers were doing "more of their shopping in one place again" after two years in which many had spread their spending across discounters to save money. Harcourt's market share rose to 15.9%, its highest level since 2019, according to industry data.

The company has cut the price of more than 3,000 products over the past year and expanded its loyalty scheme, which now has 19 million members. Gallagher said the scheme's personalised offers had been "the single biggest factor" in winning back lapsed customers.

She warned that rising costs would put pressure on margins in the coming year, pointing to higher employer National Insurance contributions and the increase in the national living wage, which together would add around £200m to its wage bill.

Shares in Harcourt's rose 3.8% to 412p in morning trading, making it the biggest riser on the FTSE 100.

"This was a strong set of numbers, but the real question is whether Harcourt's can hold on to these gains if the discounters respond with another round of price cuts," said Paul Mercer, an analyst at Haverleigh Securities.

The company will pay a final dividend of 9.2p a share, taking the full-year payout to 13.4p.
"""),
    head=["Business | Retail",
          "April 9, 2025 · 8:14 AM · Updated an hour ago",
          "By Sarah Yeo and Yasmin Shah",
          "Shoppers at a Harcourt's store in Watford. File photo. REUTERS/Toby Marsh"],
    mid=[("Underlying pre-tax profit for the year", "HRC.L\nHarcourt's plc\n412.0p +15.2 (+3.83%)\nAs of 09:05 BST\nView full quote"),
         ("The company has cut the price", "Advertisement · Scroll to continue"),
         ("Shares in Harcourt's rose 3.8%", "Sign up to The Daily Briefing, our newsletter on the day's most important business stories. Sign up here.")],
    tail=["Reporting by Sarah Yeo in London; Editing by Kate Holton and Jane Merriman",
          "Our Standards: The Trust Principles.",
          "Read Next\nSainsbury's to cut 3,000 jobs\nUK inflation falls to 2.6%\nBoots owner agrees takeover",
          "Markets data delayed by at least 15 minutes. © 2025 All rights reserved."],
    mixed=[("Supermarket chain Harcourt's reported", "start", "Companies: Harcourt's plc Follow"),
           ("Chief executive Fiona Gallagher said", "end", "Read more: Discount grocers gain market share for fifth month"),
           ("The company will pay a final dividend", "end", "Purchase Licensing Rights, opens new tab")],
    ltop=L("""
World
Business
Markets
Breakingviews
Sustainability
Register
"""),
    lmid=[(0, "April 9, 2025"),
          (0, "By Sarah Yeo"),
          ("Underlying pre-tax profit for the year", "View full quote"),
          ("The company has cut the price", "Advertisement · Scroll to continue")],
    lbot=L("""
Reporting by Sarah Yeo; Editing by Kate Holton
Our Standards: The Trust Principles.
Read Next
UK inflation falls to 2.6%
Site Index
Cookies
"""),
))

# 33. Health news
ARTICLES.append(dict(
    slug="en3-health-gp-appointments", lang="en", register="health",
    paras=P("""
Patients wait longer for GP appointments in areas with fewest doctors, analysis shows

Patients in the parts of England with the fewest GPs are almost twice as likely to wait more than four weeks for an appointment as those in the best-staffed areas, according to an analysis of NHS data.

The research by Primary Care Futures found that in the fifth of local areas with the fewest fully qualified GPs per patient, 9.8% of appointments took place more than 28 days after they were booked. In the best-staffed fifth, the figure was 5.1%.

Areas with the fewest GPs were disproportionately in deprived coastal towns and parts of the Midlands and the north of England, where patients also tend to have more long-term health conditions.

"The people who most need to see a GP are the ones finding it hardest," said Dr Amara Kessel, a GP and policy fellow at the think tank Primary Care Futures. "Unless we deliberately direct doctors to these areas, the gap will keep growing."

What does the data show?

England has 27,600 fully qualified, full-time-equivalent GPs, about 1,000 fewer than in 2015, even though the population has grown by roughly three million. Each GP is now responsible for an average of 2,300 patients.

A Department of Health and Social Care spokesperson said the government would recruit 1,000 more GPs through additional funding to practices and was "cutting red tape so GPs can spend more time with patients".

If you need to see a doctor

If you cannot get a GP appointment and need medical help, you can call NHS 111 or use 111 online. Many pharmacies can also now treat seven common conditions, including sinusitis, earache and urinary tract infections in women, without a GP appointment.

In an emergency, call 999.
"""),
    head=["Health | NHS",
          "By Nina Tressel, Health correspondent",
          "23 January 2025",
          "Image source: PA Media"],
    mid=[("Areas with the fewest GPs", "How does your area compare?\nUse our postcode checker to see GP numbers near you.\nEnter your postcode\nIf you cannot see the look-up, click here."),
         ("\"The people who most need to see a GP", "Related: 'I rang 47 times to get an appointment'"),
         ("A Department of Health and Social Care spokesperson", "Advertisement")],
    tail=["Has your GP practice been affected? Tell us about your experience. Contact form. Please include a contact number if you are willing to speak to a journalist.",
          "Related topics\nNHS\nGeneral practitioners\nHealth inequality",
          "More on this story\nNHS waiting list falls for fifth month\nDentist shortage: 'I had to pull my own tooth'",
          "Follow us on X, Instagram and Facebook for the latest health news."],
    mixed=[("Patients in the parts of England", "end", "Getty Images"),
           ("England has 27,600 fully qualified", "start", "Related: Why can't I get a GP appointment?"),
           ("In an emergency, call 999.", "end", "Subscribe to our Health Check newsletter.")],
    ltop=L("""
Skip to content
Accessibility Help
Sign in
Home page
News
Sport
"""),
    lmid=[(0, "By Nina Tressel"),
          (0, "23 January 2025"),
          ("Areas with the fewest GPs", "Enter your postcode"),
          ("A Department of Health and Social Care spokesperson", "Advertisement")],
    lbot=L("""
Related topics
More on this story
Terms of Use
About us
Privacy Policy
Cookies
"""),
))

# 34. Music festival review
ARTICLES.append(dict(
    slug="en3-music-festival-review", lang="en", register="entertainment",
    paras=P("""
Greenmere festival review: sunshine, big singalongs and a headline set for the ages

Greenmere Park, Derbyshire

There is a moment, about halfway through The Coastliners' Saturday headline set, when 40,000 people sing the chorus of Harbour Lights so loudly that frontman Danny Roe simply steps back from the microphone and lets them. It is the best thing that happens all weekend, and this was a very good weekend.

The Derbyshire festival, now in its eleventh year, has grown from a village-fete-sized gathering into one of the biggest independent events in the country without losing its relaxed, family-friendly feel. Queues for the bars were short, the toilets were clean (a genuine miracle) and the food stalls ran from Sri Lankan hoppers to an excellent Yorkshire pudding wrap.

Friday belonged to newcomers. Glasgow four-piece Static Bloom packed the second stage tent at 4pm, and by the end of their half-hour set people were standing outside it trying to look in. Remember the name.

Sunday headliner Maya Okoro was slightly less convincing. Her voice is remarkable and her new songs are strong, but a long mid-set section of slow ballads lost the crowd, and the field had visibly thinned before the encore.

Best set: The Coastliners. Best newcomer: Static Bloom. Best food: the Yorkshire pudding wrap. Worst moment: the 40-minute queue for the shuttle bus back to Matlock on Sunday night.

Organisers have already announced that Greenmere will return next July, with capacity staying at 40,000.
"""),
    head=["Music > Live reviews",
          "By Joel Stanton\n21 July 2024, 10:32am",
          "The Coastliners on the main stage on Saturday night. Photo: Jess Kinnear for Greenmere",
          "★★★★☆"],
    mid=[("There is a moment, about halfway", "Gallery: the best photos from Greenmere 2024 (32 images)"),
         ("The Derbyshire festival, now in its eleventh year", "TICKETS: Greenmere 2025 early bird tickets are on sale now from £149 – book via Seetickets before they sell out."),
         ("Friday belonged to newcomers.", "Listen: Static Bloom – 'Undertow' on Spotify\n▶ Play")],
    tail=["Subscribe to our music newsletter for reviews, new releases and gig announcements every Friday.",
          "Tags: Greenmere, Festivals, The Coastliners, Live reviews",
          "Hot tickets\nFontaines D.C. – Wembley Arena – from £55\nSam Fender – St James' Park – Sold out\nBrowse all gigs",
          "Trending in Music\nThe 50 best albums of 2024 so far\nGlastonbury 2025 line-up rumours\nOasis reunion: everything we know",
          "Independent music journalism needs your support. Become a patron from £3 a month."],
    mixed=[("Greenmere Park, Derbyshire", "end", "Sponsored by Rivington Cider"),
           ("Sunday headliner Maya Okoro", "end", "(Photo credit: Jess Kinnear)"),
           ("Organisers have already announced", "end", "Follow us on Instagram @loudandclearmag for more festival coverage.")],
    ltop=L("""
Loud & Clear
Music
News
Reviews
Festivals
Tickets
"""),
    lmid=[(0, "By Joel Stanton"),
          (0, "21 July 2024, 10:32am"),
          ("There is a moment, about halfway", "Gallery: the best photos from Greenmere 2024"),
          ("The Derbyshire festival, now in its eleventh year", "Early bird tickets on sale now")],
    lbot=L("""
Hot tickets
Browse all gigs
Trending in Music
Oasis reunion: everything we know
Become a patron
© Loud & Clear Media 2024
"""),
))

# 35. Games review
ARTICLES.append(dict(
    slug="en3-game-review-harbourlight", lang="en", register="review",
    paras=P("""
Harbourlight review: a cosy fishing game with a surprisingly dark undertow

Platforms: PC, PS5, Xbox Series X/S, Nintendo Switch. Reviewed on: PC. Price: £19.99.

On the surface, Harbourlight is exactly what its pastel trailer promised: you run a small fishing business on a windswept island, catching mackerel, selling your haul at the market and slowly upgrading your leaky boat. It is gentle and repetitive in a way that can be very soothing.

But after a few in-game weeks, things start to feel wrong. Fishermen stop coming back from the northern reefs. The lighthouse keeper asks odd questions. Your catches begin to include things that are not quite fish.

Developer Saltmarsh Games balances these two tones brilliantly. The horror never tips into jump scares; instead, it creeps into the routine you have built, so that a trip to your favourite fishing spot becomes something you have to steel yourself for.

The fishing itself is simple – a timing mini-game with a few variations – and it does become repetitive in the later hours. The inventory system, which asks you to fit oddly shaped catches into your hold like a puzzle, is fiddly with a controller.

It runs smoothly on a mid-range PC, and the hand-painted art looks lovely. A full playthrough took me about 14 hours.

Verdict

Harbourlight is one of the most original indie games of the year: a cosy game that gradually, cleverly turns on you. Repetitive fishing aside, it is hard to recommend highly enough.

Score: 8/10
"""),
    head=["Reviews > PC",
          "Written by Kit Ramsay on 3 March 2025\nFollow @kitramsay",
          "Disclosure: A review code was provided by the publisher. Some links on this page are affiliate links.",
          "Buy Harbourlight\nSteam £19.99 · PlayStation Store £19.99 · Nintendo eShop £19.99 · Xbox Store £19.99"],
    mid=[("On the surface, Harbourlight", "Watch on YouTube\nHarbourlight – Launch Trailer\n▶ 1:54"),
         ("Developer Saltmarsh Games balances", "Support us: Go ad-free and get bonus podcasts by joining our supporter programme. Become a Supporter"),
         ("It runs smoothly on a mid-range PC", "Advertisement – scroll to continue reading")],
    tail=["Rock Paper Pixel is supported by our readers. Our Supporter programme helps us stay independent. Become a supporter.",
          "In this article\nHarbourlight\nPC, PS5, Xbox Series X/S, Nintendo Switch\nFollow",
          "Related\nDredge review: an atmospheric fishing horror\nThe best cosy games of 2025\nBest indie games to play this month",
          "Log in or register to comment\nComments (58)",
          "About · Jobs · Privacy policy · Cookie settings · © 2025 Rock Paper Pixel Ltd"],
    mixed=[("Harbourlight review: a cosy", "end", "Updated"),
           ("But after a few in-game weeks", "end", "[Image: Saltmarsh Games]"),
           ("Score: 8/10", "end", "Buy it on Steam now and get 10% off with our launch discount.")],
    ltop=L("""
Rock Paper Pixel
PC Gaming
Reviews
Guides
Hardware
Supporters
"""),
    lmid=[(0, "Written by Kit Ramsay"),
          (0, "3 March 2025"),
          ("On the surface, Harbourlight", "Watch on YouTube"),
          ("It runs smoothly on a mid-range PC", "Advertisement – scroll to continue reading")],
    lbot=L("""
Become a supporter
In this article
Follow
Comments (58)
About
Cookie settings
"""),
))

# 36. Recipe blog: dal
ARTICLES.append(dict(
    slug="en3-recipe-red-lentil-dal", lang="en", register="recipe",
    paras=P("""
Weeknight Red Lentil Dal (30 Minutes, One Pot)

This is the dal my mum made on Tuesday nights when money was tight, and it's still the thing I cook when I get home tired and hungry. Red lentils break down into a creamy, comforting bowl in about 20 minutes, and the tarka – spices sizzled in hot oil and poured over at the end – is what makes it taste so much more than the sum of its parts.

Ingredients

For the dal:

250g red lentils, rinsed

1 litre water

1 tsp ground turmeric

1 tsp salt

1 tomato, chopped

For the tarka:

2 tbsp ghee or vegetable oil

1 tsp cumin seeds

1 onion, finely sliced

3 garlic cloves, sliced

1 green chilli, slit lengthways

Pinch of asafoetida (optional)

Handful of fresh coriander, to serve

Instructions

Put the lentils, water and turmeric in a large pan and bring to the boil. Skim off any foam, then simmer for 20 minutes, stirring now and then, until the lentils have broken down. Stir in the salt and tomato.

Meanwhile, heat the ghee in a small frying pan. Add the cumin seeds and let them sizzle for 30 seconds, then add the onion and fry until deep golden, about 8 minutes. Add the garlic, chilli and asafoetida and cook for a minute more.

Pour the tarka over the dal, stir through and scatter with coriander. Serve with rice or chapatis.

Recipe notes

If the dal gets too thick as it stands, loosen it with a splash of boiling water. It keeps in the fridge for three days and freezes well.

Serves 4. Calories per serving: 310 (approx).
"""),
    head=["Skip to Recipe",
          "Posted by Anjali · Last updated January 12, 2025 · 214 comments",
          "This post may contain affiliate links which won't change your price but will share some commission.",
          "⭐⭐⭐⭐⭐ 5 from 96 reviews\nPrint Recipe\nPin Recipe\nSave"],
    mid=[("This is the dal my mum made", "Love easy curries? Get my free 7-day vegetarian meal plan when you join my email list!\nFirst name\nEmail\nYes, send it!"),
         ("Handful of fresh coriander, to serve", "Equipment\nHeavy-bottomed saucepan\nSmall frying pan (I love this one from Lakeland)"),
         ("Pour the tarka over the dal", "AD")],
    tail=["Did you try this recipe? Leave a star rating and let me know in the comments below! You can also share a photo on Instagram and tag @anjaliskitchen.",
          "Hi, I'm Anjali!\nI share simple Indian home cooking for busy people. Read my story →",
          "More Vegetarian Curries\nChana Masala in 25 Minutes\nSaag Paneer\nAloo Gobi",
          "214 Comments\nSarah says:\nMade this tonight and my kids asked for seconds!\nReply",
          "Copyright © 2025 Anjali's Kitchen · Privacy Policy · Accessibility · Disclosure"],
    mixed=[("This is the dal my mum made", "start", "Jump to Recipe"),
           ("Put the lentils, water and turmeric", "start", "Step 1"),
           ("Serves 4. Calories per serving", "end", "Pin it for later!")],
    ltop=L("""
Anjali's Kitchen
Recipes
Curries
Meal plans
About
Search
"""),
    lmid=[(0, "Skip to Recipe"),
          (0, "5 from 96 reviews"),
          ("Handful of fresh coriander, to serve", "Print Recipe"),
          ("Pour the tarka over the dal", "AD")],
    lbot=L("""
Leave a star rating
More Vegetarian Curries
Chana Masala in 25 Minutes
214 Comments
Privacy Policy
Disclosure
"""),
))

# 37. Newspaper obituary of a musician
ARTICLES.append(dict(
    slug="en3-obit-folk-singer", lang="en", register="obituary",
    paras=P("""
Ruth Calder obituary

Folk singer whose unaccompanied ballads helped revive traditional Scottish song in the 1960s

Ruth Calder, who has died aged 84, was one of the defining voices of the Scottish folk revival, a singer whose plain, unornamented style and vast repertoire of traditional ballads influenced generations of musicians who came after her.

Born in Dundee, the daughter of a jute-mill worker and a fishwife's daughter from Arbroath, she learned many of her songs from her grandmother, who could sing for hours without repeating herself. She began singing in folk clubs in Edinburgh while training as a teacher, and in 1963 was recorded by the School of Scottish Studies, whose archive holds more than 200 of her performances.

Her first album, The Bonnie Banks, released in 1966, was recorded in a single afternoon in a church hall. It was never a commercial success, but it circulated widely among other singers, and its version of The Twa Sisters became the standard one for a generation.

She toured Europe and North America throughout the 1970s, but always returned to teaching, which she said kept her "honest". She refused to add instrumental backing to her songs, telling an interviewer in 1978: "The ballad doesn't need help. It's survived four hundred years without a guitar."

In later life she ran singing workshops for children in Dundee schools and was appointed MBE in 2009 for services to traditional music.

She married the fiddler Alasdair Grant in 1968; he died in 2015. She is survived by their two sons, Iain and Malcolm, and four grandchildren.

Ruth Margaret Calder, singer and teacher, born 2 May 1940; died 18 November 2024
"""),
    head=["Obituaries",
          "Colin Munro\nMon 25 Nov 2024 16.30 GMT",
          "Ruth Calder in 1972. Photograph: Scottish Studies Archive",
          "Share\n27"],
    mid=[("Born in Dundee, the daughter", "Advertisement"),
         ("Her first album, The Bonnie Banks", "Listen: Ruth Calder sings The Twa Sisters (School of Scottish Studies archive)"),
         ("In later life she ran singing workshops", "Do you have a memory of Ruth Calder? Write to us at otherlives@example-news.com")],
    tail=["Explore more on these topics\nFolk music\nScotland\nObituaries",
          "Reuse this content",
          "Most viewed\nThe 10 best folk albums of all time\nWhat to watch on TV this week",
          "Sign up to Inside Saturday\nThe only way to get a look behind the scenes of the Saturday magazine. Sign up to get the inside story from our top writers as well as all the must-read articles and columns, delivered to your inbox every weekend.",
          "Original reporting and incisive analysis, direct from our newsroom. We rely on readers to keep us independent. Support us today – it only takes a minute."],
    mixed=[("Ruth Calder, who has died aged 84", "end", "Photograph: Scottish Studies Archive"),
           ("She toured Europe and North America", "end", "Read more: Shirley Collins – 'I never wanted to be famous'"),
           ("She married the fiddler", "end", "Other lives: send your own obituary of someone you knew well.")],
    ltop=L("""
News
Opinion
Sport
Culture
Obituaries
Support us
"""),
    lmid=[(0, "Colin Munro"),
          (0, "Mon 25 Nov 2024 16.30 GMT"),
          ("Born in Dundee, the daughter", "Advertisement"),
          ("Her first album, The Bonnie Banks", "Listen")],
    lbot=L("""
Explore more on these topics
Reuse this content
Most viewed
Sign up to Inside Saturday
Support us today
Help
"""),
))

# 38. Court report (local news)
ARTICLES.append(dict(
    slug="en3-court-report-van-theft", lang="en", register="court",
    paras=P("""
Man jailed for stealing tools worth £38,000 from tradesmen's vans

A man who stole power tools worth more than £38,000 from tradesmen's vans across three counties has been jailed for three years and four months.

Kyle Denton, 34, of Ashcroft Road, Luton, targeted vans parked outside homes overnight between September 2023 and February 2024, Luton Crown Court heard on Tuesday.

Prosecutor Emma Hartley said Denton and an accomplice, who has not been identified, used a tool to peel back the side panels of vans and remove power tools, which were then sold online and at car boot sales.

Police traced Denton after a plumber from Dunstable fitted a GPS tracker inside one of his drills. The tracker led officers to a lock-up garage in Luton where they found 46 power tools, many still marked with their owners' names or postcodes.

In a victim impact statement read to the court, one electrician said he had been unable to work for two weeks after his van was broken into and had lost around £4,000 in earnings on top of the cost of replacing his tools. "People think it's just stuff and insurance will pay. It doesn't. It's our living," he said.

Denton pleaded guilty to 14 counts of theft and one count of handling stolen goods.

Defending, Richard Obi said his client had built up large debts through gambling and had since sought help for his addiction.

Sentencing him, Judge Michael Rowe said: "These were targeted, planned offences against hard-working people whose livelihoods depend on those tools."

Bedfordshire Police advised tradespeople to remove tools from vans overnight where possible, mark them with a postcode and consider fitting extra locks.
"""),
    head=["News › Crime",
          "By Nadia Singh\nCourt Reporter",
          "Published 15th May 2025, 16:22 BST · Updated 15th May 2025, 17:05 BST",
          "Kyle Denton was jailed at Luton Crown Court. Photo: Bedfordshire Police"],
    mid=[("Prosecutor Emma Hartley said", "Advertisement\nHide Ad"),
         ("Denton pleaded guilty to 14 counts", "Read more\nTwo arrested after cannabis farm found in former pub\nTeenager charged with town centre robbery"),
         ("Sentencing him, Judge Michael Rowe", "Get the latest court and crime news from across Bedfordshire sent straight to your inbox. Sign up to our Crime Watch newsletter")],
    tail=["Comments\nHave your say on this story – log in or register to leave a comment. Please keep comments respectful.",
          "Most Popular\nM1 closed after lorry fire\nLuton Town confirm pre-season friendlies\nNew restaurant opens in The Mall",
          "Show your support for our journalism: subscribe to get ad-lite access and an exclusive daily newsletter. Subscribe",
          "Follow us on Facebook, X and Instagram @LutonBeds_News",
          "© 2025 National World Publishing Ltd. All rights reserved. Cookie Settings · Terms and Conditions · Privacy Notice · Contact Us"],
    mixed=[("A man who stole power tools", "start", "Crime & courts"),
           ("Police traced Denton after a plumber", "end", "Read more: How to protect your van from thieves"),
           ("Bedfordshire Police advised tradespeople", "end", "Do you have a story? Send your news tips to newsdesk@lutonbedsnews.co.uk.")],
    ltop=L("""
Luton & Beds News
News
Crime
Sport
Subscribe
Sign in
"""),
    lmid=[(0, "By Nadia Singh"),
          (0, "Published 15th May 2025, 16:22 BST"),
          ("Prosecutor Emma Hartley said", "Hide Ad"),
          ("Denton pleaded guilty to 14 counts", "Read more")],
    lbot=L("""
Most Popular
M1 closed after lorry fire
Cookie Settings
Terms and Conditions
Privacy Notice
Contact Us
"""),
))

# 39. TRAP: discount code sites
ARTICLES.append(dict(
    slug="en3-trap-discount-code-sites", lang="en", register="consumer", trap=True,
    trap_promo=("tail", "Exclusive for readers: get 15% off at Bloom & Wild with code SAVVY15. T&Cs apply."),
    paras=P("""
Do discount code websites actually save you money? We tested 200 codes

You've filled your basket, you're on the checkout page, and there it is: a box marked "Promo code". Most of us have opened a new tab at that point and searched for "[shop name] discount code". But how many of the codes we find actually work?

We tested 200 codes listed on the UK's five biggest voucher code websites for 40 popular retailers, including fashion chains, supermarkets and electronics sellers.

Only 61 of the 200 codes, or 31%, worked at checkout. A further 22 were accepted but gave a smaller discount than advertised, often because they applied only to full-price items or to first orders.

The worst performers were codes labelled "verified" or "exclusive": 38 of the 70 codes with those labels did not work at all.

The most common problems

Expired codes: Many sites leave codes listed for months after they stop working.

"Codes" that are just links: Some listings marked "Get code" simply took us to the retailer's sale page, earning the site a commission without giving us any discount.

First-order only: Codes such as "20% off your first order" did not work for customers who had shopped with the retailer before.

Subscription sign-ups: Several retailers give discounts only if you sign up to their email newsletter, which can mean years of marketing emails.

Voucher sites make money through affiliate commissions when shoppers click through and buy. One site told us it checked codes "regularly" but accepted that "retailers change their terms without notice".

Consumer expert Helen Darby said shoppers should be sceptical of any code promising more than 20% off. "If it looks too good to be true, it usually is," she said. "And never hand over card details to a site just to reveal a code."

Our verdict: voucher sites can save you money, but expect to try several codes, and check your basket total before you pay.
"""),
    head=["Money > Shopping",
          "By Gemma Kerr, Consumer Editor",
          "Updated 4 April 2025",
          "We may receive a commission if you buy through links in this article. This does not affect our editorial independence."],
    mid=[("We tested 200 codes listed", "Sponsored\nSave up to 50% on home insurance – compare quotes in minutes with QuoteCompare. Get a quote"),
         ("Expired codes: Many sites leave", "Advertisement"),
         ("Voucher sites make money", "Related: The best cashback credit cards – and the catches to watch for")],
    tail=["Exclusive for readers: get 15% off at Bloom & Wild with code SAVVY15. T&Cs apply.",
          "Money Saving Weekly\nThe best deals, refunds and tricks to beat rising prices – free every Tuesday. Sign me up",
          "Share this article\nFacebook · X · WhatsApp · Email",
          "More Money stories\nHow to complain about a parcel that never arrived\nIs Amazon Prime still worth it?\nSupermarket loyalty prices: are they a real saving?",
          "Savvy Shopper is published by Savvy Media Ltd. © 2025 · Editorial standards · Complaints · Privacy"],
    mixed=[("You've filled your basket", "start", "Consumer investigation"),
           ("The worst performers were codes", "end", "Read more: Shoppers warned over fake 'was' prices"),
           ("Our verdict: voucher sites", "end", "Want more money-saving tips? Follow us on TikTok @savvyshopperuk.")],
    ltop=L("""
Savvy Shopper
Money
Deals
Energy
Travel
Sign up
"""),
    lmid=[(0, "By Gemma Kerr"),
          (0, "Updated 4 April 2025"),
          ("We tested 200 codes listed", "Sponsored"),
          ("Expired codes: Many sites leave", "Advertisement")],
    lbot=L("""
Money Saving Weekly
Sign me up
Share this article
More Money stories
Editorial standards
Privacy
"""),
))

# 40. TRAP: streaming subscription price rises
ARTICLES.append(dict(
    slug="en3-trap-streaming-price-rise", lang="en", register="news", trap=True,
    paras=P("""
Streaming subscriptions: how much you'll pay after this year's price rises

Subscribers to several of the biggest streaming services are paying more this year, with some basic plans rising by as much as 20% and ad-free tiers now costing more than a traditional pay-TV package.

Netflix's standard plan without adverts has gone up from £10.99 to £12.99 a month, while its cheapest plan, which includes ads, has risen from £4.99 to £5.99. The premium plan, with 4K picture quality and four screens, costs £18.99.

Disney+ has also raised its prices, and Amazon Prime Video now shows adverts by default unless subscribers pay an extra £2.99 a month to remove them.

Consumer groups estimate that a household subscribing to four major services could now pay more than £500 a year.

Companies say the rises are needed to pay for new programmes and sport rights. But analysts say the sector has changed: after years of chasing subscriber numbers with low prices, services are now focused on profit.

How to cut the cost

Rotate your subscriptions. Sign up for a month, watch the series you want, then cancel and move on to another service.

Check for bundles. Some mobile and broadband providers include streaming services in their packages.

Consider an ad-supported plan. Plans with adverts are usually several pounds a month cheaper.

Share legitimately. Some services let you add an extra member outside your household for a fee, which may be cheaper than two separate accounts.

Cancelling is usually simple: go to your account settings on the service's website, not through the TV app. If you signed up through Apple or Google, you will need to cancel through your App Store or Google Play subscriptions.
"""),
    head=["Money | Consumer",
          "By Megan Price",
          "Saturday 22 March 2025 06:00 GMT",
          "Comments"],
    mid=[("Netflix's standard plan without adverts", "Advertisement"),
         ("Consumer groups estimate", "Recommended\nThe best TV shows to stream this month\nIs Sky still worth it in 2025?"),
         ("Check for bundles.", "Stream smarter: Get Sky Stream with Netflix included from £15 a month. Offer ends Monday\nSee deal")],
    tail=["Join our WhatsApp community for the best money-saving tips delivered to your phone.",
          "More about\nStreaming\nNetflix\nDisney+\nConsumer rights",
          "Join thought-provoking conversations, follow other Independent readers and see their replies\nComments",
          "Most popular\nState pension rise: what you'll get from April\nCouncil tax bills: how much yours is going up",
          "Our mission is to deliver unbiased, fact-based reporting. Help us by supporting our journalism: Support us"],
    mixed=[("Subscribers to several of the biggest", "start", "Explainer"),
           ("Disney+ has also raised its prices", "end", "Read more: Netflix password sharing crackdown: what you need to know"),
           ("Cancelling is usually simple", "end", "Sign up for our free money newsletter.")],
    ltop=L("""
UK
US
Money
Culture
Subscribe now
Log in
"""),
    lmid=[(0, "By Megan Price"),
          (0, "Saturday 22 March 2025 06:00 GMT"),
          ("Netflix's standard plan without adverts", "Advertisement"),
          ("Check for bundles.", "See deal")],
    lbot=L("""
More about
Most popular
Support us
Terms of use
Privacy notice
Contact us
"""),
))
