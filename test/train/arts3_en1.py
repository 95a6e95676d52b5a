from common import P, L

ARTICLES = []

# 1. Council service page
ARTICLES.append(dict(
    slug="en3-council-bin-days", lang="en", register="council",
    paras=P("""
Changes to bin collection days from 7 April

From Monday 7 April 2025, bin collection days will change for around 18,000 households in the north and east of the borough. The changes are part of a new round structure that will cut the distance our collection vehicles travel each week by about 1,200 miles.

If your collection day is changing, you will receive a letter and a new calendar by 24 March. Please keep putting your bins out on your current day until then.

What is changing

Your general waste (grey bin) and recycling (blue bin) will still be collected on alternate weeks.

Food waste will continue to be collected every week, on the same day as your other bins.

Garden waste collections for subscribers will move to the same day as your general waste and recycling collection.

Check your new collection day

You can check your new day by entering your postcode in our online bin day finder from 10 March. If you do not have internet access, call our contact centre on 01632 960 412 and an adviser will tell you your new day.

Why we are making these changes

The borough has grown by more than 4,000 homes since the current rounds were designed in 2014. Some crews now cross the borough two or three times a day, which wastes fuel and time. Councillor Priya Shah, cabinet member for environment, said: "Redesigning the rounds means fewer miles, lower emissions and fewer missed collections. We know change can be unsettling, so we are writing to every affected household well in advance."

Missed collections during the changeover

During the first two weeks, crews may arrive at different times from those you are used to. Please have your bins out by 6am on your collection day. If your bin has not been emptied by 6pm, report it the following working day and we will return within two working days.

Assisted collections

If you receive an assisted collection because nobody in your household can move a bin to the kerb, this will continue on your new day. You do not need to reapply.
"""),
    head=["Home > Bins, recycling and waste > Bin collections",
          "Last updated: 3 March 2025",
          "On this page\n1. What is changing\n2. Check your new collection day\n3. Why we are making these changes\n4. Missed collections during the changeover",
          "Sign in to your MyNorthvale account to see your bin days, pay for garden waste and track reports."],
    mid=[("You can check your new day", "Related content\nGarden waste subscription\nRequest a new or replacement bin\nBook a bulky waste collection"),
         ("The borough has grown", "Follow @NorthvaleCouncil on X and Facebook for service updates during bad weather and bank holidays."),
         ("Food waste will continue", "Did you know? You can order free caddy liners online. Order caddy liners")],
    tail=["Was this page helpful?\nYes\nNo",
          "Report a problem with this page",
          "Never miss a bin day\nSign up for free email reminders and service alerts from Northvale Borough Council. Sign up now",
          "Contact us | Accessibility statement | Privacy notice | Cookies | Jobs at the council\n© Northvale Borough Council 2025"],
    mixed=[("If your collection day is changing", "end", "Sign up for email reminders so you never miss a bin day."),
           ("Garden waste collections", "end", "Not subscribed yet? Garden waste collections cost £52 a year – subscribe online today."),
           ("If you receive an assisted", "end", "Share this page: Facebook | X | Email")],
    ltop=L("""
Skip to main content
Northvale Borough Council
Search this site
Sign in or register
Bins, recycling and waste
Bin collections
"""),
    lmid=[(0, "Last updated: 3 March 2025"),
          ("Food waste will continue", "Related: Food caddy liners – where to get them"),
          ("During the first two weeks", "Report a missed bin")],
    lbot=L("""
Was this page helpful?
Yes
No
Contact us
Accessibility statement
Privacy notice
Cookies
© Northvale Borough Council 2025
"""),
))

