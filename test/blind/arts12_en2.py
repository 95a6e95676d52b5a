"""Blind set 9 (arts12), English part 2: personal finance, health explainer, obituary, live blog
summary, phone-notifications how-to trap."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-en-finance-irregular-income",
        "register": "personal finance",
        "lang": "en",
        "paras": P("""
How to budget when your income changes every month

For freelancers, gig workers and anyone paid by commission, the standard advice to "set a monthly budget" can feel useless. When one month brings £3,200 and the next brings £1,100, a fixed plan breaks down almost immediately.

Financial planners say the trick is to stop budgeting around what you earn in a particular month and start budgeting around what you can reliably expect to earn.

Work out your baseline

Look back over the last 12 months of income and find your lowest-earning month. That figure, not your average, is your baseline. "Your essential bills need to be covered by the worst month, not the typical one," says Nadia Kowalczyk, a chartered financial planner in Leeds.

List the costs that must be paid whatever happens: rent or mortgage, council tax, energy, food, insurance and minimum debt repayments. If they add up to more than your baseline, that is the first problem to solve.

Pay yourself a salary

Many irregular earners open a separate "holding" account where all income lands. Each month they transfer the same fixed amount into their everyday account, as if it were a wage, and leave the rest to build up.

In good months, the holding account grows. In lean months, it tops up the gap. Over time, the aim is to have at least three months of your fixed "salary" sitting in the holding account.

Don't forget tax

Self-employed workers are responsible for setting aside their own income tax and National Insurance. Kowalczyk suggests moving 25 to 30 per cent of every payment into a separate savings account the day it arrives. "The tax bill in January is where most people come unstuck," she says.

Treat windfalls carefully

A large one-off payment can make it tempting to upgrade your spending. Advisers recommend waiting at least a month before committing to any new regular cost, and checking that your buffer is full first.

If you're struggling with debt, free and confidential advice is available from charities such as StepChange and Citizens Advice.
"""),
        "head": [
            "Money › Budgeting › Self-employed",
            "Sterling Street stays free to read because readers chip in. Back independent money journalism from £3.",
        ],
        "mid": [
            ("List the costs", "Best easy-access savings rates\nOakfield Bank 4.85% AER · Apply\nMarlow Building Society 4.70% AER · Apply\nRates checked this morning. See provider for full terms."),
            ("In good months", "Podcast: The Pay Slip, episode 112, 'Feast or famine: freelancers and money'. Listen on Apple Podcasts, Spotify or YouTube."),
            ("Self-employed workers", "Sponsored by Tallybook, the bookkeeping app for sole traders. Try it free for 60 days."),
        ],
        "tail": [
            "Sunday Sums: one money decision explained every week, from mortgages to pensions. Join 210,000 readers.\nSign up free",
            "Tap the ☆ to save this guide to your Reading List.",
            "More in Budgeting\nThe 50/30/20 rule, tested on a real family\nShould you overpay your mortgage or save?\nWhat to do when a direct debit bounces",
        ],
        "mixed": [
            ("For freelancers, gig", "end", "Sterling Street may receive a commission if you open an account through links in this article."),
            ("Look back over the", "start", "Try our free budget planner spreadsheet, downloadable in one click."),
            ("Many irregular earners", "end", "Find today's top-paying savings accounts in our best-buy tables."),
            ("A large one-off payment", "end", "Send your money dilemmas to Ask Sterling for a chance to feature in next week's column."),
        ],
        "ltop": L("""
Sterling Street
Money
Savings
Mortgages
Pensions
Tax
Tools
Back us
Money › Budgeting › Self-employed
"""),
        "lmid": [
            ("Work out your baseline", "Advert"),
            ("Pay yourself a salary", "Best-buy savings rates · updated 9am"),
        ],
        "lbot": L("""
Back Sterling Street
More in Budgeting
Newsletters
Complaints
© 2025 Sterling Street Media
"""),
    },
    {
        "slug": "b12-en-health-iron-deficiency",
        "register": "health explainer",
        "lang": "en",
        "paras": P("""
Tired all the time? What to know about iron deficiency

Iron deficiency is the most common nutritional deficiency in the world, and it is not always obvious. Many people who are low in iron feel exhausted, breathless on stairs or unable to concentrate, but put it down to stress or a busy life.

