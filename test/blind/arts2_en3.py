from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- 17 (trap: press release, ad-supported streaming tier)
ARTICLES.append(dict(
    slug="lumio-ad-tier-release", lang="en", register="press-release", trap=True,
    paras=P("""
Lumio launches ‘Lumio Basic with Ads’ in the UK and Ireland at £4.99 a month

LONDON, 6 May 2025 /PRNewswire/ — Lumio, the streaming service with more than 9 million members in Europe, today announced that its new ad-supported plan will be available in the UK and Ireland from 20 May.

Lumio Basic with Ads will cost £4.99 (€5.99) a month, compared with £8.99 for the existing Standard plan. Subscribers on the new plan will see an average of four minutes of advertising per hour, shown before and during programmes, and will be able to watch in full HD on one screen at a time.

Members who already subscribe to Standard or Premium will not see ads and will not be moved to the new plan.

“Our members told us they wanted a cheaper way to watch, and advertisers told us they wanted to reach audiences who have left broadcast TV,” said Hélène Marchetti, Lumio’s managing director for Europe. “Basic with Ads gives both of them what they asked for.”

Lumio said it would not use members’ viewing history from other websites or apps to target advertising, and that members could see and change their ad preferences at any time in their account settings.

Launch partners include a supermarket chain, two car manufacturers and a mobile network.

About Lumio

Lumio is a subscription streaming service founded in 2016 and headquartered in Amsterdam. It offers films, series and documentaries in 14 countries.

Media contact: Sophie Brandt, press@lumio.tv
"""),
    head=["Newswire › Media & Entertainment", "Lumio logo (PRNewsfoto/Lumio)",
          "NEWS PROVIDED BY\nLumio B.V.\n06 May, 2025, 08:00 GMT"],
    mid=[("Members who already subscribe", "Share this article"),
         ("Lumio said it would not use", "Multimedia\nDownload high-resolution images and the Basic with Ads trailer (3 files)")],
    tail=["SOURCE Lumio B.V.",
          "Related Links\nhttps://www.lumio.tv\nhttps://www.lumio.tv/press",
          "Also from this source\nLumio names new chief content officer\nLumio to stream Champions Cup rugby from 2026",
          "Explore: Entertainment · Broadcast Tech · Advertising\nWant to send your own press release? Contact us. Cision Distribution 888-776-0942"],
    mixed=[("Lumio Basic with Ads will cost", "end", "×"),
           ("“Our members told us", "start", "Share this article"),
           ("Launch partners include", "end", "Download image (JPG, 2.1MB)")],
    ltop=L("""
PR Newswire
News Products Contact
Send a Release
Search
News in Focus
06 May, 2025, 08:00 GMT
"""),
    lmid=[(0, "Share this article"), ("Members who already subscribe", "Lumio logo (PRNewsfoto/Lumio)"),
          ("About Lumio", "Multimedia")],
    lbot=L("""
SOURCE Lumio B.V.
Related Links
https://www.lumio.tv
Journalists and Bloggers
Visit PR Newswire for Journalists
Terms of Use Privacy Policy
Copyright © 2025 Cision US Inc.
"""),
    fbot_extra=["Also from this source Lumio names new chief content officer Lumio to stream Champions Cup rugby from 2026"],
))