# 2. Wire story
ARTICLES.append(dict(
    slug="en3-wire-copper-strike", lang="en", register="wire",
    paras=P("""
Workers at Chile's Cerro Alto copper mine walk out after wage talks collapse

SANTIAGO, May 14 (Globe Wire) - Around 2,300 workers at the Cerro Alto copper mine in northern Chile went on strike on Wednesday after talks over a new collective contract broke down, the main union said, threatening output at one of the country's ten largest mines.

The union said the company had refused to raise its offer of a 3.5% real wage increase and a one-off bonus of 18 million pesos ($19,100) per worker, well short of the 6% rise and 25 million peso bonus members had demanded.

"We gave them every opportunity. The offer on the table does not reflect the profits this mine has made over the last three years," union president Héctor Rojas told reporters outside the mine gate.

Minera Cerro Alto, which is majority owned by a consortium of Japanese trading houses, said in a statement that it had activated contingency plans to keep the operation running with supervisory staff and that it remained open to dialogue.

The mine produced 312,000 metric tons of copper last year, about 6% of Chile's output. Analysts at a Santiago brokerage estimated that a prolonged stoppage could cut production by roughly 1,000 tons a day.

Copper futures on the London Metal Exchange rose 1.2% to $9,870 a ton on the news, extending gains after data earlier in the week showed Chinese imports of the metal at a six-month high.

Under Chilean labour law, the company can request government-led mediation, which would extend talks by five working days. The last strike at Cerro Alto, in 2021, lasted 26 days.

Chile is the world's largest copper producer, and the metal accounts for around half of the country's exports.
"""),
    head=["World | Americas",
          "By Lucía Fernández and Tom Hale",
          "May 14, 2025 4:52 PM GMT+1 · Updated 2 hours ago",
          "[1/3] Workers gather outside the entrance of the Cerro Alto copper mine near Calama, Chile, May 14, 2025. Globe Wire/Iván Soto Purchase Licensing Rights, opens new tab"],
    mid=[("The union said the company", "Advertisement · Scroll to continue"),
         ("The mine produced", "Report This Ad"),
         ("Copper futures on the London", "Get our Morning Bid newsletter for a sharp look at the day ahead in markets. Sign up here.")],
    tail=["Reporting by Lucía Fernández in Santiago; additional reporting by Tom Hale in London; Editing by Richard Pullin",
          "Our Standards: The Globe Wire Trust Principles., opens new tab",
          "Suggested Topics:\nCommodities\nMetals & Mining\nLatin America",
          "Purchase Licensing Rights",
          "Read Next\nAnglo-Peruvian miner cuts guidance as water shortage bites\nLithium prices slide for fourth straight week\nCodelco appoints new chief executive"],
    mixed=[("SANTIAGO, May 14", "end", "Read more: Chile's copper output falls for third month"),
           ("Copper futures on the London", "end", "Sign up here."),
           ("Under Chilean labour law", "start", "Advertisement")],
    ltop=L("""
GLOBE WIRE
World
Business
Markets
Sustainability
My News
Sign In
Register
"""),
    lmid=[(0, "May 14, 2025 4:52 PM GMT+1"),
          (0, "By Lucía Fernández and Tom Hale"),
          ("The union said the company", "Advertisement · Scroll to continue"),
          ("Chile is the world's", "Reporting by Lucía Fernández; Editing by Richard Pullin")],
    lbot=L("""
Our Standards: The Globe Wire Trust Principles.
Purchase Licensing Rights
Read Next
Lithium prices slide for fourth straight week
Site Feedback
Cookies
Terms of Use
All quotes delayed a minimum of 15 minutes.
"""),
))

# 3. Football match report
ARTICLES.append(dict(
    slug="en3-football-derby-report", lang="en", register="sport",
    paras=P("""
Carver's late header settles tense derby as Rovers go top

Ashbury Rovers 2-1 Millbrook Town

A towering header from substitute Jamie Carver four minutes from time gave Ashbury Rovers a hard-fought derby win and sent them to the top of League One for the first time in six years.

Carver had been on the pitch for barely ten minutes when he met Luke Okafor's inswinging corner at the near post, and his glancing effort flew past Millbrook goalkeeper Sam Dyer to spark wild celebrations among the 14,802 crowd.

It was no more than Rovers deserved after a second half in which they hit the woodwork twice and forced Dyer into a string of saves.

The visitors had taken a surprise lead on 23 minutes, Nathan Boyce turning sharply in the box and drilling a low shot into the far corner after Rovers failed to clear a long throw.

Rovers levelled just before the break. Okafor's free-kick was only half-cleared and captain Reece Whitmore lashed the loose ball in from 18 yards.

"It's the one they all want to win," said Rovers manager Glenn Forsyth. "I said to the lads at half-time, keep going, keep putting balls in the box, and it'll come. Jamie's been waiting for his chance and he took it."

Millbrook boss Danny Keogh was left to rue a missed opportunity in the 71st minute, when Boyce scuffed his shot wide with only Rovers keeper Tom Ellery to beat.

"We're disappointed, because for an hour we were the better side," Keogh said. "But that's football. We'll regroup."

Rovers: Ellery; Price, Whitmore, Adebayo, Laing; Okafor, Quinn (Carver 76), Haig; Moss, Bright (Stevens 63), Turner.

Millbrook: Dyer; Cole, Ramsey, Fenwick, Jarvis; Boyce, Tate, Holloway (Pearce 80); Mensah, Lowe, Grant.

Referee: Andy Marsh. Attendance: 14,802.
"""),
    head=["Football | League One",
          "By Chris Barlow, Sports Reporter",
          "Saturday 22 February 2025 17:09 · Comments (41)",
          "Jamie Carver celebrates his late winner at the County Ground. Photo: Pete Harding/ProSport Images"],
    mid=[("It was no more than Rovers", "Story continues below advertisement"),
         ("Rovers levelled just before the break.", "SEE ALSO: Forsyth: 'We won't get carried away' – Rovers boss on title talk"),
         ("\"We're disappointed", "Bet on football with Betfast – new customers get £30 in free bets. 18+ | BeGambleAware.org | T&Cs apply")],
    tail=["Player ratings: How every Rovers player fared in the derby win",
          "Get all the latest Rovers news straight to your inbox with our free Blue Army newsletter. Enter your email\nSubscribe\nWe use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
          "Most Read in Sport\n1. Rovers confirm Okafor contract talks\n2. Ground redevelopment plans go on display\n3. Under-18s reach FA Youth Cup quarter-finals",
          "Join the debate – 41 comments",
          "Follow us on X @SentinelSport and on Facebook for live updates every matchday."],
    mixed=[("A towering header", "start", "LIVE: Follow every kick of the derby as it happened."),
           ("Millbrook boss Danny Keogh", "end", "(Image: Pete Harding/ProSport Images)"),
           ("Referee: Andy Marsh.", "end", "Download the Sentinel app for instant goal alerts.")],
    ltop=L("""
The Evening Sentinel
News
Sport
Football
Rovers FC
What's On
Subscribe
"""),
    lmid=[(0, "By Chris Barlow"),
          ("It was no more than Rovers", "Story continues below advertisement"),
          ("\"It's the one they all want to win,\"", "Bet on football with Betfast – 18+ | T&Cs apply")],
    lbot=L("""
Comments (41)
Most Read
Rovers confirm Okafor contract talks
Under-18s reach FA Youth Cup quarter-finals
Follow Evening Sentinel
Contact us
Advertise with us
Privacy policy
"""),
))

