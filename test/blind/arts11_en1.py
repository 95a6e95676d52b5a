"""Blind set 8 (arts11), English part 1: council site, recipe blog, media-news trap, obituary."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-en-council-harbour-wall",
        "register": "council news site",
        "lang": "en",
        "paras": P("""
Harbour wall repairs approved as winter storms take their toll

Kestrel Bay, 14 November – Councillors on the Environment and Place Committee have approved a £2.3 million programme of repairs to the south harbour wall, after surveys found that three sections of the Victorian masonry had been undermined by storms last winter.

The works, which are expected to begin in late January, will see the damaged sections rebuilt around a concrete core and faced with the original granite blocks, which have been numbered and stored at the depot on Ferry Lane since they were removed for safety in March.

What will change for harbour users

The south slipway will close from 27 January until the end of April. Small craft can use the temporary pontoon at the north quay, which will be staffed at weekends.

The coastal footpath between Gull Steps and the lifeboat station will be diverted along Quay Street for the duration of the works.

Parking on the harbour apron will be reduced to 18 spaces, including four for blue badge holders.

Councillor Maureen Ashdown, who chairs the committee, said the decision had not been taken lightly. "This wall has protected the lower town for 140 years, and we owe it to the people who live behind it to repair it properly rather than patch it up again," she said.

Around two thirds of the cost will be met by a coastal resilience grant, with the remainder coming from the council's capital programme. Officers told the committee that delaying the work by another year would risk a full breach in a major storm, with repair costs then estimated at three times the current figure.

Fishermen's representatives welcomed the repairs but asked for the temporary pontoon to be lit at night. Officers agreed to look at battery-powered lighting before the slipway closes.

A drop-in session with the engineers will be held at the Harbour Institute on 9 December from 2pm to 7pm, where residents can view the plans and ask questions.
"""),
        "head": [
            "We use cookies to make this website work and to understand how you use it. You can accept all cookies or choose which ones to allow.\nAccept all cookies\nManage preferences",
            "Home > Your council > News and press releases",
            "Bin collections over Christmas and New Year: check your new collection day",
        ],
        "mid": [
            ("The works, which", "Related pages\nCoastal protection schemes\nReport flooding or storm damage\nParking permits and season tickets"),
            ("Parking on the harbour", "Sign up to Council Connect for weekly emails about roadworks, events and consultations in your area."),
        ],
        "tail": [
            "Was this page helpful?\nYes\nNo",
            "Share this page\nFacebook\nX\nLinkedIn\nEmail",
            "Follow us on Facebook and Instagram @KestrelBayCouncil for service updates",
            "© Kestrel Bay Council 2024\nAccessibility statement | Privacy notice | Contact us",
        ],
        "mixed": [
            ("Kestrel Bay, 14 November", "end", "Sign up for Council Connect to get news like this every Friday."),
            ("The works, which", "end", "Photo credit: Kestrel Bay Council."),
            ("Fishermen's representatives", "end", "Share this: Facebook X Email"),
        ],
        "ltop": L("""
Skip to main content
Kestrel Bay Council
Search this site
Menu
Bins and recycling
Council tax
Planning applications
Parking and travel
Your council
News and press releases
This website uses cookies. Accept | Reject | Settings
"""),
        "lmid": [
            ("What will change", "Advertisement"),
            ("Councillor Maureen", "Related: Storm damage grants open to local businesses"),
        ],
        "lbot": L("""
Was this page helpful? Yes / No
Report a problem with this page
Sign up for email updates
Contact us
Accessibility
Privacy and cookies
© 2024 Kestrel Bay Council
"""),
    },
    {
        "slug": "b11-en-recipe-rye-sourdough",
        "register": "recipe blog",
        "lang": "en",
        "paras": P("""
Seeded rye sourdough that actually rises

For years my rye loaves came out of the oven like doorstops: dense, gummy in the middle and sour enough to make your eyes water. This version, which I have baked nearly every week since the spring, finally fixed that, and the trick turned out to be less about the flour than about temperature.

Rye has very little gluten, so it can't trap gas the way a wheat dough does. Instead it relies on pentosans, sticky starches that hold water and set the crumb. Keep the dough warm, around 28C, and the starter works fast enough to lift the loaf before the acidity breaks that structure down.

Ingredients

300g wholegrain rye flour, plus extra for dusting

150g active rye starter, fed the night before

80g mixed seeds (sunflower, pumpkin and linseed), soaked for an hour

360g warm water and 9g fine sea salt

Method

Mix everything in a large bowl with a wet hand or a spatula until no dry flour remains. The dough will look more like thick porridge than bread dough, which is exactly right.

