from common import P, L

ARTICLES = []

# 11. Substack-style newsletter essay
ARTICLES.append(dict(
    slug="en3-newsletter-freelance-year", lang="en", register="newsletter",
    paras=P("""
What a year of freelancing actually paid

I promised in January that I'd publish my real numbers at the end of my first year as a freelance writer, and a lot of you have emailed to remind me. So here they are, warts and all.

Total invoiced: £38,400. Total actually received by 31 December: £33,950. The gap is two clients who pay on 90-day terms and one who, after four reminders, still hasn't paid at all.

Where the money came from

About 60% came from three regular clients: a trade magazine, a university's alumni publication and a software company that needed help with its documentation. The rest was one-off commissions, most of which paid between 25p and 40p a word.

The single best-paying piece of the year was a 1,200-word explainer for a charity's annual report. The worst, per hour, was a feature for a national newspaper that took three rounds of edits and paid £180.

What I got wrong

I underestimated how much time goes on things nobody pays for: pitching, chasing invoices, doing my tax return, and answering emails from editors who want to "pick my brain". My rough tracking suggests only 55% of my working hours were billable.

I also said yes to too much in the spring and burned out in June. I took most of July off, which was the right call, but it cost me about £3,000.

What I'd tell anyone starting out

Have six months of expenses saved before you quit. Put 30% of every payment into a separate account for tax. Get a contract, even a one-paragraph email, for every job. And find two or three clients who give you regular work, because the exciting one-off commissions will not pay the rent on their own.

Would I do it again? Yes, without hesitation. But I'd go in with fewer illusions.

A few readers asked whether this newsletter makes money. It does, a little: paid subscriptions brought in £2,100 this year, which I've counted in the total above. Thank you, genuinely, to everyone who chipped in.
"""),
    head=["The Margin",
          "Notes on work, money and writing for a living",
          "Ellie Harcourt\nDec 30, 2024\n∙ Paid",
          "Subscribe\nShare"],
    mid=[("Total invoiced: £38,400.", "The Margin is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\nType your email…\nSubscribe"),
         ("The single best-paying piece", "Share The Margin"),
         ("I also said yes to too much", "Thanks for reading The Margin! Subscribe for free to receive new posts and support my work.")],
    tail=["Upgrade to paid\nPaid subscribers get the monthly Q&A, the full archive and my invoicing templates. £5/month or £50/year.",
          "Share this post\nCopy link\nFacebook\nEmail\nNotes\nMore",
          "42 Likes ∙ 6 Restacks",
          "Discussion about this post\nComments\nRestacks\nWrite a comment...",
          "© 2025 Ellie Harcourt\nPrivacy ∙ Terms ∙ Collection notice\nStart writing\nGet the app\nSubstack is the home for great culture"],
    mixed=[("I promised in January", "start", "Open in app"),
           ("Would I do it again?", "end", "Leave a comment"),
           ("A few readers asked", "end", "If you'd like to join them, you can upgrade here.")],
    ltop=L("""
The Margin
Subscribe
Sign in
Open in app
"""),
    lmid=[(0, "Ellie Harcourt"),
          (0, "Dec 30, 2024"),
          ("Total invoiced: £38,400.", "Type your email…"),
          ("Total invoiced: £38,400.", "Subscribe now"),
          ("I also said yes to too much", "Share")],
    lbot=L("""
42 Likes
6 Restacks
Discussion about this post
Write a comment...
Ready for more?
© 2025 Ellie Harcourt
Privacy ∙ Terms ∙ Collection notice
"""),
))