# 4. Live blog
ARTICLES.append(dict(
    slug="en3-liveblog-spring-statement", lang="en", register="liveblog",
    paras=P("""
Spring statement 2025: chancellor cuts growth forecast and freezes fuel duty – as it happened

The chancellor has set out the government's spending plans, confirming a £6bn package of welfare savings and a further freeze in fuel duty, while the Office for Budget Responsibility halved its growth forecast for this year.

5.12pm – Summary of the day

The OBR now expects the economy to grow by 1% this year, down from 2% in October. Fuel duty stays frozen for another year, costing the Treasury around £3bn. Welfare savings of £6bn by 2030 will come mainly from changes to incapacity benefits. Defence spending will rise to 2.5% of GDP by 2027.

That's it from us today. Thanks for reading and for all your emails.

4.40pm – IFS: 'Headroom is wafer-thin'

The Institute for Fiscal Studies has given its first reaction. Its director said the chancellor had restored her £9.9bn buffer against the fiscal rules "but only just", and warned that a small deterioration in the outlook would wipe it out again.

3.55pm – Markets shrug

Sterling was little changed against the dollar after the statement, trading at $1.29, while ten-year gilt yields fell slightly to 4.67%.

2.31pm – Opposition response

The shadow chancellor said the statement was "an admission of failure", telling MPs: "Growth halved, taxes up, and now cuts to the most vulnerable. This is not a plan; it is a patch."

1.47pm – Fuel duty frozen

The chancellor confirms that the 5p cut in fuel duty will remain in place and that the planned inflation-linked rise will not go ahead. A reader, Mark from Swindon, emails: "Good news for me – I drive 80 miles a day for work."

12.32pm – Chancellor on her feet

The chancellor has begun her statement, opening with the OBR's forecasts. "The world has changed," she tells the Commons, pointing to higher defence spending across Europe.
"""),
    head=["Politics live",
          "Live updates by Helen Moreton and Arjun Patel",
          "Key events\n5.12pm Summary of the day\n4.40pm IFS: 'Headroom is wafer-thin'\n1.47pm Fuel duty frozen\n12.32pm Chancellor on her feet\nShow key events only\nPlease turn on JavaScript to use this feature",
          "Wed 26 Mar 2025 17.12 GMT · First published on Wed 26 Mar 2025 08.05 GMT"],
    mid=[("That's it from us today.", "Updated at 17.15 GMT"),
         ("Sterling was little changed", "Share\nFacebook\nX\nCopy link"),
         ("The shadow chancellor said", "Get in touch: email politics.live@dailyrecordgroup.co.uk with your questions – we'll answer as many as we can. Your comments may be published.")],
    tail=["Topics\nSpring statement\nEconomic policy\nTax and spending\nHouse of Commons",
          "Sign up to Politics Briefing\nFree daily newsletter\nThe essential guide to what's happening in Westminster, with analysis from our political editor.\nPrivacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
          "Reuse this content",
          "Most viewed\nMillions to lose PIP under benefit changes, analysis finds\nWhat the spring statement means for your money\nHousebuilding target 'out of reach', says watchdog"],
    mixed=[("The chancellor has set out", "end", "Live feed auto-refresh is on."),
           ("Sterling was little changed", "start", "Pinned post"),
           ("The chancellor confirms that", "end", "What does the spring statement mean for you? Use our calculator to find out.")],
    ltop=L("""
Skip to main content
Politics
UK
World
Business
Live
Support us
"""),
    lmid=[(0, "Key events"),
          (0, "Show key events only"),
          ("That's it from us today.", "Updated at 17.15 GMT"),
          ("The Institute for Fiscal Studies", "Share"),
          ("Sterling was little changed", "Advertisement")],
    lbot=L("""
Topics
Spring statement 2025 coverage
Economic policy
Reuse this content
Most viewed
Sign up to Politics Briefing
Help
Privacy settings
"""),
))

