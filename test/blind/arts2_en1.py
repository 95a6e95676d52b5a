from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- 1 (trap: paywall / membership)
ARTICLES.append(dict(
    slug="echo-drops-paywall", lang="en", register="national-news", trap=True,
    paras=P("""
The Harrowgate Echo scraps its paywall and asks readers to pay what they can

The Harrowgate Echo, the 142-year-old daily that serves much of North Yorkshire, will take down its paywall on 1 June and replace it with a voluntary membership scheme, its editor announced on Monday.

Since 2019, readers who were not logged in could read five stories a month free of charge before a prompt asked them to pay £6.99 for a subscription. The meter brought in about 11,400 digital subscribers, according to figures the paper published alongside the announcement, but editor Rachel Ambrose said it had also cut the Echo off from the people it most needed to reach.

“We were putting a till in front of the council meeting report,” she said. “A pensioner in Knaresborough who wants to know why her bus has been cut should not have to get her card out.”

Under the new model, every article will be free to read. Readers will be invited to become members from £3 a month, and members will get an ad-free app, a Friday newsletter from the editor and early access to tickets for the paper’s events.

Existing subscribers will be moved to membership at their current price unless they choose otherwise.

The gamble

Media analysts were divided. Claire Oduya, who studies local news business models at the University of Leeds, said the Echo was following a path that had worked for a handful of titles with very loyal audiences, but warned that donation-style income tends to flatten out after the first year.

“The first wave of people who sign up are the ones who already love you,” she said. “The hard part is the second wave.”

The paper will keep a pop-up asking readers to support its journalism, but Ambrose promised it would appear no more than once a week for any one reader.

Correction, 3 April 2025: An earlier version of this article said the Echo had 14,100 digital subscribers. The correct figure is 11,400.
"""),
    head=["Skip to navigation", "Media › Newspapers",
          "By Tom Ellery, Media Correspondent\nWed 2 Apr 2025 09.14 BST"],
    mid=[("Existing subscribers", "Advertisement"),
         ("“The first wave", "Related stories\nRegional publisher cuts 40 jobs in newsroom shake-up\nWhy local papers are turning to philanthropists")],
    tail=["Most viewed\nTwo arrested after A1(M) crash near Wetherby\nHarrogate’s oldest tearoom changes hands\nSnow forecast for the Dales this weekend",
          "Thank you for reading. The Daily Ledger is independent and free to read because thousands of readers chip in each month. Can you join them? Give once or monthly — it only takes a minute.\nGive monthly\nGive once",
          "Share on Facebook  Share on X  Copy link",
          "© Ledger Media Group 2025"],
    mixed=[("Since 2019", "end", "Want more stories like this? Get our free media briefing every Tuesday."),
           ("Under the new model", "start", "ADVERTISEMENT"),
           ("The paper will keep", "end", "Follow Tom Ellery on X: @tomellery_media")],
    ltop=L("""
Skip to navigation
The Daily Ledger
News Politics Business Media Culture Sport
Subscribe | Log in
"""),
    lmid=[(0, "2 April 2025 · 5 min read"), (0, "Listen to this article · 6:12"),
          ("“We were putting", "Advertisement"),
          ("Media analysts", "More on this story: Local democracy reporters, five years on")],
    lbot=L("""
Topics
Newspapers
Local news
Digital media
Contact the newsroom
Terms Privacy Cookies Accessibility
© Ledger Media Group 2025
"""),
    fbot_extra=["Thank you for reading. The Daily Ledger is independent and free to read because thousands of readers chip in each month. Can you join them? Give monthly Give once"],
))

