"""blind11, English part 2: a milk-testing strip from a vet school (university press release), why
volcanic eruptions redden sunsets (science explainer), and an episode on London's buried rivers
(podcast episode show notes)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-en-uni-milk-test-strip",
        "register": "university press release",
        "lang": "en",
        "paras": P("""
Paper test strip spots antibiotic residues in milk in ten minutes

Published 14 March 2025

A paper strip costing less than 20p can tell dairy farmers whether milk contains antibiotic residues in about ten minutes, according to research led by the University of Northmoor’s School of Veterinary Medicine.

Milk from cows being treated for mastitis and other infections must be withheld from the bulk tank until the drug has cleared, a withdrawal period that varies by medicine and by animal. If contaminated milk reaches a tanker, the whole load is discarded and the farm can be fined.

Current on-farm tests are reliable but expensive, typically costing £2 to £4 per sample, and many smaller farms test only when they are already unsure.

How the test works

The new strip carries a freeze-dried culture of a harmless bacterium alongside a colour indicator. A drop of milk is added and the strip is kept warm in a pocket-sized heater. If the bacteria grow, they change the acidity of the sample and the strip turns yellow; if antibiotics are present, growth is suppressed and the strip stays purple.

Key findings

Detected penicillin, amoxicillin and cloxacillin at or below EU maximum residue limits

Agreed with laboratory reference tests in 97.6% of 1,140 samples

Worked reliably with milk from both Holstein and Jersey herds

Dr Sinead Gallagher, who led the study, said: “Farmers told us very clearly that they would test every treated cow if the test cost pennies rather than pounds. That was the design brief.”

“We were surprised how robust the culture turned out to be,” she added.

The strips were trialled for six months on 23 farms in Cumbria, Lancashire and North Yorkshire. Participating farmers reported that the test was easy to read, although several asked for a version that could also detect tetracyclines, which the current strip does not reliably pick up.

The team is now working with an agricultural cooperative on a larger trial and hopes to have a commercial product available within two years.

The research, published in the Journal of Dairy Science, was funded by the Biotechnology and Biological Sciences Research Council and the Northern Dairy Growth Fund.
"""),
        "head": [
            "Home › News and events › Press releases › 2025",
            "Clearing 2025: places are still available on our Veterinary Bioscience BSc. Call our Clearing hotline on 0800 028 4410.",
        ],
        "mid": [
            ("Current on-farm tests", "Related research\nOne Health: antimicrobial resistance at Northmoor\nCentre for Sustainable Livestock"),
            ("Worked reliably", "Open Day — Saturday 21 June\nExplore our campus, meet our academics and see our veterinary teaching farm. Book your place now."),
            ("“We were surprised", "Media enquiries: please contact the press office on 01632 960 771 or email press@northmoor.example.ac.uk"),
        ],
        "tail": [
            "Share this page\nFacebook LinkedIn X Email",
            "Support research that matters. Gifts to the Northmoor Fund help our scientists turn ideas into real-world solutions. Make a gift today.",
            "Follow us @NorthmoorUni\n#NorthmoorResearch",
            "More news\nArchaeologists uncover Roman bathhouse under city car park\nNorthmoor ranked top 10 for student satisfaction",
        ],
        "mixed": [
            ("Dr Sinead Gallagher", "end", "Find out more about studying Veterinary Medicine at Northmoor."),
            ("How the test works", "start", "Listen to this page"),
            ("The strips were trialled", "start", "Related: Northmoor vet school wins £3m grant for farm health hub"),
            ("The research, published", "end", "Share on LinkedIn Share on X"),
        ],
        "ltop": L("""
This website uses cookies. By continuing to browse you agree to our use of cookies. Find out more | OK
UNIVERSITY OF NORTHMOOR
Study | Research | Business | Alumni | About
Apply now
Search
News and events › Press releases
"""),
        "lmid": [
            ("Milk from cows", "Northmoor: TEF Gold 2023"),
            ("Agreed with laboratory", "Read more about our School of Veterinary Medicine"),
            ("The team is now working", "Related news: Northmoor spin-out raises £1.2m to scale up soil sensor"),
        ],
        "lbot": L("""
