"""Blind set 8 (arts11), English part 3: science magazine, DIY forum thread, advertising-regulator trap."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-en-science-coral-spawning",
        "register": "science magazine",
        "lang": "en",
        "paras": P("""
Corals on a cooling reef spawned weeks early, and scientists are not sure why

Marine biologists monitoring a remote reef in the Coral Sea have recorded the earliest mass spawning in two decades of observations, with several species releasing their eggs and sperm almost a month ahead of their usual schedule.

The event was documented in October by a team from the Tasman Institute of Marine Science, who had travelled to Vela Reef expecting to spend the trip installing underwater cameras.

"We were doing a routine night dive and the water just filled with pink bundles," said Dr Anika Rao, who led the expedition. "It was beautiful, and it was also completely the wrong time."

Mass spawning on tropical reefs is usually triggered by a combination of cues: rising water temperature, the length of the day and, most precisely, the phase of the moon. Corals on the same reef often release their gametes within the same hour, which improves the chance that eggs will be fertilised.

What made the early spawning puzzling was that the water around Vela Reef had been slightly cooler than average. Many previous studies have linked early spawning to unusually warm seas.

Why timing matters

If a colony spawns out of step with its neighbours, its eggs are less likely to meet compatible sperm. Over many years, small shifts in timing could reduce the number of young corals settling on a reef, slowing its recovery after bleaching or cyclones.

Rao's team is now comparing their observations with satellite data on sunlight and plankton, and collecting tissue samples to look for changes in the genes that act as the corals' internal clock.

Professor Malcolm Ferreira, a coral ecologist who was not involved in the work, cautioned against reading too much into a single season. "Reefs are noisy systems," he said. "One odd year is a curiosity. Three odd years would be a pattern."

The findings have been submitted to a peer-reviewed journal and have not yet been published.
"""),
        "head": [
            "Science journalism you can trust, free for everyone. That's only possible because thousands of readers support us. Become a member today.",
            "Earth & Environment | 6 min read",
        ],
        "mid": [
            ("The event was documented", "Related: Deep-sea corals found thriving in acidic water"),
            ("Mass spawning on tropical", "This article is part of Ocean Watch, a series supported by the Hallett Foundation. Our editors retain full independence over what we publish."),
            ("If a colony spawns", "Get the Field Notes newsletter: the week's best science stories, every Thursday.\nEmail address\nSign up"),
        ],
        "tail": [
            "Photograph: Anika Rao/Tasman Institute",
            "If you value independent science reporting, please consider a donation. Every contribution, however big or small, keeps our journalism open to all.\nDonate once\nDonate monthly",
            "More from Earth & Environment\nThe lost rivers under the city\nWhy wasps matter more than you think",
            "Republish this article for free under a Creative Commons licence",
        ],
        "mixed": [
            ("Marine biologists monitoring", "end", "Photograph: Field & Fathom/Jo Lindqvist."),
            ("\"We were doing", "end", "Support our science reporting from just $5 a month."),
            ("What made the early", "start", "ADVERTISEMENT"),
            ("Rao's team is now", "end", "Read more: How corals keep time without a brain"),
        ],
        "ltop": L("""
Field & Fathom
Science news
Environment
Health
Space
Donate
Newsletters
Search
Earth & Environment
"""),
        "lmid": [
            ("The event was documented", "Advertisement"),
            ("Why timing matters", "Related: Deep-sea corals found thriving in acidic water"),
        ],
        "lbot": L("""
Donate now
Republish this article
About us
Privacy
© 2024 Field & Fathom
"""),
    },
    {
        "slug": "b11-en-forum-loft-hatch",
        "register": "DIY forum thread",
        "lang": "en",
        "paras": P("""
Draughty loft hatch – best way to insulate and seal it?

Posted by greyslate_dan: Our bungalow has an old plywood loft hatch in the hallway and you can feel the cold air dropping through it all winter. It's just a sheet of ply resting on a wooden frame, no seal, no catch. What's the best way to insulate it without making it too heavy to lift?

Reply from Marjorie_K: We had exactly the same problem. I glued a piece of 50mm rigid foam board to the top side of the hatch with grab adhesive, then fitted self-adhesive foam draught strip around the frame where the hatch sits. It made a noticeable difference straight away.

Reply from tilers_mate: Don't forget the edges of the foam board. If it's a tight fit it can catch on the frame when you push the hatch up. Cut it about 10mm smaller all round.

Reply from greyslate_dan: Thanks both. Does the draught strip go on the hatch or on the frame?

Reply from Marjorie_K: On the frame, on the ledge the hatch rests on. That way the weight of the hatch squashes it and makes the seal.

Reply from RKBuilder (verified tradesperson): Both good answers. The one thing I'd add is a pair of simple turn buttons or a cabin hook so the hatch is pulled down tight onto the seal. Without that, a light hatch will lift slightly when the wind gets up and you'll lose most of the benefit.

If you're replacing rather than upgrading, insulated loft hatches with a built-in seal and a proper catch are widely available. They cost more, but they also meet building regulations for new work, which a home-made hatch may not.