# 12. Podcast episode page / show notes
ARTICLES.append(dict(
    slug="en3-podcast-bridges-episode", lang="en", register="podcast",
    paras=P("""
Episode 114: Why old bridges don't fall down (and new ones sometimes do)

Structural engineer Dr Anjali Rao joins us to talk about the Victorian bridges still carrying trains every day, what engineers learned from the collapse of the Morandi bridge in Genoa, and why "over-engineering" isn't always a bad thing.

In this episode we discuss:

How Victorian engineers designed without computers, and why their safety margins were so generous

What actually failed in Genoa in 2018, and what it means for concrete bridges built in the 1960s

How bridges are inspected today, from rope-access teams to drones and fibre-optic sensors

Why the UK has more than 3,000 substandard council-owned road bridges

Anjali also explains why she never takes the same route to work twice, and answers a listener question about whether it's safe to march in step over a footbridge.

Timestamps

00:00 Introduction

04:12 The Forth Bridge and Victorian safety factors

19:40 Genoa and the problem with pre-stressed concrete

37:05 How inspections work

51:30 Listener questions

Mentioned in this episode: the RAC Foundation's annual survey of substandard bridges, and Henry Petroski's book To Engineer Is Human.

A full transcript of this episode is available on our website.
"""),
    head=["Built to Last: The Engineering Podcast",
          "▶ Play episode · 58 min · 12 March 2025",
          "Listen on Apple Podcasts | Spotify | YouTube | Pocket Casts | RSS",
          "Download MP3"],
    mid=[("Structural engineer Dr Anjali Rao", "This episode is sponsored by Cadwise. Get three months of Cadwise Pro free at cadwise.com/built – that's cadwise.com/built."),
         ("Why the UK has more than 3,000", "Enjoying the show? Leave us a five-star rating and review on Apple Podcasts – it really helps new listeners find us."),
         ("51:30 Listener questions", "Got a question for a future episode? Send us a voice note at builttolast.fm/ask")],
    tail=["Support the show\nBecome a member on Patreon from $3 a month for ad-free episodes and a monthly bonus show.",
          "Follow us\nInstagram @builttolastpod\nBluesky @builttolast.fm\nYouTube /builttolastpod",
          "Advertise on Built to Last: sponsorship@builttolast.fm",
          "More episodes\nEp 113: The secret life of sewers\nEp 112: How skyscrapers sway\nEp 111: The tunnel under the Channel",
          "Hosted on Acast. See acast.com/privacy for more information."],
    mixed=[("Structural engineer Dr Anjali Rao", "end", "Subscribe wherever you get your podcasts."),
           ("Mentioned in this episode", "end", "(Affiliate link – we may earn a small commission.)"),
           ("A full transcript of this episode", "end", "Members get early, ad-free access to every episode – join at patreon.com/builttolast.")],
    ltop=L("""
Built to Last
Episodes
About
Merch
Support us
"""),
    lmid=[(0, "58 min"),
          (0, "Play episode"),
          ("Structural engineer Dr Anjali Rao", "Apple Podcasts"),
          ("Structural engineer Dr Anjali Rao", "Spotify"),
          ("Why the UK has more than 3,000", "Sponsored by Cadwise")],
    lbot=L("""
Support the show
Patreon
Instagram
More episodes
Ep 113: The secret life of sewers
Hosted on Acast. See acast.com/privacy for more information.
"""),
))