Scrape it into a greased 900g loaf tin, smooth the top with a wet spoon and scatter over a few extra seeds. Cover and leave somewhere warm for two to three hours, until the surface shows small cracks and has risen by about a quarter.

Bake at 240C for 15 minutes, then lower to 210C for a further 45. The hardest part comes next: wrap the loaf in a tea towel and leave it for a full day before slicing, or the middle will still be sticky.

Reader tip: Hannelore from Leeds adds a tablespoon of black treacle to the water, which gives the crust a deep, almost malty colour.
"""),
        "head": [
            "Jump to Recipe\nPrint Recipe",
            "This post may contain affiliate links. As an affiliate partner I earn a small commission from qualifying purchases, at no extra cost to you. Read my full disclosure policy.",
            "★★★★★ 4.8 from 212 ratings",
        ],
        "mid": [
            ("Rye has very little", "Pin it for later! 📌"),
            ("360g warm water", "Shop my kitchen: the 900g loaf tin I use every week, £12.50 at Bakewise"),
            ("Bake at 240C", "Never miss a bake: join 40,000 home bakers who get my Sunday Crumb letter.\nYour email address\nSign me up"),
        ],
        "tail": [
            "Did you make this recipe? Tag @crumbandcrust on Instagram so I can see your loaf!",
            "Rate this recipe\n☆☆☆☆☆",
            "Comments (48)\nLeave a reply\nYour email address will not be published. Required fields are marked *",
            "You may also like\nOvernight focaccia with olives\nThe easiest starter you'll ever make\nBrown butter banana bread",
        ],
        "mixed": [
            ("For years my rye", "start", "Jump to recipe ↓"),
            ("Rye has very little", "end", "This post contains affiliate links."),
            ("Mix everything", "end", "Pin this recipe to your Pinterest bread board!"),
            ("Reader tip", "end", "Did you bake this? Leave a star rating below!"),
        ],
        "ltop": L("""
Crumb & Crust
Recipes
Breads
Cakes and bakes
About me
Shop
Search
Jump to Recipe
Print Recipe
"""),
        "lmid": [
            ("Ingredients", "Advertisement"),
            ("Mix everything", "Pin it"),
        ],
        "lbot": L("""
Rate this recipe
Leave a comment
Get new recipes by email
Privacy policy
© 2024 Crumb & Crust. All rights reserved.
"""),
    },
    {
        "slug": "b11-en-trap-regional-paywall",
        "register": "national news, media desk",
        "lang": "en",
        "trap": True,
        "paras": P("""
Regional publisher puts most of its website behind a paywall

The Harrowgate Media Group, which publishes seven daily and weekly newspapers across the north-east, will start charging for most of its online journalism from March, in the latest sign that regional publishers are giving up on free, advertising-funded websites.

Readers of titles including the Tynemoor Clarion and the Wearside Echo will be able to read three articles a month for free before being asked to subscribe. A digital subscription will cost £6.99 a month, with an introductory offer of £1 for the first three months.

Breaking news, public safety information and obituaries will remain free to read, the company said.

Lorna Pettigrew, Harrowgate's chief executive, said the move reflected a collapse in online advertising income. "Five years ago, advertising paid for most of what we did online. Today it barely covers the cost of the servers," she said. "If local journalism is worth having, somebody has to pay for it, and we think our readers understand that."

The group said it had around 11,000 paying digital subscribers, most of whom signed up during the pandemic. It hopes to reach 40,000 within three years.

Media analysts were divided on whether the target was realistic. Dev Sandhu, who advises publishers on reader revenue, said regional titles often struggled to persuade readers to pay when councils, police forces and community groups publish their own updates on social media.

"The national titles can sell a subscription on the strength of big-name columnists and investigations," he said. "A local paper is selling the court reports, the council meetings, the planning rows. That's valuable, but it's a harder pitch."

Others pointed to publishers that have combined paywalls with voluntary memberships, asking readers to donate rather than locking stories away. Several independent hyperlocal sites raise tens of thousands of pounds a year this way, though rarely enough to fund more than a handful of reporters.

The National Union of Journalists said it would seek assurances that the change would not lead to further job losses. Harrowgate cut 23 editorial posts last year.