# ---------------------------------------------------------------- 2 (trap: cookie wall ruling, with one real cookie banner)
ARTICLES.append(dict(
    slug="cookie-wall-tribunal", lang="en", register="court", trap=True,
    trap_promo=("head", "This site uses cookies and similar technologies. Some are essential; others help us understand how the site is used and show you relevant adverts. Choose 'Accept all' to allow all of them or 'Manage preferences' to decide for yourself.\nAccept all\nManage preferences"),
    paras=P("""
Tribunal rules ‘accept or pay’ cookie wall breached data protection law

A publisher that made readers either accept advertising cookies or pay £2.99 a month to read its websites broke data protection law, a tribunal has ruled.

The First-tier Tribunal upheld most of a complaint brought by the privacy campaigner Owen Tallis against Brightmoor Digital, which runs 31 local and hobby websites with a combined audience of about four million people a month.

From March 2023, visitors to Brightmoor’s sites were shown a banner with two buttons: “Accept all cookies” and “Subscribe to browse without ads”. There was no “Reject all” option on the first screen.

Judge Miriam Fairbank said consent obtained in that way was not “freely given” because refusing it carried a cost that was out of proportion to the value of the tracking to the publisher.

“A reader who clicks accept in order to find out when her bin is collected has not consented to anything in a meaningful sense,” she wrote.

The tribunal rejected the argument that the wall was lawful simply because a paid alternative existed. It did not, however, rule out such models altogether: a cheaper subscription, or a free option with contextual ads that do not rely on tracking, could pass the test, the judgment said.

What the ruling means for readers

Websites must give people a genuine choice that does not cost more than the advertising is worth.

Rejecting cookies must be as easy as accepting them.

Publishers can still charge for content, but not as a penalty for refusing tracking.

Brightmoor said it was “disappointed” and was considering an appeal. It has 28 days to lodge one.

Mr Tallis said he hoped the ruling would “make other sites think twice before turning privacy into a paid extra”.
"""),
    head=["Home / Technology / Privacy",
          "Owen Tallis brought the complaint in 2023. Photograph: Lewis Crane",
          "By Priya Natarajan · 14 March 2025"],
    mid=[("Judge Miriam Fairbank said", "Sponsored\nSwitch your broadband and get three months half price — ends Sunday"),
         ("What the ruling means", "Advertisement — scroll to continue reading"),
         ("Brightmoor said", "You might also like:\n• The hidden cost of ‘free’ weather apps\n• Regulator fines dating site over location data")],
    tail=["Get TechWeek in your inbox every Friday: the week’s biggest stories on privacy, AI and gadgets, explained. Sign up now",
          "This article is part of our Your Data series, supported by the Halden Foundation. Our journalism is editorially independent.",
          "Tags: Privacy · Cookies · GDPR · Publishing",
          "Comments (27)\nLog in to join the conversation"],
    mixed=[("A publisher that made", "start", "Technology"),
           ("From March 2023", "end", "Read more: Our guide to turning off ad tracking on your phone"),
           ("Mr Tallis said", "end", "Share this story: Facebook X Email WhatsApp")],
    ltop=L("""
Accept all Reject all Cookie settings
Home
News Technology Science Money
Privacy
By Priya Natarajan
14 March 2025
"""),
    lmid=[("A publisher that made", "Advertisement"),
          ("“A reader who clicks", "Newsletter: TechWeek — sign up free"),
          ("Publishers can still charge", "Continue reading below")],
    lbot=L("""
Comments (27)
Trending in Technology
Your phone is listening? We tested the claim
Five browser settings to change today
Privacy policy
Cookie policy
© 2025 Meridian Press
"""),
))

