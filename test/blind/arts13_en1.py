"""blind10, English part 1: a borough council road-closure notice, a newspaper obituary, and a storm
live blog.
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-en-council-bridge-closure",
        "register": "council notice",
        "lang": "en",
        "paras": P("""
Mill Lane bridge to close for eight weeks for structural repairs

Mill Lane bridge over the River Wex will close to all vehicles from Monday 3 March 2025 while engineers replace its bearings and waterproof the deck. The work is expected to take eight weeks, weather permitting, and the bridge should reopen before the late May bank holiday.

Why the work is needed

A principal inspection carried out last autumn found that the steel bearings, which let the deck move slightly as it warms and cools, have seized. Water has also been getting through the road surface into the concrete beneath. Neither problem makes the bridge unsafe today, but left alone they would lead to far more expensive repairs within a few years and, eventually, a weight limit on the crossing. The bridge carries around 6,400 vehicles a day and was last refurbished in 1998.

What the work involves

Contractors will first remove the road surface and the old waterproofing layer, then jack the deck up by a few millimetres so that the four bearings can be cut out and replaced. The concrete will be repaired where needed, a new waterproof membrane laid, and the road resurfaced with new white lining. The parapets will be cleaned and repainted at the same time to make the most of the closure.

Diversion route

Drivers will be signed along the following route:

Northbound: Station Road, the A4127 Kingsmead roundabout and Tanner's Hill.

Southbound: the same route in reverse.

Vehicles over 7.5 tonnes: the A41 and Fordham Road, because Tanner's Hill has a weight restriction.

Walking, cycling and buses

A temporary footbridge will stay open throughout, except on the weekends of 5 and 26 April, when a crane will be on site to lift the deck. Cyclists will be asked to dismount on the footbridge. Bus route 22 will divert via Station Road and will not serve the Mill Lane or Osier Close stops; temporary stops will be placed on Station Road outside the library.

Q: Will businesses on Mill Lane stay open? A: Yes. Access to every property will be kept open from one side of the bridge or the other, and the loading bay on the east side will be extended for the duration of the works.

Councillor Priya Sandhu, cabinet member for highways, said: "We know this closure will be frustrating, and we have timed it to avoid the exam season and the summer festival. Doing the job properly now spares everyone a much longer closure later."

Residents with questions can speak to the project team at drop-in sessions at Wexbridge Library on 12 and 19 February, between 4pm and 7pm. Plans and the traffic management layout will also be on display in the library foyer from 10 February.

This notice was updated on 21 January to correct the weight limit on Tanner's Hill, which is 7.5 tonnes, not 18 tonnes as originally stated.
"""),
        "head": [
            "Cookies on the Wexbridge Borough Council website\nWe'd like to set additional cookies to understand how you use our website and to improve our services.\nAccept additional cookies\nReject additional cookies\nView cookies",
            "Home › Roads, travel and parking › Roadworks and closures",
        ],
        "mid": [
            (3, "Spotted a pothole, a broken streetlight or a blocked drain? Report it online in under two minutes.\nReport a highways problem"),
            ("Q: Will businesses", "Related pages\nCurrent roadworks map\nApply to close a road for a street party\nResidents' parking permits"),
        ],
        "tail": [
            "Was this page helpful?\nYes\nNo\nTell us what was wrong with this page",
            "Get Wexbridge Weekly: council news, consultations and what's on, delivered to your inbox every Friday.\nEmail address\nSign me up",
            "Accessibility statement\nPrivacy notice\nCookie settings\nContact the council\n© 2025 Wexbridge Borough Council",
        ],
        "mixed": [
            (1, "start", "Listen to this page"),
            (3, "end", "Print this page"),
            ("Councillor Priya Sandhu", "end", "For live updates on roadworks across the borough, follow @WexbridgeRoads on X."),
            ("A temporary footbridge", "start", "Translate this page"),
        ],
        "ltop": L("""
Skip to main content
Wexbridge Borough Council
Search this site
My Account – sign in or register
Report it
Pay it
Apply for it
Roads, travel and parking
"""),
        "lmid": [
            (6, "See every current closure on our interactive roadworks map"),
            ("Q: Will businesses", "Highways enquiries: 01632 960418, Monday to Friday 8.30am to 5pm"),
        ],
        "lbot": L("""
