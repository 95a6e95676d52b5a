from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- 9 (trap: newsletter writer on going paid)
ARTICLES.append(dict(
    slug="five-years-of-field-notes", lang="en", register="newsletter", trap=True,
    paras=P("""
Five years, 31,000 readers, and why I’m still not putting up a paywall

This newsletter turns five this week. The first issue went out to 212 people, most of whom were my relatives or people I had once worked with, and one of whom unsubscribed within the hour. (Hi, Uncle Martin.)

Today Field Notes goes to a little over 31,000 inboxes. About 2,300 of you pay for it. I want to use this anniversary to explain how the money works, because I get asked a lot, and because I think more writers should talk about it openly.

Paid subscribers get nothing that free subscribers don’t. There is no locked archive, no bonus post, no members-only thread. When I started charging in year two, I assumed I would have to paywall something to make people pay. I didn’t, and the conversion rate has stayed at roughly 7 per cent ever since.

Here is roughly where the money goes each year:

My own salary, which is modest by London standards and generous by the standards of freelance nature writing.

About £9,000 for an editor who reads every issue before it goes out.

Travel, mostly trains to the far corners of the country and one memorable ferry to Foula.

Platform fees, which take 10 per cent off the top, plus card processing.

Would I make more if I locked half the archive? Probably. Other writers I respect do exactly that and I don’t think they are wrong. But I started this because I wanted people to notice what was happening to the hedges and the verges and the small brown birds, and you can’t notice things you can’t read.

So nothing changes. If you are one of the people who pay, thank you; you are the reason this exists. If you can’t, or don’t want to, you are just as welcome here.

Next week: the return of the swifts, and a very angry farmer.
"""),
    head=["Field Notes by Jess Arden", "Subscribe", "Five years, 31,000 readers, and why I’m still not putting up a paywall\nA birthday post, with numbers",
          "Jess Arden\nMay 14, 2025\n∙ Paid"],
    mid=[("Paid subscribers get nothing", "Field Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."),
         ("Platform fees", "Share Field Notes")],
    tail=["Thanks for reading Field Notes! Subscribe for free to receive new posts.",
          "412 Likes∙ 38 Restacks",
          "Discussion about this post\nWrite a comment...\nComments\nRestacks",
          "Ready for more?\n© 2025 Jess Arden\nPrivacy ∙ Terms ∙ Collection notice\nStart writing\nGet the app"],
    mixed=[("This newsletter turns five", "start", "Share"),
           ("Here is roughly where", "start", "Leave a comment"),
           ("Next week: the return", "end", "Upgrade to paid")],
    ltop=L("""
Field Notes by Jess Arden
Subscribe
Sign in
Share this post
Jess Arden
May 14, 2025
412
38
"""),
    lmid=[("Today Field Notes goes", "Subscribe now"),
          ("Would I make more", "Give a gift subscription"),
          ("So nothing changes", "Share")],
    lbot=L("""
Thanks for reading Field Notes! Subscribe for free to receive new posts.
412 Likes
Discussion about this post
Top Latest Discussions
No posts
Ready for more?
© 2025 Jess Arden
Substack is the home for great culture
"""),
))

