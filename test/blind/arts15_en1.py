"""Blind set 12, English part 1: research press release, release notes, editor's letter (trap)."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 1. University research press release
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-hedgerow-carbon-press-release",
    "register": "university research press release",
    "lang": "en",
    "paras": P("""
Old hedgerows hold a third more soil carbon than the fields beside them, Northmoor survey finds

NORTHMOOR, 6 March — Hedgerows that have stood for more than sixty years store substantially more carbon in the top metre of soil than the arable fields they enclose, according to a ten-year survey led by soil scientists at the University of Northmoor.

The team took 3,180 soil cores from 212 hedgerows on 41 working farms across four counties, returning to the same sampling points every second autumn between 2014 and 2024. Each hedge was paired with a transect running twenty metres into the neighbouring field.

Key findings

Soils beneath hedgerows older than sixty years held an average of 128 tonnes of carbon per hectare, against 96 tonnes in the adjacent fields.

Roughly 40 per cent of the extra carbon was associated with fungal material rather than with roots themselves.

Hedges planted since 2000 began to show measurable gains after about eight years, but had closed less than a fifth of the gap by the end of the study.

“We tend to think of hedges as boundaries, not as stores,” said Dr Priya Halloran, a soil ecologist in the School of Earth and Environment who led the work. “What our cores show is that grubbing out an old hedge carries a carbon cost that nobody is currently counting.”

The researchers caution that the figures apply to lowland clay and loam soils and should not be extrapolated to upland or peat landscapes, where hedges are rarer and soil processes differ.

Co-author Tomasz Wierzbicki, a doctoral researcher who spent four winters on the fieldwork, said the most striking pattern was how sharply carbon fell away within the first three metres of the hedge base. “Flail-cutting right up to the stems, or ploughing close to them, seems to undo a lot of the benefit,” he said.

The paper, “Below the boundary: soil organic carbon under British hedgerows over a decade”, is published today in the journal Soil Systems and Society. The work was funded by the Natural Environment Research Council and the Halvergate Trust.

Farmers who took part will receive an individual report on their own hedges this spring, and the team is now seeking partners for a follow-up study in the Welsh borders.
"""),
    "head": [
        "News home › Research news › Environment and sustainability",
        "Cookies on the Northmoor website: we use essential cookies to make this site work, and optional analytics cookies to understand how it is used. Accept all cookies · Reject optional cookies · Cookie settings",
        "Image: Soil coring beside a hawthorn hedge near Lowthorpe. Credit: University of Northmoor / Jess Farrant",
    ],
    "mid": [
        ("Key findings", "Study with us: MSc Soil Science and Land Management — applications for September entry close on 30 June. Find out more and apply"),
        ("“We tend to think", "Share this story on Facebook · Share on X · Share on LinkedIn · Copy link"),
    ],
    "tail": [
        "Sign up for Northmoor Discoveries, our monthly email of research news from across the university. Subscribe",
        "Help us keep the soil under our feet alive. Give to the Centre for Soil Futures today — every gift, large or small, funds fieldwork like this.\nMake a donation",
        "Related news\nNew sensor network to track river temperatures on the Lune\nNorthmoor joins national peatland restoration partnership\nStudents plant 4,000 trees on campus in a single weekend",
        "© 2025 University of Northmoor. Registered charity number 1143892. Privacy · Accessibility statement · Freedom of information",
    ],
    "mixed": [
        ("NORTHMOOR, 6 March", "start", "Published 6 March 2025 · 4 min read"),
        ("The researchers caution", "end", "Open Day: Saturday 14 June, book your place now at the Northmoor visit pages"),
        ("Farmers who took part", "end", "For media enquiries about this and other stories, visit our press office page."),
    ],
    "ltop": L("""
Skip to main content
Study · Research · Business · Alumni · About
Search the University of Northmoor
News home › Research news › Environment and sustainability
"""),
    "lmid": [
        ("Key findings", "Image: Soil coring beside a hawthorn hedge near Lowthorpe. Credit: University of Northmoor / Jess Farrant"),
        ("The paper,", "Share this story"),
    ],
    "lbot": L("""
Tags: agriculture, climate, soil science, School of Earth and Environment
Sign up for Northmoor Discoveries, our monthly research email
Related news
Northmoor joins national peatland restoration partnership
Give to the Centre for Soil Futures
© 2025 University of Northmoor. Registered charity number 1143892.
"""),
})

# ---------------------------------------------------------------------------
# 2. Software release notes / changelog blog post
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-quillmark-release-notes",
    "register": "software release notes blog post",
    "lang": "en",
    "paras": P("""
Quillmark 3.8: faster vaults, spreadsheet paste and a new plugin sandbox

Posted by Nadia Ferreira-Lund, release manager · 12 May 2025

Quillmark 3.8 is out today for macOS, Windows and Linux. It is the largest release since we moved the editor core to the new document model last autumn, and it contains work from 37 contributors, eleven of them first-timers.

Highlights

Opening a vault with more than 10,000 notes is now up to four times faster, thanks to an incremental index that no longer rebuilds on every launch.

Tables copied from spreadsheets and office suites now paste as proper Markdown tables, including merged header rows, which become a single spanning header.

Plugins now run in a sandbox by default. A plugin that wants to read files outside your vault or reach the network must declare it, and you will be asked once.

Breaking changes

The legacy plugin API (v1) has been removed. Around 40 community plugins still used it; we have contacted every author, and most have already shipped updates.

Bug fixes