Iron is needed to make haemoglobin, the protein in red blood cells that carries oxygen around the body. When stores run low, the body eventually makes fewer and smaller red cells, a condition known as iron deficiency anaemia.

But you can be short of iron without being anaemic. "Ferritin, which reflects your iron stores, can fall a long way before your haemoglobin drops," said Dr Laila Haddad, a haematologist. "Some people have symptoms at that earlier stage."

Who is most at risk?

People who menstruate, especially those with heavy periods

Pregnant women

Children going through growth spurts

Vegetarians and vegans who do not plan their diet carefully

Regular blood donors and endurance athletes

Are supplements the answer?

Not automatically. Doctors recommend a blood test before starting iron tablets, partly because too much iron can be harmful and partly because the cause of the deficiency needs to be found. In older adults, unexplained iron deficiency can be an early sign of bleeding in the gut.

If tablets are prescribed, recent research suggests that taking them every other day, rather than daily, may improve absorption and cause fewer stomach side effects.

Foods rich in iron include red meat, lentils, beans, tofu, dark green leafy vegetables and fortified cereals. Vitamin C helps the body absorb iron from plant foods, while tea and coffee drunk with meals can reduce it.

Anyone with persistent tiredness, shortness of breath or heavy periods should speak to their GP.
"""),
        "head": [
            "Health › Conditions › Blood",
            "Listen to this article · 5 min",
        ],
        "mid": [
            ("Iron is needed", "Ads help keep Wellwise free. Our medical reviewers never see who is advertising."),
            ("Regular blood donors", "Shop iron supplements\nFeroVita Gentle Iron 14mg, 90 tablets\n£6.49 · Buy at Pharmaco"),
            ("Not automatically.", "Quiz: Could you be low on iron? Answer 8 questions to find out"),
        ],
        "tail": [
            "The Pulse: a calmer health newsletter. One science-backed tip every Tuesday, no fads.\nEmail\nSubscribe",
            "Was this article helpful? 👍 Yes 👎 No",
            "Related: The truth about 'adrenal fatigue' · Why am I always cold? · Vitamin D in winter",
        ],
        "mixed": [
            ("Iron deficiency is the most", "start", "Hear this story read aloud in the Wellwise app."),
            ("But you can be short", "end", "Book a private blood test with our partner lab from £29."),
            ("If tablets are prescribed", "end", "Wellwise earns a commission on products bought through the links on this page."),
            ("Foods rich in iron", "end", "Save this list to your Wellwise recipe box for later."),
        ],
        "ltop": L("""
Wellwise
Conditions
Nutrition
Mental health
Fitness
Find a pharmacy
Sign in
Health › Conditions › Blood
"""),
        "lmid": [
            ("Who is most at risk?", "Advertisement"),
            ("Are supplements the answer?", "Take the iron quiz"),
        ],
        "lbot": L("""
Was this helpful? Yes No
Our editorial standards
Ad choices
Cookie preferences
© 2025 Wellwise Health Media
"""),
    },
    {
        "slug": "b12-en-obituary-choirmaster",
        "register": "obituary",
        "lang": "en",
        "paras": P("""
Edwin Talbot, choirmaster who taught a mining valley to sing, dies aged 91

Edwin Talbot, who ran the Cwmderw Male Voice Choir for 38 years and took it from a village hall in the south Wales valleys to the Royal Albert Hall, has died aged 91.

His family said he died peacefully at home on Sunday, with recordings of the choir playing in the next room.

Born in 1933 in the terraced streets above the colliery where his father worked, Talbot was singing in chapel before he could read. He won a scholarship to study music in Cardiff but returned to the valley as a schoolteacher, a decision he never regretted.

He took over the choir in 1967, when it had 22 members and was close to folding. By the early 1980s it had more than 90 voices and a waiting list.

"He could hear one wrong note in a room of a hundred men," said Gareth Pryce, who sang tenor under him for three decades. "And he'd find you afterwards, very kindly, and tell you which one it was."

During the miners' strike of 1984-85 the choir performed more than 60 concerts to raise money for families in the valley, and Talbot arranged a version of the hymn Calon Lân that became its signature piece.

He retired as musical director in 2005 but continued to attend rehearsals every Thursday until last year, usually sitting at the back with a flask of tea.

Talbot was appointed MBE in 1999 for services to music in Wales.