# 5. Opinion column
ARTICLES.append(dict(
    slug="en3-opinion-four-day-week", lang="en", register="opinion",
    paras=P("""
The four-day week isn't a perk. It's a productivity test employers keep failing

Every few months a new trial reports the same result: people who work four days instead of five get roughly the same amount done, take fewer sick days and are less likely to quit. And every few months, the reaction from a certain kind of manager is the same: a shrug, followed by a demand that staff come back to the office on Fridays.

I have some sympathy. Running a business is hard, and nobody wants to be the boss who gambled on a fad and lost. But the evidence is no longer thin. The largest British pilot, involving 61 companies, found that 56 of them kept the shorter week once the trial ended. Eighteen made it permanent.

What those firms had in common was not that they were tech start-ups with ping-pong tables. They included a fish-and-chip shop, an accountancy practice and a housing association. What they shared was a willingness to ask which meetings were necessary, which reports anybody read and which hours were spent merely being seen.

That is the uncomfortable part. A four-day week exposes how much of the fifth day was theatre.

Critics say it cannot work in hospitals, schools or factories, and they have a point. A nurse cannot finish a shift 20% faster. But nobody serious is proposing that every workplace adopt the same model overnight. The question is why so many offices, where the work is mostly emails and documents, are not even trying.

A friend who manages a small design agency told me her team had moved to a four-day week two years ago. "Our clients didn't notice," she said. "The only thing that changed was that people stopped sending me messages at 10 at night."

There are real risks. Compressing five days of work into four can mean longer, more intense days, and some workers in trials reported feeling more pressure. Any employer trying it needs to cut work, not just hours.

Still, the burden of proof has shifted. It is no longer enough to say that the five-day week is how things have always been done. The firms that refuse to even test the alternative should at least be able to explain what, exactly, they think happens on Fridays.

Rachel Adeyemi is a writer on work and economics
"""),
    head=["Opinion",
          "This article is more than 1 year old",
          "Rachel Adeyemi\nFollow\nThu 6 Jun 2024 06.00 BST",
          "‘What those firms shared was a willingness to ask which meetings were necessary.’ Photograph: Westend61/Getty Images"],
    mid=[("That is the uncomfortable part.", "Advertisement"),
         ("A friend who manages", "Read more\nThe office is dead. Long live the office\nI tried working from a café for a month. Here's what I learned"),
         ("There are real risks.", "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.")],
    tail=["Explore more on these topics\nWork & careers\nEmployment\nUK economy\nOpinion",
          "Share\nReuse this content",
          "Comments (1,204)\nThis discussion is now closed for comments but you can still sign in or create your account to join the discussion when it's back",
          "Most popular\nMy boss wants me to track every minute of my day. Is that legal?\nThe best bargains in the spring sales\nThe hidden cost of free returns"],
    mixed=[("Every few months", "start", "Opinion"),
           ("A friend who manages", "end", "Read more: The office is dead. Long live the office"),
           ("Still, the burden of proof", "end", "Join the conversation – sign in to comment.")],
    ltop=L("""
News
Opinion
Sport
Culture
Lifestyle
Sign in
Support us
"""),
    lmid=[(0, "By Rachel Adeyemi"),
          (0, "Thu 6 Jun 2024 06.00 BST"),
          ("That is the uncomfortable part.", "Advertisement"),
          ("There are real risks.", "Letters: have your say")],
    lbot=L("""
Explore more on these topics
Work & careers
Reuse this content
Comments (1,204)
Most popular
About us
Terms & conditions
All rights reserved
"""),
))

