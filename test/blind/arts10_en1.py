from common import P, L

ARTICLES = [
    {
        "slug": "b10-en-court-a38",
        "lang": "en",
        "register": "local court reporting",
        "paras": P("""
Van driver who killed cyclist on A38 while using phone app jailed for six years

Judge tells Connor Pask, 29, he was "looking at a screen, not the road" in the seconds before the crash near Saltash.

TRURO CROWN COURT

A delivery driver who struck and killed a cyclist while scrolling through a food-ordering app has been jailed for six years and banned from driving for nine.

Connor Pask, of Callington Road, Saltash, admitted causing death by dangerous driving at an earlier hearing. Mark Treloar, 54, a retired postman and long-standing club rider, died at the scene on the morning of 14 March last year.

The court heard that phone records showed Pask had opened the app, accepted two new orders and sent a message to a colleague in the ninety seconds before the collision. Prosecutor Helen Vosper said dashcam footage from a following lorry showed the van drifting across the hard shoulder "without any braking at all".

"He never saw him"

In mitigation, Jonathan Keast said his client had been working fourteen-hour shifts to pay off debts and "will carry this for the rest of his life". He said Pask had since deleted his social media accounts after receiving threats and had written a letter of apology to the family.

Mr Treloar's widow, Sandra, read a victim statement in which she described following his Sunday rides on a tracking app. "I watched the dot stop moving," she said. "I kept refreshing it, and then the police were at the door."

Sentencing, Judge Amanda Rowe said: "Using a mobile phone while driving is not a minor lapse. It is a choice, and on this occasion it cost a man his life."

Pask must also pass an extended retest before he can drive again. Devon and Cornwall Police said the case should serve as a warning to anyone tempted to check a notification at the wheel.

Mark Treloar had ridden with the Tamar Wheelers for more than twenty years and led its beginners' group every Wednesday.
"""),
        "head": [
            "Get the day's biggest court cases from Cornwall straight to your inbox. Sign up to our free Dock & Verdict newsletter here.",
            "We're on WhatsApp! Join the Western Dispatch community for breaking news alerts – tap here to follow our channel.",
        ],
        "mid": [
            ("The court heard that phone records", "READ MORE: Family's tribute to 'gentle giant' killed in Bodmin bypass crash"),
            ("In mitigation,", "Advertisement"),
            ("Sentencing, Judge Amanda Rowe", "Can you help us keep court reporting alive? Our reporters sit through hours of hearings so you don't have to. Support the Western Dispatch from just £1 a month."),
        ],
        "tail": [
            "Do you have a story you'd like us to look into? Email newsdesk@westerndispatch.co.uk or message us on 07700 900412.",
            "Comments have been disabled on this article for legal reasons.",
            "Related: Saltash mum fined for running red light with baby in car | Bodmin man denies dangerous driving charge | Cyclists call for A38 safety review",
            "© 2026 Western Dispatch Media Ltd. Registered in England and Wales No. 04417830.",
        ],
        "mixed": [
            ("A delivery driver who struck", "start", "Want more Cornwall news? Follow us on Facebook for live updates from the courts."),
            ("Pask must also pass", "end", "For the latest headlines, download the Western Dispatch app, free on iOS and Android."),
            ("Connor Pask, of Callington Road", "start", "This article contains affiliate links – we may earn a small commission on items purchased."),
            ("Mr Treloar's widow, Sandra,", "end", "Sign up for Dock & Verdict, our weekly roundup of court cases from across Cornwall."),
        ],
        "ltop": L("""
Skip to main content
Western Dispatch
News
Crime
Courts
Sport
What's On
Subscribe
Sign in
COURTS & CRIME
By Lowenna Hicks, Courts Reporter
11:42, 3 FEB 2026
Updated 14:05, 3 FEB 2026
4 min read
Listen to this article
Mark Treloar pictured on a club ride in 2023 (Image: Family handout)
"""),
        "lmid": [
            ("The court heard that phone records", "Connor Pask arriving at Truro Crown Court (Image: Cornwall Live Pictures/SWNS)"),
            ("In mitigation,", "Sponsored"),
            ("Sentencing, Judge Amanda Rowe", "MOST READ"),
            ("Sentencing, Judge Amanda Rowe", "1. Police name woman found dead in Falmouth flat"),
            ("Sentencing, Judge Amanda Rowe", "2. Newquay bar loses licence after brawl"),
        ],
        "lbot": L("""
Share
Tweet
Copy link
12 comments
Join the conversation
Lowenna Hicks
Courts reporter covering Truro and Bodmin. Follow @LowennaCourts
More On
Truro Crown Court
Tamar Valley
Road safety
Privacy Notice
Terms & Conditions
Cookie Settings
Help
© 2026 Western Dispatch Media Ltd
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-school-newsletter",
        "lang": "en",
        "register": "school newsletter",
        "paras": P("""
Headteacher's Update: Spring Term, Week 6

Dear parents and carers,

What a busy fortnight it has been at Kingsmead Primary. Our Year 4 pupils performed their Viking assembly to a packed hall, the football team reached the district semi-final, and the new reading garden finally opened after months of fundraising.

Reading garden

Thank you to every family who donated to the reading garden appeal. You raised £3,412 through the autumn fair, the sponsored walk and the second-hand uniform sale, and the Friends of Kingsmead matched the final £500. The benches were built by Mr Okafor and a team of volunteer dads over two Saturdays.

Kingsmead 3, St Anne's 1. Kingsmead 0, Hollybrook 2 (semi-final).

The team were gracious in defeat and the referee wrote to us afterwards to say they were the best-behaved side he had seen all season.

From Monday 3 March, letters, permission slips and dinner money will move to the new ClassLink app. You will receive a text with a download link and a one-time code. If you do not have a smartphone, please speak to Mrs Bhatt in the office and we will continue to send paper copies.

Dates for your diary:

Thursday 13 March – Year 6 SATs information evening, 6pm

Friday 21 March – Red Nose Day, non-uniform for a £1 donation

Finally, a gentle reminder that the car park is for staff and blue badge holders only. Please use the church car park on Mill Lane, where Reverend Hughes has kindly allowed parents to park between 8.15 and 9am.

Mrs J. Penrose, Headteacher
"""),
        "head": [
            "Kingsmead Primary School · Learning Together, Growing Together · Ofsted: Good",
            "Can't see this newsletter properly? View it in your browser.",
        ],
        "mid": [
            ("Thank you to every family", "Friends of Kingsmead Easter Raffle – tickets £1 each or a strip of six for £5! Buy yours at the school gate or via the ParentPay shop."),
            ("The team were gracious", "Wraparound care places are still available for summer term. Book Busy Bees Breakfast Club online today."),
            ("From Monday 3 March, letters,", "This newsletter is sponsored by Penhallow Estate Agents – proudly supporting local schools since 1998."),
        ],
        "tail": [
            "Follow us on Instagram @KingsmeadPrimary and Facebook for photos of the week.",
            "You are receiving this email because your child attends Kingsmead Primary School. Unsubscribe | Update your preferences",
            "Kingsmead Primary School, Hawthorn Road, Redruth TR15 2PL · Tel 01209 555 014 · office@kingsmead.sch.uk",
        ],
        "mixed": [
            ("What a busy fortnight", "start", "Don't forget to like and share our Facebook page to see the assembly photos!"),
            ("Finally, a gentle reminder", "end", "Order your child's school photos online by Friday using code KMP25 for free postage."),
            ("The team were gracious", "end", "Football kit sponsored by Trevithick Motors."),
            ("From Monday 3 March, letters,", "start", "Have your say: please complete our two-minute parent survey by clicking here."),
        ],
        "ltop": L("""
Kingsmead Primary School
Newsletter
Home
About Us
Key Information
Parents
Term Dates
Newsletters
Contact
Posted on 28 February 2026
"""),
        "lmid": [
            ("Thank you to every family", "Photo gallery: Reading garden opening (24 photos)"),
            ("The team were gracious", "Download this newsletter as a PDF (1.2 MB)"),
        ],
        "lbot": L("""
Previous newsletter
Next newsletter
Translate this page
Accessibility
Privacy Notice
Website by SchoolSites
Log in
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-hospital-scanner",
        "lang": "en",
        "register": "hospital news",
        "paras": P("""
New MRI scanner cuts waiting times at Northfield General

Patients who once waited ten weeks for a scan are now being seen in under three, the trust says.

A second MRI scanner at Northfield General Hospital has more than halved waiting times in its first six months of operation, according to figures published by the trust on Tuesday.

The £1.9m machine, installed in a modular unit beside the outpatients block, was funded partly by a national diagnostics grant and partly by the Northfield Hospitals Charity, which raised £420,000 through its Scan Appeal.

Average wait for a routine MRI: 19 days, down from 71.

Dr Priya Raman, consultant radiologist, said the unit now runs from 7am to 10pm, seven days a week. "We used to turn people away at five o'clock. Now we have evening lists for patients who can't take time off work," she said.

What patients say

Derek Halliwell, 67, from Ashby, had a scan for persistent back pain three days after seeing his GP. "I'd been told to expect a letter in two months. Instead I got a text on a Friday and was scanned on the Monday," he said.

The trust says appointments can now be confirmed or rearranged through the NHS App, and that the number of missed appointments has fallen by a quarter since patients were able to do so without phoning.

Not everyone is convinced the gains will last. Unison branch secretary Karen Doyle said radiographer vacancies remained high and that staff were "running on goodwill" to cover the extra evening sessions.

Chief executive Martin Asante said the trust was recruiting six radiographers and had applied for funding for a third scanner. "This is what happens when we get the kit and the people in the same place," he said.

The scanning unit is signposted from the main entrance and has its own drop-off bay.
"""),
        "head": [
            "Northfield Hospitals NHS Foundation Trust | News and media",
            "Our charity needs you! Sign up for the Northfield Hospitals Charity 10k on 17 May – entry £20, free T-shirt for everyone who raises £100.",
        ],
        "mid": [
            ("The £1.9m machine", "Donate to the Scan Appeal: £10 could pay for a patient comfort pack. Give online at northfieldcharity.org.uk/donate."),
            ("Derek Halliwell, 67,", "We're hiring! Band 5 and 6 diagnostic radiographers – relocation package and £2,000 welcome payment. View vacancies."),
            ("Not everyone is convinced", "Was this page helpful? Yes / No"),
        ],
        "tail": [
            "Media enquiries: communications@northfield.nhs.uk or call 0115 496 0723 (out of hours press office via switchboard).",
            "Follow the trust on X @NorthfieldNHS and on Instagram for behind-the-scenes stories from our wards.",
            "Sign up to Inside Northfield, our monthly email for patients, members and the public.",
        ],
        "mixed": [
            ("A second MRI scanner", "start", "Become a Foundation Trust member – it's free and takes two minutes."),
            ("Chief executive Martin Asante", "end", "Read our latest annual report here."),
            ("Dr Priya Raman,", "end", "Watch: a day in the life of our radiology team (3 mins)."),
            ("The trust says appointments", "start", "Please note: this news release was correct at the time of publication."),
        ],
        "ltop": L("""
Accessibility tools
Translate
A–Z of services
Find us
Patients and visitors
Work for us
Get involved
Home > News > Latest news
Published: 10 March 2026
Radiographer Amy Cole with the new scanner. Photo: Northfield Hospitals NHS FT
"""),
        "lmid": [
            ("The £1.9m machine", "Related services: Radiology | Outpatients | Parking"),
            ("Not everyone is convinced", "Latest news"),
            ("Not everyone is convinced", "Ward 12 wins national dementia care award"),
        ],
        "lbot": L("""
Share this page
Facebook
LinkedIn
Email
Page last reviewed: 10 March 2026
Freedom of information
Modern slavery statement
Cookies
Privacy
© Northfield Hospitals NHS Foundation Trust 2026
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-en-crypto-exchange",
        "lang": "en",
        "register": "cryptocurrency news",
        "paras": P("""
Bitcoin slides below $58,000 as exchange halts withdrawals

Customers of Singapore-based Korvex say they have been locked out of their accounts for 36 hours.

Bitcoin fell as much as 7 per cent on Thursday after Korvex, a mid-sized cryptocurrency exchange, paused all customer withdrawals citing "unusual on-chain activity" in one of its hot wallets.

The largest digital asset traded at $57,640 in late European trading, its lowest level since January. Ether dropped 9 per cent to $2,310, while smaller tokens fell further.

BTC: $57,640 (−6.8%)

Korvex said in a statement posted to its blog that customer funds were "safe and fully backed" and that withdrawals would resume "as soon as our security review is complete". It did not give a timeframe.

Blockchain analysts at Chainlight said roughly $140m in ether and stablecoins had been moved out of a Korvex wallet in a series of transactions beginning at 02:14 UTC, a pattern consistent with a compromised private key.

Users pile into support forums

Thousands of users flooded the exchange's Telegram channel, where moderators repeatedly posted the same message asking customers not to share screenshots of their balances. Several said the Korvex app had logged them out and would not accept two-factor codes.

"I've had my savings there since 2021 because the fees were lower," said one user in Manila, who asked not to be named. "Now I can't even see my balance."

Regulators in Singapore said they were "in contact with the firm". Korvex is not licensed to offer services to retail customers in the UK, although it has run advertising campaigns on social media aimed at British users.

Analysts said the sell-off also reflected a broader retreat from risky assets after stronger-than-expected US jobs data. "Korvex was the match, but the room was already full of gas," said Lena Ortiz, head of research at Bramwell Digital.
"""),
        "head": [
            "Markets | Crypto · Live prices: BTC $57,640 ▼6.8% · ETH $2,310 ▼9.1% · SOL $118 ▼11.2%",
            "Trade smarter with the ChainLedger Pro terminal – get your first month free with code PRO30. Capital at risk.",
        ],
        "mid": [
            ("The largest digital asset traded", "Disclosure: ChainLedger may receive compensation from some of the exchanges mentioned. This does not influence our editorial coverage."),
            ("Blockchain analysts at Chainlight", "Subscribe to The Block Beat, our daily podcast on crypto markets, wherever you get your podcasts."),
            ("Regulators in Singapore", "Stay ahead of the market: get ChainLedger's Morning Hash newsletter every weekday at 7am UTC."),
        ],
        "tail": [
            "Cryptoassets are highly volatile and unregulated in some jurisdictions. You could lose all the money you invest. Nothing in this article is investment advice.",
            "About the author: Tom Hadley covers exchanges and DeFi for ChainLedger. He holds small amounts of BTC and ETH. Follow him on X @tomhadley_chain.",
            "More from ChainLedger: Why stablecoin issuers are racing for bank charters · Solana validators vote on fee change · The quiet return of the ICO",
        ],
        "mixed": [
            ("Bitcoin fell as much as", "start", "Sponsored by Nuvo Wallet – self-custody made simple."),
            ("Analysts said the sell-off", "end", "Want charts like these in real time? Open a free ChainLedger Pro account."),
            ("Korvex said in a statement", "start", "This story is developing and will be updated."),
            ("Thousands of users flooded", "end", "Join 80,000 traders in our Discord for live alerts."),
        ],
        "ltop": L("""
ChainLedger
Markets
Policy
Tech
Learn
Podcasts
Events
Price Index
Get Pro
Markets · Exchanges
Tom Hadley
Mar 12, 2026 at 4:18 p.m. UTC
Updated Mar 12, 2026 at 6:02 p.m. UTC
3 min read
Bitcoin price chart (ChainLedger Data)
"""),
        "lmid": [
            ("The largest digital asset traded", "BTC/USD 24h chart · Source: ChainLedger Index"),
            ("Users pile into support forums", "ADVERTISEMENT"),
            ("Regulators in Singapore", "Consensus East 2026 · Hong Kong · 14–16 May · Register now and save 30%"),
        ],
        "lbot": L("""
Edited by Priya Mallick
Disclosure & Policies
ChainLedger adheres to a strict set of editorial policies.
Read more about our ethics policy
Latest news
Ether ETF flows turn negative for third week
Top stories
About
Careers
Do not sell or share my personal information
© 2026 ChainLedger Media Inc.
"""),
        "trap": False,
        "trap_promo": None,
    },
]
