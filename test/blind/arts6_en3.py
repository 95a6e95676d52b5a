from common import P, L

ARTICLES = [
dict(
    slug="b6-en-gov-heat",
    lang="en",
    register="government guidance page",
    paras=P("""
Hot weather: how to keep well at home and at work

Last updated 2 June 2026

Hot weather can be dangerous for anyone, but older people, babies and young children, and people with heart or breathing problems are most at risk.

This guidance explains what to do before and during a heatwave, and where to get help.

Before hot weather arrives

Check that fans work and that you know how to close blinds or curtains on windows that face the sun. Keep a stock of water and any medicines you need, and ask whether they should be kept in the fridge.

If you look after someone who lives alone, agree how often you will check on them, for example once in the morning and again in the early evening.

During a heatwave

Stay out of the sun between 11am and 3pm, when UV rays are strongest.

Drink plenty of fluids and avoid too much alcohol.

Employers should allow extra breaks, relax dress codes where possible and move work to cooler times of the day.

Q: Is there a maximum working temperature? A: No, there is no legal maximum, but employers must keep the temperature in workplaces "reasonable" and carry out a risk assessment.

Get help

If you or someone else has symptoms of heatstroke, such as confusion, a fast heartbeat or not sweating even though they are hot, call 999.
"""),
    head=[
        "Cookies on GOV.UK: We'd like to use additional cookies to understand how you use GOV.UK. Accept additional cookies | Reject additional cookies | View cookies",
        "Skip to main content",
        "Home › Health and social care › Public health › Heat and health",
    ],
    mid=[
        ("This guidance explains", "Contents\n– Before hot weather arrives\n– During a heatwave\n– Get help"),
        ("If you look after someone", "Sign up for heat-health alerts by email from the UK Health Security Agency"),
    ],
    tail=[
        "Is this page useful? Yes | No | Report a problem with this page",
        "Help us improve GOV.UK: take our 2-minute survey",
        "All content is available under the Open Government Licence v3.0, except where otherwise stated. © Crown copyright",
    ],
    mixed=[
        ("Last updated 2 June 2026", "end", "— See all updates"),
        ("Hot weather can be dangerous", "start", "From: UK Health Security Agency"),
        ("Drink plenty of fluids", "end", "Print this page"),
        ("If you or someone else has symptoms", "end", "Share this page: email, Facebook, X"),
    ],
    ltop=L("""
GOV.UK
Navigation menu
Search GOV.UK
Published 15 May 2024
Contents
"""),
    lmid=[
        ("Before hot weather arrives", "Related content: Heat-health alerts: latest"),
        ("Employers should allow extra breaks", "Explore the topic: Workplace health and safety"),
    ],
    lbot=L("""
Help
Privacy
Accessibility statement
Contact
Terms and conditions
Rhestr o Wasanaethau Cymraeg
Government Digital Service
"""),
),
dict(
    slug="b6-en-cook-barmbrack",
    lang="en",
    register="cooking blog",
    paras=P("""
Barmbrack: my granny's tea-soaked fruit loaf

Posted 28 October 2025 in Bakes, Irish

Every Halloween my granny made two barmbracks, one for the house and one for whichever neighbour had the most children. Hers had a ring wrapped in greaseproof paper baked inside, and whoever found it was supposed to be married within the year.

This is her recipe, barely changed. The only thing I have added is a spoon of marmalade, because she would have done it too if she had thought of it.

Why soak the fruit overnight?

Soaking the raisins and sultanas in strong tea makes them plump and keeps the loaf moist for days. Don't skip it, and don't drain the tea away, because it goes into the batter.

Ingredients

350g mixed dried fruit, 250ml strong hot tea, 1 egg, 200g self-raising flour, 125g light brown sugar, 1 tsp mixed spice, 1 tbsp marmalade.

Method

Pour the tea over the fruit, cover and leave overnight. Heat the oven to 170C (150C fan) and line a 900g loaf tin.

Beat the egg, then stir it into the fruit with the sugar, marmalade, flour and spice until no dry flour remains.

Bake for 1 hour to 1 hour 10 minutes, until a skewer comes out clean. Leave to cool in the tin.

"Butter it thick and cut it thicker," as granny used to say.

Q: Can I freeze it? A: Yes, wrapped well, for up to three months.
"""),
    head=[
        "Jump to Recipe · Print Recipe",
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Read my full disclosure policy.",
    ],
    mid=[
        ("This is her recipe, barely changed.", "Get my free ebook \"Ten Bakes from an Irish Kitchen\" when you join the Crumbs & Kettle letter — new recipes every Thursday."),
        ("Soaking the raisins and sultanas", "I use this 900g non-stick loaf tin from Lakeland (£12.99) — it's the one in all my photos."),
        ("Bake for 1 hour to 1 hour", "Made this recipe? Tag @crumbsandkettle on Instagram and use #crumbsandkettle so I can see!"),
    ],
    tail=[
        "★★★★★ 4.9 from 112 votes\nRate this recipe",
        "Pin it for later!",
        "Comments (64)\nMaureen says: Made this for the first time and the ring was found by my husband. We've been married 40 years!\nReply",
        "Hi, I'm Siobhán! I share the recipes I grew up with in Co. Mayo. Read more about me →",
    ],
    mixed=[
        ("Posted 28 October 2025", "end", "· 64 comments"),
        ("Every Halloween my granny", "end", "Advertisement"),
        ("Pour the tea over the fruit", "start", "Tried this one? Leave a star rating below!"),
        ("Q: Can I freeze it?", "end", "Jump to comments"),
    ],
    ltop=L("""
Crumbs & Kettle
Recipes
Cakes & bakes
Dinners
About
Shop my kitchen
Search this site
"""),
    lmid=[
        ("Why soak the fruit overnight?", "You may also like: Irish soda bread with treacle"),
        ("Ingredients", "Prep time: 15 mins · Cook time: 1 hr 10 mins · Serves: 10"),
    ],
    lbot=L("""
Pinterest
Facebook
Yummly
Follow along on Instagram @crumbsandkettle
Privacy policy · Disclosure
© 2026 Crumbs & Kettle · Site by Feast Design
"""),
),
dict(
    slug="b6-en-trap-union-petition",
    lang="en",
    register="trade union site (trap: petition, sign up, share)",
    trap=True,
    paras=P("""
Union urges members to sign petition against library closures

Cardiff, 24 February 2026

The public services union Unison is asking its members in Wales to sign a petition against plans to close nine branch libraries across three councils, and to share it with friends and family before the Senedd's petitions committee meets in April.

The petition, which needs 10,000 signatures to be considered for a debate, had passed 7,400 by Tuesday afternoon.

Why the union is campaigning

The closures would put 63 library staff at risk of redundancy. The union says many of them are part-time workers who also run homework clubs, job clubs and digital help sessions.

"Sign it, share it and talk about it at the school gate," regional organiser Bethan Lloyd told a rally outside County Hall. "Every signature is a library card someone else gets to keep."

The councils say they face a combined budget gap of £48 million and have proposed community-run libraries and a mobile library service as alternatives.

Members have also been asked to follow the campaign's social media accounts and to sign up as volunteers for a day of action on 14 March.

Q: Who can sign? A: Anyone who lives in Wales or is a Welsh organisation can sign a Senedd petition.

What happens next

If the petition reaches 10,000 signatures, the committee will consider whether to hold a debate in the Senedd chamber.
"""),
    head=[
        "Unison Cymru Wales — the union for public service workers",
        "Not a member? Join Unison today from £1.50 a month. It takes five minutes.",
    ],
    mid=[
        ("The petition, which needs", "Members: log in to My Unison to update your workplace details"),
        ("The councils say they face", "Download the Unison Cymru Wales campaign toolkit (PDF, 2MB)"),
    ],
    tail=[
        "Tags: Libraries, Local government, Campaigns",
        "Follow Unison Cymru Wales on Facebook and X @UnisonCymru",
        "Published and promoted by Unison, 130 Euston Road, London NW1 2AY.",
    ],
    mixed=[
        ("Cardiff, 24 February 2026", "end", "Print Email"),
        ("The closures would put 63", "start", "Related news: Cleaners win pay rise at Newport hospital"),
        ("Members have also been asked", "end", "Join Unison today and get free legal advice from day one."),
        ("If the petition reaches 10,000", "end", "Share on: Facebook X WhatsApp"),
    ],
    ltop=L("""
Unison Cymru Wales
About us
Join
Get help
Campaigns
Our news
Contact
"""),
    lmid=[
        ("Why the union is campaigning", "Join Unison"),
        ("Q: Who can sign?", "Latest news"),
    ],
    lbot=L("""
Unison, the public service union
Accessibility
Privacy notice
Cookie policy
Manage your membership
"""),
),
dict(
    slug="b6-en-travel-ljubljana",
    lang="en",
    register="travel guide",
    paras=P("""
A weekend in Ljubljana: bridges, dumplings and a castle above the market

Updated for spring 2026

Slovenia's capital is small enough to cross on foot in twenty minutes and green enough that the river banks fill with people at the first hint of sun. Two days are enough to see the old town properly and still leave an afternoon free.

Day one: the old town

Start at Prešeren Square and cross the Triple Bridge into the old town. The central market, designed by architect Jože Plečnik, is open every day except Sunday; arrive before 10am for the best of the produce.

Walk or take the funicular up to Ljubljana Castle. A return ticket with castle entry costs €16 for adults, and the view from the tower takes in the Alps on a clear day.

Where to eat

The Open Kitchen food market runs on Fridays from March to October in Pogačar Square, with around fifty local cooks and winemakers. Try štruklji, rolled dumplings filled with cottage cheese or tarragon, at one of the gostilnas on Stari trg.

Day two: Tivoli Park and beyond

Tivoli Park starts just beyond the city centre and has an open-air photography gallery along the Jakopič promenade.

"We moved here for a year and stayed for ten," one café owner told us.

Getting there

Ljubljana's airport is 26km north of the city, with buses roughly every hour. Trains from Zagreb take around two and a quarter hours.

Q: Is Ljubljana expensive? A: It is cheaper than Vienna or Venice, though prices in the old town have risen sharply in recent years.
"""),
    head=[
        "Wanderwise may earn a commission if you book through links on this page.",
        "Find hotels in Ljubljana — check-in / check-out — Search on Booking.com",
    ],
    mid=[
        ("Start at Prešeren Square", "Book a 2-hour Ljubljana old town walking tour — from €25 on GetYourGuide. Free cancellation."),
        ("Where to eat", "Planning a trip? Our Slovenia & Croatia Rail Pass guide is free to download. Enter your email and we'll send it straight over."),
        ("Tivoli Park starts", "Where to stay: Vander Urbani Resort — from €189/night · Hostel Vrba — from €32/night · See more hotels"),
    ],
    tail=[
        "Travel insurance that covers hiking and cycling — get a quote from SafeTrek. Wanderwise readers save 10% with WANDER10.",
        "More Slovenia guides\nLake Bled without the crowds\nHow to hike Triglav in two days",
        "Follow @wanderwiseguides for daily travel inspiration",
    ],
    mixed=[
        ("Updated for spring 2026", "end", "by the Wanderwise team · 8 min read"),
        ("Walk or take the funicular", "end", "Skip the line: buy castle tickets online"),
        ("The Open Kitchen food market", "start", "ADVERTISEMENT"),
        ("Ljubljana's airport is 26km", "end", "Compare flights to Ljubljana on Skyscanner"),
    ],
    ltop=L("""
Wanderwise
Destinations
Europe › Slovenia
City breaks
Travel deals
Newsletter
"""),
    lmid=[
        ("Day one: the old town", "Map: Ljubljana old town (opens in Google Maps)"),
        ("Day two: Tivoli Park and beyond", "Sponsored: Discover the Julian Alps — book with Slovenia Outdoor"),
    ],
    lbot=L("""
Pin this guide
Share by email
About Wanderwise
Work with us
Affiliate disclosure
© Wanderwise Media 2026
"""),
),
]