His wife, Megan, died in 2016. He is survived by their two daughters, five grandchildren and three great-grandchildren.

The funeral will be held at Bethel Chapel, Cwmderw, on 14 March at 11am. The family has asked for donations, instead of flowers, to the choir's youth scholarship fund.
"""),
        "head": [
            "Obituaries › Wales",
            "Sign the online book of condolence for Edwin Talbot\n46 messages · Add yours",
        ],
        "mid": [
            ("He took over the choir", "Send flowers to the family, with same-day delivery from local florists through Bloomline."),
            ("During the miners'", "Video: Cwmderw choir sings Calon Lân, 1986 (archive footage, 3:12)"),
            ("Talbot was appointed", "Place a notice: announce a death, anniversary or memorial in the Gazette from £35."),
        ],
        "tail": [
            "Light a virtual candle\n★ 112 candles lit",
            "Share a memory or photo of Edwin in the guest book. Entries are checked by our team and appear within 24 hours.",
            "More obituaries\nJoan Rees, headteacher and hockey international\nDai 'Sparky' Morgan, electrician and comedian",
            "The Gazette's Weekend edition is in shops now, or read it on your tablet with a Gazette Digital Pass.",
        ],
        "mixed": [
            ("Edwin Talbot, who ran", "end", "Read the full family notice in our Announcements section."),
            ("His family said", "start", "Photograph courtesy of the Talbot family."),
            ("He retired as musical", "end", "Add your own tribute in our online guest book."),
            ("His wife, Megan", "end", "Order a printed keepsake copy of this obituary for £4.99."),
        ],
        "ltop": L("""
Valleys Gazette
News
Sport
Obituaries
Announcements
Place a notice
Jobs
Obituaries › Wales
"""),
        "lmid": [
            ("He took over the choir", "Send flowers"),
            ('"He could hear', "Sign the book of condolence"),
        ],
        "lbot": L("""
Light a candle
Share a memory
Find a funeral director
Terms
© Valleys Gazette 2025
"""),
    },
    {
        "slug": "b12-en-live-storm-ingrid",
        "register": "live blog",
        "lang": "en",
        "paras": P("""
Storm Ingrid: power cuts, flooding and a red warning, as it happened

Summary

More than 180,000 homes lost power across Scotland and northern England as Storm Ingrid brought gusts of up to 97mph on Thursday.

A red weather warning for wind covered the Western Isles and parts of the Highlands from 6am until 3pm.

All ScotRail services were suspended for most of the day, and dozens of flights were cancelled at Glasgow and Edinburgh airports.

A man in his 60s was taken to hospital after a tree fell on his car near Oban. Police said his injuries were not life-threatening.

18:40 – Power update

Highland Power Networks said 64,000 customers remained without power this evening and that some rural properties might not be reconnected until Saturday.

17:15 – Rail services to resume

Network Rail said engineers had cleared 43 fallen trees from lines across Scotland. A limited timetable will run from 7am tomorrow.

15:02 – Red warning expires

The Met Office said the red warning had ended but that an amber warning remained in place until midnight. "The worst is over, but gusts of 70mph are still possible in exposed areas," a forecaster said.

12:30 – Flooding in Hawick

Residents of several streets in Hawick were advised to move to higher ground after the River Teviot burst its banks. A rest centre has opened at the town's community hall.
"""),
        "head": [
            "LIVE · Updated 2 minutes ago",
            "Key events\n18:40 Power update\n17:15 Rail services to resume\n15:02 Red warning expires\nShow all key events",
        ],
        "mid": [
            ("A man in his 60s", "Get Dispatch weather alerts on your lock screen: switch on notifications in the Northern Dispatch app."),
            ("Network Rail said", "Advertisement"),
            ("The Met Office said", "Share this post · Copy link"),
        ],
        "tail": [
            "Comments (214)\nShow comments",
            "‹ Newer posts · Older posts ›",
            "Caught up in Storm Ingrid? Send your photos and videos to the Dispatch through our secure contribution form.",
        ],
        "mixed": [
            ("More than 180,000 homes", "start", "Turn on notifications to follow this story live."),
            ("Highland Power Networks", "end", "Send us your storm pictures using the form at the bottom of this blog."),
            ("Network Rail said", "end", "Check Dispatch Travel for live train times."),
            ("Residents of several", "end", "Refresh this page for the newest posts."),
        ],
        "ltop": L("""
