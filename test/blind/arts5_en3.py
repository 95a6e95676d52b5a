from common import P, L

ARTICLES = [
dict(
    slug="b5-en-travel-orkney-isles",
    lang="en",
    register="travel blog",
    paras=P("""
Island-hopping in Orkney's north isles without a car

The ferry to Westray leaves Kirkwall at 7.20 in the morning, and in April you will probably share it with a pallet of animal feed, three schoolteachers and a man delivering a washing machine. I loved it immediately.

Orkney's north isles are a scatter of low green islands, most of them with a few hundred residents, a shop that doubles as the post office and a pier. You can reach all of them by the inter-island ferries and, for the brave, an eight-seat plane.

Getting there

Orkney Ferries sails from Kirkwall to Westray, Papa Westray, Sanday, Stronsay, Eday and North Ronaldsay. Foot passengers pay about £9 each way. Book in advance in summer, because the boats are small.

Day 1: Westray

I hired a bike from the hostel in Pierowall and rode out to Noup Head, where the cliffs are white with gannets from May. Allow the whole afternoon; the last two miles are a gravel track.

Day 2: Papa Westray

The flight from Westray to Papa Westray is the shortest scheduled flight in the world, usually under two minutes. It costs £21 and you get a certificate.

On Papay, as locals call it, the Knap of Howar is a farmstead that was built around 3,700 BC. You can walk inside. There is no fence and usually no one else there.

Where to eat

Pick up bere bannocks and Westray cheese from the shop, because cafés keep short hours outside July and August.

"We don't do rush here," said the woman in the Papay shop when I asked when the bus came.

Q: Do I need a car? A: No. Between bikes, ferries and the odd lift from a friendly farmer, I never missed one.
"""),
    head=[
        "Wander North — slow travel in Scotland and beyond",
        "Disclosure: some links below are affiliate links. If you book through them I get a small commission at no cost to you. My trip was self-funded.",
    ],
    mid=[
        ("Orkney's north isles are a scatter", "Planning a trip? Compare ferry and hotel deals on Booking.com — search Orkney stays here."),
        ("I hired a bike from the hostel", "Get my free Scotland Islands Packing List PDF when you join the Wander North Letter (2,900 readers)."),
        ("On Papay, as locals call it", "PIN IT FOR LATER ⬇"),
    ],
    tail=[
        "Like this post? Buy me a coffee ☕ ko-fi.com/wandernorth",
        "Read next: The best bothies in the Highlands · 10 things I wish I'd known before visiting Skye",
        "Filed under: Orkney, Scotland, Car-free travel | 23 comments",
        "Instagram @wander.north · Pinterest · YouTube",
    ],
    mixed=[
        ("The ferry to Westray leaves", "start", "Last updated: 2 March 2026 · 9 min read"),
        ("Orkney Ferries sails from Kirkwall", "end", "Check prices and availability on Omio →"),
        ("The flight from Westray", "end", "Photo: the Loganair Islander on the Papay airstrip. © Wander North"),
        ("Pick up bere bannocks", "end", "ADVERTISEMENT"),
    ],
    ltop=L("""
Destinations
Scotland
Nordics
Travel Tips
Shop my presets
Work with me
"""),
    lmid=[
        ("Getting there", "Table of Contents ▾"),
        ("Where to eat", "You may also enjoy: A rainy weekend in Stromness"),
    ],
    lbot=L("""
About me
Hi, I'm Cat. I quit my office job in 2019 to travel slowly.
Search this site
Privacy & cookies
© 2026 Wander North
"""),
),
dict(
    slug="b5-en-podcast-episode",
    lang="en",
    register="podcast",
    paras=P("""
Episode 142: The woman who mapped the seabed

This week we're joined by oceanographer Dr Lena Hartmann, who spent twenty years on research ships charting the floor of the North Atlantic, to talk about what we still don't know about the bottom of the sea.

Less than a third of the ocean floor has been mapped in high resolution. Lena explains why that figure was under 10 per cent as recently as 2017, and how crowdsourced data from fishing boats and yachts has helped.

We also talk about the day her team found a 3,000-metre seamount that was not on any chart, and what it's like to name an underwater mountain.

In this episode:

(03:10) How multibeam sonar works, explained with a torch and a bathtub

(18:45) Why sailing in a straight line for three weeks is harder than it sounds

(34:20) The politics of who gets to name the seabed

"You're looking at the ocean floor with a torch from a helicopter, in fog," Lena says of early survey methods.

Lena's book, Deep Charts, is published by Harbour Press.

Host: Sam Obi. Producer: Ruth Kaplan. Music: "Low Tide" by Ellis Marr.

Lena recommends The Sea Around Us by Rachel Carson as the best place to start.
"""),
    head=[
        "Listen on Apple Podcasts · Spotify · YouTube Music · Pocket Casts · RSS",
        "Curious Depths | Science podcast | New episodes every Thursday",
    ],
    mid=[
        ("Less than a third", "This episode is sponsored by Halden Outdoor. Use code DEPTHS15 for 15% off your first order at halden.example.com."),
        ("We also talk about the day", "▶ Play episode · 52 min · 2.3k plays"),
        ("(34:20) The politics", "Support the show: join Curious Depths+ for ad-free episodes and bonus interviews — £4 a month on Patreon."),
    ],
    tail=[
        "Rate and review us on Apple Podcasts — it really helps new listeners find the show!",
        "Got a question for a future episode? Email hello@curiousdepths.fm or leave us a voice note.",
        "More episodes: 141 · Why volcanoes go quiet | 140 · The secret life of lichen",
        "Curious Depths is part of the Tidewater Audio network. © 2026",
    ],
    mixed=[
        ("This week we're joined", "start", "Published 12 March 2026"),
        ("(03:10) How multibeam sonar", "end", "Share episode"),
        ("Lena's book, Deep Charts", "end", "Get 20% off Deep Charts with the code CURIOUS at harbourpress.example.com"),
        ("Lena recommends The Sea", "end", "Follow the show on Instagram and TikTok @curiousdepthspod"),
    ],
    ltop=L("""
Curious Depths
Episodes
Guests
Merch
Newsletter
Contact
"""),
    lmid=[
        ("In this episode:", "Download MP3 (48.7 MB)"),
        ("Host: Sam Obi.", "Add to queue"),
    ],
    lbot=L("""
Subscribe to the podcast
Apple Podcasts
Spotify
Overcast
Privacy Policy
Hosted on Tidewater
"""),
),
dict(
    slug="b5-en-trap-hospice-appeal",
    lang="en",
    register="local news",
    trap=True,
    trap_promo=("Staff at St Aidan's say", "Help us cover stories like this. Become a Chronicle supporter today — from £3 a month."),
    paras=P("""
Hospice smashes £500,000 appeal target after late surge of donations

A hospice in Carlisle has raised more than £500,000 to rebuild its day therapy unit, two months ahead of schedule, after a surge of donations over Christmas.

St Aidan's Hospice launched its Room to Breathe appeal last May, asking the public to donate towards a new building to replace a 1980s prefab that leaks in heavy rain.

Fundraising manager Kirsty Bell said the appeal had been pushed over the line by more than 2,000 small donations made in the last three weeks of December, many of them under £10.

"People who have very little gave what they could," she said. "One gentleman brought in a jar of coins he'd been saving since his wife was with us in 2019."

The hospice also received a £75,000 grant from the Cumbria Community Foundation and £40,000 raised by a sponsored walk along Hadrian's Wall.

Staff at St Aidan's say the new unit will allow them to see twice as many day patients, including people living with motor neurone disease and heart failure.

How the money will be spent

Building work is due to start in March and finish by the end of the year. The hospice said any money raised above the target would go into its running costs, which are about £7 million a year. Less than a third comes from the NHS.

Ms Bell said people who still wanted to give could sign up for a monthly direct debit or leave a gift in their will, but asked supporters not to drop off more clothes at the hospice's shops until after January.

"We are full to the rafters. Please hold on to them for a few weeks," she said.

Last year, St Aidan's cared for 1,640 patients and their families across north Cumbria.
"""),
    head=[
        "News › Carlisle",
        "Our free weekly Carlisle Briefing rounds up the city's top stories every Friday. Pop your email in and we'll do the rest.",
    ],
    mid=[
        ("St Aidan's Hospice launched", "Read more: Carlisle United fans raise £12,000 for food bank in one match day"),
        ("The hospice also received", "Advertisement\nContinue reading below"),
    ],
    tail=[
        "Do you have a story for us? WhatsApp the Chronicle newsdesk on 07700 900 777 or email news@cumbriachronicle.example",
        "Want more news from Carlisle? Follow us on Facebook: facebook.com/cumbriachronicle",
        "Popular stories: Roadworks on A69 to last until June · New lido plans unveiled · Pet shop closes after 40 years",
    ],
    mixed=[
        ("A hospice in Carlisle", "start", "Published 8:14, 9 January 2026 | Updated 9:02, 9 January 2026"),
        ("\"People who have very little", "end", "Join our Carlisle community group on WhatsApp for breaking news straight to your phone."),
        ("Building work is due", "start", "ADVERTISEMENT"),
        ("Last year, St Aidan's cared", "end", "Share: Facebook X Email"),
    ],
    ltop=L("""
Cumbria Chronicle
News
Sport
Whats On
Property
Jobs
Public notices
"""),
    lmid=[
        ("Fundraising manager", "Image: The prefab day unit. Picture: St Aidan's Hospice"),
        ("How the money will be spent", "Most read this week"),
    ],
    lbot=L("""
Comments
Sign in to comment
Contact us
Cookies & privacy
Cumbria Chronicle is part of Lakeland Media
"""),
),
dict(
    slug="b5-en-trap-adblock-video",
    lang="en",
    register="video page",
    trap=True,
    paras=P("""
Why one in three web users now block adverts — and what publishers are doing about it

Nearly a third of internet users in the UK now run an ad blocker on at least one device, according to a survey published on Monday, up from a quarter five years ago.

The survey of 4,000 adults, carried out for the Internet Advertising Bureau, found that younger people were the most likely to block adverts, with 44 per cent of 18 to 24-year-olds using one.

The most common reasons given were that adverts slowed websites down, that they followed people around the web, and that video ads that played with sound were annoying.

In this video, our media correspondent Leila Farah visits a newsroom that has started asking readers who use ad blockers either to switch them off or to pay a small monthly fee instead.

"We're not trying to guilt anyone," says the site's publisher, Owen Grey. "We're saying: here are the two ways we can afford to keep doing this. Pick one."

About 12 per cent of visitors who were shown the message chose to whitelist the site, Grey says. Fewer than one per cent opted to pay.

Transcript excerpt

LEILA FARAH: So what happens if I just close the message?

OWEN GREY: At the moment, you can still read the article. We're testing whether to make that stricter.

Some browsers now include blocking by default, and app stores have been tightening rules on tracking in apps, which makes it harder for publishers to sell targeted adverts.

Grey says the site will decide in the autumn whether to keep the experiment running.
"""),
    head=[
        "Autoplay is on · Up next in 5s",
        "Ad · 0:15 · Your video will play after this ad. Skip ad ▸",
    ],
    mid=[
        ("The survey of 4,000 adults", "Watch more: The creators earning more from newsletters than YouTube (3:48)"),
        ("\"We're not trying to guilt anyone,\"", "Like 👍 312 · Share · Save · Clip"),
        ("OWEN GREY:", "Turn on notifications 🔔 so you never miss a new video from BizWatch."),
    ],
    tail=[
        "Up next: Can anyone beat Google at search? (6:02) · Inside the world's biggest data centre (8:31)",
        "Subscribe to BizWatch on YouTube for new videos every weekday — 1.1M subscribers",
        "Comments 486 · Sort by: Top comments",
        "Video unavailable in some regions. © BizWatch Media 2026",
    ],
    mixed=[
        ("Nearly a third of internet users", "start", "18,204 views · 3 days ago"),
        ("The most common reasons", "end", "Captions: English (auto-generated) · Settings ⚙"),
        ("In this video, our media correspondent", "start", "Show more ▾"),
        ("Grey says the site will decide", "end", "#adblocking #media #publishing"),
    ],
    ltop=L("""
BizWatch
Home
Shorts
Live
Playlists
Sign in
"""),
    lmid=[
        ("Transcript excerpt", "Chapters: 0:00 Intro · 1:05 The survey · 2:20 Inside the newsroom"),
        ("Some browsers now include", "Embed this video"),
    ],
    lbot=L("""
Report this video
Related videos
Keyboard shortcuts
Terms · Privacy · Policy & Safety
Send feedback
"""),
),
]
