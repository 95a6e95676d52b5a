"""blind10, English part 2: a recipe-blog post (squash and miso soup), a trap media-news story about a
local paper introducing a paywall, and a trap consumer explainer on cookie banners and consent.
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-en-recipe-squash-miso-soup",
        "register": "recipe blog",
        "lang": "en",
        "paras": P("""
Roasted Squash and White Miso Soup

This is the soup I make on the first properly cold Sunday of the year, when the farm stand down the road has crates of butternut squash at a dollar apiece and I can't walk past without taking three. Roasting the squash first gives it a deep, caramelized sweetness, and a spoonful of white miso stirred in at the end adds the savory backbone that squash soups so often lack. It's also forgiving. I've made it with kabocha, with acorn squash, and once with a sad half pumpkin left over from Halloween, and it was good every time.

My kids, who regard most orange food with deep suspicion, eat it happily as long as there is crusty bread for dunking. If you want to make it a full meal, a handful of cooked soba noodles or some cubes of silken tofu dropped into each bowl turn it into something much more substantial without any extra work.

A note on miso: white (shiro) miso is the mildest and sweetest kind, which is what you want here. Red or barley miso will work but is much saltier, so start with half the amount and taste as you go. Never boil the soup after the miso goes in; it dulls the flavor and can make the texture grainy.

Ingredients

1 large butternut squash (about 3 lb), peeled, seeded and cut into 1-inch chunks

2 tablespoons olive oil, plus a little for drizzling

1 yellow onion, chopped

3 cloves garlic, smashed

1 thumb-sized piece of ginger, peeled and grated

4 cups vegetable stock

3 tablespoons white miso paste

Instructions

Heat the oven to 425°F. Toss the squash with 1 tablespoon of the oil and a pinch of salt, spread it on a sheet pan in a single layer, and roast for 30 to 35 minutes, turning once, until the edges are browned. Don't crowd the pan, or the squash will steam instead of caramelizing.

Meanwhile, warm the remaining oil in a large pot over medium heat and cook the onion for 8 minutes, until soft and golden. Add the garlic and ginger and cook for another minute, stirring so the garlic doesn't catch.

Add the roasted squash and the stock, bring to a simmer and cook for 10 minutes. Take the pot off the heat. Whisk the miso with a ladleful of the hot stock in a small bowl until smooth, then stir it into the pot. Blend until completely smooth, thinning with a little water if you like a looser soup. Serve topped with toasted sesame seeds, sliced scallions and a thread of olive oil. A squeeze of lime is lovely too.

Storage: the soup keeps for four days in the fridge and freezes well for up to three months. Reheat it gently over low heat and don't let it boil, since that is when the miso loses its flavor.
"""),
        "head": [
            "Jump to Recipe · Print Recipe",
            "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Please read my disclosure policy.",
        ],
        "mid": [
            ("My kids, who regard", "Pin this recipe for later! Save it to your Soups board on Pinterest."),
            ("A note on miso", "Get my free 5-day fall meal plan! Join 40,000+ home cooks and I'll send it straight to your inbox, along with new recipes every Thursday.\nYour first name\nEmail\nSend me the plan"),
            ("Meanwhile, warm", "I use this immersion blender (affiliate link) — it's under $40 and has lasted me six years.\nCheck price on Amazon"),
        ],
        "tail": [
            "Did you make this recipe? Snap a photo and tag @halfmooncooks on Instagram — I love seeing your bowls!",
            "★★★★★ 4.9 from 212 votes\nRate this recipe",
            "You might also like\nCreamy Tuscan White Bean Soup\nSheet-Pan Harvest Vegetables with Tahini\n30-Minute Red Lentil Dal",
            "Hi, I'm Hannah! I'm a former line cook turned home-cooking obsessive, and I share cozy, unfussy recipes for real weeknights. Follow along on Instagram and YouTube.\nMore about me →",
        ],
        "mixed": [
            ("This is the soup", "start", "Jump to Recipe"),
            ("A note on miso", "end", "(You can find my favorite brand in my pantry shop.)"),
            ("Add the roasted squash", "end", "Tried it? Leave a star rating in the comments!"),
        ],
        "ltop": L("""
Half Moon Kitchen
Recipes
Meal Plans
Shop
About
Search recipes...
Home » Soups & Stews » Roasted Squash and White Miso Soup
"""),
        "lmid": [
            ("Ingredients", "♡ Save Recipe to your recipe box"),
            ("Instructions", "Print · Pin · Save"),
            ("Heat the oven", "Cook Mode Prevent your screen from going dark"),
        ],
        "lbot": L("""