# ---------------------------------------------------------------- 3 (trap: lifeboat appeal, with a real paper appeal at the tail)
ARTICLES.append(dict(
    slug="lifeboat-station-appeal", lang="en", register="local-news", trap=True,
    trap_promo=("tail", "Local journalism like this costs money to produce. If you can, please support the Coastline Gazette from just £1 — it takes a minute and keeps our reporters on your patch."),
    paras=P("""
Porthcarrow lifeboat crew launch £480,000 appeal for new boathouse

Volunteers at Porthcarrow lifeboat station have launched an appeal to raise £480,000 towards a new boathouse, saying the 1930s building can no longer fit a modern all-weather lifeboat.

The station, which has saved 37 lives in the past decade, is due to receive a Shannon-class boat in 2027. The charity that runs the service will pay for the boat, but the station must raise a share of the cost of the building itself.

“Every pound people give goes into bricks, not into admin,” said coxswain Denzil Rowe, who has volunteered at the station for 22 years. “We have never had to ask this town for anything this big before.”

So far the crew have raised £61,000, much of it through a sponsored row around the headland in February and a Christmas raffle.

Upcoming fundraising events:

Open day and barbecue at the slipway, Saturday 12 July, 11am–4pm.

Quiz night at the Ship Inn, 2 August, £5 a head.

A harbour swim on Boxing Day.

Donations can be made at the station shop on Quay Street or online through the charity’s website. Businesses that give more than £1,000 will have their names on a board inside the new building.

Cornwall councillor Jenna Pascoe said the council would look at whether a grant from its community fund was possible, “but nobody should wait for us – this town looks after its lifeboat”.
"""),
    head=["News | Porthcarrow",
          "Coxswain Denzil Rowe (centre) with members of the crew. Picture: Coastline Gazette",
          "Posted 9 June 2025, 6:00 am · Updated 9 June 2025, 11:42 am"],
    mid=[("“Every pound people give", "ADVERTISEMENT"),
         ("A harbour swim", "Read next: Cliff path at Gull Point to stay shut all summer"),
         ("Donations can be made", "Got a story? Contact our newsdesk on WhatsApp: 07700 900118")],
    tail=["Local journalism like this costs money to produce. If you can, please support the Coastline Gazette from just £1 — it takes a minute and keeps our reporters on your patch.",
          "Sign up to our Morning Tide newsletter for the top stories from Cornwall, delivered before 7am.",
          "More from Porthcarrow\nHarbour car park charges to rise by 40p\nPub named best in county for third year\nSchool celebrates ‘outstanding’ rating",
          "Reader comments are closed on this article."],
    mixed=[("The station, which has saved", "end", "Photo gallery: 14 pictures from the February sponsored row"),
           ("So far the crew", "start", "Advertisement"),
           ("Cornwall councillor", "end", "Support your local paper – subscribe from £1.")],
    ltop=L("""
Coastline Gazette
News Sport Lifestyle Property Motors Jobs Notices
News › Porthcarrow
Posted 9 June 2025
"""),
    lmid=[("The station, which has saved", "ADVERTISEMENT"),
          ("Quiz night at the Ship Inn", "Related: Lifeboat called to kayaker off St Ives"),
          ("Donations can be made", "Continues below")],
    lbot=L("""
Sign up to Morning Tide
Most read
Harbour car park charges to rise by 40p
Pub named best in county for third year
Advertise with us
Contact us
© Coastline Gazette Ltd 2025
"""),
))

# ---------------------------------------------------------------- 4 (national news: flooding)
ARTICLES.append(dict(
    slug="somerset-levels-flooding", lang="en", register="national-news",
    paras=P("""
Hundreds evacuated as Somerset Levels flood for second time in a month

TAUNTON, England — More than 300 people were moved from their homes on the Somerset Levels on Sunday night after the River Parrett burst its banks near Burrowbridge, the second serious flood in the area in four weeks.

The Environment Agency issued eight severe flood warnings, its highest level, meaning there was a danger to life. Rest centres were opened in Bridgwater and Langport.

Firefighters used boats to reach a care home in Moorland, where 19 residents were taken to hospital as a precaution. No injuries were reported.

“We’d only just got the carpets out from last time,” said Sandra Gillard, 64, who was carrying two cats in a laundry basket as she waited for a bus to the rest centre. “You can’t keep doing this.”

Rainfall in the South West in January was 168 per cent of the long-term average, according to the Met Office, and the ground is saturated. A further 40mm of rain is forecast for Tuesday.

The agency has eight pumping stations running around the clock. Its area manager, Neil Hext, said the rivers were “at the limit of what the system was built to carry” and warned that water levels would not fall quickly.

The government said it would make £2m available for households and businesses affected, on top of the flood recovery grants announced in January.

Local MP Rachel Coombe said residents had been told for years that the rivers would be dredged more often. “People here are not asking for sympathy,” she said. “They are asking for a plan.”
"""),
    head=["LIVE: Flood warnings – latest updates", "UK news",
          "Residents of Moorland are taken to safety on Sunday evening. (Photo: Ben Birchall/PA)"],
    mid=[("Firefighters used boats", "Advertisement"),
         ("Rainfall in the South West", "CHECK: Is there a flood warning near you? Enter your postcode to find out"),
         ("The government said", "Read More\n‘We lost everything’: life on the Levels ten years after 2014\nInsurers warn flood premiums will rise in high-risk areas")],
    tail=["Sign up to the UK Today newsletter\nThe day’s top stories, every weekday evening. Enter your email address",
          "Download the Herald app for breaking news alerts on iOS and Android",
          "Share\nFacebook\nTwitter\nWhatsApp\nCopy link",
          "Copyright © 2025 National Herald. All rights reserved."],
    mixed=[("The Environment Agency", "end", "(Image: Getty)"),
           ("“We’d only just got", "start", "Story continues below advertisement"),
           ("Local MP Rachel Coombe", "end", "Have you been affected by the flooding? Get in touch: newsdesk@nationalherald.co.uk")],
    ltop=L("""
National Herald
Home News Politics Sport Money Travel Puzzles
UK news
Flooding
Jack Marsh
Sunday 2 February 2025 21:47 GMT
"""),
    lmid=[(0, "Comments"), ("The Environment Agency", "Advertisement"),
          ("The agency has eight", "Most Read"),
          ("The agency has eight", "1 Storm Herminia to bring 80mph gusts to Wales")],
    lbot=L("""
Join the conversation
More about
Flooding Somerset Environment Agency
Sponsored content
The best heated throws of 2025, tested
Contact us Jobs Terms of use Privacy notice Cookie policy
"""),
))