# ---------------------------------------------------------------- 10 (trap: podcast episode about podcast advertising)
ARTICLES.append(dict(
    slug="money-makers-ep88", lang="en", register="podcast", trap=True,
    trap_promo=("Host Amara Kelly", "Today’s episode is supported by Nimbus Notes. Try it free for 30 days at nimbusnotes.app/moneymakers."),
    paras=P("""
Ep. 88: Who really pays for your podcasts?

Every week you hear us read ads for mattresses, meal kits and meditation apps. This week we finally explain where that money comes from, where it goes, and why some shows can charge fifty times more per listener than others.

Host Amara Kelly talks to Dev Raman, who spent eight years selling podcast advertising before starting his own network, and to Lauren Fisk, whose true-crime show went subscription-only last year.

In this episode:

(02:10) Host-read versus programmatic ads, and why advertisers pay more for the host to say it.

(14:45) What a “CPM” is and what a mid-sized show actually earns per thousand downloads.

(27:30) Why Lauren moved her show behind a paid subscription, and what happened to her audience.

(41:05) Promo codes, listener surveys and the other ways advertisers check that an ad worked.

(52:20) Dev’s advice for a new show: don’t take an advertiser you wouldn’t recommend to a friend.

“The listener trusts the host. That trust is the product, and you can only sell it so many times,” Dev says.

Lauren’s show now earns more from 9,000 paying subscribers than it did from 300,000 free listeners and ads, she says, though she admits the numbers would not work for most shows.

Mentioned in this episode: the Edison Infinite Dial report, and Dev’s essay “The Last Mattress Ad”.

Correction: in the episode Amara says the UK podcast ad market was worth £80m in 2023. The figure she meant to cite was £86m.
"""),
    head=["Money Makers", "All episodes", "Listen on Apple Podcasts · Spotify · Pocket Casts · RSS",
          "Published 3 March 2025 · 1 hr 4 min"],
    mid=[("In this episode:", "▶ Play episode"),
         ("“The listener trusts", "Enjoying Money Makers? Rate us five stars on Apple Podcasts — it’s the best way for new listeners to discover us."),
         ("Lauren’s show now earns", "Go ad-free with Money Makers Plus: every episode without adverts, plus a bonus episode each month. £4.99/month.")],
    tail=["Transcript available for Money Makers Plus members.",
          "Sponsors this week: Nimbus Notes, Loamly Coffee, and Harborview Insurance. For advertising enquiries email ads@moneymakerspod.com.",
          "Follow the show on Instagram and TikTok @moneymakerspod\nGot a question for Amara? Send a voice note to 0330 555 0188.",
          "Produced by Tidepool Audio. © 2025 Tidepool Audio Ltd."],
    mixed=[("Every week you hear us", "start", "Episode notes"),
           ("Host Amara Kelly", "end", "Subscribe wherever you get your podcasts."),
           ("Mentioned in this episode", "end", "Links are in the show notes below.")],
    ltop=L("""
Tidepool Audio
Shows Episodes About Advertise
Money Makers
Follow
Share
"""),
    lmid=[(0, "3 March 2025 · 64 min"), ("Host Amara Kelly", "Play"), ("Host Amara Kelly", "Download"),
          ("Lauren’s show now earns", "This episode is sponsored by Loamly Coffee. Use code MAKERS for 20% off your first bag.")],
    lbot=L("""
More episodes
Ep. 87: The economics of the school run
Ep. 86: Why is everything a subscription now?
Subscribe on Apple Podcasts
Privacy · Terms · © 2025 Tidepool Audio
"""),
))

# ---------------------------------------------------------------- 11 (trap: forum thread on cancelling a gym subscription)
ARTICLES.append(dict(
    slug="gym-contract-cancel-thread", lang="en", register="forum", trap=True,
    paras=P("""
Gym says I can’t cancel my membership for another 9 months – can they do this?

I signed up to a gym in January on what I thought was a rolling monthly membership at £34.99. I’ve moved jobs and can’t get there any more, so I went to cancel and they told me I was on a 12-month minimum term and would have to pay the remaining nine months, or £314.91 as a lump sum. I don’t remember agreeing to that. Does anyone know where I stand?

Check the contract you signed, or the confirmation email you got when you joined. If the 12-month term was clearly set out before you paid, they can usually hold you to it. If it was buried in small print, or the salesperson told you it was monthly, you may have grounds to argue it is unfair.

Had the same thing with a different chain. What worked for me was writing to them (not phoning) and saying I was relying on the Consumer Rights Act and that the minimum term had not been made clear when I subscribed. They let me go after two months rather than nine.

Also worth knowing: many gyms will let you cancel early if you move more than a certain distance away or have a medical reason. Ask them to put their cancellation policy in writing.

Update for anyone who finds this thread later – I found the email. It says “rolling monthly” in the first line and mentions a minimum term only in the attached terms. I sent them a letter quoting both and they’ve agreed to cancel at the end of next month. Thanks all.
"""),
    head=["Forums › Consumer rights › Contracts & subscriptions", "Page 1 of 1",
          "Started by bennyk_84, 11 Sept 2024 · 4 replies · 1.2k views"],
    mid=[("I signed up to a gym", "Sponsored: Compare broadband deals in your area and save up to £200"),
         ("Check the contract you signed", "Quote · Like (14) · Report"),
         ("Also worth knowing", "Advertisement")],
    tail=["You must be logged in to reply to this thread.\nLog in or Register",
          "Similar threads\nCan my phone company increase my price mid-contract?\nCancelling a magazine subscription taken out by mistake\nGym charged me after I cancelled",
          "Forum rules · Contact the moderators · Back to top",
          "MoneyNest Forums is owned by MoneyNest Ltd. We may earn commission from some of the links on this site."],
    mixed=[("Check the contract you signed", "end", "Like · Quote"),
           ("Had the same thing", "start", "#2"),
           ("Update for anyone", "end", "Thread marked as solved.")],
    ltop=L("""
MoneyNest Forums
Home Forums What's new Members
Log in Register
Consumer rights
Contracts & subscriptions
"""),
    lmid=[(0, "bennyk_84"), (0, "Posts: 12"),
          (0, "Oakleaf_Consumer"), (0, "Forum Champion"),
          ("Check the contract you signed", "quietpedestrian"),
          ("Check the contract you signed", "Joined: March 2019"),
          ("Had the same thing", "Oakleaf_Consumer · Forum Champion"),
          ("Also worth knowing", "bennyk_84 (OP)"),
          ("Also worth knowing", "Advertisement")],
    lbot=L("""
Reply
Share: Facebook X Reddit Email Link
Similar threads
Gym charged me after I cancelled
Terms and rules Privacy policy Help
Forum software by XenForo® © 2010-2025
"""),
))