Northern Dispatch
News
Weather
Live
Sport
Sign in
Key events
News › Scotland › Weather
"""),
        "lmid": [
            ("Summary", "Pinned"),
            ("17:15 – Rail", "Advertisement"),
            ("12:30 – Flooding", "Show 6 more updates"),
        ],
        "lbot": L("""
‹ Newer posts
Older posts ›
Show 214 comments
Share your storm photos
© Northern Dispatch Ltd
"""),
    },
    {
        "slug": "b12-en-trap-howto-notifications",
        "register": "tech how-to",
        "lang": "en",
        "trap": True,
        "paras": P("""
How to stop your phone buzzing all day without missing what matters

The average smartphone user receives dozens of notifications a day, and most of them are not urgent. Shopping apps announce sales, games remind you to come back and news apps send alerts about stories you may never read.

The good news is that both Android and iPhone let you decide which apps can interrupt you, and when. Here is how to take back control in about 15 minutes.

Step 1: Audit your notifications

On an iPhone, open Settings, then tap Notifications. You'll see a list of every app that is allowed to send alerts. On Android, go to Settings, then Notifications, then App notifications.

Go through the list and ask a simple question about each app: would I be upset if I missed an alert from this? If the answer is no, switch Allow Notifications off.

Step 2: Use a scheduled summary

iPhones can bundle non-urgent alerts into a Scheduled Summary delivered at times you choose, such as 8am and 6pm. Tap Settings, then Notifications, then Scheduled Summary, and pick which apps to include.

Android's equivalent varies by manufacturer, but most recent phones offer a "Notification cooldown" or "Digital Wellbeing" setting that reduces the volume of repeated alerts.

Step 3: Set up a Focus mode

Focus modes on iPhone and Do Not Disturb on Android let you silence everything except chosen people and apps. Many people create a Work focus that lets through messages from colleagues and a Sleep focus that only allows calls from family.

Step 4: Unsubscribe at the source

Some of the most persistent alerts come from marketing emails and in-app promotions. Inside shopping and food-delivery apps, look for a Profile or Account page, then Communication preferences, and turn off promotional push messages. For emails, the unsubscribe link is usually at the very bottom.

"People think they have to accept the flood," said Dana Whitford, who researches digital wellbeing at the University of Bristol. "In reality, every one of those buzzes is something you can switch off."

Once you've finished, leave it a week and see what you miss. You can always turn an app's notifications back on.
"""),
        "trap_promo": ("Step 3: Set up", "Advertisement"),
        "head": [
            "How-to › Phones › Android & iOS",
            "Plugged In Pro: ad-free guides and video walkthroughs. First month 99p.",
        ],
        "mid": [
            ("iPhones can bundle", "Video walkthrough: Scheduled Summary in 90 seconds ▶"),
            ("Focus modes on iPhone", "Deal of the day\nPixel 9a, £399 (was £499) at PhoneBarn\nSee deal"),
            ("Some of the most persistent", "Related guides\nHow to find out which app is draining your battery\nHow to block spam calls on any phone"),
        ],
        "tail": [
            "The Fix is our Friday email of practical tech tips: five fixes, five minutes. Add your address below.\nEmail address\nJoin",
            "Got a gadget problem? Ask our Help Desk, where we answer one reader question every Wednesday.",
            "Topics: iPhone, Android, Productivity",
        ],
        "mixed": [
            ("The average smartphone user", "start", "Plugged In is reader-supported and may earn commission from links on this page."),
            ("Android's equivalent varies", "end", "Watch our video version of this guide on YouTube."),
            ('"People think they', "end", "Follow Plugged In on Bluesky for a new tip every day."),
            ("Once you've finished", "end", "Forward this guide to the friend whose phone never stops buzzing."),
        ],
        "ltop": L("""
Plugged In
Mobile
Laptops
Smart home
Deals
How-to
Plugged In Pro
How-to › Phones › Android & iOS
"""),
        "lmid": [
            ("Step 2: Use", "Advertisement"),
            ("Step 4: Unsubscribe", "Deal: Pixel 9a £399 at PhoneBarn"),
        ],
        "lbot": L("""
Topics: iPhone, Android, Productivity
About Plugged In
Affiliate disclosure
© 2025 Plugged In Media
"""),
    },
]
