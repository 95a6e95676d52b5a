"""blind11, English part 3: a consumer feature on newsletter overload (trap), a brown-butter apple
cake (recipe blog), and a by-election count night (live blog of an election night)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-en-trap-newsletter-overload",
        "register": "consumer affairs feature",
        "lang": "en",
        "trap": True,
        "paras": P("""
Drowning in newsletters? How to take back your inbox

Retailers, charities and even your local garden centre want a place in your inbox. We asked readers how many marketing emails they receive — and tested the quickest ways to cut them down

By Priya Nair, Consumer Editor

When Julie Ambrose, a 52-year-old teaching assistant from Exeter, finally counted, she had 38 unread marketing emails from a single weekend. “Seven were from the same shoe shop,” she said. “I bought one pair of trainers from them in 2019.”

She is far from alone. In a survey of 2,100 readers this month, the average respondent said they received 31 promotional emails a day, and more than two-thirds said they had stopped opening messages from brands they had once deliberately signed up to.

The problem often starts at the checkout. Many retailers offer a discount — typically “10% off your first order” — in exchange for an email address, and a pre-ticked or easy-to-miss box can enrol you in daily marketing as well as order updates.

Under UK rules, businesses may only send marketing emails to individuals who have consented, or to existing customers under the so-called soft opt-in, and every message must include a simple way to unsubscribe. The Information Commissioner’s Office says it received more than 1,600 complaints about unwanted marketing emails last year.

Charities are in the mix too. Several readers said that after making a one-off donation online they began receiving weekly appeals, newsletters and invitations to become a regular giver. The Fundraising Regulator’s code requires charities to stop contacting donors who ask, and to make that easy.

What actually works

Unsubscribe properly. Use the link at the bottom of the email rather than marking it as spam; legitimate senders are required to act on it, usually within a few days.

Use your email’s built-in tools. Gmail and Outlook both show an “unsubscribe” option next to the sender’s name on many bulk messages, which sends the request for you.

Create a “shopping” address. Several readers keep a separate free email account only for discount codes and loyalty schemes, and check it when they are actually planning to buy something.

Be wary of unsubscribe services. Some free tools that promise to clear your inbox do so by reading your emails and selling anonymised purchase data. Check the privacy policy before granting access.

Q: Is it safe to click “unsubscribe” in a spam email?

Not always. If the email is from a company you have never heard of, clicking the link can confirm your address is active. Delete it and block the sender instead.

Media newsletters are a special case. Many people genuinely value the briefings they have chosen — one reader said she reads three every morning “instead of doomscrolling” — but a pile of unread ones can become a source of guilt. The advice from readers who have cut back was simple: keep the ones you open, and be ruthless about the rest.

Julie spent 40 minutes unsubscribing from 61 lists. A fortnight later, she says, her weekend count is down to five.
"""),
        "trap_promo": ("tail", "Want more money-saving tips like these? Get the Savvy Saver newsletter every Friday — sign up free at the link below."),
        "head": [
            "Money › Consumer rights",
            "Reader survey: Tell us what you think of our consumer coverage and you could win a £100 voucher. It takes three minutes.",
        ],
        "mid": [
            ("She is far from alone", "Advertisement"),
            ("Charities are in the mix", "Related: Energy firms told to stop sending ‘confusing’ tariff emails\nRelated: How to get a refund when a flight is cancelled"),
            ("Be wary of unsubscribe", "Consumer Champion\nHave you been treated unfairly by a company? Our team can help. Email consumer@westcountry-herald.example with your story and a phone number."),
            ("Not always. If the email", "Download the Herald app — your news, your way. Free on the App Store and Google Play."),
        ],
        "tail": [
            "Priya Nair is the Herald’s consumer editor. Follow her on Bluesky @priyanair-money.",
            "Want more money-saving tips like these? Get the Savvy Saver newsletter every Friday — sign up free at the link below.",
            "Comments (47)\nNewest | Oldest | Most liked",
            "Most popular\n1. Supermarket meal deal price rises explained\n2. Is it worth switching to a heat pump in 2025?\n3. The hidden fees in ‘free’ current accounts",
        ],
        "mixed": [
            ("When Julie Ambrose", "start", "Listen to this article · 4 min"),
            ("Unsubscribe properly", "start", "ADVERTISEMENT"),
            ("Media newsletters are", "end", "Like this? Share it: WhatsApp · Facebook · Email"),
            ("The problem often starts", "end", "Read more: Black Friday deals — how to tell if they are really a bargain"),
        ],
        "ltop": L("""
