"""Blind set 12, English part 3: podcast show notes, buying guide, parish newsletter."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 7. Podcast episode show notes
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-towpath-podcast-show-notes",
    "register": "podcast episode show notes",
    "lang": "en",
    "paras": P("""
Episode 143: The lost canals of the Black Country, with Dr Ade Okonjo

Hosts Ruth Caddick and Sam Feeney walk the filled-in line of the Wednesbury Old Arm with historian Dr Ade Okonjo, whose new book traces more than 60 miles of Midlands canal that have vanished under roads, car parks and housing estates since the 1950s.

Ade explains how you can still spot a buried canal from the street — the give-away curves in a terrace, the humped bridge with no water under it, the pub called The Navigation a quarter of a mile from anything wet — and why some of them may yet come back.

In this episode

00:00 Introduction and a muddy start at Ocker Hill

06:45 Why the Black Country had more canal than Venice

19:20 The 1960s closures and the men who filled them in

34:10 Reading a street map for ghost waterways

47:55 Restoration: the Hatherton and Lichfield schemes

58:30 Listener questions

Ade’s book, Water Under the Road: The Lost Canals of the West Midlands, is published by Tinsley Press.

Correction: in episode 141 we said the Dudley Tunnel opened in 1795. It opened in 1792. Thanks to the several listeners who wrote in.

Next week: Ruth goes underground at the Standedge tunnel with the last of the old boat leggers’ descendants.
"""),
    "head": [
        "Listen on Apple Podcasts · Spotify · Pocket Casts · Overcast · RSS",
        "This episode is brought to you by Loomwell. Loomwell makes heavyweight merino socks built for long walks — get 20% off your first order at loomwell.example with the code TOWPATH.",
    ],
    "mid": [
        ("Ade explains", "Love the show? Become a Towpath Talk member on Patreon from £3 a month for ad-free episodes, bonus walks and early access."),
        ("58:30 Listener questions", "Got a question for a future episode? Leave us a voice message through the link in our bio — we might play it on air."),
    ],
    "tail": [
        "If you enjoyed this episode, please rate and review Towpath Talk wherever you listen. It really does help new listeners find us.",
        "Get the Towpath Talk newsletter: walk maps, reading lists and behind-the-scenes notes from every episode, once a fortnight.",
        "Hosted by Wavelength. See wavelength.example/privacy for information about how we collect and use listener data.",
        "Ad choices · Transcript available for members",
    ],
    "mixed": [
        ("Hosts Ruth Caddick", "start", "Published 3 April 2025 · 1 hr 12 min · Explicit: no"),
        ("Ade’s book", "end", "Order a signed copy at 10% off through our Bookshelf affiliate link — it supports the show at no extra cost to you."),
        ("Next week:", "end", "Subscribe so you never miss an episode"),
    ],
    "ltop": L("""
Towpath Talk
Episodes · About · Members · Shop · Contact
Listen on Apple Podcasts · Spotify · Pocket Casts · RSS
"""),
    "lmid": [
        ("Ade explains", "Sponsored by Loomwell — 20% off with code TOWPATH"),
        ("58:30 Listener questions", "Support the show on Patreon"),
    ],
    "lbot": L("""
Share episode · Copy link · Embed
Rate and review Towpath Talk
Hosted by Wavelength. Privacy information at wavelength.example/privacy
"""),
})

# ---------------------------------------------------------------------------
# 8. Product comparison / buying guide (affiliate widgets are promos)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-budget-ereaders-buying-guide",
    "register": "product buying guide",
    "lang": "en",
    "paras": P("""
The best budget e-readers of 2025: we tested seven models under £150

By Helena Marsh, consumer technology editor

A decent e-reader no longer needs to cost as much as a tablet. Over six weeks we read on seven models priced between £79 and £149, checking screen quality in sunlight and bedside lamplight, how long each battery lasted on a real reading routine, and how easy it was to load books you did not buy from the manufacturer’s own store.

How we tested

Each device was used for at least 20 hours of reading with the same three novels and one illustrated cookbook. We measured battery drain with wireless on and off, timed page turns, and asked a panel of five readers aged 14 to 78 to rank the screens blind.

Best overall: Paperwave 6

The Paperwave 6 has the sharpest screen in this price bracket at 300 pixels per inch, a warm light that goes genuinely amber, and it lasted 31 days on our routine of 40 minutes a night. It reads EPUB files natively, so books from public library services and independent shops load without conversion.

Pros: excellent screen; open formats; physical page-turn buttons. Cons: no waterproofing; the case is sold separately.

Best for the bath: Inkling Lite

The Inkling Lite is the only model here rated to survive submersion, and it survived a week of being dropped in the bath on purpose. Its screen is slightly greyer than the Paperwave’s, and its store nudges you towards its own subscription, but for poolside or bathtub readers it is the obvious pick.

Best for children: Folio Go Junior

The Folio Go Junior comes with a chunky rubber bumper, a two-year no-questions replacement guarantee and parental controls that let you set daily reading goals rather than simply blocking content.

What we would avoid

