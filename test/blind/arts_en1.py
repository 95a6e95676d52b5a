from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- 1
ARTICLES.append(dict(
    slug="uk-water-bills", lang="en", register="national-news",
    ftop_extra=["We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies. Yes, I agree No, take me to settings"],
    fbot_extra=["Before you go: Northgate News has no billionaire owner and no shareholders. Our reporting on water companies, energy firms and the cost of living is funded by readers like you. If you value journalism that holds the powerful to account, please consider making a contribution. It takes less than a minute, and even £2 makes a difference. Thank you.", "Support us Maybe later"],
    paras=P("""
Water bills to rise by an average of £123 a year as regulator backs record spending

Households in England and Wales will pay an average of £123 more a year for water by 2030 after the industry regulator approved the largest investment programme since the sector was privatised in 1989.

The regulator said on Thursday that the 16 water and sewerage companies could spend £104bn over the next five years, with almost a third earmarked for cutting the number of sewage spills into rivers and coastal waters.

The increase will be front-loaded. The average bill will rise by 21% from April, taking it to £603, before smaller rises in each of the following four years.

“We know this is a big ask of customers, many of whom are already stretched,” said the regulator’s chief executive, Helen Marwood. “But the money has to be spent, and it has to be spent now.”

Customers of Southern Water face the steepest rise, at 53% over the period, followed by Wessex Water at 47%. Northumbrian Water customers will see the smallest increase, at 20%.

The Consumer Council for Water said one in five households already struggled to pay and called for a single national social tariff to replace the patchwork of company schemes.

Campaigners were scathing. “Bill payers are being asked to fund the clean-up of a mess that shareholders profited from,” said Feargal Doyle of the River Action Network.

Companies have two months to accept the ruling or ask the Competition and Markets Authority to review it.
"""),
    head=["Skip to main content", "Home > News > UK", "Updated 3 hours ago",
          "Photograph: Ben Marlowe/PA Wire"],
    mid=[("Households in England", "Advertisement"),
         ("The increase will be", "Read more:\nHow to check if you qualify for a cheaper water tariff\nWhy your sewage bill is going up – explained"),
         ("The Consumer Council", "Most read\n1. Energy price cap to fall in April, analysts predict\n2. Man jailed for 14 years over Chorley warehouse fire\n3. The 12 best garden centres in the UK")],
    tail=["Before you go: Northgate News has no billionaire owner and no shareholders. Our reporting on water companies, energy firms and the cost of living is funded by readers like you. If you value journalism that holds the powerful to account, please consider making a contribution. It takes less than a minute, and even £2 makes a difference. Thank you.\nSupport us\nMaybe later",
          "Sign up to Money Saver, our free weekly email packed with tips to cut your bills",
          "Share this article\nFacebook\nX\nWhatsApp\nEmail",
          "Topics: Water industry, Household bills, Environment, Regulation",
          "© 2025 Northgate News Media Ltd. All rights reserved."],
    mixed=[("The regulator said", "end", "Get the latest cost-of-living news sent straight to your inbox."),
           ("Customers of Southern", "start", "ADVERTISEMENT"),
           ("Companies have two months", "end", "Have you been affected by rising bills? Email yourstories@northgatenews.co.uk.")],
    ltop=L("""
Skip to main content
Menu
News Sport Business Money Opinion Culture Travel
UK World Politics Environment Cost of living
Sign in Subscribe
"""),
    lmid=[(0, "Updated 3 hours ago"), ("“We know this", "Advertisement"),
          ("The Consumer Council", "Recommended: Drought warning issued for seven counties")],
    lbot=L("""
More from Money
Energy price cap to fall in April, analysts predict
Mortgage rates edge down for third week running
Five ways to cut your broadband bill
About us Contact Complaints Privacy policy Cookie settings
© 2025 Northgate News Media Ltd
"""),
))