# 6. Recipe site
ARTICLES.append(dict(
    slug="en3-recipe-lemon-drizzle", lang="en", register="recipe",
    paras=P("""
The Easiest Lemon Drizzle Traybake

This is the lemon drizzle I make for every school bake sale, every birthday at work and most Sunday afternoons. It's baked in a traybake tin, so there's no fiddly loaf to split, and the crunchy sugar topping goes right to the edges.

Why this recipe works

Using Greek yogurt as well as butter keeps the sponge moist for days. Pouring the drizzle over while the cake is still warm lets the lemon soak right through, while the granulated sugar stays on top and sets to a crackly crust.

A note on lemons: unwaxed lemons are best because you're using the zest. If you can only find waxed ones, scrub them under hot water first.

Ingredients

225g unsalted butter, softened

225g caster sugar

4 large eggs

275g self-raising flour

1 tsp baking powder

2 tbsp Greek yogurt

Zest of 2 lemons

For the drizzle: juice of 2 lemons and 175g granulated sugar

Method

1. Heat the oven to 180C (160C fan) and line a 30 x 23cm traybake tin with baking parchment.

2. Beat the butter and caster sugar together for 3-4 minutes until pale and fluffy. Add the eggs one at a time, beating well after each.

3. Fold in the flour, baking powder, yogurt and lemon zest until just combined. Spread evenly into the tin.

4. Bake for 30-35 minutes, until golden and a skewer comes out clean.

5. While the cake bakes, mix the lemon juice and granulated sugar. As soon as the cake comes out, prick it all over with a skewer and spoon over the drizzle. Leave to cool completely in the tin before cutting into 16 squares.

Storage: Keeps for up to four days in an airtight tin, or freeze unfilled squares for up to two months.

Prep time: 15 minutes. Cook time: 35 minutes. Serves 16.
"""),
    head=["Home » Recipes » Baking » Cakes",
          "Jump to Recipe · Print Recipe",
          "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Please read my disclosure policy.",
          "★★★★★ 4.9 from 312 votes\nBy Hannah Greaves · Published: 14/04/2023 · Updated: 02/02/2025",
          "Pin Recipe\nSave to my Recipe Box"],
    mid=[("A note on lemons", "Want to save this recipe? Enter your email below and we'll send it straight to your inbox. Plus get new recipes from us every week!\nSave Recipe"),
         ("Zest of 2 lemons", "I use this traybake tin from ProCook – it's lasted me ten years."),
         ("4. Bake for 30-35 minutes", "ADVERTISEMENT")],
    tail=["Did you make this recipe? Tag @hannahbakes on Instagram and hashtag it #hannahbakes – I love seeing your creations!",
          "Rate This Recipe\nYour vote:\n☆☆☆☆☆\nLeave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *",
          "Meet Hannah\nHi, I'm Hannah! I'm a home baker from Yorkshire sharing easy, no-fuss bakes for busy families. Read more about me →",
          "You May Also Like\nSticky Toffee Traybake\nRaspberry Bakewell Slices\nChocolate Orange Brownies",
          "Nutrition Information: Yield: 16 · Serving Size: 1 · Calories: 287 (Nutrition information is calculated automatically and should only be used as an approximation.)"],
    mixed=[("This is the lemon drizzle", "start", "Jump to Recipe"),
           ("Using Greek yogurt", "end", "(This post contains affiliate links.)"),
           ("Storage: Keeps for up to four days", "end", "Don't forget to pin this recipe for later!")],
    ltop=L("""
Hannah Bakes
Recipes
Baking
Dinners
About
Shop
Search
"""),
    lmid=[(0, "Jump to Recipe"),
          (0, "4.9 from 312 votes"),
          ("A note on lemons", "Save Recipe"),
          ("Method", "Print Recipe"),
          ("4. Bake for 30-35 minutes", "ADVERTISEMENT")],
    lbot=L("""
Rate This Recipe
Leave a Reply
You May Also Like
Sticky Toffee Traybake
Privacy Policy
Accessibility
Copyright © 2025 Hannah Bakes
"""),
))