# ---------------------------------------------------------------- 12 (product review: e-bike)
ARTICLES.append(dict(
    slug="ravel-commuter-ebike-review", lang="en", register="product-review",
    paras=P("""
Ravel Commuter 2 review: the e-bike that finally gets the basics right

Verdict: A sensibly priced, well-equipped electric hybrid with a genuinely useful range. The motor isn’t the most refined, but for city commuting it is hard to beat at this price.

Pros: 80-mile real-world range on eco mode; integrated lights and mudguards; removable battery

Cons: Hub motor can feel jerky from a standstill; heavy at 24kg; only one frame size for riders under 5ft 4in

The Commuter 2 costs £1,649, which puts it in the middle of the market, above the supermarket e-bikes and well below the premium brands. For that you get a 250W rear hub motor, a 540Wh battery that locks into the down tube, hydraulic disc brakes and an eight-speed Shimano gearset.

I rode it for six weeks, mostly on a 9-mile commute across south London that includes one long climb up Sydenham Hill. On the middle of the three assistance levels I was getting to work without breaking a sweat and charging the battery roughly once a week.

The motor is the weak point. It takes half a second to respond when you start pedalling, and then arrives with a shove rather than a gentle push. It is fine once you get used to it, but it caught me out at traffic lights more than once.

Everything else is well thought out. The lights run off the main battery, the mudguards don’t rattle, and the kickstand is strong enough to hold the bike with a full pannier on the rack.

Should you buy it?

If you want an e-bike for getting to work and you don’t want to spend £3,000, yes. If you live somewhere very hilly, look for a mid-drive motor instead.
"""),
    head=["Reviews › Bikes › Electric bikes", "Tested by Nadia Cole · Updated 2 April 2025",
          "Why you can trust us: we test every product in real-world conditions and we never accept payment for reviews. When you buy through links on our site, we may earn an affiliate commission."],
    mid=[("Cons: Hub motor", "Ravel Commuter 2\n£1,649 at Ravel Bikes\n£1,599 at Cyclehaus\n£1,689 at Evans Wheels\nCheck prices"),
         ("I rode it for six weeks", "Advertisement"),
         ("Everything else is well", "Best e-bikes 2025: our top picks after testing 40 models →")],
    tail=["Ravel Commuter 2: £1,599 at Cyclehaus (save £50)\nView deal",
          "Rating: 4 out of 5 stars",
          "About the author\nNadia Cole is our cycling editor and has been reviewing bikes since 2014. Follow her on Instagram @nadiarides.",
          "TechRadarish is part of Futureville Media plc, an international media group and leading digital publisher. Visit our corporate site."],
    mixed=[("Verdict: A sensibly priced", "start", "Editor’s Choice"),
           ("The Commuter 2 costs", "end", "(£1,599 at Cyclehaus)"),
           ("If you want an e-bike", "end", "Today’s best Ravel Commuter 2 deals")],
    ltop=L("""
Reviewed
Tech Home Bikes Outdoors Deals
Reviews
Electric bikes
Nadia Cole
2 April 2025
"""),
    lmid=[(0, "★★★★☆"), ("Cons: Hub motor", "£1,649 at Ravel Bikes"),
          ("Cons: Hub motor", "View at Cyclehaus"),
          ("The motor is the weak point", "Advertisement")],
    lbot=L("""
Today's best Ravel Commuter 2 deals
£1,599
View
We check over 130 million products every day for the best prices
About Nadia Cole, cycling editor
Related reviews
Contact us Terms Privacy Cookies
"""),
))