# ---------------------------------------------------------------- 2
ARTICLES.append(dict(
    slug="kettlewood-bins", lang="en", register="local-news",
    paras=P("""
Fortnightly bin collections approved despite 4,000-name petition

Black-bin rubbish in Kettlewood will be collected every two weeks instead of weekly from October, after councillors voted through the change on Wednesday night.

The Liberal Democrat-run district council says the move will save £1.1m a year and raise its recycling rate, which at 38% is one of the lowest in the East Midlands.

A petition against the plan, started by Hallam Road resident Janet Pryce, gathered 4,126 signatures in five weeks.

“Families with babies in nappies, people with medical waste – nobody asked them,” Mrs Pryce told the meeting. “You are going to have foxes in every street by Christmas.”

Under the new arrangements:

Black bins will be emptied every other week.

Food waste will be collected weekly in new 23-litre caddies.

Households with six or more people can apply for a second black bin free of charge.

Garden waste collections, which cost £48 a year, will continue unchanged.

Cabinet member for environment Cllr Tom Adeyemi said the council had looked at 14 other districts that had made the same switch. “In every one, recycling went up and complaints settled down within six months,” he said.

The motion passed by 22 votes to 17, with two abstentions.

Caddies will be delivered to every household in September. Residents can check their new collection day on the council website from 1 August.
"""),
    head=["Kettlewood Courier", "Weather: Kettlewood 14°C, light rain",
          "News | Sport | What's On | Property | Jobs | Announcements | Puzzles",
          "Breaking: A46 closed both ways after lorry fire near Syston"],
    mid=[("The Liberal Democrat", "Local news matters. Help us keep reporting on the decisions that affect Kettlewood by supporting the Courier from just £1 a month. Every contribution, however small, keeps an independent reporter at council meetings like this one. Join 40,000 supporters today."),
         ("Under the new", "Sponsored\nFind trusted local tradespeople – get three free quotes today"),
         ("Garden waste", "Print this page")],
    tail=["Got a story? Call the newsroom on 01536 555 210 or message us on WhatsApp.",
          "Comments (23)",
          "Join the conversation – please read our community guidelines before posting.",
          "Report an error",
          "Trending in Kettlewood\nSchool place appeals reach record high\nNew owner for Market Street cinema\nPolice appeal after garden sheds targeted"],
    mixed=[("Black-bin rubbish", "start", "Advertisement"),
           ("Cabinet member", "end", "Sign up for our daily Kettlewood Courier news email."),
           ("Caddies will be", "end", "Read more: Council tax to rise by 4.99% as budget agreed.")],
    ltop=L("""
Kettlewood Courier
Home News Sport What's On Property Jobs Announcements
Subscribe Log in
Weather: Kettlewood 14°C, light rain
"""),
    lmid=[("A petition against", "Sponsored: Find trusted local tradespeople – get three free quotes today"),
          ("Garden waste", "Advertisement")],
    lbot=L("""
Comments (23)
Most read
School place appeals reach record high
New owner for Market Street cinema
Contact us | Advertise with us | Terms | Privacy | Cookies
© Kettlewood Courier 2025. Part of Midlands Local Media.
"""),
))