# 7. Product review with affiliate widgets
ARTICLES.append(dict(
    slug="en3-review-arden-headphones", lang="en", register="review",
    paras=P("""
Arden Q7 review: the best-sounding noise-cancelling headphones under £300

Verdict: The Arden Q7 pair excellent noise cancellation with a warm, detailed sound and a 45-hour battery, though the touch controls can be fussy.

Pros: Superb noise cancelling; Long battery life; Comfortable for long flights.

Cons: Touch controls too sensitive; No wear sensor; Case is bulky.

Arden has spent the past five years building a reputation for affordable earbuds. The Q7 is its first serious attempt to take on Sony and Bose in over-ear headphones, and at £279 it undercuts both by about £100.

Design and comfort

The Q7 weigh 262g, a little lighter than most rivals, and the memory-foam ear cushions are deep enough that my ears never touched the drivers. I wore them for the whole of a seven-hour flight without discomfort.

Sound quality

Out of the box, the sound leans warm, with a full bass that never swamps vocals. On Radiohead's Weird Fishes/Arpeggi the layered guitars were clearly separated, and the companion app's five-band equaliser lets you rein in the low end if you prefer.

Noise cancellation

This is where the Q7 impress most. On a London Underground train they cut the rumble to a faint hum, and in an open-plan office colleagues' chatter all but disappeared. In my tests they were only slightly behind the Sony WH-1000XM5 and ahead of the Bose QuietComfort 45.

Battery life

Arden claims 45 hours with noise cancelling on, and I got 43 hours in my rundown test. A ten-minute charge gives around five hours of playback.

Should you buy them?

If you want top-tier noise cancelling without paying flagship prices, the Q7 are the easiest recommendation in their class. If you need a wear sensor or the very best call quality, spend more on the Sony.

How we test: We use every pair of headphones we review for at least two weeks, on commutes, flights and in the office, and run a standardised battery rundown test.
"""),
    head=["Home > Tech > Audio > Headphones",
          "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
          "By Owen Marsh published 11 March 2025",
          "(Image credit: Future / Owen Marsh)",
          "Today's best Arden Q7 deals\n£279 at Amazon\n£279 at Currys\n£289 at John Lewis\nView Deal\nCheck Amazon"],
    mid=[("Cons: Touch controls", "Arden Q7: £279 at Amazon\nThese are the best-value noise cancellers we've tested, with a 45-hour battery. Free delivery for Prime members.\nView Deal"),
         ("The Q7 weigh 262g", "Image 1 of 5\n(Image credit: Future)"),
         ("This is where the Q7", "Sign up to the TechPulse newsletter\nGet the best deals, reviews and buying advice delivered to your inbox. Contact me with news and offers from other Future brands. By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.")],
    tail=["Owen Marsh\nAudio Editor\nOwen has been reviewing headphones and speakers for over a decade. When he isn't listening to music he's usually on a bike.\nFollow on X @owenmarsh_audio",
          "Latest in Headphones\nBest wireless earbuds 2025: tested and rated\nSony WH-1000XM6 leaks suggest a redesign\nThe best running headphones",
          "Price comparison\nAmazon £279 View\nCurrys £279 View\nArgos £299 View\nWe check over 250 million products every day for the best prices powered by",
          "TechPulse is part of Future plc, an international media group and leading digital publisher. Visit our corporate site.\n© Future Publishing Limited Quay House, The Ambury, Bath BA1 1UA. All rights reserved."],
    mixed=[("Arden has spent the past", "end", "Buy it now: £279 at Amazon"),
           ("Out of the box, the sound", "end", "(Image credit: Owen Marsh)"),
           ("If you want top-tier", "end", "See today's best Arden Q7 deals below.")],
    ltop=L("""
TechPulse
Reviews
Best
Deals
Buying Guides
Newsletter
"""),
    lmid=[(0, "By Owen Marsh published 11 March 2025"),
          ("Cons: Touch controls", "Today's best Arden Q7 deals"),
          ("Cons: Touch controls", "£279 at Amazon"),
          ("The Q7 weigh 262g", "(Image credit: Future)"),
          ("This is where the Q7", "View Deal")],
    lbot=L("""
Owen Marsh
Audio Editor
Latest in Headphones
Best wireless earbuds 2025: tested and rated
About us
Terms and conditions
Cookies policy
© Future Publishing Limited
"""),
))