# ---------------------------------------------------------------- 13 (shop page: wool blanket)
ARTICLES.append(dict(
    slug="herdwick-wool-blanket", lang="en", register="shop",
    paras=P("""
Herdwick Wool Throw — Natural Grey

Woven on a 1950s Dobcross loom in our mill in Cumbria from the wool of Herdwick sheep grazed on the fells above Borrowdale. Herdwick is a coarse, hard-wearing fleece that comes off the sheep in every shade from charcoal to silver, so no two throws are quite the same colour.

The wool is undyed and lightly scoured, which leaves some of its natural lanolin in the yarn. It will soften with use.

Size: 130cm x 180cm

Weight: approximately 1.4kg

Composition: 100% Herdwick wool

Care: Air outside on a dry day. Dry clean only if needed. Do not tumble dry.

Each throw is finished by hand with a twisted fringe and carries a label signed by the weaver.
"""),
    head=["Free UK delivery on orders over £75 | Order by 1pm for same-day dispatch",
          "Home / Blankets & Throws / Wool Throws",
          "★★★★★ 64 reviews"],
    mid=[("Woven on a 1950s", "£145.00\nTax included.\nQuantity\n− 1 +\nAdd to basket\nBuy with ShopPay\nMore payment options"),
         ("Weight: approximately", "Pay in 3 interest-free payments of £48.33 with Klarna. Learn more")],
    tail=["Customers also bought\nHerdwick Cushion Cover — £48.00\nWaffle Weave Throw, Oatmeal — £110.00\nLambswool Scarf — £39.00",
          "Reviews\n★★★★★ “Heavy, warm and beautiful.” — Carol, Keswick\n★★★★☆ “A bit scratchy at first, softer now.” — James W.",
          "Join our mailing list for 10% off your first order, news from the mill and early access to our seconds sale.\nEmail address\nSubscribe",
          "© 2025 Fellside Mill · Registered in England and Wales 0842271 · Powered by Shopify"],
    mixed=[("The wool is undyed", "end", "Only 3 left in stock – order soon."),
           ("Care: Air outside", "start", "Delivery & returns"),
           ("Each throw is finished", "end", "Share: Pinterest Facebook Email")],
    ltop=L("""
Free UK delivery on orders over £75
Fellside Mill
Shop Blankets Scarves Cushions Seconds Our story
Search
Account
Basket (0)
Home / Blankets & Throws
"""),
    lmid=[(0, "£145.00"), (0, "Colour: Natural Grey"), (0, "Add to basket"),
          ("Composition: 100% Herdwick wool", "Free returns within 30 days")],
    lbot=L("""
You may also like
Herdwick Cushion Cover
£48.00
Recently viewed
Sign up for 10% off your first order
Delivery Returns FAQs Contact Trade enquiries
© 2025 Fellside Mill
"""),
))