Was this page useful? Yes / No
Follow Wexbridge Council on Facebook
Jobs at the council
Sitemap
Terms of use
© Wexbridge Borough Council, Civic Centre, Wexbridge
"""),
    },
    {
        "slug": "b13-en-obituary-peggy-alderton",
        "register": "obituary",
        "lang": "en",
        "paras": P("""
Margaret "Peggy" Alderton, 1938–2025

Margaret Ruth "Peggy" Alderton, 86, of Falmouth, died peacefully on February 2, 2025, at Birchwood Hospice, with her daughters beside her and a recording of the Brahms Requiem playing quietly in the room, which is exactly how she had asked it to be.

She was born on June 11, 1938, in Lewiston, the youngest of five children of Arthur and Helen (Moreau) Pelletier. Her father repaired looms at the Bates Mill and her mother took in sewing, and the household was loud, crowded and full of music. Peggy learned to play piano on an upright that her mother had accepted in place of payment for a wedding dress.

After graduating from Lewiston High School in 1956, she studied music education at the University of Maine, where she met Donald Alderton in a campus production of "The Pirates of Penzance." He was, she liked to say, a terrible pirate and an excellent husband. They married in 1961 and were together for 58 years until his death in 2019.

Peggy taught music at Falmouth Elementary and then Falmouth Middle School for thirty-four years. Generations of students remember her for the recorder concerts she somehow made bearable, for the handbell choir she founded in 1979, and for her firm belief that every child could sing if someone simply waited for them.

"She never once told me I was flat. She told me I was almost there." — a former student, at her retirement party in 2000

Outside school she directed the chancel choir at First Parish Church for more than two decades, sang alto with the Portland Choral Art Society, and spent every August at the family camp on Sebago Lake, where she was undefeated at cribbage and unapologetic about it.

In retirement she volunteered as a reader for the Maine Talking Book program and, in her eighties, taught herself to paint watercolors of the lake, which she gave away to anyone who admired them.

She is survived by her daughters, Ellen Alderton-Price and her husband, Mark, of Yarmouth, and Catherine Alderton of Burlington, Vermont; her grandchildren, Owen, Lucy and Theo; her sister, Jeanne Lavoie of Auburn; and many nieces, nephews and former students who became friends.

She was predeceased by her husband, Donald, and by her brothers, Paul, Roger and Michel.

A celebration of her life will be held at First Parish Church, 40 Main Street, Falmouth, on Saturday, March 1, at 11 a.m., followed by a reception in the parish hall. The choir she led will sing.

In lieu of flowers, donations in Peggy's memory may be made to the Falmouth Memorial Library or to Birchwood Hospice, whose staff the family wishes to thank for their extraordinary kindness.

Arrangements are by Hallett & Sons Funeral Home, Falmouth.
"""),
        "head": [
            "Send flowers to the family of Margaret Alderton\nShop sympathy arrangements — same-day delivery available",
        ],
        "mid": [
            ("After graduating", "Guest Book\n23 entries\nSign the Guest Book"),
            ("In retirement", "Sponsored by Hallett & Sons Funeral Home\nPre-planning your own arrangements? Download our free family guide"),
        ],
        "tail": [
            "Light a candle\nPlant a tree in memory of Peggy\nShare a memory\nOffer condolences",
            "Never miss a notice. Get email alerts when new obituaries are posted for Falmouth and Cumberland County.",
            "Published by the Portland Press Herald from Feb. 5 to Feb. 7, 2025.\nTo place an obituary, contact our obituary desk.",
        ],
        "mixed": [
            ("She was born", "start", "Print obituary"),
            ("Peggy taught music", "end", "Sign the guest book and share your memories of Mrs. Alderton below."),
            ("In lieu of flowers", "end", "Plant a Tree"),
        ],
        "ltop": L("""
Portland Press Herald
Subscribe for $1
Obituaries
Search obituaries
Place an obituary
Margaret Alderton Obituary
"""),
        "lmid": [
            ("Outside school", "Condolences & Memories (23)"),
            ("She is survived", "Send a sympathy card"),
        ],
        "lbot": L("""
View all Falmouth obituaries
Memorial events
Read 23 condolences
Notify me of new obituaries
Terms of Service | Privacy Policy | Do Not Sell or Share My Personal Information
"""),
    },
    {
        "slug": "b13-en-liveblog-storm-odette",
        "register": "live blog",
        "lang": "en",
        "paras": P("""
Storm Odette: tens of thousands without power as 90mph gusts hit western Britain