Nutrition information is an estimate and will vary with the ingredients used.
Leave a Reply
Your email address will not be published. Required fields are marked *
Post Comment
© 2025 Half Moon Kitchen · Privacy Policy · Accessibility
"""),
    },
    {
        "slug": "b13-en-trap-courier-paywall",
        "register": "media news",
        "lang": "en",
        "trap": True,
        "paras": P("""
Harbor Courier to start charging for online news after 40 years of free access

ASTORIA, Ore. — The Harbor Courier, the twice-weekly newspaper that has covered Clatsop County since 1911, will start asking online readers to pay for most of its journalism from March 1, its publisher announced Tuesday.

Under the new model, visitors to the Courier's website will be able to read three local stories a month without charge. After that, they will be asked to buy a digital subscription, priced at $8 a month or $80 a year. Existing print subscribers will get digital access at no extra cost once they link their accounts.

Obituaries, public-safety alerts, election results and anything related to weather emergencies or tsunami warnings will stay free, publisher Dana Okafor said.

"For a long time we gave the website away and hoped the print edition would pay for it. That bargain stopped working about ten years ago," Okafor said in an interview at the paper's office on Commercial Street.

Falling advertising revenue

The Courier's print circulation has fallen from about 9,000 in 2008 to just under 3,100 today, according to figures the paper shared. Over the same period, its print advertising income has dropped by roughly two-thirds as car dealers, real estate agents and grocery stores moved their spending to search and social media.

The newsroom now has five full-time reporters and an editor, down from fourteen staff in 2008.

Okafor said the paper considered becoming a nonprofit, as several local outlets in the Pacific Northwest have done in recent years, and may still set up a separate fund to which readers could donate to support specific reporting projects. For now, she said, subscriptions are "the most honest way to ask people to pay for something they value."

Readers' reactions

Reaction on the Courier's Facebook page was mixed. Some commenters said they would not pay for news they had always read for free; others wrote that they had assumed they were already paying through their print subscription.

Ruth Galindo, 71, who has taken the paper since 1978, said she would sign up for the digital edition "so I can send articles to my grandkids in Portland without clipping them out."

What experts say

Metered paywalls have become common among small dailies and weeklies, said Teresa Ahn, who studies local news economics at the University of Oregon. The risk for a small paper, she said, is that fewer people see its reporting. "The papers that do well are the ones that keep a clear public-service layer free and explain to readers exactly what their money pays for."

The Courier will continue to publish its free morning newsletter, which sends headlines to about 6,500 email addresses, and says it will offer discounted subscriptions to students and to residents on SNAP benefits.
"""),
        "trap_promo": ("tail", "Support local journalism. Become a Courier subscriber today — your first month is just 99¢.\nSee subscription options"),
        "head": [
            "Enjoying the Harbor Courier? You have 2 free articles remaining this month.\nLog in or subscribe",
            "Media & Business",
        ],
        "mid": [
            ("Obituaries, public-safety", "Advertisement\nCannon Beach Realty — Your coast, your home. Call 503-555-0172"),
            ("The newsroom now has", "Related: Seaside school board approves four-day week\nRelated: Port of Astoria lands $4.2M dock grant"),
        ],
        "tail": [
            "Have a news tip? Email newsroom@harborcourier.example or call 503-555-0140.",
            "Most read this week\nCoast Guard rescues two crabbers off Tillamook Head\nNew bike lanes planned for Marine Drive\nAstoria's oldest bakery changes hands",
            "Copyright © 2025 Harbor Courier Media LLC. All rights reserved.",
        ],
        "mixed": [
            ("Under the new model", "start", "ADVERTISEMENT"),
            ("Okafor said the paper considered", "end", "Click here to get the Morning Tide headlines in your inbox at 6 a.m."),
            ("Ruth Galindo", "end", "Share this story: Facebook · X · Email"),
        ],
        "ltop": L("""
THE HARBOR COURIER ⚓ Clatsop County's Newspaper
Tuesday, January 14, 2025
Sign In
e-Edition
News
Sports
Obits
Classifieds
"""),
        "lmid": [
            ("Falling advertising revenue", "Story continues below advertisement"),
            ("Readers' reactions", "Latest headlines"),
        ],
        "lbot": L("""