# ---------------------------------------------------------------- 18 (trap: password manager review)
ARTICLES.append(dict(
    slug="keyvault-password-manager-review", lang="en", register="product-review", trap=True,
    trap_promo=("Pricing", "We may earn a commission when you buy through links on our site. This doesn’t affect our reviews."),
    paras=P("""
KeyVault review: a password manager that doesn’t nag you to upgrade

KeyVault has a free plan that is actually usable, which is rarer than it should be. You can store unlimited passwords on unlimited devices without paying, and you only need to subscribe if you want to share passwords with family or get alerts when one of your accounts appears in a data breach.

I used KeyVault for a month on a Windows laptop, an iPhone and an Android tablet, alongside the browser extensions for Firefox and Chrome.

Pricing

Free: unlimited passwords, unlimited devices, one user.

Premium: £2.49 a month, billed annually, adding breach alerts, encrypted file storage and emergency access.

Family: £4.99 a month for up to six people.

The paid plans come with a 30-day free trial, and unlike several rivals KeyVault doesn’t ask for a card number before the trial starts. When I cancelled my trial it took two clicks and there was no “are you sure?” screen offering me a discount to stay.

Setting it up

Importing from my old password manager took about five minutes. The browser extension filled in logins reliably on all but two of the 40 sites I tested, both of which used unusual two-step sign-in pages.

I particularly liked that the app never showed me a pop-up asking me to upgrade. There is a small “Go Premium” button in the settings, and that is it.

Security

KeyVault encrypts your vault on your device before anything is sent to its servers, so the company cannot read your passwords. Its code was audited by an independent firm last year and the report is published in full.

Verdict

If you have been putting off using a password manager because you didn’t want another subscription, start here. The free plan covers what most people need.
"""),
    head=["Best password managers 2025", "Reviews › KeyVault",
          "Our expert, award-winning staff selects the products we cover and rigorously researches and tests our top picks. If you buy through our links, we may get a commission. Reviews ethics statement",
          "Written by Callum Reyes · Reviewed by Dana Ng · Updated Jan. 9, 2025"],
    mid=[("I used KeyVault for a month", "KeyVault Premium\n4.5/5\n£2.49/month\nVisit KeyVault\nOn KeyVault’s website"),
         ("Setting it up", "Advertisement"),
         ("KeyVault encrypts your vault", "Also tested: Best free VPNs, Best antivirus for Windows, Best authenticator apps")],
    tail=["KeyVault: Get 20% off Premium with code VAULT20\nVisit site",
          "Callum Reyes is a senior security editor who has been testing software since 2011. He lives in Manchester with two cats and far too many USB drives.",
          "Other products we tested\nPassLocker — £3.00/month\nCipherKey — Free / £2.99\nVaultly — £1.99/month",
          "Disclosure: some links on this page are affiliate links, meaning we may earn a fee if you sign up. Prices correct at time of publication."],
    mixed=[("KeyVault has a free plan", "start", "Our verdict ★★★★½"),
           ("Importing from my old", "end", "[Image: KeyVault’s browser extension on Firefox]"),
           ("If you have been putting off", "end", "Get KeyVault Free")],
    ltop=L("""
TechAdvice
Reviews Best Lists How To Deals
Security & privacy
Best password managers 2025
Callum Reyes
Jan. 9, 2025
"""),
    lmid=[(0, "4.5 out of 5"), ("Pricing", "Our top pick: KeyVault – try free for 30 days"),
          ("Security", "Advertisement"), ("Verdict", "Editor's Choice")],
    lbot=L("""
KeyVault Premium £2.49/month Visit site
About Callum Reyes
Senior security editor
More from TechAdvice
How to turn on two-factor authentication everywhere
About Contact Advertise Privacy Terms
"""),
))

# ---------------------------------------------------------------- 19 (trap: finance explainer on subscription traps)
ARTICLES.append(dict(
    slug="cancel-subscriptions-guide", lang="en", register="finance", trap=True,
    paras=P("""
Forgotten subscriptions are costing households £300 a year. Here’s how to cut them

The average UK household pays for nine subscriptions and has forgotten about at least two of them, according to research by a consumer group published this week. Streaming services, apps, gym memberships, magazines and “free trials” that quietly turned into paid plans are the most common culprits.

New rules due to come into force next spring will force companies to remind you before a free trial rolls into a paid subscription and to let you cancel as easily as you signed up. Until then, it is up to you.

1. Make a list

Go through your last three bank and credit card statements line by line and write down every regular payment. Don’t forget annual subscriptions, which are easy to miss because they only appear once a year.

2. Check your app store

Subscriptions bought through Apple or Google are billed by them, not by the app. On an iPhone, go to Settings, tap your name and then Subscriptions. On Android, open the Play Store, tap your profile and choose Payments & subscriptions.

3. Cancel, don’t just delete

Deleting an app does not cancel the subscription. Nor does unsubscribing from a company’s marketing emails.

4. Ask for a better deal

Many services will offer a discount if you say you are leaving. If you want to keep it anyway, it costs nothing to ask.

“Companies rely on inertia,” said Laura Benn of the consumer group. “The sign-up button is always big and green. The cancel button is often three menus deep.”

If a company keeps taking money after you have cancelled, ask your bank to stop the payment. Under card rules, your bank must do so even if the company says you are still in a contract.
"""),
    head=["Money › Consumer affairs", "Illustration: Getty Images/iStockphoto",
          "Kirsty Wall, Personal Finance Reporter\nSaturday 11 January 2025 07:00"],
    mid=[("New rules due to come", "Get our free Money Week newsletter every Saturday. Your email will be used only for this newsletter. You can unsubscribe at any time."),
         ("2. Check your app store", "Advertisement"),
         ("4. Ask for a better deal", "Compare the best savings rates →\nEasy access: 4.85% AER | Fixed 1 year: 4.60% AER\nPowered by MoneyFacts-style comparison. Rates correct at 9am.")],
    tail=["Important: The information in this article is for general guidance and does not constitute financial advice.",
          "Join the conversation\n56 comments",
          "More in Money\nPensions: are you on track for a comfortable retirement?\nMortgage rates dip as lenders compete for buyers",
          "Independent journalism needs your support. Subscribe for just £1 a week for your first 3 months."],
    mixed=[("The average UK household", "start", "Explainer"),
           ("Deleting an app does not", "end", "Advertisement"),
           ("If a company keeps taking money", "end", "Read the full terms of our comment policy.")],
    ltop=L("""
The Standard Post
News Sport Money Culture Lifestyle
Subscribe from £1
Money
Consumer affairs
Kirsty Wall
Saturday 11 January 2025 07:00
"""),
    lmid=[(0, "Illustration: Getty Images/iStockphoto"),
          ("Go through your last three", "Advertisement"),
          ("3. Cancel, don’t just delete", "Read more: The best current accounts with a switching bonus"),
          ("“Companies rely on inertia,”", "Recommended")],
    lbot=L("""
56 comments
Join the conversation
Most popular in Money
Pensions: are you on track for a comfortable retirement?
Contact Standard Post
Privacy Cookie policy Terms
"""),
))