Summary

More than 68,000 homes in Wales and south-west England were without power at 6pm, according to the distribution network operators, after Storm Odette brought gusts of up to 91mph to exposed coasts.

A red weather warning for wind covers the coast of Pembrokeshire and Ceredigion until 9pm. Amber warnings remain in place across much of Wales, Cornwall, Devon and the Isle of Man until 6am on Saturday.

Great Western Railway has told passengers not to travel west of Exeter, and the Severn Bridge and the Cleddau Bridge are closed to all traffic.

18:41 — The Met Office says the strongest gust so far was 91mph at Aberdaron on the Llŷn peninsula at 5.10pm. Capel Curig in Snowdonia recorded 84mph. The forecaster expects the winds to ease from the south-west after midnight, but warns that the cold front following the storm will bring heavy rain to saturated ground.

18:20 — National Grid Electricity Distribution says it has restored supplies to 21,000 customers since lunchtime but expects some rural properties to remain off overnight. Engineers cannot safely climb poles while gusts exceed about 50mph. Customers who rely on medical equipment at home are being contacted by phone.

17:55 — Dyfed-Powys Police say a man in his sixties has been taken to hospital with serious injuries after a tree fell on his car on the A487 near Aberaeron. The road is closed in both directions.

17:32 — A reader in Aberystwyth has sent us a description of the promenade, where waves are breaking over the sea wall and throwing shingle across the road. The council has closed the promenade and asked people to keep away from the seafront, including those who want to photograph the waves.

"We've had storms before, but I've never seen the spray come over the roof of the bandstand." — Gwen Harries, who runs a café on the promenade

17:04 — Brittany Ferries has cancelled tonight's sailing from Plymouth to Roscoff and tomorrow morning's return. Irish Ferries says sailings from Pembroke Dock and Holyhead are suspended until at least 6am.

16:40 — Correction: an earlier post said the Britannia Bridge to Anglesey was closed. It is open, but restricted to cars, with a 30mph limit. We apologise for the error.

15:48 — The RNLI says its Tenby and St Davids lifeboats were launched this afternoon to a yacht that had lost its mast off Skomer. Both crew members were brought ashore safely and the yacht was towed into Milford Haven. The charity is urging people not to walk on harbour walls or breakwaters while the warnings are in force.

15:20 — Cardiff Airport says three flights from Amsterdam, Belfast and Edinburgh have been diverted to Bristol and Birmingham. Departures are operating, but passengers are advised to check with their airline before setting off.

16:12 — Schools in Ceredigion and Pembrokeshire that closed at lunchtime will decide by 7am whether to open on Monday, the two councils say.
"""),
        "head": [
            "LIVE\nUpdated 2 minutes ago",
            "Key events\nShow key events only\nPlease turn on JavaScript to use this feature",
        ],
        "mid": [
            ("Great Western Railway has told", "Live feed\nNewest first\nOldest first"),
            ("17:55", "Send us your pictures and stories: if it is safe to do so, you can get in touch with the live team using the form below or on WhatsApp.\nShare your story"),
            ("17:04", "Skip past newsletter promotion\nSign up to First Edition\nOur morning email breaks down the key stories of the day, telling you what's happening and why it matters\nPrivacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.\nafter newsletter promotion"),
        ],
        "tail": [
            "Load more updates",
            "Most viewed\n1. Pensioner's 40-year-old cheese sells for record price at auction\n2. What time is the lunar eclipse tonight?\n3. Twelve of the best coastal walks in Britain",
            "I hope you appreciated this live coverage. Before you move on, we're asking readers to consider supporting our independent journalism. Support us from just £2\nRemind me in May",
        ],
        "mixed": [
            ("More than 68,000 homes", "start", "Pinned post"),
            ("18:20", "end", "Share"),
            ("17:32", "end", "Updated at 17.47 GMT"),
            ("16:12", "start", "Show more"),
        ],
        "ltop": L("""
Skip to key events
Skip to navigation
Open navigation menu
News | Opinion | Sport | Culture | Lifestyle
UK weather
Live
"""),
        "lmid": [
            ("Summary", "Show key events only"),
            ("18:41", "Facebook Twitter"),
            ("16:40", "Thank you for your feedback."),
        ],
        "lbot": L("""
Explore more on these topics: Wales · Weather · Storms
Reuse this content
Comments (412)
Back to top
"""),
    },
]