# ---------------------------------------------------------------- 5 (council: planning committee)
ARTICLES.append(dict(
    slug="granary-wharf-planning", lang="en", register="council",
    paras=P("""
Councillors reject 14-storey Granary Wharf tower after five-hour meeting

Plans for a 14-storey block of 212 flats on the site of the old Granary Wharf warehouse in Wyebridge have been refused by the city’s planning committee.

Members voted by seven to four against the scheme on Tuesday, going against the advice of their own officers, who had recommended approval subject to conditions.

The developer, Caraway Living, had offered 20 affordable homes, a new riverside walkway and £640,000 towards school places and a health centre.

Objectors told the committee the tower would dwarf the grade II listed Corn Exchange next door and block views of the cathedral from Castle Hill. More than 900 written objections were received, and 41 letters of support.

Councillor Hamid Rashed (Green, St Anne’s) said: “Nobody in this room is against housing. We are against this building in this place.”

Cllr Sue Penhale (Lab, Riverside), who voted in favour, warned that the city was 1,400 homes behind its five-year housing target. “If we turn down every scheme over six storeys, an inspector will end up deciding for us,” she said.

Reasons for refusal

Harm to the setting of listed buildings.

Excessive height and bulk.

Too few affordable homes.

Caraway Living said it would consider its options, including an appeal to the Planning Inspectorate.
"""),
    head=["Wyebridge Courier", "Local Democracy Reporting Service",
          "By Martin Cheal, Local Democracy Reporter | 5 March 2025"],
    mid=[("The developer, Caraway", "Advert"),
         ("Councillor Hamid Rashed", "IN PICTURES: How Granary Wharf could have looked")],
    tail=["This story was written by a Local Democracy Reporter. The scheme is funded by the BBC and covers councils across the UK.",
          "Read more Wyebridge news\nNew cycle lane on Hereford Road to open next month\nCouncil tax to rise 4.99% as budget agreed",
          "Never miss a story from Wyebridge. Follow us on Facebook and Instagram.",
          "Want to advertise with us? Call our sales team on 01432 555 019"],
    mixed=[("Members voted by", "end", "Get all the latest news from Wyebridge straight to your inbox — sign up now."),
           ("Objectors told the committee", "start", "ADVERTISEMENT"),
           ("Caraway Living said", "end", "Do you live near Granary Wharf? Tell us what you think in the comments below.")],
    ltop=L("""
Wyebridge Courier
Home News Sport Business Property Jobs
Local news › Wyebridge
Planning & development
5 March 2025
"""),
    lmid=[(0, "By Martin Cheal, Local Democracy Reporter"), ("The developer, Caraway", "Advert"),
          ("Reasons for refusal", "Continue reading")],
    lbot=L("""
Comments
Show comments
Recommended
Council tax to rise 4.99% as budget agreed
Back to top
Terms Privacy Cookies
"""),
))