# ---------------------------------------------------------------- 3
ARTICLES.append(dict(
    slug="harlow-castleford-report", lang="en", register="sports",
    paras=P("""
Harlow Rovers 2-1 Castleford City: Doyle strikes late to keep play-off hopes alive

Harlow Rovers 2 (Mensah 23, Doyle 88) Castleford City 1 (Pritchard 61)

Attendance: 6,412

Substitute Liam Doyle headed in two minutes from time to give Harlow Rovers a victory that lifts them to within three points of the League Two play-off places.

Kwame Mensah had put the hosts ahead midway through the first half, sweeping home from the edge of the area after Castleford failed to clear a corner.

City, who had not lost away since October, improved after the break and deserved their equaliser when Owen Pritchard steered Jake Lindqvist’s cross past Sam Hughes on the hour.

Both sides hit the woodwork before Doyle, on for only nine minutes, rose above two defenders to meet Callum Reid’s free-kick.

“We talked at half-time about keeping our nerve,” Rovers manager Dean Holloway said. “The lads did that. Liam has been patient all season and he deserved that moment.”

City boss Marco Ferri was less happy. “Two set pieces, two goals. That is not good enough at this level,” he said.

Harlow: Hughes; Bennett, Okafor, Stubbs, Marsh; Reid, Cole (Doyle 79), Aldous; Mensah, Fraser (Kane 70), Whitlock.

Castleford: Pearce; Lindqvist, Hart, Moyo, Stead; Barker, Iqbal, Ferris; Pritchard, Tomlin (Giles 84), Nwosu.

Referee: Anthony Greaves.
"""),
    head=["Live scores | Fixtures | Tables | Transfers | Video",
          "Match report presented by Fenwick Motors",
          "Watch: all the goals from Saturday's League Two action",
          "Odds provided by SkyStake. 18+. Please gamble responsibly. BeGambleAware.org"],
    mid=[("Substitute Liam Doyle", "Advertisement"),
         ("Both sides hit", "Player ratings: how every Harlow player scored against Castleford"),
         ("City boss Marco", "Get the latest Rovers news straight to your inbox – sign up to our free Rovers Review newsletter")],
    tail=["Follow @RoversDesk on X for every goal, every transfer and every rumour. #UpTheRovers",
          "More from Football\nFerri refuses to blame referee after Castleford defeat\nLeague Two table: how the play-off race looks\nTransfer news: Harlow eye loan move for Premier League youngster",
          "Download our app for live match alerts – available on iOS and Android",
          "Comments are closed on this article."],
    mixed=[("Substitute Liam Doyle", "end", "Watch all the highlights on the SportNow app."),
           ("City, who had not", "start", "ADVERTISEMENT"),
           ("City boss Marco", "end", "Got an opinion? Join the debate in the comments below."),
           ("Castleford: Pearce", "start", "SPONSORED")],
    ltop=L("""
Skip to content
Football Cricket Rugby Union Rugby League Tennis Golf F1 Boxing
Premier League Championship League One League Two Scottish
Live scores Fixtures Results Tables
"""),
    lmid=[("Attendance", "Advertisement"),
          ("Both sides hit", "Watch: Doyle's late winner and every other League Two goal")],
    lbot=L("""
Related stories
Ferri refuses to blame referee after Castleford defeat
League Two table: how the play-off race looks
Follow us: Facebook X Instagram YouTube TikTok
18+ BeGambleAware.org
© 2025 Northern Sport Media
"""),
))

# ---------------------------------------------------------------- 4
ARTICLES.append(dict(
    slug="wa-election-live", lang="en", register="live-blog",
    paras=P("""
Western Australia election 2025 live: Labor on track for third term as counting continues

10.14pm AWST

The Premier, Rita Castellano, has claimed victory in front of supporters at the Perth Convention Centre.

“Western Australians have backed a plan, not a slogan,” she told the crowd. “We will not take a single vote for granted.”

9.52pm AWST

The Liberal leader, Sam Okoro, has conceded defeat in a short speech in Cottesloe, saying his party would “listen, rebuild and come back stronger”.

He confirmed he would remain leader “for now”.

9.31pm AWST

Our election analyst, Peter Tan, is calling Bateman for the Liberals, their first gain of the night.

With 61% of the vote counted, the swing against Labor across the state stands at 6.8%.

8.47pm AWST

Greens candidate Lin Huang looks likely to take the inner-city seat of Fremantle off Labor, which would be the party’s first lower house seat in WA.
"""),
    head=["Key events\n1h ago\nCastellano claims victory in Perth\n1h ago\nOkoro concedes, says he will stay on as leader\n2h ago\nGreens on track for historic Fremantle win",
          "Show key events only",
          "Please turn on JavaScript to use this feature",
          "Updated at 10.21pm AWST"],
    mid=[("“Western Australians", "Get our breaking news alerts, free app or daily news podcast"),
         ("He confirmed", "Advertisement"),
         ("With 61%", "Share\nFacebook\nX\nEmail")],
    tail=["Sign up for Australian Politics, our free weekly email, for the week’s news and analysis",
          "Topics\nWestern Australia election 2025\nAustralian politics\nLabor party\nLiberal party",
          "Reuse this content"],
    mixed=[("“Western Australians", "end", "Follow all our election coverage on the app."),
           ("Our election analyst", "start", "Advertisement"),
           ("Greens candidate", "end", "Sign up for breaking news email alerts.")],
    ltop=L("""
Skip to main navigation
Print subscriptions
Search jobs
Sign in
Australia edition
News Opinion Sport Culture Lifestyle
Live
Key events
Show key events only
Please turn on JavaScript to use this feature
"""),
    lmid=[("The Liberal leader", "Advertisement"), ("With 61%", "Updated at 9.40pm AWST")],
    lbot=L("""
Topics
WA politics
Reuse this content
Most viewed
Tasmanian ferry delays blamed on berth dispute
Treasurer flags changes to negative gearing
"""),
))