# ---------------------------------------------------------------- 20 (trap: obituary of an advertising copywriter)
ARTICLES.append(dict(
    slug="duncan-farrow-copywriter-obituary", lang="en", register="obituary", trap=True,
    paras=P("""
Duncan Farrow obituary

Duncan Farrow, who has died aged 88, was an advertising copywriter whose lines sold tea, building societies and holidays in Torquay to three generations of Britons, and who later became one of the industry’s sharpest critics.

At the agency Crane Pettit in the 1960s and 70s he wrote the long-running campaign for Brewster’s tea (“Put the kettle on, it’s Brewster’s”) and the building society slogan “Save a little, sleep a lot”, which was voted one of the most memorable of the decade. He was proud of the tea line and embarrassed by the building society one.

Born in Leicester, the son of a printer, he left school at 16 and talked his way into a job in the post room of a London agency in 1953. Within three years he was writing the small print on newspaper advertisements; within ten he was creative director.

He left advertising in 1984 and spent the rest of his working life teaching at the London College of Printing, where he told students that the best advertisement was a true one and that “a reader’s attention is a loan, not a gift”.

His book The Persuaders’ Apprentice (1991), a memoir, was admired for its candour about the tricks of the trade: the free offer that was not free, the “limited time only” that was never limited, the voucher printed just too small to cut out.

In later life he wrote letters to newspapers complaining about advertising he thought misleading, many of which were published, and which he signed “D. Farrow, retired huckster”.

He married Patricia Lowe in 1959; she died in 2016. He is survived by their two daughters, Ruth and Helen, four grandchildren and a great-grandson.

Duncan Anthony Farrow, copywriter and teacher, born 2 August 1936; died 18 January 2025
"""),
    head=["Obituaries", "Duncan Farrow in 1972. He said the best advertisement was a true one. Photograph: Family handout",
          "Ruth Farrow\nThu 6 Feb 2025 17.31 GMT"],
    mid=[("Born in Leicester", "Advertisement"),
         ("He left advertising in 1984", "Explore more on these topics\nAdvertising\nObituaries\nMedia")],
    tail=["Do you have a memory of someone who has died recently? Email obituaries@theobserverpost.com with “Other lives” in the subject line.",
          "Share\nReuse this content",
          "Most viewed\nPatricia Highsmith’s lost novel to be published\nThe 20 best albums of the year so far",
          "Support the Observer Post: Readers in 180 countries now support us. It’s quick to do — choose an amount and back independent journalism.\nSupport us\nRemind me in March"],
    mixed=[("Duncan Farrow, who has died", "end", "Photograph: Family handout"),
           ("His book The Persuaders’ Apprentice", "start", "Advertisement"),
           ("He married Patricia Lowe", "end", "Reuse this content")],
    ltop=L("""
The Observer Post
Print subscriptions
Search jobs
News Opinion Sport Culture Lifestyle
Obituaries › Media
Ruth Farrow
Thu 6 Feb 2025 17.31 GMT
Share
"""),
    lmid=[(0, "Duncan Farrow in 1972. Photograph: Family handout"),
          ("At the agency Crane Pettit", "Advertisement"),
          ("In later life he wrote", "Explore more on these topics")],
    lbot=L("""
Advertising
Obituaries
Share this obituary
Reuse this content
Most viewed
Support us
About us Contact us Complaints & corrections Work for us
© 2025 Observer Post News & Media Limited
"""),
))