# 13. Forum / Q&A
ARTICLES.append(dict(
    slug="en3-forum-damp-wall", lang="en", register="forum",
    paras=P("""
Black mould on inside of external wall every winter – condensation or rising damp?

We live in a 1930s semi with solid brick walls. Every winter, black mould appears on the inside of the north-facing bedroom wall, mostly in the corners near the ceiling and behind the wardrobe. It wipes off with mould spray but comes back within a few weeks. A damp-proofing company has quoted £2,800 to inject a new damp-proof course. Is that the right fix?

Edit: Thanks all. To answer questions – we dry washing indoors on an airer, the bedroom window has trickle vents but they're usually closed, and the heating is off in that room overnight.

Answer from PlasterPete (accepted answer):

Mould high up in corners and behind furniture is almost always condensation, not rising damp. Rising damp comes up from the ground and rarely gets above a metre; it leaves a tide mark and salts, not black spots near the ceiling.

Warm, moist air from the rest of the house hits the coldest surfaces – the external corners of a solid wall – and condenses. Behind the wardrobe there's no air movement, so it never dries.

Before spending £2,800, try these:

1. Open the trickle vents and leave them open.

2. Pull the wardrobe 5cm away from the wall.

3. Stop drying washing indoors, or use a dehumidifier in the room where you do.

4. Keep the bedroom at a low background heat overnight rather than letting it go cold.

5. Buy a cheap hygrometer. If the humidity is regularly above 65%, you have too much moisture in the air.

If all that fails, look at internal wall insulation on that wall. But a chemical DPC won't touch a condensation problem.

Reply from mrs_k_leeds:

Same house, same problem. We got a £150 dehumidifier and the mould hasn't come back in two winters. Agree with Pete – be very wary of anyone selling injection damp-proofing for mould near the ceiling.

Reply from original poster:

Update after a month: vents open, wardrobe moved, dehumidifier running. Humidity has dropped from 78% to 58% and no new mould. Cancelled the damp-proofing quote. Thank you!
"""),
    head=["Forums › Home & Garden › Damp, mould and ventilation",
          "Posted by holly_r · 3 replies · 1,942 views",
          "You are viewing this forum as a guest. Register now to post replies, follow threads and get notifications.",
          "Thread starter holly_r · Start date 14 Jan 2025"],
    mid=[("Edit: Thanks all.", "Sponsored\nDamp problems? Get a free survey from a PCA-accredited specialist. Book now"),
         ("Mould high up in corners", "Reply · Quote · Like (47) · Report"),
         ("If all that fails", "PlasterPete\nTrusted Member\nJoined: Mar 2016\nMessages: 8,412\nReaction score: 3,190"),
         ("Same house, same problem.", "Reply · Quote · Like (12)")],
    tail=["Reply\nYou must log in or register to reply here.",
          "Similar threads\nCondensation on windows every morning – what to do?\nIs a Positive Input Ventilation unit worth it?\nMould in bathroom despite extractor fan",
          "Share:\nFacebook\nX\nReddit\nPinterest\nEmail\nLink",
          "Forum software by XenForo® © 2010-2025 XenForo Ltd. · Terms and rules · Privacy policy · Help"],
    mixed=[("Before spending £2,800", "start", "Click to expand..."),
           ("Mould high up in corners", "start", "Quote:"),
           ("Update after a month", "end", "Last edited: 16 Feb 2025")],
    ltop=L("""
Forums
What's new
Log in
Register
Search
Home & Garden
"""),
    lmid=[(0, "Thread starter holly_r"),
          ("Edit: Thanks all.", "Sponsored"),
          ("If all that fails", "Like (47)"),
          ("If all that fails", "Reply · Quote"),
          ("Same house, same problem.", "Trusted Member")],
    lbot=L("""
You must log in or register to reply here.
Similar threads
Condensation on windows every morning – what to do?
Share:
Terms and rules
Privacy policy
"""),
))

# 14. Science magazine
ARTICLES.append(dict(
    slug="en3-science-exoplanet-haze", lang="en", register="science",
    paras=P("""
Webb telescope spots sulphur haze on a 'hot Neptune' 260 light years away

The atmosphere of a Neptune-sized exoplanet is shrouded in a haze of sulphur compounds produced by starlight, much like the smog above a polluted city, according to observations from the James Webb Space Telescope.

The planet, known as TOI-3318 b, orbits a sun-like star every 16 days at a distance roughly a tenth of that between Mercury and the sun. Its atmosphere is heated to around 700°C.

Astronomers had expected the haze to block much of the light passing through the planet's atmosphere, leaving a flat, featureless spectrum. Instead, Webb's NIRSpec instrument detected clear signatures of water vapour and sulphur dioxide.

"It was a genuine surprise," says Rosa Whitfield at the University of Leeds, who was not involved in the study. "The haze seems to sit high enough that we can see through the lower layers, which gives us a rare look at the chemistry."

The team, led by Naomi Achebe at the Space Telescope Science Institute in Baltimore, thinks ultraviolet light from the star breaks apart hydrogen sulphide molecules high in the atmosphere, creating sulphur dioxide and tiny particles that scatter blue light.

The same process, known as photochemistry, was first seen on a hot Saturn called WASP-39 b in 2022. Finding it on a smaller planet suggests it could be common, says Achebe.

Neptune-sized planets are among the most common in our galaxy but are absent from our own solar system, so astronomers know little about what they are made of. Measurements like these could reveal whether they are mostly rock, water or gas.

Journal reference: The Astrophysical Journal Letters, DOI: 10.3847/2041-8213/ad9f21
"""),
    head=["Space | News",
          "By Lena Carver\n5 May 2025",
          "Artist's impression of the hot Neptune TOI-3318 b\nNASA, ESA, CSA, Joseph Olmsted (STScI)",
          "Listen to this article · 4 min"],
    mid=[("The planet, known as TOI-3318 b", "Advertisement"),
         ("The team, led by Naomi Achebe", "Sign up to our Launchpad newsletter\nVoyage across the galaxy and beyond with our monthly space newsletter, every month.\nSign up to newsletter"),
         ("The same process, known as photochemistry", "Read more:\nWebb finds carbon dioxide on planet outside the solar system\nWe may finally know why some exoplanets are shrinking")],
    tail=["Topics:\nexoplanets\nJames Webb Space Telescope\nastronomy",
          "Already a subscriber? Log in\nSubscribe now for unlimited access. Digital + Print from £3.95 per week. Cancel anytime.",
          "Explore the galaxy\nJoin our astronomy experts on a once-in-a-lifetime trip to the dark skies of Chile. Find out more",
          "More from New Science\nBlack hole caught eating a star from the inside out\nThe moon is shrinking and causing quakes\nMystery radio signal traced to a dead star",
          "Cookie preferences · Privacy policy · Terms & conditions · Advertise · Contact us · © Copyright New Science Ltd"],
    mixed=[("The atmosphere of a Neptune-sized", "start", "Advertisement"),
           ("Astronomers had expected the haze", "end", "(Image: NASA/ESA/CSA/STScI)"),
           ("Neptune-sized planets are among", "end", "Read more: Strange 'super-puff' planet is as light as candyfloss")],
    ltop=L("""
New Science
News
Podcasts
Video
Technology
Space & astronomy
Subscribe now
"""),
    lmid=[(0, "By Lena Carver"),
          (0, "5 May 2025"),
          ("The planet, known as TOI-3318 b", "Advertisement"),
          ("The team, led by Naomi Achebe", "Sign up to our Launchpad newsletter")],
    lbot=L("""
Topics:
exoplanets
astronomy
More from New Science
Black hole caught eating a star from the inside out
Cookie preferences
Privacy policy
© Copyright New Science Ltd
"""),
))