Westcountry Herald
News | Money | Property | Travel | Puzzles | Subscribe
Sign in
Money › Consumer rights
"""),
        "lmid": [
            ("Under UK rules", "Advertisement"),
            ("What actually works", "Sponsored: Earn 4.6% AER with an easy-access saver from Beacon Bank"),
            ("Create a “shopping”", "Recommended for you: The apps that pay you to walk"),
        ],
        "lbot": L("""
Share this article
You have read 3 of 5 free articles this month. Subscribe for unlimited access.
Terms | Privacy notice | Cookie settings | Contact us | Complaints
© Westcountry Herald Ltd 2025
"""),
    },
    {
        "slug": "b14-en-recipe-brown-butter-apple-cake",
        "register": "recipe blog",
        "lang": "en",
        "paras": P("""
Brown Butter Apple Cake

This is the cake I make every October when the first sharp Cox apples turn up at the farm shop down the road. It is not fancy. It is a soft, tender sponge studded with apple and scented with nutty brown butter and a little cinnamon, and it keeps beautifully for days — if it lasts that long.

Why brown the butter?

Browning butter cooks the milk solids until they turn golden and toasty. It takes five extra minutes and gives the cake a caramel, almost hazelnut flavour that plain melted butter simply can’t match. Just keep an eye on it: it goes from perfect to burnt quickly.

Ingredients

150g unsalted butter

3 medium apples (about 450g), peeled, cored and cut into 1.5cm chunks — something sharp that holds its shape, like Cox or Braeburn

2 large eggs, at room temperature

175g light brown soft sugar

200g plain flour

2 tsp baking powder

1 tsp ground cinnamon and a pinch of salt

100ml whole milk

Method

Heat the oven to 180C (160C fan) and line a 23cm round springform tin with baking paper.

Melt the butter in a light-coloured pan over a medium heat. Let it foam, then keep swirling until the solids at the bottom turn deep golden and it smells nutty. Pour into a bowl, scraping in all the brown bits, and leave to cool for 10 minutes.

Whisk the eggs and sugar together for 2–3 minutes until pale and slightly thickened, then whisk in the cooled brown butter and the milk.

Fold in the flour, baking powder, cinnamon and salt until just combined, then fold in two-thirds of the apple. Spoon into the tin, scatter the remaining apple on top and sprinkle with a tablespoon of demerara sugar if you have it.

Bake for 45–50 minutes, until golden and a skewer comes out clean. Cool in the tin for 15 minutes before releasing.

Storage: The cake keeps in an airtight tin for up to four days, and actually tastes better on day two.
"""),
        "head": [
            "Jump to Recipe · Print Recipe",
            "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Please read my disclosure policy.",
            "★★★★★ 4.9 from 212 reviews",
            "Published: Oct 3, 2024 · Modified: Sep 28, 2025 by Hattie Rowe · This post may contain affiliate links · 86 Comments",
        ],
        "mid": [
            ("This is the cake I make", "Never miss a bake! Join 40,000 home bakers and get my free ebook, 10 Cakes for Every Season, when you sign up for the Hattie Bakes newsletter."),
            ("Browning butter cooks", "I use this 23cm springform tin from Lakeland (£18.99) — it has never leaked on me once."),
            ("1 tsp ground cinnamon", "ADVERTISEMENT"),
            ("Heat the oven", "Pin it for later! 📌"),
        ],
        "tail": [
            "Did you make this recipe? Tag @hattiebakes on Instagram and hashtag it #hattiebakes — I love seeing your bakes!",
            "Rate this recipe\n☆☆☆☆☆\nLeave a comment\nYour email address will not be published.",
            "You might also like:\nSticky Toffee Apple Traybake\nBlackberry & Apple Crumble Bars\nThe Best Cinnamon Rolls",
            "Hi, I’m Hattie! Former pastry chef, now baking from my tiny Somerset kitchen. More about me →",
        ],
        "mixed": [
            ("Browning butter cooks", "end", "Tip: my favourite light-coloured saucepan is linked in my Amazon storefront."),
            ("Ingredients", "start", "Print Pin Rate"),
            ("Bake for 45–50", "end", "Nutrition information is an estimate only."),
            ("This is the cake I make", "start", "Jump to Recipe"),
        ],
        "ltop": L("""
Hattie Bakes
Home | Recipes | Cakes | Bread | Cookies | About | Shop
Search recipes…
Home » Cakes » Brown Butter Apple Cake
Jump to Recipe
"""),
        "lmid": [
            ("Why brown the butter?", "Advertisement"),
            ("100ml whole milk", "Servings: 10 slices | Prep: 20 mins | Cook: 50 mins"),
            ("Fold in the flour", "Shop the recipe: springform tin, digital scales, silicone spatula"),
        ],
        "lbot": L("""