Contact the press office
Accessibility | Freedom of information | Modern slavery statement | Privacy
© University of Northmoor 2025. Registered charity number X1234.
"""),
    },
    {
        "slug": "b14-en-explainer-volcanic-sunsets",
        "register": "science explainer",
        "lang": "en",
        "paras": P("""
Why do volcanic eruptions make sunsets redder?

Particles blasted into the stratosphere can paint the evening sky for months — and they have even been spotted in famous paintings

By Dr Alun Price

If you live in the northern hemisphere, you may have noticed some unusually vivid sunsets in the months after a large eruption. This is not your imagination: the effect is well documented and it can last for a year or more.

To understand why, you first need to know why sunsets are red at all.

Sunlight contains all the colours of the visible spectrum. As it passes through the atmosphere, it collides with molecules of nitrogen and oxygen, which scatter short blue wavelengths much more strongly than long red ones. This is Rayleigh scattering, and it is why the daytime sky looks blue.

At sunset, light from the Sun travels through far more atmosphere to reach your eyes. By the time it arrives, most of the blue has been scattered out of the direct beam, leaving the yellows, oranges and reds.

Q: So why isn’t the sky violet, if violet scatters even more?

Partly because sunlight contains less violet than blue to begin with, and partly because our eyes are much less sensitive to it.

Now add a volcano. A powerful eruption can inject millions of tonnes of sulphur dioxide into the stratosphere, 15 to 25 kilometres up. There it reacts with water vapour to form tiny droplets of sulphuric acid, known as aerosols, which spread around the globe on high-altitude winds.

Because they sit so high, the aerosols are still lit by the Sun after it has set for people on the ground. They scatter the reddened light back down, producing a glow that can persist for up to an hour after sunset and extend much higher into the sky than usual.

Q: Does any eruption do this?

No. The ash has to reach the stratosphere. Most eruptions are too weak, and ash that stays in the lower atmosphere is rained out within days.

The eruption of Krakatau in 1883 produced such dramatic skies across Europe that fire engines in New York and Connecticut were reportedly called out to fires that did not exist. Some art historians have even suggested that the lurid sky in Edvard Munch’s The Scream was inspired by a post-Krakatau sunset, although others argue it simply reflects the artist’s state of mind.

A 2014 study of hundreds of paintings made between 1500 and 2000 found that sunsets painted in the three years after major eruptions contained measurably more red relative to green than those painted in other years.

So next time you catch a spectacular sunset, it is worth checking whether a volcano on the other side of the world has been busy.
"""),
        "head": [
            "Science › Earth & Environment",
            "Subscribe to Curious Planet magazine today and get your first three issues for just £5 — plus a free star chart.",
            "Reading time: 5 minutes",
        ],
        "mid": [
            ("To understand why", "Advertisement"),
            ("Partly because sunlight", "Got a burning question? Email questions@curiousplanet.example or message us on Facebook and our experts will try to answer it."),
            ("No. The ash has", "You might also like\nWhy is the Moon sometimes red?\nCould a supervolcano end civilisation?\nHow do rainbows form?"),
        ],
        "tail": [
            "This article is an answer to the question (asked by Pat Green, via email): ‘Why are sunsets redder after volcanic eruptions?’",
            "Read more:\nWhat causes the northern lights?\nWhy does the sky go green before a storm?",
            "About our expert\nDr Alun Price is an atmospheric physicist who writes regularly for Curious Planet. His book Skywatching is out now.",
            "Listen to Curious Planet: The Podcast — new episodes every Thursday wherever you get your podcasts.",
        ],
        "mixed": [
            ("Now add a volcano", "start", "Advertisement"),
            ("Because they sit so high", "end", "Enjoying this article? Sign up to the Curious Planet newsletter for weekly wonders in your inbox."),
            ("A 2014 study", "end", "Main image: Getty Images"),
            ("If you live in", "start", "Listen to this article 5:12"),
        ],
        "ltop": L("""
Curious Planet
Home | Space | Nature | Health | Technology | Q&A | Podcast
Subscribe
Science › Earth & Environment › Q&A
"""),
        "lmid": [
            ("Sunlight contains all", "Advertisement"),
            ("Q: Does any eruption", "Subscribe and save 49% — Curious Planet delivered every month"),
        ],
        "lbot": L("""
