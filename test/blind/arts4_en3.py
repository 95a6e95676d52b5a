from common import P, L

ARTICLES = [
dict(
    slug="b3-en-court-van",
    lang="en",
    register="court report",
    paras=P("""
Van driver jailed after crash that left cyclist with life-changing injuries

A delivery driver who was looking at his phone when he ploughed into a cyclist on the A38 has been jailed for two years and eight months.

Lewis Harcourt, 29, of Meadow Road, Bromsgrove, admitted causing serious injury by dangerous driving when he appeared at Worcester Crown Court on Friday.

The court heard that Harcourt was making his 61st drop of the day on 12 June last year when his Ford Transit struck Anita Rowe, 47, from behind at about 40mph.

Prosecutor Emma Stroud said phone data showed Harcourt had been scrolling through his delivery app for 14 seconds before the collision.

Mrs Rowe, a primary school teacher, suffered a fractured spine and pelvis and spent eleven weeks in hospital. She now uses a wheelchair.

In a victim statement read to the court, she said: "I used to cycle to school every day. Now I cannot get up my own stairs."

Defending, Paul Oyelaran said his client was "consumed with remorse" and had been under pressure to meet targets set by the courier firm that employed him.

Judge Rachel Kinsey said that pressure was "no excuse whatsoever" for taking his eyes off a busy road.

Harcourt was also banned from driving for four years and four months and must take an extended retest before driving again.
"""),
    head=[
        "Breaking | Crime | Courts",
        "Hide ads and read without limits: Worcester News+ is £2 for your first two months.",
    ],
    mid=[
        ("Prosecutor Emma Stroud", "Lewis Harcourt. Picture: West Mercia Police"),
        ("In a victim statement", "Read next: Mum's plea after son, 17, seriously hurt on e-scooter"),
        ("Judge Rachel Kinsey", "Find the latest cases from Worcestershire's courts every week in our Court Roundup email — it's free."),
    ],
    tail=[
        "Comments are closed on court reports for legal reasons.",
        "Have you been affected by this story? Contact our newsroom in confidence.",
        "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
    ],
    mixed=[
        ("A delivery driver who", "start", "UPDATED: 4:52PM"),
        ("Lewis Harcourt, 29,", "end", "Get our app for instant alerts on breaking crime news in your area."),
        ("Mrs Rowe, a primary", "start", "Advertisement — story continues below"),
        ("Harcourt was also banned", "end", "Share on Facebook Share on X Share via email"),
    ],
    ltop=L("""
Worcester Today
News
Crime
Sport
Family Notices
Puzzles
Subscribe for £2
"""),
    lmid=[
        ("The court heard that", "AD"),
        ("Defending, Paul Oyelaran", "Trending: Bypass to close overnight for a fortnight"),
    ],
    lbot=L("""
By Darren Pugh, Court reporter
Most commented
Contact us
Advertise with us
Cookie policy
"""),
),
dict(
    slug="b3-en-howto-ssh",
    lang="en",
    register="tech how-to",
    paras=P("""
How to set up SSH key login on a Raspberry Pi (and switch off passwords)

Logging into your Pi with a password works, but anyone who can reach port 22 can keep guessing. Keys are both safer and quicker. This guide assumes Raspberry Pi OS and a Mac or Linux computer; Windows 11 users can follow the same steps in PowerShell.

Step 1: Create a key pair

On your own computer, run ssh-keygen -t ed25519 -C "pi-login". Accept the default file location and choose a passphrase you will remember.

Step 2: Copy the public key to the Pi

Run ssh-copy-id pi@raspberrypi.local and enter the Pi's password one last time. The command appends your public key to ~/.ssh/authorized_keys on the Pi.

Step 3: Test the login

Open a new terminal and run ssh pi@raspberrypi.local. You should be asked for your key's passphrase rather than the Pi's password.

Step 4: Disable password logins

Edit /etc/ssh/sshd_config on the Pi with sudo nano, set PasswordAuthentication no, save, and restart the service with sudo systemctl restart ssh.

Important: keep your existing session open until you have confirmed in a second window that key login still works. If something is wrong, you can fix it without needing a keyboard and monitor.

Troubleshooting

If you see "Permission denied (publickey)", check that ~/.ssh is set to 700 and authorized_keys to 600 on the Pi.
"""),
    head=[
        "Tutorials › Raspberry Pi › Security",
        "This tutorial is sponsored by Hostwell — spin up a cloud VPS in 40 seconds. Use code PIFAN for two months free.",
        "Reading time: 5 minutes · Difficulty: Beginner",
    ],
    mid=[
        ("Logging into your Pi", "Table of contents\n1. Create a key pair\n2. Copy the public key\n3. Test the login\n4. Disable password logins"),
        ("On your own computer, run", "Prefer to watch? Our 8-minute video walkthrough is on the Byte Workshop channel."),
        ("Edit /etc/ssh/sshd_config", "Need a Pi? The Raspberry Pi 5 starter kit is back in stock at our shop — case, PSU and 64GB card included."),
    ],
    tail=[
        "Found this useful? Buy me a coffee ☕ — it keeps the tutorials free and ad-light.",
        "Next tutorial: Set up fail2ban in ten minutes →",
        "Questions? Ask in our Discord community — 12,000 makers and counting.",
    ],
    mixed=[
        ("Step 1: Create a key pair", "end", "Copy code"),
        ("Run ssh-copy-id", "end", "Copied!"),
        ("Important: keep your existing session", "start", "Byte Workshop Pro members get printable cheat sheets for every guide."),
        ("If you see", "end", "Was this page helpful? 👍 👎"),
    ],
    ltop=L("""
Byte Workshop
Tutorials
Projects
Reviews
Shop
Sign up free
"""),
    lmid=[
        ("Step 3: Test the login", "Ad · Hostwell VPS from $4/mo"),
    ],
    lbot=L("""
Tags: raspberry-pi ssh linux security
Edit this page on GitHub
Licensed under CC BY-SA 4.0
"""),
),
dict(
    slug="b3-en-qa-cookies",
    lang="en",
    register="Q&A interview (trap: cookie banners/ad tech)",
    trap=True,
    trap_promo=(6, "The Briefing with Nadia is our free Tuesday email on tech policy — have it delivered to your inbox."),
    paras=P("""
'Most cookie banners are designed to wear you down': a privacy regulator explains

Dr Yusuf Adebayo spent six years investigating online tracking for a European data protection authority. He now advises governments on consent rules. We asked him why every website still greets us with a pop-up.

Why are cookie banners everywhere?

Because the law says sites need your consent before they store non-essential trackers on your device, and the banner is the cheapest way to collect it. The law did not ask for banners; the industry chose them.

Are the "Accept all" buttons really designed to be clicked?

Often, yes. We saw banners where accepting took one click and refusing took five, behind a page called "Manage preferences" with forty switches already turned on. That is not consent in any meaningful sense.

Has anything improved?

Regulators in France and the Netherlands have fined companies for making refusal harder than acceptance, and many large sites now offer a "Reject all" button on the first layer. Smaller publishers are slower because they depend on consent-management platforms bought off the shelf.

What about "pay or consent" models, where you either accept tracking or pay for a subscription?

That is the live fight. Some news sites ask readers to choose between personalised advertising and paying a few euros a month. The courts have said that can be lawful if the price is reasonable and there is a genuine alternative, but "reasonable" is doing a lot of work in that sentence.

What should readers do?

Use a browser that blocks third-party cookies by default, and do not feel guilty about clicking reject. Websites will still work.

This interview has been edited for length and clarity.
"""),
    head=[
        "We value your privacy. We and our 812 partners use cookies to personalise content and ads. Accept all | Reject all | Manage options",
        "Tech Policy Weekly › Interviews",
    ],
    mid=[
        ("Because the law says", "The Briefing with Nadia is our free Tuesday email on tech policy — have it delivered to your inbox."),
        ("Has anything improved?", "PARTNER CONTENT: How secure is your small business? Take the free 2-minute CyberCheck quiz."),
        ("That is the live fight.", "Related interviews: The engineer who built the first ad blocker · Inside the data broker industry"),
    ],
    tail=[
        "Tech Policy Weekly is free to read because of our members. Join them from $6 a month and get ad-free access plus our quarterly print edition.",
        "Tags: privacy, GDPR, advertising, cookies",
    ],
    mixed=[
        ("Dr Yusuf Adebayo spent", "end", "Photo: supplied"),
        ("Often, yes.", "end", "Listen to the full conversation on our podcast, Consent Theatre, wherever you get your podcasts."),
        ("Use a browser that blocks", "start", "ADVERTISEMENT"),
        ("This interview has been edited", "end", "Follow Tech Policy Weekly on Mastodon and Bluesky."),
    ],
    ltop=L("""
Tech Policy Weekly
Interviews
Analysis
Podcasts
Events
Become a member
"""),
    lmid=[
        ("Why are cookie banners everywhere?", "Advertisement"),
        ("Regulators in France", "Upcoming event: Privacy Summit Brussels, 14 May — early-bird tickets €149"),
    ],
    lbot=L("""
About us
Careers
Do not sell or share my personal information
Cookie preferences
© 2026 Tech Policy Weekly Inc.
"""),
),
]
