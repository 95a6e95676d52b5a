from common import P, L

ARTICLES = [
dict(
    slug="b5-en-trap-paywall-ledger",
    lang="en",
    register="national news",
    trap=True,
    trap_promo=("tail", "Read more from our Media desk: sign up to Press Gallery, Nina Okoro's Friday briefing on the news business, at ledger.co.uk/pressgallery"),
    paras=P("""
Northern Ledger to put most of its website behind a paywall from March

By Nina Okoro, Media Correspondent

MANCHESTER, 14 January — The Northern Ledger, one of the last big regional titles to give its journalism away online, will ask readers to pay for most articles from 3 March, its owners confirmed on Wednesday.

Under the new model, visitors will be able to read five stories a month for free before being asked to subscribe. A digital subscription will cost £6.99 a month, with an introductory rate of £1 a week for the first three months.

Breaking news, public-safety alerts and weather warnings will remain free to read, the company said, as will the paper's daily morning newsletter, which has about 180,000 sign-ups.

"We have spent fifteen years telling people that good journalism is worth paying for while handing it out for nothing," said editor-in-chief Marcus Thorne. "That contradiction has run its course."

Advertising revenue at the Ledger's parent company, Pennine Media Group, fell by 11 per cent last year, according to accounts filed at Companies House in December. Print circulation dropped below 40,000 for the first time.

The group said it hoped to reach 60,000 paying digital subscribers within two years. It currently has about 14,000, most of whom signed up to read puzzles and the archive.

Readers' reaction

Not everyone is convinced. Ellen Marsh, 71, who has read the Ledger since the 1970s, said she would not be signing up. "I buy the paper on a Saturday. I'm not paying twice," she said.

Media analyst Priya Sandhu, of the consultancy Fourth Estate Partners, said regional titles that had introduced meters tended to lose between a third and a half of their web traffic in the first year, but made it back in reader revenue.

"The ones that fail are the ones that put up the wall and then stop investing in the newsroom behind it," she said.

Q: Will existing print subscribers have to pay again? A: No. The company said print subscribers would get full digital access at no extra cost by linking their account.

The National Union of Journalists said it would seek assurances that no jobs would be cut as part of the change.
"""),
    head=[
        "You have 3 free articles left this month. Already a member? Log in",
        "BREAKING: Motorway closed after lorry fire near junction 19 — live updates",
    ],
    mid=[
        ("Under the new model", "Inside the Ledger: Our pledge to readers. Why we are asking you to pay, and what your money buys — a letter from the editor"),
        ("Advertising revenue at", "Market data powered by Fintrail. Prices delayed by 15 minutes."),
        ("Not everyone is convinced.", "Most Popular\n1. The best fish and chips in the North West, ranked\n2. Pub landlord's tribute to regular who never missed a quiz\n3. Why your energy bill could rise again in April"),
    ],
    tail=[
        "Topics: Media | Newspapers | Manchester",
        "Spotted a mistake? Email corrections@ledger.co.uk",
        "Northern Ledger is a member of IPSO and abides by the Editors' Code of Practice.",
    ],
    mixed=[
        ("By Nina Okoro", "end", "Updated 14:32 GMT"),
        ("Breaking news, public-safety alerts", "start", "Sponsored content"),
        ("Media analyst Priya Sandhu", "end", "Enjoying this story? Unlock unlimited access to the Ledger for just £1 a week — cancel anytime."),
        ("The National Union of Journalists", "end", "Share: Facebook X WhatsApp Copy link"),
    ],
    ltop=L("""
Skip to content
Menu
Search the Ledger
Latest
North West
Politics
Business
Culture
Subscribe from £1
"""),
    lmid=[
        ("MANCHESTER, 14 January", "Listen to this story · 4 min"),
        ("Readers' reaction", "RELATED: Ledger owner reports first-half loss as print sales slide"),
    ],
    lbot=L("""
More from Media
BBC to close two local radio stations in overnight schedule shake-up
Why local papers are betting on puzzles
About us
Terms & conditions
Manage cookies
© Pennine Media Group 2026
"""),
),
dict(
    slug="b5-en-recipe-crumble-cake",
    lang="en",
    register="recipe",
    paras=P("""
Rhubarb and Stem Ginger Crumble Cake

There is a moment in late February when the forced rhubarb arrives in the shops, shocking pink and almost luminous, and I lose all interest in citrus. This cake is what I make that week, every year.

It is a simple sponge, made with ground almonds so it stays moist for days, with a layer of roasted rhubarb and a buttery crumble on top. The stem ginger is optional but I would strongly encourage it.

Why roast the rhubarb first?

Raw rhubarb releases a lot of water as it bakes, which makes the middle of the cake soggy. Roasting it for ten minutes with a spoonful of sugar drives off some of that liquid and concentrates the flavour.

Ingredients

400g forced rhubarb, cut into 3cm pieces

175g soft unsalted butter, plus extra for the tin

2 balls stem ginger, finely chopped, plus 2 tbsp of the syrup

Method

Heat the oven to 180C (160C fan). Grease and line a 23cm springform tin. Toss the rhubarb with 1 tbsp caster sugar and roast on a tray for 10 minutes.

Beat the butter and sugar until pale, then add the eggs one at a time, followed by the flour, almonds, ginger and syrup. Spread into the tin, scatter over the rhubarb, then the crumble.

Bake for 55–65 minutes, until a skewer comes out clean. Cover loosely with foil after 40 minutes if the top is browning too fast.

"Best eaten warm, with cold custard" — my grandmother, and she was right.
"""),
    head=[
        "Jump to Recipe · Print Recipe",
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. See my full disclosure policy.",
    ],
    mid=[
        ("It is a simple sponge", "Hi, I'm Rosie! I bake in a tiny kitchen in Bristol with a very nosy spaniel. Get my Sunday Bake letter and a free printable baking conversion chart →"),
        ("175g soft unsalted butter", "I use this 23cm leakproof springform tin from Lakeland — it's £14.99 and worth every penny."),
        ("Beat the butter and sugar", "Pin this recipe for later!"),
    ],
    tail=[
        "★★★★★ 4.9 from 212 votes. Rate this recipe",
        "Did you make this? Tag @rosiesbakes on Instagram and hashtag it #rosiesbakes — I love seeing your bakes!",
        "You might also like: Blood Orange Drizzle Loaf · Brown Butter Madeleines · Easy Apple Galette",
        "Leave a comment (37)",
    ],
    mixed=[
        ("There is a moment in late February", "start", "Never miss a bake — follow Rosie's Bakes on Facebook, Pinterest and Instagram"),
        ("Raw rhubarb releases", "end", "Psst — my new cookbook, Sweet Little Bakes, is out now. Order a signed copy here!"),
        ("Heat the oven to 180C", "start", "Cook Mode Prevent your screen from going dark"),
        ("Bake for 55–65 minutes", "end", "AD"),
    ],
    ltop=L("""
Rosie's Bakes
Recipes
Cakes
Bread
Baking School
Shop
About
"""),
    lmid=[
        ("Why roast the rhubarb first?", "Save Recipe"),
        ("Method", "Scale 1x 2x 3x"),
    ],
    lbot=L("""
Filed Under: Cakes, Spring Baking, Traybakes
Reader interactions
Privacy Policy
Copyright © 2026 Rosie's Bakes. Recipe text and photos may not be republished.
"""),
),
dict(
    slug="b5-en-review-ereader",
    lang="en",
    register="shop/product review",
    paras=P("""
Lumina Page 7 review: the e-reader that finally gets page turns right

Verdict: the best mid-range e-reader you can buy, held back by a slightly plasticky finish.

I have spent the last three weeks reading on the Lumina Page 7, including a week on holiday in Crete where it went four days between charges in bright sun.

Design and screen

The 7-inch screen has a resolution of 300 pixels per inch, which is the same as e-readers costing twice as much. Text is crisp and the warm-light slider goes a long way towards amber for bedtime reading.

Unlike last year's model, the Page 7 has physical page-turn buttons on the right-hand edge. They are quiet, with a short travel, and I found myself using them far more than the touchscreen.

The back is a textured plastic that picks up fingerprints. It is waterproof to IPX8, so a dunk in the pool will not hurt it.

Battery life

Lumina claims six weeks at 30 minutes a day. In my testing, with the light at about half, I got a little under five weeks.

What I liked: the buttons, the screen, the library loan integration.

What I didn't: the slow store, and no audiobook support over Bluetooth.

Should you buy it?

If you read mostly novels and want to borrow from your local library, yes. If you need to annotate PDFs, look at a larger tablet instead.
"""),
    head=[
        "We may earn a commission when you buy through links on our site. This doesn't affect our reviews. Here's how we test.",
        "Lumina Page 7 — £149 at Currys | £139.99 at Amazon | £149 at John Lewis — Check prices",
    ],
    mid=[
        ("I have spent the last three weeks", "Why you can trust TechPrimer\nOur expert reviewers spend hours testing and comparing products so you can choose the best for you.\nFind out more about how we test."),
        ("Lumina claims six weeks", "DEAL ALERT: Save £20 on the Page 7 with code READMORE20 at checkout — ends Sunday"),
        ("What I didn't:", "Buy now"),
    ],
    tail=[
        "Today's best Lumina Page 7 deals: Amazon £139.99 View Deal · Argos £149 View Deal · Very £149.99 View Deal",
        "Get the best tech deals delivered to your inbox with Gadget Drop, every Thursday. Your email address...",
        "Tom Harrow is TechPrimer's senior reviewer. He has tested more than 40 e-readers and still prefers paperbacks in the bath.",
    ],
    mixed=[
        ("Verdict:", "start", "Sign up to get the BEST of TechPrimer delivered straight to your inbox."),
        ("The 7-inch screen", "end", "(Image credit: Future / Tom Harrow)"),
        ("The back is a textured plastic", "end", "Our pick for the best cases for your e-reader is updated weekly."),
        ("If you read mostly novels", "end", "Price comparison powered by PriceRunner"),
    ],
    ltop=L("""
TechPrimer
Reviews
Best picks
Deals
Phones
Laptops
E-readers
Newsletter
"""),
    lmid=[
        ("Design and screen", "Jump to: Design | Battery | Verdict"),
        ("Battery life", "£139.99 at Amazon"),
    ],
    lbot=L("""
Related reviews
Kobold Clara 2 review
Best e-readers 2026: tested and ranked
Join the TechPrimer community
Privacy | Cookies | Accessibility
TechPrimer is part of Quill Media Ltd, an international media group and leading digital publisher.
"""),
),
dict(
    slug="b5-en-obituary-margaret",
    lang="en",
    register="obituary",
    paras=P("""
Margaret Ann Elphick, 1938–2026

Margaret Ann Elphick, known to generations of pupils at St Bede's Primary School in Whitby as Mrs E, died peacefully at home on 9 February, aged 87, with her family beside her.

Born in Scarborough to Fred and Annie Coultas, Margaret was the youngest of four girls. She trained as a teacher in Ripon and took her first post in Whitby in 1959, where she stayed for the rest of her working life.

She married Kenneth Elphick, a lifeboat mechanic, in 1962. They were married for 54 years until his death in 2016.

At St Bede's she taught reception class for more than thirty years and was deputy head from 1985 until her retirement in 1998. Former pupils remember her tambourine, her nature table and her refusal to let any child leave school unable to swim.

"She knew every child's name, and every child's mother's name," said former colleague Judith Pearce.

Margaret was a lifelong member of the Whitby Choral Society and sang in its alto section until she was 84.

She is survived by her children, Paul and Catherine, five grandchildren and two great-grandchildren.

Funeral arrangements

The funeral will take place at St Hilda's Church, Whitby, on Friday 27 February at 11am, followed by burial at Larpool Cemetery.

Family flowers only, please. Donations in Margaret's memory may be made to the RNLI Whitby station.
"""),
    head=[
        "Obituaries › Yorkshire › Whitby",
        "Published by Whitby Gazette on Feb. 14, 2026.",
    ],
    mid=[
        ("She married Kenneth Elphick", "Send Flowers — Show your support for the family. Same-day delivery available from local florists."),
        ("Margaret was a lifelong member", "Plant a tree in memory of Margaret. Each tree is planted in a UK woodland."),
    ],
    tail=[
        "Sign the Guest Book",
        "14 entries · Add a memory · Light a candle",
        "Sponsored by Coultas & Daughters Funeral Directors, 4 Church Street, Whitby YO22 4AE",
        "To place a notice, call our announcements team on 01947 600 100 or visit announcements.whitbygazette.co.uk",
    ],
    mixed=[
        ("Margaret Ann Elphick, known", "end", "Share this obituary"),
        ("At St Bede's she taught", "start", "Advertisement"),
        ("She is survived by her children", "end", "Notify me when the guest book is signed"),
        ("Family flowers only, please.", "end", "Make a donation via our partner JustGiving"),
    ],
    ltop=L("""
Whitby Gazette
Announcements
Deaths
Births
Marriages
In Memoriam
Place an announcement
"""),
    lmid=[
        ("Born in Scarborough", "Print Obituary"),
        ("Funeral arrangements", "Get directions to St Hilda's Church"),
    ],
    lbot=L("""
Guest Book
Not sure what to write? View sample messages
Funeral homes in Whitby
Terms of Use | Privacy Policy
Powered by LegacyLink
"""),
),
dict(
    slug="b5-en-liveblog-budget",
    lang="en",
    register="live blog (finance)",
    paras=P("""
Spring statement 2026 live: Chancellor freezes fuel duty and raises savings allowance

The Chancellor has announced a freeze on fuel duty for a further twelve months and a rise in the personal savings allowance to £1,500 for basic-rate taxpayers.

13:58 — Markets react

The pound edged up 0.3 per cent against the dollar as the Chancellor sat down. Gilt yields were broadly flat, suggesting investors had expected few surprises.

13:41 — Savings allowance doubled

Basic-rate taxpayers will be able to earn £1,500 a year in savings interest tax-free from April, up from £1,000. Higher-rate taxpayers will see their allowance rise from £500 to £750.

13:29 — Fuel duty frozen

"Motorists have had enough uncertainty," the Chancellor told MPs, confirming that the temporary 5p cut would stay in place until March 2027.

The Treasury estimates the freeze will cost £2.9bn next year.

13:12 — Growth forecast cut

The Office for Budget Responsibility now expects the economy to grow by 0.9 per cent this year, down from 1.3 per cent in its autumn forecast.

12:30 — What we are expecting

Good afternoon. The Chancellor is due on her feet shortly after Prime Minister's Questions. We will bring you every announcement and what it means for your money.
"""),
    head=[
        "Live · Updated 2 mins ago",
        "Key events: 13:58 Markets react · 13:41 Savings allowance · 13:29 Fuel duty",
        "Use our spring statement calculator to see how today's changes affect your household",
    ],
    mid=[
        ("The pound edged up", "Ad · Looking for a better rate? Compare 1-year fixed bonds from 4.85% AER — MoneyWell"),
        ("Basic-rate taxpayers", "New post available — click to refresh"),
        ("The Treasury estimates", "Your Money Weekly: the Saturday email from our consumer team on bills, tax and savings. Free, no spam, unsubscribe in one click."),
    ],
    tail=[
        "Show earlier updates",
        "Tags: Spring statement · Tax · Personal finance",
        "Have your say: what did you make of today's statement? Comments are open until 6pm (213)",
    ],
    mixed=[
        ("The Chancellor has announced", "end", "Watch live: the Chancellor's statement in full ▶"),
        ("13:41 — Savings", "end", "Share this update"),
        ("The Office for Budget Responsibility", "end", "Copy link to this post"),
        ("Good afternoon.", "start", "Pinned"),
    ],
    ltop=L("""
Money
Budget hub
Tax
Pensions
Mortgages
Live
"""),
    lmid=[
        ("13:29 — Fuel duty frozen", "Advertisement · Story continues below"),
        ("12:30 — What we are expecting", "Auto-update: ON"),
    ],
    lbot=L("""
Most read in Money
How to check if you are owed a tax refund
The savings accounts paying more than inflation
Contact the live team
Cookie preferences
All times GMT
"""),
),
]