# 15. University press release
ARTICLES.append(dict(
    slug="en3-uni-press-bumblebee", lang="en", register="press_release",
    paras=P("""
Bumblebees learn to 'count' flowers to find the best nectar, study finds

Bumblebees can keep track of how many flowers they have visited on a plant and use that information to decide when to leave, according to new research from the University of Eastmoor.

In a series of laboratory experiments, researchers trained 48 buff-tailed bumblebees (Bombus terrestris) to forage on artificial flowers arranged in rows. Only the fourth flower in each row held sugar solution. After training, the bees consistently skipped the first three flowers and landed on the fourth, even when the researchers changed the spacing or colour of the flowers.

"We ruled out distance, time and colour as cues," said lead author Dr Marta Kowalski from the School of Biological Sciences. "The simplest explanation left is that the bees were keeping a running tally."

The ability could help bees forage more efficiently in the wild, where many flowers on a single plant may already have been emptied by other insects.

Professor Ian Cole, a co-author, said the findings added to growing evidence that insects with brains smaller than a grain of rice are capable of surprisingly complex behaviour. "It forces us to rethink what a brain actually needs to do arithmetic," he said.

The team now plans to test whether wild bees use the same strategy in flower meadows on the university's campus.

The study, 'Numerical cognition guides patch-leaving decisions in bumblebees', is published in Proceedings of the Royal Society B. It was funded by the Biotechnology and Biological Sciences Research Council.

Notes to editors

Images and video of the experiments are available on request.

Dr Marta Kowalski is available for interview. Please contact the press office to arrange.
"""),
    head=["News and events > News > Research",
          "Press release · Issued: 8 April 2025",
          "Share this page\nX\nLinkedIn\nFacebook\nEmail",
          "A buff-tailed bumblebee on an artificial flower in the lab. Credit: University of Eastmoor"],
    mid=[("In a series of laboratory experiments", "Watch: bumblebees choosing the fourth flower (video, 1:12)"),
         ("The ability could help bees", "Study with us\nBSc Zoology – find out more about our undergraduate courses and book an open day."),
         ("The team now plans to test", "Related news\nUniversity joins £12m pollinator recovery project\nStudents create wildflower corridor across campus")],
    tail=["Media contact\nPress Office\npressoffice@eastmoor.ac.uk\n+44 (0)1632 960 118",
          "Research at Eastmoor\nOur research is ranked among the top 20 in the UK for impact. Discover our research themes",
          "Follow us\n@EastmoorUni on X, Instagram and LinkedIn",
          "Accessibility · Freedom of information · Modern slavery statement · Privacy and cookies\n© University of Eastmoor 2025. Registered charity number 1151234"],
    mixed=[("Bumblebees can keep track", "start", "Embargoed until 00:01 BST Tuesday 8 April 2025"),
           ("The study, 'Numerical cognition", "end", "Read the full paper (opens in new window)."),
           ("Dr Marta Kowalski is available for interview.", "end", "Subscribe to our press release mailing list.")],
    ltop=L("""
University of Eastmoor logo
Study
Research & innovation
International
Alumni
News and events
Search
"""),
    lmid=[(0, "Press release"),
          (0, "Issued: 8 April 2025"),
          ("The ability could help bees", "Book an open day"),
          ("The team now plans to test", "Related news")],
    lbot=L("""
Media contact
pressoffice@eastmoor.ac.uk
Follow us
Accessibility
Freedom of information
© University of Eastmoor 2025
"""),
))