Tags: Harbor Courier, Newspapers, Media
About Us | Contact | Advertise With Us | Terms of Use
Follow us on Facebook and Instagram
Back to Top
"""),
    },
    {
        "slug": "b13-en-trap-cookie-banners",
        "register": "consumer explainer",
        "lang": "en",
        "trap": True,
        "paras": P("""
Why 'Reject all' is suddenly everywhere on cookie banners — and what you should click

If you have noticed that the pop-ups asking about cookies on British websites now more often include a button marked "Reject all", you are not imagining it. The Information Commissioner's Office (ICO) wrote to the operators of the country's 100 most-visited websites last year, warning that they faced enforcement action if they did not make it as easy to refuse tracking cookies as to accept them.

Most of the sites contacted have since changed their banners, the regulator says.

What cookies actually are

Cookies are small text files a website stores in your browser. Some are essential: they keep items in your shopping basket or keep you logged in. Others are used for analytics, to count how many people read a page, and a third group, advertising cookies, allow companies to follow you across different sites and build a profile of your interests. Those profiles are then used to decide which adverts you see, and sometimes what price you are shown.

Under UK law, a website does not need your permission for essential cookies, but it does need it for almost everything else.

The problem with 'Accept all'

For years, many banners offered a large, brightly coloured "Accept all" button and a faint link to "Manage settings", which led to dozens of toggles switched on by default. Regulators call these designs "dark patterns", because they nudge people towards the choice that benefits the website.

When the letters were sent, the regulator argued that consent obtained simply because refusing is more tiring than accepting cannot be considered freely given.

What to do

Click "Reject all" when it is offered. Essential cookies will still work, so the site will not break.

If there is no reject button, open the settings, switch off advertising and "legitimate interest" options, and save.

Clear cookies regularly in your browser's privacy settings, or set it to block third-party cookies altogether. Safari and Firefox do this by default; in Chrome you need to switch it on.

Be wary of browser extensions that promise to click the banners for you. Some are excellent, but a few have been found selling browsing data themselves.

What about 'pay or OK'?

Some news and social media sites now ask visitors either to accept advertising cookies or to pay a monthly fee for an ad-free version. The ICO has said this model can be lawful if the price is reasonable and the free option is genuinely comparable, but consumer groups argue that it turns privacy into a premium product. The European Commission has challenged a similar approach by Meta. Whether such fees spread further in the UK is likely to depend on how the regulator responds to the first complaints, which it is now examining.

If you think a website is ignoring your choice, you can report it to the ICO through its online cookie concerns form.
"""),
        "trap_promo": ("head", "We use cookies to give you the best experience on our site and to show you relevant ads. You can change your preferences at any time.\nAccept all\nReject all\nCustomise"),
        "head": [
            "Consumer rights · Tech & privacy",
            "Members get our full expert advice. Try Which Way? for £1 for your first month, then £10.99 a month. Cancel anytime.\nStart your trial",
        ],
        "mid": [
            ("Most of the sites contacted", "Advertisement"),
            ("Under UK law", "Read more: Eight scam texts doing the rounds this winter — and how to spot them"),
            ("If there is no reject button", "Join our free Scam Alerts newsletter to get the latest warnings, straight from our experts.\nSign up now"),
        ],
        "tail": [
            "Was this article helpful?\nYes\nNo",
            "Share this article\nCopy link\nWhatsApp\nEmail",
            "More on tech and privacy\nHow to stop your smart TV tracking what you watch\nIs it safe to save passwords in your browser?\nThe best free VPNs, tested",
        ],
        "mixed": [
            ("If you have noticed", "start", "5 min read"),
            ("Cookies are small text files", "end", "Jump to: What to do"),
            ("Click \"Reject all\"", "end", "Advertisement - scroll to continue"),
            ("If you think a website", "end", "By Joanne Pike, Senior Researcher. Updated 12 Feb 2025"),
        ],
        "ltop": L("""
Which Way? Consumer Advice
Log in
Join us
Product reviews
Money
Tech & privacy
Consumer rights
"""),
        "lmid": [
            ("What cookies actually are", "On this page"),
            ("The problem with", "Sponsored"),
            ("What to do", "Ad feedback"),
        ],
        "lbot": L("""
Related topics: Data protection, Online safety
Gift a membership
Which Way? Ltd is a registered charity no. 1000000
Cookie policy · Privacy notice · Manage cookies
"""),
    },
]