# 8. Obituary on funeral-home/legacy site
ARTICLES.append(dict(
    slug="en3-obit-margaret-holloway", lang="en", register="obituary",
    paras=P("""
Margaret Anne Holloway

June 3, 1938 – February 9, 2025

Margaret Anne Holloway, 86, of Cedar Falls, passed away peacefully on Sunday, February 9, 2025, at Western Home Communities, surrounded by her family.

Margaret was born June 3, 1938, in Waverly, Iowa, the daughter of Walter and Ruth (Becker) Lindqvist. She graduated from Waverly High School in 1956 and earned her teaching degree from Iowa State Teachers College in 1960. On August 13, 1960, she married Robert Holloway at St. Paul's Lutheran Church in Waverly.

For 34 years, Margaret taught third grade at Lincoln Elementary School, where generations of students remember her for her patience, her reading corner and the class hamster she brought back every September. After retiring in 1994, she volunteered at the Cedar Falls Public Library, leading a Saturday story hour until she was 80.

She loved her garden, the Hawkeyes, crossword puzzles and summers at the family cabin on Clear Lake. She was a lifelong member of Nazareth Lutheran Church, where she sang in the choir for more than 40 years.

Margaret is survived by her children, Susan (Mark) Peterson of Ames and David (Julie) Holloway of Minneapolis; five grandchildren; three great-grandchildren; and her sister, Carol Jensen of Decorah. She was preceded in death by her husband, Robert, in 2016, and her brother, James Lindqvist.

A funeral service will be held at 11 a.m. Saturday, February 15, at Nazareth Lutheran Church, 7th and Main, Cedar Falls, with visitation one hour before the service. Burial will follow at Fairview Cemetery.

In lieu of flowers, memorials may be directed to the Cedar Falls Public Library Foundation or Nazareth Lutheran Church.
"""),
    head=["Obituaries > Iowa > Cedar Falls",
          "Published by Dahl Family Funeral Home on Feb. 11, 2025.",
          "Send Flowers\nShare a Memory\nPlant a Tree",
          "To plant trees in memory, please visit our Sympathy Store."],
    mid=[("Margaret was born June 3", "Sponsored by Dahl Family Funeral Home"),
         ("She loved her garden", "Show your support\nSend flowers to the Holloway family\nPurchase now"),
         ("Margaret is survived by", "Sign Guest Book\n23 Entries")],
    tail=["Guest Book\n“Mrs. Holloway was my third grade teacher in 1971 and I still remember the hamster.” – Tom R., Waterloo\nView all 23 entries\nSign the Guest Book",
          "Share this obituary\nFacebook\nTwitter\nEmail",
          "Get notified when new obituaries are posted in Cedar Falls. Subscribe to obituary alerts",
          "Funeral Home Services for Margaret are being provided by Dahl Family Funeral Home. The obituary was featured in The Courier on February 11, 2025.",
          "© 2025 Legacy Remembers. All rights reserved. Privacy Policy · Terms of Use · Do Not Sell or Share My Personal Information"],
    mixed=[("Margaret Anne Holloway, 86", "end", "Send flowers to Margaret's family."),
           ("In lieu of flowers", "end", "Make a donation in Margaret's name."),
           ("A funeral service will be held", "end", "Add to calendar · Get directions")],
    ltop=L("""
Legacy Remembers
Obituaries
Search Obituaries
Sympathy Store
Sign In
"""),
    lmid=[(1, "Published by Dahl Family Funeral Home on Feb. 11, 2025."),
          (1, "Send Flowers"),
          ("She loved her garden", "Plant a Tree"),
          ("Margaret is survived by", "Sign Guest Book")],
    lbot=L("""
Guest Book
View all 23 entries
Share this obituary
Subscribe to obituary alerts
Privacy Policy
Terms of Use
© 2025 Legacy Remembers. All rights reserved.
"""),
))

# 9. TRAP: local paper paywall
ARTICLES.append(dict(
    slug="en3-trap-courier-paywall", lang="en", register="news", trap=True,
    trap_promo=("tail", "Support local journalism. Subscribe to the Courier from £1 a week – cancel any time."),
    paras=P("""
Harrowgate Courier to introduce paywall as print sales fall

The Harrowgate Courier will start charging readers for most of its online articles from 2 June, its owners have announced, making it the latest regional newspaper to put its website behind a paywall.

Readers will be able to view five articles a month free of charge before being asked to subscribe. A digital subscription will cost £1 for the first month and then £6.99 a month, or £59 a year. Print subscribers will get online access at no extra cost.

Breaking news, public safety information and obituaries will remain free to read, the company said.

Editor Joanne Pike said the decision had not been taken lightly. "Advertising alone no longer pays for the journalists who sit through council meetings, court hearings and planning committees," she said. "If readers want that reporting to continue, we are asking those who can to pay for it."

The paper's print circulation has fallen from around 21,000 copies a week in 2015 to just under 6,000, while online advertising rates have dropped sharply as big tech platforms take a larger share of the market.

Media analyst Clare Donovan said regional titles faced a difficult balance. "Metered paywalls tend to convert only 1% or 2% of monthly readers into paying subscribers," she said. "The risk is that you lose reach without replacing the revenue. But the alternative, for many papers, is closing."

Some readers reacted angrily on social media, with one commenter writing that they would "never pay for news they can get free on the BBC". Others said they were happy to support the paper, which has been published since 1862.

The Courier said subscribers would also get an ad-light version of the website, a daily email newsletter and access to a digital replica of the printed paper through its app.
"""),
    head=["News > Local news",
          "By Ben Ashworth, Local Democracy Reporter",
          "Published: 08:30, 14 May 2025 · 3 min read",
          "The Courier's offices on Station Parade. Picture: Courier Media"],
    mid=[("Breaking news, public safety", "Advertisement"),
         ("The paper's print circulation", "Related: Yorkshire Post owner reports rise in digital subscribers"),
         ("Some readers reacted angrily", "Story continues below")],
    tail=["Support local journalism. Subscribe to the Courier from £1 a week – cancel any time.",
          "Share this article\nFacebook\nX\nWhatsApp\nEmail",
          "Comments (88)\nTo join the conversation, please log in. Don't have an account? Register",
          "Trending\nCar park charges to rise at hospital\nFamily-run bakery closes after 70 years\nMan charged after town centre disorder",
          "© 2025 Courier Media Ltd. Registered in England No. 01234567 · Privacy · Cookie settings · Contact"],
    mixed=[("Readers will be able to view", "start", "Subscriber exclusive"),
           ("The paper's print circulation", "end", "Read more: Courier named regional newspaper of the year"),
           ("The Courier said subscribers", "end", "Got a story? Email newsdesk@harrowgatecourier.co.uk")],
    ltop=L("""
HARROWGATE COURIER
Home
News
Sport
What's On
Subscribe
Log in
"""),
    lmid=[(0, "By Ben Ashworth"),
          (0, "08:30, 14 May 2025"),
          ("Breaking news, public safety", "Advertisement"),
          ("Some readers reacted angrily", "Story continues below")],
    lbot=L("""
Share this article
Comments (88)
Trending
Family-run bakery closes after 70 years
Contact
Cookie settings
© 2025 Courier Media Ltd
"""),
))