# 16. Government notice
ARTICLES.append(dict(
    slug="en3-gov-notice-passport-fees", lang="en", register="government",
    paras=P("""
Passport fees to increase from 10 April 2025

The cost of applying for a British passport will rise on 10 April 2025, subject to parliamentary approval.

New fees

Standard online application made from within the UK: £94.50, up from £88.50.

Standard child online application: £61.50, up from £57.50.

Paper application (adult): £107, up from £100.

Paper application (child): £74, up from £69.

Fast Track service (1 week): £178, up from £166.

Premium service (1 day): £222, up from £207.

Why fees are changing

The Home Office said the increase would help the Passport Office move towards a system that is funded by those who use it, reducing reliance on general taxation. The fees do not make a profit.

A Home Office spokesperson said: "We are committed to delivering passports as efficiently as possible. The fee increase will enable us to continue improving our service, including processing times, border security and customer service."

If you have already applied

If you submit your application and pay the fee before 10 April, you will pay the current fee, even if your application is processed after that date.

Processing times

The Passport Office advises that you allow up to 3 weeks when applying from within the UK. Do not book travel until you have a valid passport.
"""),
    head=["Home > Passports, travel and living abroad > Passports",
          "Press release",
          "From: Home Office and HM Passport Office\nPublished 5 February 2025",
          "Get emails about this page"],
    mid=[("Premium service (1 day)", "Related content\nApply for a passport\nCancel a lost or stolen passport\nGet a passport urgently"),
         ("A Home Office spokesperson said", "Print this page")],
    tail=["Is this page useful?\nMaybe\nYes this page is useful\nNo this page is not useful\nThank you for your feedback\nReport a problem with this page",
          "Topics\nPassports, travel and living abroad",
          "Help us improve GOV.UK\nDon't include personal or financial information like your National Insurance number or credit card details.",
          "Help · Privacy · Cookies · Accessibility statement · Contact · Terms and conditions · Rhestr o Wasanaethau Cymraeg · Government Digital Service\nAll content is available under the Open Government Licence v3.0, except where otherwise stated\n© Crown copyright"],
    mixed=[("The cost of applying", "start", "Contents"),
           ("Standard online application made", "start", "Share this page"),
           ("If you submit your application", "end", "Sign up to get emails when we change this page.")],
    ltop=L("""
Cookies on GOV.UK
We use some essential cookies to make this website work.
Accept additional cookies
Reject additional cookies
View cookies
Skip to main content
GOV.UK
"""),
    lmid=[(0, "From: Home Office and HM Passport Office"),
          (0, "Published 5 February 2025"),
          ("Premium service (1 day)", "Related content"),
          ("Premium service (1 day)", "Apply for a passport")],
    lbot=L("""
Is this page useful?
Report a problem with this page
Topics
Help
Privacy
Accessibility statement
© Crown copyright
"""),
))