# ---------------------------------------------------------------- 14 (obituary with guest book)
ARTICLES.append(dict(
    slug="margaret-okonjo-obituary", lang="en", register="obituary",
    paras=P("""
Margaret Adaeze Okonjo

June 4, 1941 – February 26, 2025

Margaret Adaeze Okonjo, who taught chemistry at Eastfield High School for thirty-one years and never once let a student leave her classroom believing they were “not a science person,” died peacefully at home in Dayton on February 26, surrounded by her family. She was 83.

Born in Onitsha, Nigeria, Margaret came to the United States in 1963 to study at Ohio State University, where she met her husband of 58 years, Dr. Samuel Okonjo. She joined Eastfield in 1972 and retired in 2003 as head of the science department.

Former students remember her lab coat, her handwriting on the board, and her habit of calling every student “my dear” whether or not she was pleased with them. Several went on to become doctors, engineers and teachers; at least four became chemistry teachers themselves.

In retirement she volunteered with the Dayton literacy program, grew tomatoes she would not let anyone else pick, and read a mystery novel every week.

She is survived by her husband Samuel; her children Chioma (Mark) Hale and Emeka Okonjo; five grandchildren; and her sister Ngozi in Lagos.

A funeral Mass will be held at 10 a.m. Saturday, March 8, at St. Albert the Great Church, Kettering. In lieu of flowers, the family asks that donations be made to the Eastfield High School science scholarship fund.
"""),
    head=["Obituaries", "Published by Dayton Post-Herald from Mar. 1 to Mar. 3, 2025.",
          "To plant trees in memory, please visit the Sympathy Store."],
    mid=[("Born in Onitsha", "Funeral services provided by Westbrook & Sons Funeral Home - Kettering"),
         ("In retirement she", "Sponsored by Westbrook & Sons Funeral Home.")],
    tail=["Sign Margaret’s Guest Book\n14 Entries\nAdd a message, photo or candle",
          "“Mrs. Okonjo was the reason I became a nurse. Rest well, my dear.” — Tanya R., Class of ’89",
          "Send Flowers\nShow your care with flowers from a local florist.\nShop Sympathy Flowers",
          "Make a donation in Margaret’s memory\nObituaries are published with Legacyly. Terms of Use · Privacy Policy"],
    mixed=[("Margaret Adaeze Okonjo, who taught", "end", "Send flowers to the family of Margaret Okonjo."),
           ("Former students remember", "start", "Memories & Condolences"),
           ("She is survived by", "end", "Light a candle")],
    ltop=L("""
Legacyly
Obituaries Search Sympathy Store
Dayton Post-Herald
Published by Dayton Post-Herald from Mar. 1 to Mar. 3, 2025.
Share
"""),
    lmid=[(1, "View Photos"), ("Former students remember", "Plant a tree"),
          ("She is survived by", "Advertisement")],
    lbot=L("""
Guest Book
14 Entries
Sign Guest Book
Send Flowers
Funeral services provided by Westbrook & Sons Funeral Home - Kettering
Terms of Use Privacy Policy Ad Choices
"""),
))

# ---------------------------------------------------------------- 15 (live blog: storm)
ARTICLES.append(dict(
    slug="storm-ffion-live", lang="en", register="live-blog",
    paras=P("""
Storm Ffion: 60,000 homes without power as red warning comes into force

5.48pm: That’s where we will pause our coverage for today. The red warning for wind remains in place until 9pm, and amber warnings cover most of Wales and the South West until midnight. Thank you for following.

5.20pm: National Grid says engineers have reconnected 22,000 properties since lunchtime, but about 60,000 remain without power, most of them in Pembrokeshire, Ceredigion and north Devon.

4.51pm: A man in his 70s has died after a tree fell on his car near Cardigan, Dyfed-Powys Police have confirmed. His next of kin have been informed.

4.15pm: All trains between Swansea and Carmarthen are cancelled for the rest of the day because of fallen trees. Transport for Wales says not to travel.

“We have had 47 reports of trees on the line since 10 o’clock this morning,” a spokesperson said. “We will not reopen until every mile has been checked.”

3.30pm: The highest gust so far, 94mph, was recorded at Aberdaron on the Llŷn Peninsula, according to the Met Office.

2.02pm: Schools in Pembrokeshire will stay closed tomorrow, the county council has announced.

1.15pm: Good afternoon. The red warning for wind — the most serious level — has just come into force for the coast of west Wales.
"""),
    head=["LIVE", "Key events\n4h ago Man dies after tree falls on car\n5h ago Trains cancelled west of Swansea\n6h ago Red warning comes into force\nShow key events only",
          "Live updates by Gwen Pritchard and Tom Hale",
          "Please turn on JavaScript for the best experience."],
    mid=[("4.51pm: A man in his 70s", "Advertisement"),
         ("“We have had 47 reports", "Is your area affected? Send us your photos and videos — but only if it is safe to do so. WhatsApp +44 7700 900245"),
         ("3.30pm: The highest gust", "Related: How to report a power cut — and what compensation you can claim")],
    tail=["Earlier\nLoad more updates",
          "Get notifications for this live blog — allow alerts in your browser",
          "Explore more on these topics\nWeather\nWales\nMet Office\nStorms",
          "Share\nReuse this content"],
    mixed=[("5.20pm: National Grid", "end", "Share this update"),
           ("4.15pm: All trains", "start", "Pinned post"),
           ("2.02pm: Schools in Pembrokeshire", "end", "Updated at 2.05pm")],
    ltop=L("""
News
UK Wales Weather
Live
Storm Ffion live
Key events
Show key events only
Please turn on JavaScript
"""),
    lmid=[("5.48pm: That’s where", "Updated at 5.50pm"),
          ("4.51pm: A man in his 70s", "Share"),
          ("3.30pm: The highest gust", "Advertisement"),
          ("2.02pm: Schools in Pembrokeshire", "Load earlier updates")],
    lbot=L("""
Most viewed
Storm Ffion: which roads are closed?
Explore more on these topics
Weather
Reuse this content
Sign up to Morning Briefing
About us Help Complaints & corrections
"""),
))