Update from greyslate_dan: For anyone finding this thread later, foam board plus draught strip plus two turn buttons cost me about £35 and one Saturday morning. The hallway is noticeably warmer and the hatch is still easy to lift.
"""),
        "head": [
            "Welcome to BuildChat! You are viewing the forum as a guest. Register for free to post replies, get notifications and remove ads.",
            "Home › Forums › Insulation & Energy Saving",
        ],
        "mid": [
            ("Posted by greyslate_dan", "Sponsored\nCut your heating bills by up to 30% with Thermafit loft insulation. Get a free quote"),
            ("Reply from greyslate_dan: Thanks", "Advertisement"),
            ("Reply from RKBuilder", "Upvote 14 | Reply | Quote | Report"),
        ],
        "tail": [
            "You must log in or register to reply here.",
            "Similar threads\nInsulating behind a dormer wall – 12 replies\nCondensation on loft hatch – 7 replies\nBest draught excluder for sash windows? – 31 replies",
            "Share:\nFacebook\nX\nReddit\nEmail\nLink",
        ],
        "mixed": [
            ("Posted by greyslate_dan", "end", "Like · Reply"),
            ("Reply from tilers_mate", "start", "Sponsored: Find a trusted local insulation installer near you."),
            ("If you're replacing", "end", "Click to expand..."),
            ("Update from greyslate_dan", "end", "Reply · Quote · Report"),
        ],
        "ltop": L("""
BuildChat
Forums
What's new
Log in
Register
Search
Insulation & Energy Saving
Thread starter greyslate_dan
Start date 3 Feb 2024
"""),
        "lmid": [
            ("Posted by greyslate_dan", "Like 3 · Reply"),
            ("Reply from Marjorie_K: On the frame", "Advertisement"),
        ],
        "lbot": L("""
You must log in or register to reply here.
Similar threads
Share:
Contact us
Terms and rules
Privacy policy
© BuildChat Community Ltd
"""),
    },
    {
        "slug": "b11-en-trap-ad-regulator-meal-kit",
        "register": "consumer news",
        "lang": "en",
        "trap": True,
        "paras": P("""
Meal-kit company's 'free box' adverts banned over hidden subscription

Adverts for a meal-kit delivery company that promised customers a "free first box" have been banned after the advertising watchdog found they failed to make clear that signing up enrolled people in a weekly subscription.

The Advertising Practices Authority said the promotions by Forkful, which appeared on social media and in sponsored posts by food influencers, were misleading because the terms of the subscription only appeared after customers had entered their card details.

The regulator received 63 complaints. Several people said they had been charged £39.99 a week for three or four weeks before realising they had signed up to a rolling plan.

One complainant, a student from Cardiff, said she had assumed the "free box" was a one-off offer. "There was nothing on the advert about a subscription. I only found out when my bank balance went negative," she told the authority.

Forkful said the subscription terms were shown on its checkout page and that customers could cancel at any time in its app. It said it had since redesigned the sign-up process to display the weekly price more prominently.

The authority said that was not enough. In its ruling, it said: "Where a free offer leads to an ongoing paid commitment, that condition is material information and must be stated clearly in the ad itself, not left for consumers to discover later."

It also criticised two influencer posts that were not labelled as advertisements, saying the commercial relationship between the creators and the company should have been obvious from the start.

Consumer groups welcomed the decision. Tamsin Oduya of the campaign group Fair Checkout said subscription traps were among the most common complaints it received. "The pattern is always the same: a free trial, a hidden renewal, and a cancellation page that is very hard to find," she said.

The ruling does not carry a fine, but the company has been told not to run the adverts again in their current form.
"""),
        "trap_promo": ("Forkful said the", "Advertisement"),
        "head": [
            "Money | Your rights | Shopping",
            "Get The Money Memo free in your inbox: the week's best consumer stories, every Saturday. Sign up",
        ],
        "mid": [
            ("The regulator received", "Read more\nHow to cancel a subscription you've forgotten about\nBank refunds for subscription charges: your rights"),
            ("It also criticised", "Promoted stories\nHomeowners are switching to this cheap heating hack\nThe retirement mistake most people make"),
        ],
        "tail": [
            "Share this article\nCopy link\nEmail\nX\nFacebook\nWhatsApp",
            "Comments (41)\nView comments",
            "© 2024 Chronicle Media Group. All rights reserved. Registered in England and Wales.",
        ],
        "mixed": [
            ("Adverts for a meal-kit", "end", "Read more: Gym chain told to stop 'no contract' claims"),
            ("One complainant", "start", "ADVERTISEMENT"),
            ("Consumer groups welcomed", "end", "Sign up to The Money Memo for more consumer news."),
        ],
        "ltop": L("""
The Chronicle
News
Money
Your rights
Subscribe
Sign in
We and our partners use cookies. Accept all | Reject all | Manage
"""),
        "lmid": [
            ("The regulator received", "Advertisement"),
            ("The authority said", "Read more: How to cancel a subscription you've forgotten about"),
        ],
        "lbot": L("""
Share this article
Comments (41)
Most read
Terms
Privacy
© 2024 Chronicle Media Group
"""),
    },
]