# 17. How-to guide
ARTICLES.append(dict(
    slug="en3-howto-bleed-radiator", lang="en", register="howto",
    paras=P("""
How to bleed a radiator in 6 easy steps

If your radiators are cold at the top but warm at the bottom, air is trapped inside them. Bleeding them takes about ten minutes, costs nothing and can make your heating noticeably more efficient.

What you'll need

A radiator key (about £2 from any hardware shop) or a flat-head screwdriver for newer valves

An old cloth or towel

A small bowl or tray

Step 1: Turn the heating on

Turn on your central heating so all the radiators get hot. This builds up pressure and helps you find the ones that need bleeding. Feel along the top of each radiator – cold patches mean trapped air.

Step 2: Turn the heating off and let it cool

Never bleed a hot radiator. Switch the heating off and wait at least 30 minutes so the water isn't scalding.

Step 3: Find the bleed valve

The bleed valve is a small square or slotted nut at the top corner of the radiator, usually on the opposite side from the pipes.

Step 4: Open the valve

Hold the cloth under the valve, insert the key and turn it anticlockwise a quarter to half a turn. You'll hear a hiss as the air escapes.

Step 5: Close it when water appears

As soon as a steady trickle of water comes out, turn the key clockwise to close the valve. Don't overtighten it.

Step 6: Check the boiler pressure

Bleeding releases pressure from the system. Look at the gauge on your boiler: it should normally read between 1 and 1.5 bar. If it has dropped below 1, top it up using the filling loop – your boiler manual explains how.

Tip: Start with the radiator furthest downstairs and work up. If you find yourself bleeding the same radiator every week, call a Gas Safe registered engineer, as it could be a sign of a leak or a fault.
"""),
    head=["Home › Advice › Heating › Radiators",
          "Reviewed by Tom Fletcher, Gas Safe registered engineer · Updated 2 October 2024",
          "Reading time: 5 minutes",
          "This guide contains affiliate links. If you buy through them we may earn a commission, at no extra cost to you."],
    mid=[("A small bowl or tray", "Our pick: Rothenberger radiator key, £2.49 at Screwfix\nBuy now"),
         ("Never bleed a hot radiator.", "Video: how to bleed a radiator (2:34)"),
         ("As soon as a steady trickle", "Need a heating engineer? Get up to 3 free quotes from vetted local tradespeople.\nGet quotes")],
    tail=["Was this guide helpful?\n👍 Yes 👎 No",
          "Related guides\nHow to repressurise a combi boiler\nWhy is my radiator cold at the bottom?\nHow to balance radiators",
          "Get our free Home Fix newsletter\nMonthly DIY tips, seasonal checklists and exclusive offers from our partners. Unsubscribe any time.",
          "About the author\nSarah Whitlock has been writing DIY guides for 12 years and has renovated three Victorian houses. Read more from Sarah",
          "Advertise · Affiliate disclosure · Privacy · Cookie policy · © 2025 HomeFix Media Ltd"],
    mixed=[("If your radiators are cold", "start", "Jump to: What you'll need | Steps | Tips"),
           ("Hold the cloth under the valve", "end", "(Affiliate link)"),
           ("Tip: Start with the radiator", "end", "Find a Gas Safe engineer near you with our free search tool.")],
    ltop=L("""
HomeFix
Advice
Tools
Reviews
Find a trade
Newsletter
"""),
    lmid=[(0, "Updated 2 October 2024"),
          (0, "Reading time: 5 minutes"),
          ("A small bowl or tray", "£2.49 at Screwfix"),
          ("A small bowl or tray", "Buy now"),
          ("As soon as a steady trickle", "Get quotes")],
    lbot=L("""
Was this guide helpful?
Related guides
How to repressurise a combi boiler
About the author
Advertise
Affiliate disclosure
© 2025 HomeFix Media Ltd
"""),
))