# ---------------------------------------------------------------- 21 (trap: football club shirt sponsor and season tickets)
ARTICLES.append(dict(
    slug="rovers-shirt-sponsor", lang="en", register="sports", trap=True,
    paras=P("""
Bramley Rovers sign record shirt deal but fans angry at season ticket rise

Bramley Rovers have agreed the biggest shirt sponsorship deal in the club’s history, a four-year agreement with the online car dealer Motorlane worth a reported £2.6m a season.

The club announced the deal on the same morning that it confirmed adult season tickets for next season would rise by 12 per cent, to £448 for the cheapest seat in the Canal Street Stand.

“You can’t tell supporters you’ve brought in record money and then ask them for more in the same breath,” said Kerry Mottram, chair of the Bramley Rovers Supporters’ Trust. “The timing is insulting.”

Chief executive Paul Dunning said the sponsorship money would go on the playing budget, which had to rise if the club was to keep up in the Championship, and that ticket prices had been frozen for three seasons.

Concessions

Under-18 season tickets stay at £99.

Over-65s will pay £310, up from £285.

A new “first season” ticket for fans who have never held one costs £250.

The Motorlane logo will appear on the front of the home and away shirts from July. The women’s team will carry the logo of a local building society, under a separate deal.

Early-bird prices are available until 30 April. The supporters’ trust has asked fans to wait before renewing while it requests a meeting with the board.
"""),
    head=["Football › Championship › Bramley Rovers", "Rovers’ new home shirt, which will carry the Motorlane logo. Photo: Bramley Rovers FC",
          "By Lee Sharrock, Chief Sports Writer"],
    mid=[("Chief executive Paul Dunning", "Bet responsibly. 18+ BeGambleAware.org. Odds are subject to change."),
         ("A new “first season” ticket", "Advertisement"),
         ("The Motorlane logo will", "Championship table\n1 Carlford 62pts\n2 Whitby Town 59pts\n3 Bramley Rovers 57pts\nFull table")],
    tail=["Get the Rovers Round-up — all the latest club news, transfer gossip and match reports sent straight to your inbox. Sign up free",
          "Get goal alerts and live commentary on every Rovers game in the Evening Mail app",
          "Most Read in Sport\nRovers striker out for six weeks with hamstring injury\nWhitby Town boss: ‘We fear nobody’",
          "© Bramley Evening Mail 2025 · Terms · Privacy · Manage cookies"],
    mixed=[("Bramley Rovers have agreed", "end", "(Image: Bramley Rovers FC)"),
           ("“You can’t tell supporters", "start", "Advertisement"),
           ("Early-bird prices are", "end", "Follow @leesharrock_bem for all the latest from the Canal Street Stadium.")],
    ltop=L("""
Bramley Evening Mail
News Sport What's On Business
Football
Bramley Rovers FC news
Lee Sharrock
Chief Sports Writer
"""),
    lmid=[(0, "Rovers’ new home shirt. Photo: Bramley Rovers FC"),
          ("The club announced the deal", "Advertisement"),
          ("Concessions", "Promoted stories")],
    lbot=L("""
Comments
Most Read in Sport
Rovers striker out for six weeks with hamstring injury
Download our app
Advertise with us Contact us Privacy Cookie Settings
© Bramley Evening Mail 2025
"""),
))