# ---------------------------------------------------------------- 5
ARTICLES.append(dict(
    slug="four-day-week-oped", lang="en", register="opinion",
    ftop_extra=["Listen to this article · 6:42 min Learn more", "Gift this article"],
    paras=P("""
The four-day week isn’t a perk. It’s a productivity test most companies are failing.

Every few months another company announces, with great fanfare, that it is moving to a four-day week. Six months later, it quietly announces that it isn’t.

The problem is not the idea. The trials run in Britain in 2022 and in Massachusetts last year were broadly encouraging: of the 61 British companies that took part, 56 kept the shorter week after the pilot ended, and most reported revenue holding steady or rising.

The problem is that most employers treat the fifth day as a gift rather than a design problem. They cut Friday and leave everything else — the standing meetings, the approval chains, the inbox culture — exactly as it was.

Then they are surprised when Thursday becomes a 12-hour day.

I have spent the past three years interviewing managers at firms that tried a shorter week. The ones that succeeded did three things:

They cut recurring meetings by at least half before the trial began.

They measured output, not hours, and told staff exactly how.

They gave teams, not individuals, the day off, so that nobody was left covering.

None of this is glamorous. It is the managerial equivalent of flossing. But it is the difference between a four-day week and a five-day week squeezed into four.

If your company is thinking about it, start with the calendar, not the press release.
"""),
    head=["Opinion", "Guest Essay", "Listen to this article · 6:42 min Learn more",
          "Gift this article", "Share full article"],
    mid=[("The problem is not", "ADVERTISEMENT\nSKIP ADVERTISEMENT"),
         ("Then they are", "Want the best of Opinion in your inbox? Sign up for Opinion Today, delivered every weekday afternoon."),
         ("They gave teams", "Related: Why ‘quiet quitting’ was never really about quitting")],
    tail=["About the author\nDana Whitfield is a labor economist at Carrow University and the author of “The Long Week.” Follow her on Bluesky @danawhitfield.",
          "We want to hear from you. Send a letter to the editor at letters@dailyledger.com, or join the conversation in the comments. Letters should be under 200 words and include your full name and city.",
          "Follow the Daily Ledger Opinion section on Facebook, Instagram, TikTok, WhatsApp and Threads.",
          "418 Comments"],
    mixed=[("Every few months", "start", "Guest Essay"),
           ("Then they are", "end", "Continue reading the main story"),
           ("If your company", "end", "Share your thoughts in the comments.")],
    ltop=L("""
Skip to content Skip to site index
Opinion
Today’s Paper
Subscribe for $1/week
Log in
"""),
    lmid=[("The problem is that", "Advertisement"), ("They measured", "SKIP ADVERTISEMENT")],
    lbot=L("""
Editors’ Picks
How to stop your calendar running your life
The case against unlimited paid time off
Site Index
© 2025 The Daily Ledger Company
Terms of Service Privacy Policy Cookie Policy Accessibility
"""),
))