# 18. Travel feature
ARTICLES.append(dict(
    slug="en3-travel-lisbon-tram", lang="en", register="travel",
    paras=P("""
Riding Lisbon's Tram 28 without the crowds: a local's guide

Tram 28 is the most famous ride in Lisbon, a rattling yellow 1930s Remodelado that climbs through Graça, Alfama and Baixa on a route so narrow you can touch the walls. It is also, from late morning until sunset, so packed that many visitors spend an hour queuing at Martim Moniz and see nothing but other passengers' backpacks.

It doesn't have to be that way.

Go early, or go late

The first trams leave Martim Moniz just before 7am. Before 9am they are full of commuters and schoolchildren rather than tourists, and you will almost certainly get a window seat. After 7pm, in summer, the light over the river is gorgeous and the queues have gone.

Board at the other end

Most visitors start at Martim Moniz. Instead, take the metro to Campo de Ourique and board at the Prazeres terminus, next to the cemetery. You'll ride the route in reverse and the tram will be emptier for the first half.

Pay with a Viva Viagem card

A single ticket bought on board costs €3.20. If you load a Viva Viagem card with "zapping" credit at any metro station, the same trip costs €1.85, and a 24-hour pass costing €7.10 covers metros, buses, trams and the city's funiculars.

Watch your pockets

Pickpockets work the crowded trams. Keep your phone in a front pocket and your bag zipped.

Try Tram 12 or 24 instead

If you just want the experience of a vintage tram, Tram 12 loops around the Alfama in about 20 minutes, and Tram 24 runs from Praça Luís de Camões to Campolide through quiet residential streets.

Prices correct at time of writing, March 2025.
"""),
    head=["Travel > Europe > Portugal > Lisbon",
          "By Inês Carvalho\n18 March 2025",
          "Tram 28 climbing through Graça at dawn. Photograph: Alamy",
          "We independently select all products and experiences. If you book through our links, we may earn a commission."],
    mid=[("It doesn't have to be that way.", "Find the best hotels in Lisbon\nCompare prices from Booking.com, Expedia and more\nSearch hotels"),
         ("The first trams leave Martim Moniz", "Sponsored content: Discover the Algarve's hidden beaches with Visit Algarve"),
         ("Pickpockets work the crowded trams.", "Book a tour: Lisbon old town walking tour with a local guide, from £22 per person\nCheck availability on GetYourGuide")],
    tail=["Inês Carvalho is a Lisbon-based travel writer. Follow her on Instagram @ines.lisboa",
          "Travel newsletter: Get holiday inspiration, deals and expert advice every Thursday. Sign up",
          "More on Portugal\nThe best beaches near Lisbon, from surf spots to secret coves\nPorto in 48 hours\nWhere to eat pastéis de nata",
          "Holidays\nLisbon city break from £299pp including flights\nView deal"],
    mixed=[("Tram 28 is the most famous ride", "end", "(Photo: Getty Images)"),
           ("A single ticket bought on board", "end", "Compare flights to Lisbon with Skyscanner."),
           ("Prices correct at time of writing", "end", "Save this article to read later.")],
    ltop=L("""
Travel
Destinations
Holidays
Deals
Newsletter
Sign in
"""),
    lmid=[(0, "By Inês Carvalho"),
          (0, "18 March 2025"),
          ("It doesn't have to be that way.", "Search hotels"),
          ("Pickpockets work the crowded trams.", "Check availability")],
    lbot=L("""
More on Portugal
Porto in 48 hours
Holiday deals
View deal
Terms of use
Privacy
"""),
))

# 19. TRAP: charity appeal record
ARTICLES.append(dict(
    slug="en3-trap-food-bank-appeal", lang="en", register="news", trap=True,
    trap_promo=("Organisers said the money", "Our journalism is free to read. If you value it, please consider making a contribution from £1."),
    paras=P("""
Christmas food bank appeal raises record £412,000 as demand soars

A Christmas appeal for food banks across Greater Manchester has raised a record £412,000, more than double last year's total, as organisers warned that demand had reached its highest level since the network was founded.

The appeal, run by the Manchester Food Alliance with support from local radio station City FM, asked listeners to donate online, text a donation or drop off tins at collection points in 140 supermarkets.

More than 9,000 people donated, with the average online gift just over £30. A single anonymous donor gave £25,000 in the final week, the alliance said.

"We've been overwhelmed," said the alliance's director, Grace Okonkwo. "But we're also worried, because the generosity reflects how visible the need has become. People see their neighbours struggling."

The 64 food banks in the network handed out around 210,000 emergency food parcels in the year to November, up 18% on the previous year. More than a third went to households with children.

Organisers said the money would be used to buy fresh food, which is rarely donated, and to fund advice workers who help people claim benefits they are entitled to.

Okonkwo said people who wanted to help in the new year could sign up to give a small amount each month, which allowed food banks to plan ahead, or volunteer at a local distribution centre. "Regular donations, even £5, matter more to us than one big gift in December," she said.

The appeal closes on 31 January.
"""),
    head=["News | Manchester",
          "By Danny Price\nFriday 3 January 2025, 2:17pm",
          "Volunteers sort donations at a warehouse in Trafford Park. (Image: Manchester Food Alliance)",
          "Listen to this article"],
    mid=[("More than 9,000 people donated", "Advertisement"),
         ("The 64 food banks in the network", "Related: Cost of living – how to get help with energy bills this winter"),
         ("Organisers said the money", "Our journalism is free to read. If you value it, please consider making a contribution from £1.")],
    tail=["Want more Manchester news? Sign up to our free Daily Briefing, delivered at 7am every weekday.",
          "Have your say\n12 comments\nSort by: Newest",
          "More from Manchester\nTram works to close Piccadilly stop for a week\nNew homes plan for former mill site\nCity centre café named best in the North",
          "Follow us: Facebook · X · Instagram · TikTok",
          "© 2025 Manchester Evening Star · Contact us · Advertise · Terms · Privacy"],
    mixed=[("A Christmas appeal for food banks", "start", "Exclusive"),
           ("The 64 food banks in the network", "end", "Read more: Food bank use hits record as families turn to charity"),
           ("The appeal closes on 31 January.", "end", "Do you have a story for us? Email news@manchesterstar.co.uk")],
    ltop=L("""
Manchester Evening Star
News
Sport
What's On
Property
Jobs
"""),
    lmid=[(0, "By Danny Price"),
          (0, "Friday 3 January 2025, 2:17pm"),
          ("More than 9,000 people donated", "Advertisement"),
          ("The 64 food banks in the network", "More from Manchester")],
    lbot=L("""
Have your say
12 comments
Tram works to close Piccadilly stop for a week
Follow us
Contact us
Advertise
© 2025 Manchester Evening Star
"""),
))