Two of the seven, the Nuvo Read and the Brightpage S, crashed repeatedly when loading larger files and failed to receive security updates during our test period. We have not included them in our recommendations.
"""),
    "head": [
        "Reviews › Tech › E-readers",
        "We test every product independently. When you buy through links on our site, we may earn an affiliate commission, which helps fund our journalism.",
    ],
    "mid": [
        ("Best overall: Paperwave 6", "Paperwave 6 — £119 at Harlow Electrical · £124.99 at Brightbuy · Check price at Amazon"),
        ("Best for the bath: Inkling Lite", "Inkling Lite (16GB) — was £139, now £109 at Currant Tech. Deal ends Sunday"),
        ("The Folio Go Junior comes", "Folio Go Junior Kids Edition: £89.99 at Toyvault | View deal"),
    ],
    "tail": [
        "Prices correct at time of publishing and may have changed since. Prices are updated automatically every 24 hours by our partner PriceScout.",
        "You might also like\nThe best noise-cancelling headphones for commuters\nBest tablets for students, tested\nHow to borrow e-books from your local library",
        "Get our Deals Digest newsletter every Friday: the week’s biggest genuine price drops, checked by our reviewers. Sign up",
    ],
    "mixed": [
        ("By Helena Marsh", "end", "· Last updated 2 June 2025"),
        ("Pros: excellent screen", "end", "Buy now for £119 at Harlow Electrical"),
        ("Two of the seven", "start", "Shop all e-reader deals."),
    ],
    "ltop": L("""
Reviews › Tech › E-readers
When you buy through links on our site, we may earn an affiliate commission.
Jump to: Best overall · Best for the bath · Best for children · What to avoid
"""),
    "lmid": [
        ("Pros: excellent screen", "£119 at Harlow Electrical"),
        ("Best for the bath: Inkling Lite", "£109 at Currant Tech"),
        ("Best for children: Folio Go Junior", "£89.99 at Toyvault"),
    ],
    "lbot": L("""
Prices correct at time of publishing.
You might also like
Best tablets for students, tested
Sign up to Deals Digest
"""),
})

# ---------------------------------------------------------------------------
# 9. Parish / community newsletter
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-westcombe-parish-news-march",
    "register": "parish and community newsletter",
    "lang": "en",
    "paras": P("""
Westcombe & Lower Haddon Village News — March

From the Rectory

Dear friends, as Lent begins I have been thinking about how much of village life happens quietly. The people who unlock the hall at seven, who keep the churchyard path gritted, who sit with a neighbour at the hospital. Thank you, all of you. Revd Clare Ashdown

Village hall roof

The parish council confirmed at its February meeting that the grant from the district rural fund has been approved. Work on the hall roof will start on 17 March and last about five weeks. The hall will stay open, but the small meeting room will be closed throughout.

Bell ringers

St Michael’s tower captain, Derek Foyle, reports that the band rang a quarter peal of 1,260 Plain Bob Doubles on 2 February to mark Candlemas. New learners of any age are welcome on Tuesday evenings; no musical ability needed.

Lent lunches

Soup and bread lunches will be served in the church room every Friday in Lent from 12 noon. Last year they raised £412 for the Valley Hospice, and the cooks are hoping to beat it.

Lost and found

A child’s blue bicycle helmet was left outside the shop on 22 February. It is at the post office counter.

Copy deadline for the April issue is 20 March. Items to the editor, Joan Pilling, at Orchard Cottage or by email.
"""),
    "head": [
        "Home › Village News › March 2025 issue",
        "Download this issue as a PDF (2.3 MB)",
    ],
    "mid": [
        ("Dear friends", "Westcombe Garage — MOTs, servicing and tyres. Family run since 1986. Call 01632 960412 for a courtesy car."),
        ("Bell ringers", "Haddon Valley Pilates: Monday and Thursday mornings in the village hall, first class free. Book with Nicky on 07700 900317."),
        ("Soup and bread lunches", "Advertise in Village News from £15 an issue and reach every household in both villages. Contact the advertising team."),
    ],
    "tail": [
        "Like Westcombe Village News on Facebook for reminders of events between issues.",
        "This website uses cookies to remember your preferences. By continuing to browse you agree to our use of cookies. OK",
        "Website designed and hosted by Hillside Web Design · © Westcombe Parochial Church Council",
    ],
    "mixed": [
        ("The parish council confirmed", "end", "Sponsored by Haddon Valley Roofing — free quotes within 48 hours"),
        ("A child’s blue bicycle helmet", "start", "ADVERT: Carpets cleaned, competitive rates, ring Alan on 01632 960877."),
    ],
    "ltop": L("""
Westcombe & Lower Haddon Online
Home · Village News · Church · Clubs · Hall bookings · Contact
Download this issue as a PDF (2.3 MB)
"""),
    "lmid": [
        ("Dear friends", "Westcombe Garage — MOTs, servicing and tyres. Call 01632 960412"),
        ("Lent lunches", "Advertise in Village News from £15 an issue"),
    ],
    "lbot": L("""
Previous issues: February · January · December
Like us on Facebook
Website by Hillside Web Design
"""),
})