# ---------------------------------------------------------------- 6
ARTICLES.append(dict(
    slug="allotment-week-14", lang="en", register="personal-blog",
    paras=P("""
Week 14 on the plot: broad beans, blackfly and a very cross robin

Well. What a fortnight.

After all that rain in April I was beginning to think the broad beans had given up on me, but they’ve shot up to knee height since the weekend and the first flowers are out – that lovely black-and-white, like tiny magpies.

Unfortunately the blackfly have noticed too. I found the first colony on Tuesday, right at the growing tips as usual.

I don’t spray anything on the plot, so it was out with the old trick: pinch out the tops once the bottom trusses have set. The tips went into a stir-fry that evening (they taste a bit like spinach, honestly, try it).

Elsewhere:

Potatoes – earthed up the Charlotte for the second time.

Onions – looking sulky but alive.

Sweetcorn – sown in root trainers in the greenhouse, 24 of them, fingers crossed.

And the robin. He has decided the compost bays are his, and he sat on the fork handle and shouted at me for the entire time I was turning the heap. I think he was supervising.

Next week: the great netting project, because the pigeons have found the brassicas again.
"""),
    head=["The Muddy Fork", "Home About Me Plot Plans Recipes Contact",
          "Posted on 14 May 2025 by Margaret", "Jump to comments"],
    mid=[("I don’t spray", "Advertisements"),
         ("Potatoes", "Like this? Pin it for later!"),
         ("And the robin", "Report this ad")],
    tail=["Share this:\nClick to share on Facebook (Opens in new window)\nClick to share on Pinterest (Opens in new window)\nClick to email a link to a friend (Opens in new window)",
          "Like this:\nLike Loading...",
          "Related",
          "Categories: Allotment diary, Pests and diseases\nTags: blackfly, broad beans, organic, robins",
          "7 thoughts on “Week 14 on the plot: broad beans, blackfly and a very cross robin”",
          "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *",
          "Follow Blog via Email\nEnter your email address to follow this blog and receive notifications of new posts by email.\nJoin 1,214 other subscribers"],
    mixed=[("After all that rain", "start", "Advertisements"),
           ("I don’t spray", "end", "Like this? Pin it for later!"),
           ("Next week:", "end", "Don’t forget to subscribe so you never miss a post!")],
    ltop=L("""
The Muddy Fork
Notes from plot 23b
Home
About Me
Plot Plans
Recipes
Contact
Search for:
Posted on 14 May 2025 by Margaret
"""),
    lmid=[("Unfortunately the", "Advertisements"), ("Onions", "Report this ad")],
    lbot=L("""
Share this:
Facebook
Pinterest
Email
Like Loading...
Related
Leave a Reply Cancel reply
Follow Blog via Email
Join 1,214 other subscribers
Blog at WordPress.com.
"""),
))

# ---------------------------------------------------------------- 7
ARTICLES.append(dict(
    slug="masoor-dal-tadka", lang="en", register="recipe",
    fbot_extra=["Don’t miss a recipe! Join 25,000+ home cooks and get new recipes in your inbox every Sunday.", "Type your email… Subscribe"],
    paras=P("""
Masoor Dal Tadka (Red Lentil Dal with Garlic Tempering)

This is the dal my mother made on weeknights when there was no time for anything else – ready in 30 minutes, made with pantry staples, and somehow always better the next day.

Red lentils (masoor dal) cook quickly and do not need soaking, which is why they are perfect for a busy evening. The tadka – spices bloomed in hot ghee and poured over at the end – is what makes it sing.

A few tips before you start:

Rinse the lentils until the water runs almost clear, otherwise the dal turns gluey.

Do not skip the asafoetida (hing). A pinch is enough.

If you like it thinner, add hot water rather than cold so the dal keeps simmering.

Prep time: 10 minutes | Cook time: 25 minutes | Serves: 4

Ingredients

1 cup masoor dal (red lentils), rinsed

3 cups water

½ tsp turmeric powder

1 tsp salt, or to taste

2 tbsp ghee or oil

1 tsp cumin seeds

4 cloves garlic, thinly sliced

2 dried red chillies

A pinch of asafoetida (hing)

1 tsp Kashmiri chilli powder

Fresh coriander, to serve

Method

Add the dal, water, turmeric and salt to a pot and bring to a boil. Skim off the foam.

Lower the heat and simmer for 18–20 minutes until the lentils are completely soft. Whisk lightly to make it creamy.

Heat the ghee in a small pan. Add the cumin seeds and let them splutter, then add the garlic and fry until golden.

Turn off the heat, add the red chillies, hing and chilli powder, and immediately pour the tadka over the dal.

Garnish with coriander and serve with steamed rice or phulkas.
"""),
    head=["Jump to Recipe · Print Recipe · Pin Recipe",
          "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Please read my disclosure policy.",
          "By Anjali Menon | Published: 02/03/2025 | Updated: 14/03/2025 | 48 Comments"],
    mid=[("Red lentils", "Don’t miss a recipe! Join 25,000+ home cooks and get new recipes in your inbox every Sunday."),
         ("Prep time", "Print Recipe Pin Recipe\n4.91 from 212 votes"),
         ("Heat the ghee", "Advertisement")],
    tail=["Did you make this recipe? Tag @masalamemoirs on Instagram and hashtag it #masalamemoirs – I love seeing your creations!",
          "Rate this recipe\n★★★★★\nLeave a Review",
          "Nutrition Disclaimer: Nutritional information is an estimate provided by an online calculator.",
          "You might also like\nEasy Chana Masala in the Instant Pot\nJeera Rice (Cumin Rice)\nPalak Paneer Without Cream"],
    mixed=[("This is the dal", "start", "Jump to Recipe"),
           ("Red lentils", "end", "Save this recipe to your Pinterest board for later!"),
           ("Garnish with", "end", "Rate this recipe and leave a comment below!")],
    ltop=L("""
Masala Memoirs
Home Recipes Dal & Curries Breads Sweets About Shop
Jump to Recipe
Print Recipe
Pin Recipe
"""),
    lmid=[("A few tips", "Advertisement"), ("Prep time", "4.91 from 212 votes")],
    lbot=L("""
Rate this recipe
Leave a Review
Did you make this recipe?
Tag @masalamemoirs on Instagram
Subscribe for new recipes every Sunday
© 2025 Masala Memoirs. All rights reserved. Privacy Policy | Disclosure
"""),
))