Share: Facebook | X | Pinterest | Email
Trending
Why do cats knead?
The science of hangovers
Immediate Media Company Ltd. Terms & Conditions | Privacy Policy | Cookies Policy | Manage Privacy Settings
"""),
    },
    {
        "slug": "b14-en-podcast-lost-rivers",
        "register": "podcast episode show notes",
        "lang": "en",
        "paras": P("""
Episode 87: The Lost Rivers Under Your Feet (with Dr. Nia Okonjo)

London is built on top of more than twenty rivers that you will almost never see. This week we go underground — metaphorically, mostly — with urban historian Dr. Nia Okonjo, who has spent a decade tracing the Fleet, the Effra, the Tyburn and the Westbourne from their springs to the Thames.

We talk about why Victorian engineers buried them, what happens when they flood, and why there is a river running through a pipe above the platforms at Sloane Square station.

Nia also tells us about the time she was escorted out of a hotel basement in Mayfair after asking to see the Tyburn, and about the pub landlord in Camden who swears he can hear the Fleet from his cellar on wet nights.

In this episode:

(00:00) Intro and a listener question about the “sound of water” in Farringdon

(04:12) Why the Fleet went from trade route to open sewer

(17:40) Bazalgette, the Great Stink and the birth of the sewer system

(29:05) The Westbourne’s iron pipe at Sloane Square

(41:30) Daylighting: could any of these rivers come back?

(55:18) Listener mail and next week’s episode

On daylighting, Nia is cautiously optimistic. She points to the restoration of stretches of the Quaggy and the Ravensbourne in south-east London, and to plans in Cheonggyecheon in Seoul, where a highway was torn down to reopen a stream.

“People think of rivers as things that were there once,” she says. “They never went anywhere. We just stopped looking.”

Books mentioned: Nia’s own Underneath: A Walker’s Guide to London’s Hidden Waters (2021), and Stephen Myers’s The Great Stink of 1858 (2008).

Guest: Dr. Nia Okonjo, Senior Lecturer in Urban History, Thameside University

Host and producer: Ben Achterberg. Sound design: Lotte Fairweather.
"""),
        "head": [
            "Listen on Apple Podcasts · Spotify · Overcast · Pocket Casts · RSS",
            "This episode is sponsored by Mossgreen Mattresses. Try a Mossgreen for 100 nights risk-free and get 20% off with code RIVERS at mossgreen.example.",
            "Season 4 · 58 min · Explicit: No",
        ],
        "mid": [
            ("We talk about why", "🎧 Members get every episode ad-free, plus bonus walks and early access. Join on Patreon from £3 a month."),
            ("(55:18)", "Want to hear your question on the show? Leave us a voicemail at speakpipe.example/underthecity"),
            ("“People think of rivers", "Support for Under the City comes from Thames Path Walking Tours. Book a guided walk along the lost Fleet this spring and save 15% with code PODCAST."),
        ],
        "tail": [
            "Enjoying Under the City? Please rate and review us on Apple Podcasts — it really helps new listeners find the show.",
            "Join our Discord to chat with other listeners and suggest future guests.",
            "Transcript: A full transcript of this episode is available to members.",
            "Follow us: Instagram @underthecitypod · TikTok @underthecitypod · Bluesky @underthecity.bsky.social",
        ],
        "mixed": [
            ("Nia also tells us", "end", "New listener? Start with our most popular episode, “The Tube Station That Never Opened”."),
            ("On daylighting, Nia", "start", "Ad-free episodes on Patreon."),
            ("Books mentioned", "end", "(As an Amazon Associate we earn from qualifying purchases.)"),
            ("Host and producer", "end", "© 2025 Under the City Productions. Music by Soundstripe."),
        ],
        "ltop": L("""
Under the City
Episodes | About | Live Shows | Merch | Support the Show
▶ Play episode 87
Share episode
"""),
        "lmid": [
            ("In this episode", "Subscribe: Apple Podcasts | Spotify | YouTube Music"),
            ("(29:05)", "Live show: Under the City at the Union Chapel, 17 May — tickets on sale now"),
        ],
        "lbot": L("""
← Episode 86: The Tube Station That Never Opened
Episode 88: Fog, Smog and Pea-Soupers →
Buy a Mug
Hosted on Podbean · Privacy & Cookies
"""),
    },
]