Course: Dessert | Cuisine: British | Keyword: apple cake, brown butter
86 Comments
Join the Hattie Bakes Club
Privacy Policy · Accessibility · Work With Me
© 2025 Hattie Bakes · Site by Crumb Digital
"""),
        "ftop_extra": ["Skip to primary navigation Skip to main content Skip to primary sidebar"],
    },
    {
        "slug": "b14-en-byelection-live",
        "register": "live blog of an election night",
        "lang": "en",
        "paras": P("""
Ashworth and Dale by-election: live results as count goes through the night

Voters in the Lancashire seat went to the polls on Thursday after the death of the long-serving MP Margaret Holt. Ballot boxes are being counted at Ashworth Leisure Centre, with a result expected around 4am.

05:02 That’s where we’ll leave our coverage. Thank you for staying up with us through the night. Our full report on the result, and what it means for next year’s general election, is now live.

04:41 Lucy Brennan, in her acceptance speech, thanks the count staff and pays tribute to Margaret Holt, “who was this constituency’s voice for 26 years and whose shoes I will not pretend to fill”.

04:33 RESULT: Lucy Brennan (Labour) wins Ashworth and Dale with a majority of 2,184.

Brennan (Lab) 14,906

Okafor (Reform) 12,722

Whitelaw (Con) 6,318

Pryce (Lib Dem) 2,201

Hale (Green) 1,644

Turnout: 41.3%

04:10 We are told a bundle check has been completed and the returning officer is gathering the candidates. This should be it.

03:47 Our political correspondent Sam Whitley says the Reform campaign now accepts privately that it has fallen short, but is pleased with how close it has come. “They were 3% here last time,” he notes. “Whatever happens tonight, that is a big story.”

03:15 A brief pause as a small number of postal votes are re-checked. Nothing unusual, the count manager says.

02:52 The Conservative candidate, Nigel Whitelaw, has just arrived at the count. He tells reporters the campaign was “difficult on the doorstep” and declines to predict the result.

02:20 Turnout confirmed at 41.3%, down from 63.8% at the general election.

01:05 Verification is complete. Counting proper begins.

23:00 Polls have closed. Good evening and welcome to our live coverage.
"""),
        "head": [
            "Live",
            "Key events\n04:33 RESULT: Labour hold Ashworth and Dale\n02:20 Turnout confirmed at 41.3%\n01:05 Counting begins",
            "Show key events only\nPlease turn on JavaScript to use this feature",
            "Updated 05:02 GMT · 27 updates",
        ],
        "mid": [
            (2, "Read our full report: Labour holds Ashworth and Dale as Reform surges into second"),
            ("Turnout: 41.3%", "Politics Live newsletter: the biggest political stories of the day, with analysis from our Westminster team. Sign up free."),
            ("03:15", "Advertisement"),
            ("02:20", "Load earlier updates"),
        ],
        "tail": [
            "Support our journalism\nWe don’t have a paywall because we believe everyone should be able to follow the news that shapes their lives. If you can, please support us — it takes less than a minute.\nSupport us\nRemind me in May",
            "Topics\nBy-elections · Labour · Reform UK · Conservatives · Lancashire",
            "Comments (1,342)\nThis discussion is now closed for comments but you can still sign in or create your account to join the discussion when it reopens.",
        ],
        "mixed": [
            ("03:47", "end", "Share this update: X · Facebook · Copy link"),
            ("04:41", "start", "Pinned post"),
            ("02:52", "end", "Sign up for First Edition, our free daily newsletter — every weekday morning at 7am."),
            ("Ashworth and Dale by-election", "start", "LIVE"),
            ("23:00", "end", "Photograph: Christopher Furlong/Getty Images"),
        ],
        "ltop": L("""
Skip to main content
News | Opinion | Sport | Culture | Lifestyle
Support us
Sign in
UK › Politics › By-elections
Live
"""),
        "lmid": [
            ("Brennan (Lab)", "Advertisement"),
            ("04:10", "Show key events only"),
            ("01:05", "Earlier: Who are the candidates in Ashworth and Dale?"),
        ],
        "lbot": L("""
Load earlier updates
Most viewed
Reform surge in Lancashire: what the numbers tell us
Back to top
Sign up for our email | Help | Complaints & corrections | Work for us | Privacy policy | Cookie policy
© 2025 Herald News & Media Limited or its affiliated companies. All rights reserved.
"""),
    },
]