# ---------------------------------------------------------------- 6 (court: fraud sentencing)
ARTICLES.append(dict(
    slug="charity-treasurer-jailed", lang="en", register="court",
    paras=P("""
Former football club treasurer jailed for stealing £212,000

A former treasurer of a youth football club who stole more than £212,000 from its accounts over seven years has been jailed for three years and four months.

Graham Leckie, 58, of Dunmore Avenue, Falkirk, pleaded guilty at the city’s sheriff court to embezzling money from Carronvale Juniors FC between 2016 and 2023.

The court heard that Leckie made 391 transfers from the club’s account to his own, describing them as payments for kit, pitch hire and referees. He spent the money on holidays, a caravan and gambling.

The theft came to light when a new committee member asked to see receipts for a £4,000 payment for floodlights the club did not have.

Fiscal depute Anne-Marie Coyle said the club, which has 26 teams and more than 400 players, had been forced to cancel a tour to the Netherlands and raise its membership fees.

Defence solicitor Iain Hardie said his client had “no explanation that would satisfy anyone” and had been addicted to online gambling since the death of his wife in 2015.

Passing sentence, Sheriff Catherine Muir told Leckie: “You were trusted by parents, by volunteers and by children. You treated the club as your personal bank.”

A confiscation hearing will take place later this year.
"""),
    head=["Crime", "Graham Leckie leaves Falkirk Sheriff Court. Image: DC Thomson"],
    mid=[("The court heard", "Advertisement"),
         ("Fiscal depute Anne-Marie Coyle", "READ MORE\nMan admits dangerous driving on M9 slip road\nShop worker threatened with knife in Grangemouth")],
    tail=["Don’t miss the stories that matter — get the Falkirk Record delivered to your inbox every morning. Sign up here.",
          "Comments\n(3)",
          "Most Popular\n1 Taxi driver banned after failing drug test\n2 Falkirk Wheel to close for repairs\n3 Missing teenager found safe",
          "Falkirk Record is a member of the Independent Press Standards Organisation (IPSO). If you have a complaint, please contact our editor."],
    mixed=[("Graham Leckie, 58", "end", "Court reporter: @falkirkcourts"),
           ("Passing sentence", "start", "Ad"),
           ("A confiscation hearing", "end", "Share this article Copy link")],
    ltop=L("""
Falkirk Record
News Sport Crime Politics Business
Subscribe
Crime
Court
"""),
    lmid=[("The theft came to light", "Advertisement"), ("Defence solicitor Iain Hardie", "Watch: Outside court as sentence is passed (1:04)")],
    lbot=L("""
Most Popular
Taxi driver banned after failing drug test
Falkirk Wheel to close for repairs
Report an error
Contact us
© 2025 Falkirk Record
"""),
))

# ---------------------------------------------------------------- 7 (recipe: fish pie)
ARTICLES.append(dict(
    slug="smoked-haddock-fish-pie", lang="en", register="recipe",
    paras=P("""
Smoked haddock and leek fish pie with a crunchy rosti top

This is the fish pie I make when the clocks go back. Instead of mashed potato I grate the potatoes and squeeze them dry, so the top goes crisp and golden in the oven while the sauce underneath stays creamy.

Undyed smoked haddock is worth looking for. It has a gentler flavour than the bright yellow kind, and the sauce won’t turn an alarming colour.

Serves 4. Prep 25 minutes, cook 40 minutes.

Ingredients

750g floury potatoes, such as Maris Piper

2 leeks, trimmed and finely sliced

40g butter, plus extra for the top

30g plain flour

500ml whole milk

400g undyed smoked haddock, skinned and cut into chunks

200g raw king prawns

A small bunch of dill, chopped

Method

Peel and coarsely grate the potatoes, then tip them into a clean tea towel and wring out as much water as you can.

Melt the butter in a pan and cook the leeks gently for 8 minutes until soft. Stir in the flour, then add the milk a little at a time, stirring, until you have a smooth sauce.

Take the pan off the heat, stir in the fish, prawns and dill, and season with pepper. Spoon into a baking dish.

Scatter the potato over the top, dot with butter and bake at 200C (180C fan) for 35–40 minutes until golden.

Tip: you can assemble the pie up to a day ahead. Add 10 minutes to the cooking time if it goes into the oven straight from the fridge.
"""),
    head=["Jump to Recipe · Print Recipe", "Home » Recipes » Fish & Seafood",
          "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Read my full disclosure policy.",
          "By Hattie Greer · Published 22 October 2024 · 4.8 from 112 votes"],
    mid=[("Undyed smoked haddock", "PIN IT FOR LATER! Save this recipe to your Dinner board on Pinterest"),
         ("Serves 4. Prep", "Never miss a recipe! Join 60,000 home cooks and get my Sunday supper plan free."),
         ("Take the pan off", "My favourite baking dish: Le Coq 26cm stoneware – £42 at Kitchenly")],
    tail=["Did you make this recipe? Leave a star rating and tag @hattiegreercooks on Instagram — I love seeing your bakes!",
          "Nutrition per serving: 612 kcal | Protein 38g | Fat 24g | Carbohydrates 58g\nNutrition information is automatically calculated and should only be used as an approximation.",
          "You’ll also love\nCrab linguine with chilli and lemon\nOne-tray salmon with new potatoes\nPrawn and pea risotto",
          "Leave a Reply\nYour email address will not be published. Required fields are marked *"],
    mixed=[("This is the fish pie", "end", "(This post contains affiliate links.)"),
           ("Melt the butter", "start", "ADVERTISEMENT"),
           ("Tip: you can assemble", "end", "Rate this recipe ★★★★★")],
    ltop=L("""
Hattie Greer Cooks
Recipes Dinners Baking About Shop
Jump to Recipe
Print Recipe
Home » Recipes » Fish & Seafood
"""),
    lmid=[(0, "4.8 from 112 votes"), ("Ingredients", "Save Recipe"),
          ("Method", "Watch how to make it"), ("Scatter the potato", "Advertisement")],
    lbot=L("""
Did you make this recipe?
Tag @hattiegreercooks on Instagram
Reader Interactions
Comments
Meet Hattie
Hi, I’m Hattie! I cook simple, seasonal suppers from my kitchen in Norfolk.
Privacy Policy · Accessibility · © 2025 Hattie Greer Cooks
"""),
))