# 20. TRAP: bus company app launch
ARTICLES.append(dict(
    slug="en3-trap-bus-app-launch", lang="en", register="news", trap=True,
    paras=P("""
Bus passengers can now pay with their phones as Western Link launches new app

Passengers on Western Link buses can now buy tickets, track buses in real time and get disruption alerts through a new smartphone app, which the operator says will cut boarding times at busy stops.

The free app, available on iPhone and Android, replaces the operator's older m-ticket system, which passengers had complained was slow and frequently crashed at the ticket machine.

Tickets bought in the app appear as a QR code that is scanned on boarding. Users can also download tickets in advance so they work without a phone signal, a feature that had been the most requested in a survey of 4,000 passengers.

Western Link's commercial director, Aisha Rahman, said: "About 40% of our fares are already paid by contactless card. The app is for people who want day or weekly tickets, or who want to see exactly where their bus is."

The launch has not been universally welcomed. Age UK's local branch said older passengers who do not own a smartphone must not be left behind, and called on the company to guarantee that cash fares will remain.

The operator said it had no plans to stop accepting cash and that paper tickets would still be sold on board. Concessionary passes are unaffected.

To mark the launch, anyone who downloads the app and buys a ticket before 30 June will get a second day ticket free, the company said. The offer is limited to one per account.

Passenger group Bus Users said real-time tracking had been a long-standing request but warned that it was "only as good as the data behind it", pointing to complaints about buses that vanish from trackers elsewhere in the country.
"""),
    head=["Local news | Transport",
          "By Kieran Walsh\n09:12, 2 June 2025",
          "The app shows live bus locations on a map. (Photo: Western Link)",
          "Get breaking news alerts. Allow notifications?\nNo thanks\nAllow"],
    mid=[("The free app, available on iPhone", "ADVERTISEMENT"),
         ("Western Link's commercial director", "Related stories\nFares frozen on Western Link for another year\nRoute 14 to be cut back to town centre"),
         ("The operator said it had no plans", "Story continues below")],
    tail=["Our newsletters – the top stories every morning and evening. Choose your newsletters",
          "Tags\nBuses\nTransport\nTechnology",
          "Comments\nWhat do you think? Log in or register to comment.",
          "Read our app: Download the Western Gazette app for iOS and Android for the latest local news.",
          "Privacy policy · Cookie settings · Contact · About us · Reach plc © 2025"],
    mixed=[("Passengers on Western Link buses", "start", "Breaking"),
           ("Tickets bought in the app", "end", "Read more: Bus passengers set for new routes in September"),
           ("Passenger group Bus Users said", "end", "Get the latest news on our WhatsApp channel.")],
    ltop=L("""
Western Gazette
News
Sport
Traffic & Travel
Things to do
Subscribe
"""),
    lmid=[(0, "By Kieran Walsh"),
          (0, "09:12, 2 June 2025"),
          ("The free app, available on iPhone", "ADVERTISEMENT"),
          ("The operator said it had no plans", "Story continues below")],
    lbot=L("""
Tags
Comments
Log in or register to comment.
Privacy policy
Cookie settings
Reach plc © 2025
"""),
))