# ---------------------------------------------------------------- 8
ARTICLES.append(dict(
    slug="soundhaven-h7-review", lang="en", register="product-review",
    paras=P("""
Soundhaven H7 review: brilliant noise cancelling, so-so microphones

Verdict: 4/5

The Soundhaven H7 are the best-sounding headphones the company has made and their noise cancelling rivals anything at this price, but call quality lags behind the competition.

Price when reviewed: £249

Pros

Class-leading noise cancelling

Warm, detailed sound with a useful EQ

40-hour battery life

Cons

Microphones struggle in wind

No aptX Lossless support

Bulky carry case

Soundhaven has been making headphones in Sheffield since 2011, but the H7 is its first serious attempt at the premium noise-cancelling market dominated by Japanese and American brands.

Design and comfort

At 262g the H7 is slightly lighter than most of its rivals, and the memory-foam ear cushions are deep enough that my ears never touched the drivers. I wore them for a five-hour train journey without discomfort.

Sound

Out of the box the tuning is warm, with a generous but controlled bass. Through the companion app you can adjust a five-band EQ, and I found knocking the 250Hz band down by two notches cleared up vocals noticeably.

Battery life

Soundhaven claims 40 hours with noise cancelling on. In my testing the H7 lasted 38 hours and 20 minutes at moderate volume, and a 10-minute charge gave roughly five hours of playback.

Should you buy them?

If you mainly listen on commutes and flights, yes. If you spend much of the day on calls, there are safer choices.
"""),
    head=["Home > Audio > Headphones > Reviews",
          "When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.",
          "Why you can trust GadgetBench: our expert reviewers spend hours testing and comparing products so you can choose the best for you."],
    mid=[("Price when reviewed", "Today's best Soundhaven H7 deals\n£249 at Currys\n£239 at Amazon\n£249.99 at John Lewis\nView Deal"),
         ("Soundhaven has been", "Soundhaven H7: £199 at Argos (save £50)\nBuy now"),
         ("Out of the box", "Use code AUDIO15 for 15% off at Richer Sounds – ends Sunday"),
         ("Soundhaven claims 40", "Price comparison powered by PriceScout. We check over 250 million products every day for the best prices")],
    tail=["Get the best tech deals, reviews and advice delivered to your inbox. Sign up to the GadgetBench newsletter.",
          "By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.",
          "About the reviewer\nTom Hadley is GadgetBench’s audio editor. He has reviewed more than 300 pairs of headphones and still prefers wires.",
          "You might also like\nBest noise-cancelling headphones 2025\nBest wireless earbuds under £100"],
    mixed=[("The Soundhaven H7 are", "end", "We may earn a commission if you buy via links on this page."),
           ("At 262g", "start", "Advertisement"),
           ("If you mainly listen", "end", "Check the latest price at Amazon.")],
    ltop=L("""
GadgetBench
Reviews Best Buys Deals How To News
Home > Audio > Headphones > Reviews
When you purchase through links on our site, we may earn an affiliate commission.
"""),
    lmid=[("Price when reviewed", "£249 at Currys"), ("Price when reviewed", "£239 at Amazon"),
          ("Price when reviewed", "View Deal"), ("Design and comfort", "Advertisement")],
    lbot=L("""
Today's best deals
£249.99 at John Lewis
Check Amazon
Sign up to the GadgetBench newsletter
GadgetBench is part of Halyard Media Group Ltd. © 2025 All rights reserved.
"""),
))