Fixed a crash when renaming a note that was open in two panes at once (#4412).

Upgrading

Quillmark will offer the update automatically over the next 48 hours. If you install through a package manager, 3.8.0 is already in the stable channels for Homebrew, winget and Flathub. Back up your vault before upgrading if you rely on older plugins.

Thank you to everyone who filed reports during the beta, and in particular to the translators who brought the interface to Icelandic and Tagalog in this cycle.
"""),
    "head": [
        "Docs · Blog · Plugins · Pricing · Download",
        "Quillmark Sync is 30% off this week only. Keep every vault in step across your phone, tablet and laptop — start a free 14-day trial, no card required.",
    ],
    "mid": [
        ("Plugins now run in a sandbox", "⭐ Enjoying Quillmark? Star us on GitHub and join 48,000 writers in the community Discord."),
        ("Fixed a crash when renaming", "We’re hiring! Quillmark Labs is looking for a senior Rust engineer and a developer advocate (remote, EU time zones). See open roles →"),
    ],
    "tail": [
        "Get release notes in your inbox. Subscribe to the Quillmark changelog by email or follow the RSS feed.",
        "← Previous post: Quillmark 3.7.2 security update\nNext post: Roadmap for the second half of 2025 →",
        "Was this post helpful? 👍 124 👎 3",
        "© 2025 Quillmark Labs Ltd. All rights reserved. Terms · Privacy · Cookie preferences · Status",
    ],
    "mixed": [
        ("Quillmark 3.8 is out today", "end", "Download Quillmark 3.8 now for free"),
        ("The legacy plugin API", "start", "New to plugins? Browse 1,900+ community plugins in the directory."),
        ("Thank you to everyone", "end", "Questions about this release? Ask on the community forum."),
    ],
    "ltop": L("""
Quillmark Labs
Docs
Blog
Plugin directory
Pricing
Download
Blog › Releases
"""),
    "lmid": [
        ("Highlights", "Try Quillmark Sync free for 14 days"),
        ("Bug fixes", "Star us on GitHub · 21.4k"),
    ],
    "lbot": L("""
Tags: release, 3.8, plugins
Subscribe to the changelog
← Quillmark 3.7.2 security update
Product · Company · Community · Legal
© 2025 Quillmark Labs Ltd.
"""),
})

# ---------------------------------------------------------------------------
# 3. TRAP: editor's letter about the paper's own paywall
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "en-carrick-post-paywall-letter",
    "register": "editor's letter to readers",
    "lang": "en",
    "trap": True,
    "trap_promo": ("tail", "More from the editor’s desk: Why we stopped publishing anonymous comments · How we cover court cases"),
    "paras": P("""
From the editor: why we are asking you to pay, and what will stay free

By Fiona MacAulay, Editor, Carrick Evening Post

From Monday, most of the stories on our website will sit behind a paywall. Readers will be able to see five articles a month without paying; after that, we will ask you to subscribe.

I know that for many of you this will be an unwelcome change. The Post has been free to read online since 2003, and some of you have told us, in letters and on the phone, that you simply cannot afford another monthly bill.

So let me explain the arithmetic. Twelve years ago, advertising paid for roughly four out of every five pounds we spent on journalism. Today it pays for barely one in three. The rest has come from print sales, which fall every year, and from cuts, which we cannot keep making.

A digital subscription will cost £1.50 a week, or £65 a year if paid upfront. Print subscribers will get full website access at no extra charge, and anyone over 75 or receiving Pension Credit can ask for a free account by calling our office.

Some things will not change. Emergency information — floods, road closures, public health warnings — will always be free to read. So will our coverage of council and health board meetings, and the death notices.

Our morning newsletter, The Carrick Briefing, will stay free as well, and will continue to carry the day’s top five stories in full.

We have also looked hard at the alternatives. A voluntary donations model works for some national titles with millions of readers. On a paper our size, the numbers did not add up: our trial last year raised enough to pay one reporter for four months.

We will publish a short report each year on how many people subscribe and what the money pays for. The first target is simple: to put a second reporter back in the Girvan office, which has been empty since 2021.

If you have questions, or if the paywall is stopping you from reading something you think ought to be free, write to me directly. I read every message, and I will answer.
"""),
    "head": [
        "Opinion › From the editor",
        "Log in · Subscribe · Today’s paper",
        "Photo: The Carrick Evening Post newsroom on Burns Street. Picture: Alasdair Kerr",
    ],
    "mid": [
        ("So let me explain", "ADVERTISEMENT"),
        ("Some things will not change", "Most read today\n1. Girvan harbour wall repairs delayed again\n2. Maybole bypass: what the new timetable means for commuters\n3. Teenager rescued from cliffs at Culzean"),
    ],
    "tail": [
        "Have your say: 86 comments. Join the conversation — sign in or register to comment.",
        "Got a story? Contact our newsdesk on 01292 555 0142 or use our secure tip form.",
        "© Carrick Evening Post Ltd 2025. Part of the Ayr Valley Media group. Regulated by IPSO.",
    ],
    "mixed": [
        ("By Fiona MacAulay", "end", "· Updated 7:14am, Saturday"),
        ("Our morning newsletter", "start", "Listen to this article · 5 min"),
    ],
    "ltop": L("""
Carrick Evening Post — Ayrshire’s paper since 1889
News · Sport · What’s On · Opinion · Jobs · Motors · Announcements
Log in · Subscribe · Today’s paper
Opinion › From the editor
"""),
    "lmid": [
        ("So let me explain", "ADVERTISEMENT"),
        ("We have also looked hard", "Share on Facebook · Share on WhatsApp · Email this story"),
    ],
    "lbot": L("""
86 comments
Most read today
Girvan harbour wall repairs delayed again
Got a story? Contact our newsdesk
© Carrick Evening Post Ltd 2025. Regulated by IPSO.
"""),
})