# ---------------------------------------------------------------- 8 (trap: advertising spend report)
ARTICLES.append(dict(
    slug="ad-spend-forecast", lang="en", register="finance", trap=True,
    paras=P("""
UK advertising spend to pass £45bn as retail media booms

Spending on advertising in the UK will rise 6.8 per cent to £45.2bn this year, according to the quarterly forecast published on Thursday by the Advertising Association and WARC.

Almost all of the growth is online. Search advertising is expected to grow by 8 per cent and so-called retail media – ads that supermarkets and online shops sell on their own websites and apps – by 19 per cent, making it the fastest-growing part of the market.

Advertisers are following shoppers. A sponsored listing at the top of a supermarket’s search results reaches someone who already has a basket open, said WARC’s head of data, Simon Crewe.

Spending on printed newspapers is forecast to fall by 9 per cent, and on magazines by 7 per cent. News brands’ online advertising is expected to grow by just 1 per cent, reflecting what publishers describe as a squeeze from the largest platforms.

“For every pound spent on digital advertising in this country, roughly 70p goes to three American companies,” said Owen Marr, chief executive of a trade body for news publishers.

Television held up better than expected, with advertising on streaming services growing by 14 per cent since two of the largest services launched cheaper ad-supported subscription tiers.

Cinema advertising rose by 4 per cent, helped by a strong summer at the box office.

The forecast assumes that consumer spending continues to recover. Mr Crewe said a sharp rise in unemployment would put the figures at risk.
"""),
    head=["Markets  |  Media", "Shoppers at a supermarket in London. Retail media is the fastest-growing area of the market. Reuters/Hannah McKay"],
    mid=[("Advertisers are following shoppers", "Markets Daily — the morning’s moves in five minutes. Sign up"),
         ("Television held up", "ADVERTISEMENT")],
    tail=["Disclosure: Meridian Business is owned by a company that sells advertising. This had no influence on the reporting of this article.",
          "Continue reading with a Meridian Business subscription\nUnlimited access to quality journalism. £1 for 4 weeks, then £39 per month. Cancel anytime during your trial.",
          "Related topics\nAdvertising\nMedia\nRetail",
          "Print this page · Save · Gift this article"],
    mixed=[("Spending on advertising", "start", "Markets Media"),
           ("Spending on printed newspapers", "end", "Charts: see our interactive data page for the full forecast."),
           ("The forecast assumes", "end", "Copyright The Meridian Business Ltd 2025. All rights reserved.")],
    ltop=L("""
Meridian Business
Markets Companies Economy Tech Work & Careers
Sign In Subscribe
Media
"""),
    lmid=[(0, "Hannah Price in London"), (0, "4 min read"),
          ("Almost all of the growth", "Promoted Content"),
          ("“For every pound", "Recommended newsletters for you: Media Matters — sign up")],
    lbot=L("""
Copyright The Meridian Business Ltd 2025. All rights reserved.
Reuse this content
Comments
Latest on Advertising
Help Centre About us Accessibility Careers
"""),
))