# ---------------------------------------------------------------- 9
ARTICLES.append(dict(
    slug="ridgeline-skillet", lang="en", register="shop",
    paras=P("""
Ridgeline 12-Inch Pre-Seasoned Cast Iron Skillet

Cast in Tennessee from recycled iron and seasoned with 100% vegetable oil, the Ridgeline 12-inch skillet is built to sear, bake and fry for generations.

The machined cooking surface is smoother than standard sand-cast pans, so eggs release more easily from day one. A helper handle opposite the main handle makes it easier to lift a full pan out of the oven.

Features

Pre-seasoned and ready to use

Works on gas, electric, induction, grill and campfire

Oven safe to 650°F

Specifications

Diameter: 12 in (30.5 cm)

Depth: 2.1 in

Weight: 7.8 lb (3.5 kg)

Material: Cast iron

Made in: Tennessee, USA

Care

Hand wash with hot water and a stiff brush. Dry thoroughly and wipe with a thin layer of oil while the pan is still warm. Do not put in the dishwasher.
"""),
    head=["Free shipping on orders over $75 | Easy 30-day returns",
          "Shop All Cookware Bakeware Knives Outdoor Sale",
          "Home / Cookware / Skillets",
          "★★★★★ 4.8 (1,284 reviews)",
          "$49.95\nAdd to cart\nBuy with ShopPay",
          "Pay in 4 interest-free installments of $12.49 with Klarna. Learn more"],
    mid=[("Oven safe", "Frequently bought together\nRidgeline Silicone Handle Cover $9.95\nChainmail Scrubber $14.00\nAdd all three to cart – $73.90"),
         ("Made in", "Get 10% off your first order when you join the Ridgeline Kitchen Club. Use code SEAR10 at checkout.")],
    tail=["Customer Reviews\nWrite a review",
          "You may also like\nRidgeline 10-Inch Skillet $39.95\nRidgeline Dutch Oven 5 qt $89.95",
          "Join our email list for recipes, restocks and members-only sales.\nEnter your email\nSign up",
          "© 2025 Ridgeline Ironworks Co. All rights reserved. Terms | Privacy | Do Not Sell or Share My Personal Information"],
    mixed=[("Cast in Tennessee", "end", "Only 7 left in stock – order soon."),
           ("The machined", "end", "Buy now and get free shipping."),
           ("Hand wash", "end", "Shop our full range of cast iron care products.")],
    ltop=L("""
Free shipping on orders over $75
Skip to content
Shop All
Cookware
Bakeware
Sale
Search
Cart (0)
Home / Cookware / Skillets
"""),
    lmid=[(0, "$49.95"), (0, "★★★★★ 4.8 (1,284 reviews)"), ("The machined", "Quantity"),
          ("The machined", "Add to cart"), ("Made in", "Use code SEAR10 for 10% off your first order")],
    lbot=L("""
Customer Reviews
Write a review
You may also like
Ridgeline Dutch Oven 5 qt
$89.95
Sign up
© 2025 Ridgeline Ironworks Co.
"""),
))