# 10. TRAP: cookie banner fine
ARTICLES.append(dict(
    slug="en3-trap-cookie-banner-fine", lang="en", register="tech", trap=True,
    paras=P("""
Retailer fined £1.2m over cookie banners that made rejecting tracking 'deliberately difficult'

The Information Commissioner's Office has fined online furniture retailer HomeNest £1.2m for using cookie banners that nudged visitors into accepting advertising trackers, in one of the largest penalties of its kind in the UK.

The regulator found that between January 2022 and March 2024 the company's website showed a large green "Accept all cookies" button on its first screen, while the option to refuse was hidden behind a small grey link labelled "Manage preferences" that led to a page of 42 separate toggles.

Visitors who did nothing were treated as if they had consented, and tracking cookies from 11 advertising partners were set before the banner was even displayed, the ICO said.

"People should be able to say no as easily as they say yes," said Helen Carraway, the ICO's director of enforcement. "Banners that are designed to wear people down until they click accept do not give them a real choice."

Under the UK's Privacy and Electronic Communications Regulations, websites must obtain consent before storing non-essential cookies, such as those used for advertising or analytics, on a user's device.

The ICO wrote to 53 of the UK's 100 most visited websites last year warning them to change their banners or face enforcement action. It said most had complied.

HomeNest said it had "fully cooperated" with the investigation and had redesigned its consent banner last spring so that "Reject all" sits alongside "Accept all" on the first screen. It is considering whether to appeal.

Privacy campaigners welcomed the fine but said it was small relative to the revenue generated by targeted advertising. "A banner is not consent if it is built to be clicked," said James Barker of campaign group Privacy Matters UK.

What the rules say

Sites must not set non-essential cookies before a user agrees. Refusing must be as easy as accepting. Pre-ticked boxes and "continuing to browse" do not count as consent.
"""),
    head=["Technology",
          "By Zara Malik, Technology reporter",
          "Published 21 January 2025",
          "Image source, Getty Images\nImage caption, The ICO says banners must offer a clear choice"],
    mid=[("Visitors who did nothing", "Related: What are cookies and should I accept them?"),
         ("Under the UK's Privacy", "Advertisement"),
         ("HomeNest said it had", "Follow our tech coverage on Instagram, Threads and TikTok.")],
    tail=["More on this story\nMeta told to offer 'less personalised ads' option in UK\nWhy do so many websites ask about cookies?",
          "Related topics\nData protection\nInternet privacy\nInformation Commissioner's Office",
          "Top stories\nWater bills to rise by average of £123 a year\nRail fares frozen in Scotland until 2026",
          "Terms of Use · About us · Privacy Policy · Cookies · Accessibility Help · Parental Guidance · Contact us"],
    mixed=[("The Information Commissioner's Office has fined", "start", "Getty Images"),
           ("Privacy campaigners welcomed", "end", "Sign up for our Tech Decoded newsletter to follow the world's top tech stories."),
           ("Sites must not set non-essential", "end", "Share this story.")],
    ltop=L("""
Skip to content
Home page
News
Sport
Business
Technology
Sign in
"""),
    lmid=[(0, "21 January 2025"),
          (0, "Zara Malik"),
          ("Under the UK's Privacy", "Advertisement"),
          ("HomeNest said it had", "Related: What are cookies and should I accept them?")],
    lbot=L("""
More on this story
Related topics
Top stories
Terms of Use
Privacy Policy
Accessibility Help
Copyright © 2025 National Broadcasting Online.
"""),
))
