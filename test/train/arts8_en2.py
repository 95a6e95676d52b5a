import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-en-court-charity-fraud",
        lang="en",
        register="court report",
        paras=P("""
A former fundraiser who pocketed more than £86,000 donated to a children's hospice has been jailed for three years and four months.

Gareth Lomax, 44, of Mill Lane, Stockport, admitted fraud by abuse of position at Minshull Street Crown Court in November.

The court heard that Lomax, who worked as community fundraising manager for Beechwood Children's Hospice between 2019 and 2023, set up a second online donation page that looked identical to the charity's own.

Supporters who thought they were giving to sponsored walks, bake sales and a charity skydive were in fact paying into an account he controlled, prosecutor Anna Whitfield said.

The fraud came to light when a volunteer noticed that money raised at a quiz night in Marple had never appeared in the hospice's accounts.

In a victim statement read to the court, the hospice's chief executive, Lorraine Hughes, said: "People gave in memory of children they had lost. That is what he stole."

Mitigating, Sam Okafor said his client had built up gambling debts and had been "ashamed every single day".

Sentencing, Recorder Philippa Grant told Lomax: "You exploited the generosity of a community at its most vulnerable."

A proceeds of crime hearing will take place in April.

The hospice said it had since changed its procedures and urged supporters to donate only through links on its official website.
"""),
        head=[
            "Manchester Evening Record",
            "Crime",
            "Get the biggest Greater Manchester stories delivered to your inbox by signing up to our free Daily Record newsletter here.",
        ],
        mid=[
            (2, "Advertisement"),
            (5, "READ MORE: Man jailed after 100mph police chase through Wythenshawe"),
            (8, "Don't miss a thing - join our Crime & Courts WhatsApp community for the latest updates"),
        ],
        tail=[
            "For the latest news from Greater Manchester, follow us on Facebook, X and Instagram.",
            "Get our Crime newsletter: every major court case in one email each evening. Sign up here",
            "Comments are closed on this article for legal reasons.",
            "Reach plc © 2026",
        ],
        mixed=[
            (0, "end", "Image: Greater Manchester Police"),
            (1, "start", "ADVERTISEMENT"),
            (3, "end", "Read more: Hospice shop worker admits stealing from till"),
            (5, "end", "Join our WhatsApp community for court updates as they happen."),
            (7, "start", "Listen to this article · 3 min"),
            (9, "end", "Sign up to the Daily Record newsletter for free."),
        ],
        ltop=L("""
Skip to main content
Manchester Evening Record
News
Crime
Sport
Things to do
Sign in
Hospice fundraiser who stole £86k from grieving families jailed
Gareth Lomax set up a fake donation page that looked identical to the charity's own
By Jenna Coyle, Court reporter
08:30, 23 Jan 2026
"""),
        lmid=[
            (3, "Gareth Lomax (Image: GMP)"),
            (6, "Advertisement"),
            (8, "Video Loading"),
        ],
        lbot=L("""
Most Read
Most Recent
Follow Manchester Evening Record
Privacy Notice
Cookie Settings
Do Not Sell My Info
Reach plc © 2026
"""),
    ),
    dict(
        slug="t8-en-review-earbuds",
        lang="en",
        register="product review",
        paras=P("""
The Sonara Pulse 3 are the best noise-cancelling earbuds you can buy for under £150, with one important caveat: the app.

At £129, they undercut Sony and Apple by a wide margin while offering noise cancellation that, in our tests on the Northern Line, was only slightly less effective than the AirPods Pro 2.

Sound and comfort

The sound is warm and bass-forward out of the box, but not muddy. Vocals on acoustic tracks came through clearly, and the ear tips, supplied in four sizes, stayed put during a 10km run.

Battery life

Sonara claims eight hours with noise cancellation on. We got seven hours and 20 minutes, with another 24 hours in the case. A ten-minute charge gives roughly two hours of listening.

The catch

To change the EQ or turn on multipoint pairing, you have to download the Sonara Connect app and create an account. The app then asks, repeatedly, whether you want to subscribe to its £2.99-a-month "Sonara+" service for spatial audio. You don't need it.

We'd prefer a way to adjust settings without handing over an email address.

Verdict: 4 out of 5

If you can put up with the app, the Pulse 3 offer flagship features for mid-range money.
"""),
        head=[
            "We may earn a commission when you buy through links on our site. Here's how it works.",
            "Tested by Gadget Ledger",
        ],
        mid=[
            (1, "Sonara Pulse 3: £129 at Amazon | £129 at Currys | £134.99 at Argos"),
            (6, "Best deals today"),
            (9, "Advertisement"),
        ],
        tail=[
            "Today's best Sonara Pulse 3 deals",
            "£129 View at Amazon",
            "£134.99 View at Argos",
            "Get the best tech deals, reviews and advice straight to your inbox. Sign up to Gadget Ledger Weekly.",
            "Gadget Ledger is part of Futura Media Group, an international media group and leading digital publisher.",
        ],
        mixed=[
            (0, "end", "Buy now: £129 at Amazon"),
            (1, "end", "Price check: £129 at Currys"),
            (3, "start", "Advertisement"),
            (5, "end", "Get Gadget Ledger Weekly in your inbox every Thursday."),
            (8, "start", "Why you can trust Gadget Ledger: our reviewers spend hours testing every product."),
            (10, "end", "Check the latest price on Amazon"),
        ],
        ltop=L("""
Gadget Ledger
Reviews
Best Picks
Deals
Audio
Sign up for our newsletter
Sonara Pulse 3 review: the best earbuds under £150, if you can stand the app
By Omar Siddiqui
Last updated 19 January 2026
Our Verdict
For
Against
"""),
        lmid=[
            (2, "(Image credit: Future / Omar Siddiqui)"),
            (7, "Advertisement"),
        ],
        lbot=L("""
Today's best deals
£129 at Amazon
Powered by PriceHound
Read more below
Related reviews
About us
Affiliate disclosure
Futura Media Group © 2026
"""),
    ),
    dict(
        slug="t8-en-football-match-report",
        lang="en",
        register="sport match report",
        paras=P("""
Harrowgate Town 2 Kirkby Athletic 1

Harrowgate came from behind to beat Kirkby at the Grange on Saturday and climb out of the National League North relegation zone for the first time since October.

Kirkby went ahead after 14 minutes when Callum Frith headed in a corner that goalkeeper Joe Nkemelu should have claimed.

Harrowgate levelled before the break. Leon Stott's shot from the edge of the area deflected off Ryan Doyle and looped over the Kirkby keeper.

The winner came in the 78th minute. Substitute Arjun Basra, signed on loan from Bradford only on Thursday, ran on to Stott's through ball and finished low into the corner.

"I've been here two days. I don't even know where the canteen is," Basra said afterwards.

Harrowgate manager Liam Creagh said: "We've been talking for weeks about being braver on the ball. Today we were."

The crowd of 2,184 was the biggest of the season, helped by a £5 ticket offer for under-18s that the club said it would extend to the next home game against Chorley.

Harrowgate: Nkemelu; Pearce, Doyle, Akande, Wills; Stott, Hewitt, Farrow (Basra 65); Mensah, Lyle, Ogun.
"""),
        head=[
            "Non-League",
            "Watch every National League goal on the NL Hub app. Download now",
        ],
        mid=[
            (0, "Advertisement"),
            (4, "Tickets for Harrowgate v Chorley on Saturday 7 February are on sale now at harrowgatetown.co.uk"),
            (7, "Read more: Kirkby boss: 'We switched off and we were punished'"),
        ],
        tail=[
            "Follow @YorksSportDesk for every goal from across the region.",
            "Get the Terrace Talk podcast every Monday on Spotify and Apple Podcasts.",
            "Share this story",
        ],
        mixed=[
            (1, "start", "Photo: Harrowgate Town FC"),
            (2, "end", "Advertisement"),
            (4, "end", "Listen to the Terrace Talk podcast for full reaction."),
            (6, "start", "Read more: National League North table: full standings after weekend fixtures"),
            (7, "end", "Buy tickets for the Chorley game here."),
            (8, "start", "ADVERTISEMENT"),
        ],
        ltop=L("""
Yorkshire Sport Desk
Football
Rugby League
Cricket
Non-League
Live scores
Harrowgate 2-1 Kirkby: debutant Basra fires Town out of drop zone
By Craig Tennant at the Grange
Saturday 24 January 2026, 17:42
"""),
        lmid=[
            (3, "Arjun Basra celebrates his winner. Picture: Dave Kerr"),
            (6, "Advertisement"),
        ],
        lbot=L("""
Match stats
Possession 46% - 54%
Related topics
More from Non-League
Terms and conditions
Privacy
© Yorkshire Sport Desk 2026
"""),
    ),
    dict(
        slug="t8-en-science-comet-dust",
        lang="en",
        register="science news",
        paras=P("""
Dust grains collected from a comet more than 20 years ago contain amino acids that could only have formed in liquid water, a study suggests.

The samples were gathered by Nasa's Stardust mission, which flew through the tail of comet Wild 2 in 2004 and returned its capsule to the Utah desert two years later.

Researchers at the University of Leiden and the Carnegie Institution for Science used a new mass-spectrometry technique to examine 38 particles no wider than a human hair.

They found traces of glycine and alanine, along with clay minerals that typically form when ice melts and reacts with rock.

"This was supposed to be a frozen, pristine body that had never been warm," said Dr Ilse Vermeulen, the lead author. "It looks like at some point it was not."

The findings, published in Nature Astronomy, add to evidence that the building blocks of life could have been delivered to early Earth by comets and asteroids.

Not everyone is persuaded. Prof Martin Acheson of the Open University said contamination during the capsule's landing could not be ruled out, although the team had used control samples from the same collector.

The researchers now hope to compare their results with material from asteroid Bennu, returned by Nasa's Osiris-Rex mission in 2023.
"""),
        head=[
            "SCIENCE",
            "Space",
            "Listen · 4:12",
        ],
        mid=[
            (1, "Advertisement"),
            (5, "Get the Orbit newsletter - the best of space and astronomy, every Wednesday. Sign up"),
        ],
        tail=[
            "Did this article change your mind? Tell us what you think in the comments.",
            "Our science journalism is funded by readers. Please support us from just £3 a month.",
            "Related: Webb telescope spots water vapour around young star",
        ],
        mixed=[
            (0, "end", "Image credit: Nasa/JPL-Caltech"),
            (2, "start", "Advertisement"),
            (3, "end", "Sign up to Orbit, our weekly space newsletter."),
            (4, "end", "Read more: Bennu samples contain 'all five bases of DNA', scientists say"),
            (6, "start", "Our journalism is funded by readers like you. Support us today."),
            (7, "start", "Follow our science desk on Bluesky."),
        ],
        ltop=L("""
The Meridian
Science & tech
Space
Environment
Health
Support us
Comet dust contains amino acids formed in liquid water, study suggests
Samples collected by Nasa's Stardust mission hint at a wet past for comet Wild 2
Hannah Liddell Science correspondent
"""),
        lmid=[
            (1, "The Stardust capsule after landing in Utah in 2006. Photograph: Nasa"),
            (5, "Advertisement"),
        ],
        lbot=L("""
Explore more on these topics
Space exploration
Astronomy news
Share
Reuse this content
About us
Privacy settings
© 2026 The Meridian
"""),
    ),
    dict(
        slug="t8-en-gov-heat-guidance",
        lang="en",
        register="government guidance",
        paras=P("""
Hot weather can be dangerous, particularly for older people, babies and young children, and people with heart or lung conditions.

This guidance explains how to keep yourself and others safe when temperatures are high.

Before hot weather

Check the forecast and any heat-health alerts in your area. You can sign up to receive alerts by email or text message from the weather service.

Find out if your local authority has cool spaces, such as libraries or community centres, that are open to the public.

During hot weather

Stay out of the sun between 11am and 3pm where you can.

Keep curtains or blinds closed on windows that face the sun.

Drink plenty of fluids and avoid excess alcohol.

Check on friends, family and neighbours who may be at risk, especially if they live alone.

Call 999 if someone has signs of heatstroke, such as confusion, a seizure or loss of consciousness.
"""),
        head=[
            "Cookies on GOV.UK",
            "We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.UK.",
            "Accept additional cookies",
            "Reject additional cookies",
        ],
        mid=[
            (1, "Contents"),
            (4, "Get emails about this page"),
        ],
        tail=[
            "Is this page useful? Yes No",
            "Report a problem with this page",
            "Help us improve GOV.UK. Don't include personal or financial information like your National Insurance number or credit card details.",
            "All content is available under the Open Government Licence v3.0, except where otherwise stated",
            "© Crown copyright",
        ],
        mixed=[
            (0, "start", "Print this page"),
            (1, "end", "Get emails about this page"),
            (3, "end", "Share this page on Facebook"),
            (5, "start", "Related content: Cold weather payments"),
            (8, "end", "Is this page useful?"),
            (10, "end", "Report a problem with this page"),
        ],
        ltop=L("""
Skip to main content
GOV.UK
Menu
Home
Health and social care
Public health
Guidance
Beat the heat: staying safe in hot weather
From: UK Health Security Agency
Published 3 June 2024
Last updated 14 May 2026
"""),
        lmid=[
            (2, "Contents"),
            (7, "Print this page"),
        ],
        lbot=L("""
Related content
Heat-health alerts: guidance for the public
Explore the topic
Get emails about this page
Is this page useful?
Maybe
Yes this page is useful
No this page is not useful
Help
Privacy
Crown copyright
"""),
    ),
]