# ---------------------------------------------------------------- 22 (trap: science, sharing and misinformation)
ARTICLES.append(dict(
    slug="share-button-study", lang="en", register="science-tech", trap=True,
    paras=P("""
Adding a second ‘Share’ click cut the spread of false headlines by a quarter, study finds

Asking people to confirm before they share a news story on social media reduced the spread of false headlines by 24 per cent without much effect on the sharing of accurate ones, according to a study published in Nature Human Behaviour.

Researchers at the University of Cardiff and the Max Planck Institute recruited 8,300 volunteers in the UK, Germany and the US and showed them a simulated news feed containing a mix of true and false headlines, each with a Like button, a Share button and a Follow button for the source.

For half the volunteers, pressing Share opened a small box asking “Have you read this?” with a link to the article and a second button to confirm. The other half could share with one click.

The extra step reduced the sharing of headlines that fact-checkers had rated false by 24 per cent. Sharing of accurate headlines fell by only 4 per cent.

“It is a speed bump, not a wall,” said lead author Dr Rhian Powell. “Most people do not want to spread things that are untrue. They just do it quickly.”

Liking was much less affected, which the researchers said was a problem because platforms use likes to decide which posts to show to other users.

Independent experts said the findings were encouraging but that a simulated feed was not the same as a real one. “Nobody’s friends are watching in a lab,” said Professor Amit Basu, who was not involved in the study.

The authors said they would now work with a social media company to test the design on a real platform.
"""),
    head=["Science", "Stock image: a person scrolls through a social media feed. Credit: Unsplash",
          "By Noor Haddad\nPublished 2 hours ago"],
    mid=[("For half the volunteers", "Follow us on Bluesky, Threads and Mastodon for the latest science news"),
         ("“It is a speed bump", "Advertisement"),
         ("Liking was much less affected", "Related: Why do we believe fake news? A psychologist explains")],
    tail=["Journal reference: Powell R. et al., ‘Friction and the spread of misinformation’, Nature Human Behaviour (2025).",
          "Like this article? Share it with your friends:\nFacebook  Bluesky  LinkedIn  Email",
          "Sign up for our weekly newsletter, The Lab Report — new discoveries explained in plain English.",
          "Science Today is a not-for-profit publisher. Our work is funded by readers and grants from foundations. Donate"],
    mixed=[("Asking people to confirm", "start", "Psychology"),
           ("The extra step reduced", "end", "Share on Facebook Share on X"),
           ("The authors said they", "end", "Reporting by Noor Haddad; editing by Sam Oyelaran.")],
    ltop=L("""
Science Today
Space Health Environment Tech Mind
Subscribe to The Lab Report
Psychology
By Noor Haddad
"""),
    lmid=[(0, "Credit: Unsplash"), ("Researchers at the University", "Advertisement"),
          ("Independent experts said", "Read next: The apps that track your mood, reviewed")],
    lbot=L("""
Journal reference: Powell R. et al. (2025)
Share this article
Donate
More in Psychology
Why we keep checking our phones
About Contact Privacy Cookie preferences
"""),
))

# ---------------------------------------------------------------- 23 (trap: opinion column about unsubscribing)
ARTICLES.append(dict(
    slug="i-unsubscribed-from-everything", lang="en", register="opinion", trap=True,
    paras=P("""
I unsubscribed from everything for a month. Here’s what I missed

On the first of March I unsubscribed from every marketing email I received. Every one. The shoe shop I bought a pair of boots from in 2017, the airline I flew once, the charity I donated to after a flood, the newsletter from a bakery in a town I have visited twice.

It took most of a Saturday. Some of them had a single “unsubscribe” link at the bottom. Some made me log in, find my “communication preferences” and untick seven boxes. One asked me, in a font designed to look handwritten, whether I was “sure you want to miss out on exclusive offers?” I was sure.

By the end of the month my inbox had gone from about 80 emails a day to 11.

What did I miss? Honestly, two things. The bakery’s newsletter told you when they were making the cardamom buns, and I missed the cardamom buns. And the charity’s emails, irritating as their subject lines were, reminded me once a month that there were people worse off than me.

Everything else – the sale that ended tonight, the “we miss you”, the new arrivals, the discount code only for me – I did not miss at all. I bought fewer things. I am not sure that’s a coincidence.

I have since signed up again to exactly two lists. You can guess which.

The lesson, if there is one, is that most of what arrives in our inboxes is not written for us. It is written for a spreadsheet somewhere, where an open rate of 22 per cent counts as success. Unsubscribing is the only vote we get.
"""),
    head=["Opinion", "Comment is free",
          "Hannah Lowry is a columnist for the Gazette"],
    mid=[("It took most of a Saturday", "Advertisement"),
         ("What did I miss?", "Opinion newsletter: our columnists’ best pieces every Friday — sign up here")],
    tail=["Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.",
          "More from Opinion\nWe need to talk about school uniform costs\nThe four-day week is coming. Are we ready?",
          "Hannah Lowry’s new book, Inbox Zero Hero, is published by Wren Press (£16.99). To support the Gazette, buy a copy from gazettebookshop.com. Delivery charges may apply.",
          "Topics\nEmail\nConsumer culture\nTechnology"],
    mixed=[("On the first of March", "start", "Opinion"),
           ("By the end of the month", "end", "Advertisement"),
           ("The lesson, if there is one", "end", "Share your thoughts in the comments below.")],
    ltop=L("""
The Gazette
Opinion
Columnists
Letters
Hannah Lowry
Sun 6 Apr 2025 08.00 BST
"""),
    lmid=[("On the first of March", "Advertisement"),
          ("Everything else – the sale", "Most viewed in Opinion"),
          ("Everything else – the sale", "We need to talk about school uniform costs")],
    lbot=L("""
Hannah Lowry is a columnist for the Gazette
Topics
Email
Consumer culture
Reuse this content
Letters: share your view
© 2025 Gazette Media Group
"""),
))