# ---------------------------------------------------------------- 16 (university news: research grant)
ARTICLES.append(dict(
    slug="soil-microbe-grant", lang="en", register="university",
    paras=P("""
£3.2m grant to study how soil microbes could cut fertiliser use

Researchers at the University of Harrowfield have been awarded £3.2 million to find out whether bacteria living on the roots of wheat can be encouraged to supply the crop with nitrogen, reducing the need for artificial fertiliser.

The five-year project, funded by the Biotechnology and Biological Sciences Research Council, will be led by Professor Anjali Desai of the School of Biosciences, working with farmers in Lincolnshire and Norfolk and with colleagues at two universities in Kenya.

Legumes such as peas and beans already host bacteria that capture nitrogen from the air. Cereals do not, and farmers apply about 100 million tonnes of nitrogen fertiliser worldwide each year to make up for it. Making fertiliser is energy-hungry, and much of what is spread on fields runs off into rivers.

“We’re not trying to turn wheat into a pea,” Professor Desai said. “We’re trying to understand which microbes already live around wheat roots, which of them can fix a little nitrogen, and how soil management might help them do more of it.”

The team will sample soils from more than 200 fields and run trials on the university’s farm at Elmstead.

The project will fund six PhD students and three postdoctoral researchers.
"""),
    head=["Home › News › Research", "Professor Anjali Desai in the university’s glasshouses at Elmstead. Credit: University of Harrowfield",
          "Published: 18 September 2024"],
    mid=[("Legumes such as peas", "Open Day – Saturday 5 October. Book your place and discover life at Harrowfield."),
         ("“We’re not trying", "Related news\nHarrowfield rises to 19th in national league table\nNew £40m engineering building opens")],
    tail=["Media enquiries\nPress Office, University of Harrowfield\npress@harrowfield.ac.uk | +44 (0)1632 960321",
          "Notes to editors: The University of Harrowfield is a member of the Russell Group.",
          "Share this page\nLinkedIn Facebook X",
          "Study with us\nUndergraduate Postgraduate International Clearing",
          "© University of Harrowfield 2024 · Freedom of information · Modern slavery statement"],
    mixed=[("Researchers at the University", "start", "News story"),
           ("The team will sample", "end", "Find out more about studying Biosciences at Harrowfield."),
           ("The project will fund", "end", "Tags: research, agriculture, biosciences, sustainability")],
    ltop=L("""
UNIVERSITY OF HARROWFIELD
Study Research Business Alumni About
Search
Home › News
News story
18 September 2024
"""),
    lmid=[("The five-year project", "Image credit: University of Harrowfield"),
          ("“We’re not trying", "Apply now for 2025 entry")],
    lbot=L("""
Media enquiries
press@harrowfield.ac.uk
Related news
Harrowfield rises to 19th in national league table
Contact us Jobs Accessibility Privacy Cookies
© University of Harrowfield 2024
"""),
))