Existing print subscribers will be given free digital access, the company said, and readers who sign up for its free email newsletters will be offered a discounted rate.
"""),
        "trap_promo": ("tail", "Enjoyed this story? Our journalism is free to read, but not free to make. Become a Friend of the Media Desk from £4 a month."),
        "head": [
            "Subscribe for £1 a week\nAlready a subscriber? Log in",
            "Media Desk | Today's top stories",
            "Advertisement",
        ],
        "mid": [
            ("Breaking news, public", "Read more\nBroadcaster to close three regional newsrooms\nWhy your local paper keeps asking you for money"),
            ("Media analysts", "Get the Media Desk briefing: the week's biggest stories about the news business, every Tuesday. Sign up"),
        ],
        "tail": [
            "Topics\nNewspapers\nRegional press\nDigital publishing",
            "Most read\n1. Broadcaster pulls quiz show after complaints\n2. Streaming price rises: what you will pay from January\n3. Radio presenter wins unfair dismissal claim",
            "Comments are closed on this article.",
            "Sign up to our daily newsletter\nEnter your email\nSubscribe",
        ],
        "mixed": [
            ("The Harrowgate Media Group", "end", "Read more: Why regional newsrooms are shrinking faster than ever"),
            ("Lorna Pettigrew", "start", "ADVERTISEMENT"),
            ("Others pointed", "end", "Share this article: Facebook X WhatsApp Email"),
        ],
        "ltop": L("""
Media Desk
News
Business
Technology
Culture
Subscribe
Log in
Cookie settings
"""),
        "lmid": [
            ("Breaking news, public", "Advertisement"),
            ("\"The national titles", "Read more: Broadcaster to close three regional newsrooms"),
        ],
        "lbot": L("""
Comments are closed on this article.
Most read
About us
Terms and conditions
Privacy policy
© 2024 Media Desk Publishing Ltd
"""),
    },
    {
        "slug": "b11-en-obituary-ferry-captain",
        "register": "local newspaper obituary",
        "lang": "en",
        "paras": P("""
Ewan MacRae obituary: the ferry captain who never missed a crossing

Ewan MacRae, who has died aged 86, spent 31 years in command of the Isle of Carrach ferry and in that time became as much a part of the island's life as the tides he timed his sailings by.

Born in Portlennan in 1938, the youngest of five children of a herring fisherman and a schoolteacher, he went to sea at 16 as a deckhand on a coal puffer and gained his master's ticket at 27.

He joined the island ferry service in 1968 and took command of the MV Sheila Rose four years later. Islanders liked to say that he knew every rock in the Sound by its first name.

During the great storm of January 1984, when the island was cut off for nine days, he took the ferry out in a lull to bring a pregnant woman to the mainland hospital. Her son, now a GP on the island, spoke at his funeral.

He was strict about timetables and hopeless about paperwork. A former purser recalled finding a year's worth of ticket stubs in a biscuit tin under his bunk.

Away from the ship he sang bass in the Portlennan church choir, grew prize-winning leeks and was a fierce opponent of the 1992 plan to replace the ferry with a causeway, which was never built.

"He treated every passenger like a guest in his own house," said his daughter, Catriona.

He married Isobel Grant in 1963; she died in 2015. He is survived by Catriona, his son, Alasdair, five grandchildren and two great-grandchildren.

A service of thanksgiving will be held at St Columba's Church, Portlennan, on Saturday 7 December at 11am. The family asks that there be no flowers, but donations may be made to the Portlennan lifeboat station.
"""),
        "head": [
            "Obituaries | Announcements | Family notices",
            "Place a notice\nSearch notices",
        ],
        "mid": [
            ("Born in Portlennan", "Send flowers\nOrder from a local florist for same-day delivery to the service"),
            ("He was strict", "Guest book\n23 people have signed the guest book\nSign the guest book"),
        ],
        "tail": [
            "Sign the guest book\nLight a candle\nShare a memory",
            "Margaret T. wrote: Such sad news. He carried my family across the Sound many times. Thinking of you all.",
            "Lennan & Sons Funeral Directors – caring for local families since 1921. Call 01555 000 000 for a free consultation.",
            "Published in The Portlennan Courier from Nov. 20 to Nov. 27, 2024.",
        ],
        "mixed": [
            ("Ewan MacRae, who has died", "start", "Share this notice: Facebook X Email"),
            ("He joined the island", "end", "Photo: MacRae family collection."),
            ("\"He treated every", "end", "Sign the guest book to leave your condolences."),
        ],
        "ltop": L("""
The Portlennan Courier
Family Notices
Deaths
Births
Marriages
Place a notice
Log in
"""),
        "lmid": [
            ("Ewan MacRae, who has died", "Send flowers"),
            ("Away from the ship", "Light a candle"),
        ],
        "lbot": L("""
Sign the guest book
Share this notice
Funeral directors near you
Terms and conditions
© Portlennan Courier Ltd
"""),
    },
]