# ---------------------------------------------------------------- 24 (trap: council votes on bus shelter advertising)
ARTICLES.append(dict(
    slug="bus-shelter-advertising-vote", lang="en", register="council", trap=True,
    trap_promo=("The cabinet member for public health", "ADVERTISEMENT"),
    paras=P("""
Council bans junk food adverts from bus shelters and lamp-post banners

Digital advertising screens at bus shelters in Oakhampton will no longer be allowed to show adverts for foods high in fat, sugar or salt under a policy approved by the city council’s cabinet.

The ban will apply to all advertising on council-owned sites, including 184 bus shelters, 60 lamp-post banners and the large screen on the inner ring road. It will not cover private billboards.

The council earns about £1.4m a year from advertising on its sites. Officers estimated that the new policy could cost £90,000 a year in lost income, though councils that have introduced similar bans have reported little change once advertisers adjusted.

The cabinet member for public health, Councillor Faye Ndlovu, said one in four children in the city was overweight by the age of 11. “We can’t control what’s on television,” she said. “We can control what goes up at the bus stop outside a primary school.”

The policy also bans adverts for gambling and payday loans, and sets a limit on how many advertisements for alcohol can appear within 400 metres of a school.

Conservative group leader Ian Pett said the policy was “well-meaning but nanny-state”, and warned that the council could not afford to turn money away. “Somebody will still sell that advertising space,” he said. “It just won’t be us.”

The ban takes effect when the current contract with the council’s advertising partner is renewed in January.
"""),
    head=["Oakhampton Live", "Politics", "A digital advertising screen at a bus shelter on London Road. Image: Oakhampton Live",
          "Local Democracy Reporter Sasha Obi\n14:26, 12 NOV 2024"],
    mid=[("The ban will apply", "Don’t miss a thing: get daily news from Oakhampton sent straight to your inbox"),
         ("The cabinet member for public health", "ADVERTISEMENT"),
         ("The policy also bans", "READ NEXT:\nRoadworks to close Station Street for a fortnight\nFamily ‘devastated’ after shed fire destroys bikes")],
    tail=["Join the Oakhampton Live WhatsApp community for the biggest stories as they happen. We’ll never share your number.",
          "Comments\nOakhampton Live’s comment section is not moderated before publishing. Please be respectful.",
          "Sponsored\nThis simple trick lowers energy bills (try tonight)\nWhy seniors are swapping to this new walk-in bath",
          "Oakhampton Live is part of Reach-style Regionals Ltd. Contact · Privacy notice · Cookie settings"],
    mixed=[("Digital advertising screens at", "end", "Get the latest politics news from Oakhampton by signing up to our newsletter."),
           ("The council earns about", "start", "Advert"),
           ("The ban takes effect when", "end", "Have your say in the comments.")],
    ltop=L("""
Oakhampton Live
News Politics Sport What's On
Politics
Sasha Obi
Local Democracy Reporter
14:26, 12 NOV 2024
"""),
    lmid=[(0, "Image: Oakhampton Live"),
          ("The council earns about", "ADVERTISEMENT"),
          ("Conservative group leader", "Sponsored content"),
          ("Conservative group leader", "Why seniors are swapping to this new walk-in bath")],
    lbot=L("""
Comments
Top Stories
Roadworks to close Station Street for a fortnight
Follow us
Facebook
Instagram
Privacy notice Cookie settings
"""),
))
