"""blind13 data: German articles (council budget, subscription-cancellation trap, game review). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 10. Stadtrat / Haushalt
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-de-stadtrat-haushalt",
    register="city council budget story",
    lang="de",
    paras=P("""
Kelbenau beschließt Doppelhaushalt – Hallenbad bleibt, Grundsteuer steigt

Von Sabine Wehrle

Kelbenau. Nach mehr als fünf Stunden Debatte hat der Stadtrat am Donnerstagabend den Doppelhaushalt für 2025 und 2026 verabschiedet. 27 Ratsmitglieder stimmten dafür, elf dagegen, zwei enthielten sich.

Das Zahlenwerk sieht Ausgaben von 148,6 Millionen Euro im kommenden und 151,2 Millionen Euro im darauffolgenden Jahr vor. Um die Lücke zu schließen, steigt der Hebesatz der Grundsteuer B von 450 auf 520 Prozentpunkte.

Für einen Eigentümer eines durchschnittlichen Einfamilienhauses bedeutet das nach Berechnungen der Kämmerei rund 68 Euro mehr im Jahr.

Das Hallenbad bleibt

Der wohl umstrittenste Punkt war die Zukunft des Hallenbads am Mühlgraben. Die Verwaltung hatte vorgeschlagen, das sanierungsbedürftige Bad Ende 2025 zu schließen. Eine Mehrheit aus Freien Wählern, SPD und Grünen setzte jedoch durch, dass 3,4 Millionen Euro für eine Teilsanierung eingestellt werden.

„Wir reden hier nicht über ein Luxusprojekt, sondern darüber, ob unsere Kinder noch schwimmen lernen“, sagte Grünen-Fraktionschefin Leonie Arslan.

Kämmerer Matthias Scheufele warnte dagegen vor einer „Haushaltsführung auf Kante“. Die Rücklagen der Stadt würden bis Ende 2026 auf knapp 4 Millionen Euro schrumpfen, das gesetzliche Minimum.

Die wichtigsten Posten im Überblick:

Kinderbetreuung: 31,8 Millionen Euro (plus 9 Prozent)

Straßen und Brücken: 12,5 Millionen Euro

Neubau der Feuerwache Nord: 6,2 Millionen Euro

Kultur und Vereinsförderung: 2,1 Millionen Euro (minus 5 Prozent)

Die CDU-Fraktion stimmte geschlossen gegen den Entwurf. Ihr Vorsitzender Jörg Kessler kritisierte, die Stadt habe „die Bürger für eigene Versäumnisse zur Kasse gebeten“.

Der Haushalt muss nun noch vom Regierungspräsidium genehmigt werden. Oberbürgermeister Frank Obermüller rechnet mit einer Entscheidung bis Ende Februar.
"""),
    head=[
        "Artikel anhören • 4 Minuten",
        "Diesen Artikel gibt es exklusiv für KZ+-Abonnenten. Jetzt 3 Monate für 0,99 € testen und alle Artikel auf kelbenauer-zeitung.de lesen. Bereits Abonnent? Hier anmelden",
    ],
    mid=[
        (4, "Anzeige"),
        (8, "Mehr zum Thema\nHallenbad Mühlgraben: Gutachten beziffert Sanierungsbedarf auf 11 Millionen\nGrundsteuerreform: So viel zahlen Sie künftig in Ihrer Gemeinde\nKommentar: Mut zur Lücke?"),
        (14, "Kelbenau am Morgen – unser kostenloser Newsletter mit allem, was in der Stadt wichtig ist. Jeden Werktag um 6 Uhr in Ihrem Postfach."),
    ],
    tail=[
        "Folgen Sie der Kelbenauer Zeitung auch auf WhatsApp: Unser Kanal liefert Ihnen die wichtigsten Nachrichten direkt aufs Handy.",
        "Das könnte Sie auch interessieren\nWeihnachtsmarkt 2024: Neue Standorte und längere Öffnungszeiten\nUnfall auf der B 312: Zwei Leichtverletzte\nKelbenauer Bäckerei gewinnt Landespreis",
        "Die E-Paper-Ausgabe der Kelbenauer Zeitung lesen Sie schon ab 22 Uhr am Vorabend – jetzt im Digital-Abo.",
        "© Kelbenauer Zeitung 2024 – Alle Rechte vorbehalten",
    ],
    mixed=[
        (2, "end", "Foto: Thomas Raab/KZ"),
        (6, "start", "Lesen Sie auch: Was die Grundsteuer-Erhöhung für Mieter bedeutet."),
        (8, "end", "Jetzt KZ+ abonnieren und keine Ratssitzung mehr verpassen"),
        (15, "start", "Weiterlesen nach der Anzeige"),
    ],
    ltop=L("""
Zur Navigation springen
Startseite › Lokales › Kelbenau
Wir verwenden Cookies und ähnliche Technologien. Alle akzeptieren | Einstellungen
Abo | Login | E-Paper
"""),
    lmid=[
        (3, "ANZEIGE"),
        (8, "Bildergalerie: Die Sitzung in Bildern (12 Fotos)"),
    ],
    lbot=L("""
Artikel teilen: Facebook · X · E-Mail · Link kopieren
Kommentare (42) – jetzt mitdiskutieren
Impressum · Datenschutz · AGB · Kontakt
© Kelbenauer Zeitung 2024
"""),
))

# ---------------------------------------------------------------------------
# 11. TRAP: Verbraucher-Ratgeber zum Kündigen von Abos
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-de-trap-abo-kuendigen",
    register="consumer advice piece (subscription cancellation)",
    lang="de",
    trap=True,
    paras=P("""
Abo-Falle Probemonat: So kommen Sie aus Streaming-, Zeitungs- und Fitness-Verträgen wieder heraus

Von Jonas Riedlinger

Ein Klick auf „Jetzt 30 Tage gratis testen“, ein paar Wochen Vergessen – und schon läuft ein Jahresvertrag. Bei der Verbraucherberatung Nordmark gehen nach eigenen Angaben jeden Monat mehr als 900 Beschwerden über ungewollte Abonnements ein.

„Viele Menschen wissen gar nicht, dass sie inzwischen deutlich einfacher kündigen können, als es die Anbieter manchmal vermuten lassen“, sagt Beraterin Hanna Oltmanns.

Was der Kündigungsbutton bringt

Seit einigen Jahren müssen Unternehmen, die Verträge online abschließen, auf ihrer Website eine gut sichtbare Schaltfläche mit einer eindeutigen Beschriftung wie „Verträge hier kündigen“ anbieten. Ein Log-in darf dafür nicht verlangt werden.

Fehlt der Button oder ist er versteckt, können Kunden ihren Vertrag nach Angaben der Verbraucherberatung jederzeit fristlos beenden.

Typische Tricks der Anbieter

Oltmanns beobachtet immer wieder dieselben Muster: Der Link zur Kündigung steht ganz unten in grauer Schrift, ein Pop-up fragt „Wollen Sie wirklich auf alle Vorteile verzichten?“ oder es erscheint kurz vor dem letzten Schritt ein Rabattangebot – etwa drei Monate zum halben Preis.

Auch Zeitungsverlage stehen in der Kritik. Ein Leser aus Flensdorf berichtete, er habe sein Digitalabo nur per Brief kündigen können, obwohl er es mit zwei Klicks abgeschlossen hatte.

So gehen Sie vor

Notieren Sie beim Abschluss sofort das Ende des Probezeitraums im Kalender.

Kündigen Sie über den Kündigungsbutton oder per E-Mail und verlangen Sie eine Eingangsbestätigung.

Machen Sie Screenshots von jedem Schritt, falls es später Streit gibt.

Widersprechen Sie Abbuchungen nach der Kündigung innerhalb von acht Wochen über Ihre Bank.

Ein Fitnessstudio in Kelbenau musste nach einer Abmahnung der Verbraucherberatung sein Online-Formular ändern. Dort hatte der Button „Mitgliedschaft beenden“ erst nach dem Scrollen durch drei Werbebanner erschienen.

Oltmanns’ Rat: „Lassen Sie sich nicht von Halteangeboten unter Druck setzen. Wer kündigen will, muss sich nicht rechtfertigen.“
"""),
    head=[
        "Hören statt lesen: Diesen Artikel als Audio abspielen (5:12 Min.)",
        "Sie lesen mit Werbung. Jetzt werbefrei mit Geldwert PUR für 2,99 € im Monat – monatlich kündbar.",
    ],
    mid=[
        (3, "ANZEIGE"),
        (9, "Lesen Sie auch\nHandyvertrag verlängert sich automatisch? Diese Fristen gelten\nInkasso-Schreiben erhalten: Das sollten Sie jetzt tun\nStromanbieter wechseln: Fünf Fehler, die teuer werden"),
    ],
    tail=[
        "Bleiben Sie auf dem Laufenden: Mit dem Geldwert-Newsletter erhalten Sie jeden Dienstag unsere besten Spartipps kostenlos per E-Mail.",
        "Wie hat Ihnen dieser Artikel gefallen? ★★★★★ Jetzt bewerten",
        "Mehr Verbrauchertipps in der Geldwert-App – jetzt kostenlos im App Store und bei Google Play.",
        "Copyright © Geldwert Online GmbH 2024. Alle Rechte vorbehalten.",
    ],
    mixed=[
        (2, "end", "Bild: Geldwert/Illustration"),
        (6, "start", "Unser Spartipp der Woche kommt jeden Dienstag per Newsletter – jetzt abonnieren!"),
        (12, "end", "Mit Geldwert PUR ohne Werbung weiterlesen"),
        (16, "end", "Mehr zum Thema Verbraucherrecht finden Sie in unserem Dossier."),
    ],
    ltop=L("""
Geldwert Online
Ratgeber › Verträge & Abos
Anmelden | Geldwert PUR
Datenschutzeinstellungen: Wir und unsere Partner speichern Informationen auf Ihrem Gerät. Zustimmen | Ablehnen
"""),
    lmid=[
        (5, "Werbung"),
        (16, "Checkliste zum Herunterladen: Abos kündigen (PDF)"),
    ],
    lbot=L("""
Teilen auf Facebook
Per WhatsApp teilen
Schlagworte: Abo · Kündigung · Verbraucherschutz
Impressum | Datenschutz | Barrierefreiheit
"""),
))

# ---------------------------------------------------------------------------
# 12. Videospiel-Test
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-de-spieletest-ferngrund",
    register="video-game review",
    lang="de",
    paras=P("""
Ferngrund: Die letzte Karawane im Test – Aufbauspiel mit Sandsturm-Nerven

Von Kai Brenneisen

Eine Karawane aus zwölf Wagen, drei Wasserfässer, ein Sturm am Horizont: Schon die ersten Minuten von Ferngrund machen klar, dass das Debüt des Leipziger Studios Dünenwerk kein gemütliches Aufbauspiel sein will. Nach gut 40 Stunden können wir sagen: Es ist trotzdem eines der besten des Jahres.

Worum geht es?

Ihr führt eine Handelskarawane durch eine prozedural erzeugte Wüstenwelt. Zwischen den Oasen errichtet ihr Lager, handelt mit Siedlungen, rekrutiert Wachen und versucht, eure Leute am Leben zu halten. Jede Reise dauert eine Saison, danach wird abgerechnet.

Das Besondere: Euer Lager ist nie fertig. Jeden Morgen wird abgebaut, jeden Abend wieder aufgebaut. Wer seine Zelte klug anordnet, spart wertvolle Stunden Tageslicht.

Stärken im Detail

Das Wettersystem ist schlicht großartig. Sandstürme kündigen sich durch ein Flimmern am Horizont an, Karawanenführer streiten sich, ob man umkehren soll, und wer falsch entscheidet, verliert im schlimmsten Fall die Hälfte der Tiere.

Auch die Figuren überzeugen. Jede Händlerin, jeder Wachmann hat Vorlieben und Ängste. Als unsere Köchin Marit nach einem Streit die Karawane verließ, fehlte uns wochenlang Proviant.

Wo es hakt

Die Benutzeroberfläche ist überladen. Gerade auf dem Controller braucht es viel zu viele Tastendrücke, um einen einzelnen Wagen umzupacken. Zudem stürzte die PS5-Version in unserem Test zweimal ab.

Pro:

Packendes Wettersystem mit echten Entscheidungen

Glaubwürdige Figuren mit eigenem Kopf

Stimmungsvoller Soundtrack von Ilka Marberg

Contra:

Überladenes Menü, vor allem mit Controller

Technische Aussetzer auf PS5

Plattformen: PC, PS5, Xbox Series X|S · Preis: ca. 35 Euro · USK: ab 12

Fazit: Ferngrund ist anspruchsvoll, manchmal sperrig, aber voller Momente, die man nicht vergisst. Wertung: 8,5 von 10.
"""),
    head=[
        "*Dieser Artikel enthält Affiliate-Links. Bei einem Kauf über diese Links erhalten wir eine Provision, der Preis für euch bleibt gleich.",
        "Ferngrund: Die letzte Karawane\nab 31,99 € bei Spielkiste*\n34,99 € bei Pixelmarkt*\nZum Angebot",
    ],
    mid=[
        (4, "Ferngrund im Trailer: So sieht der Sandsturm in Bewegung aus [Video, 2:14]"),
        (8, "Werbung"),
        (14, "Keine Tests mehr verpassen! Folgt SpielZeit auf Instagram, TikTok und Bluesky unter @spielzeitmag."),
    ],
    tail=[
        "Ferngrund: Die letzte Karawane jetzt bei Spielkiste vorbestellen – inklusive digitalem Artbook (nur solange der Vorrat reicht)*",
        "SpielZeit Plus: Alle Tests werbefrei lesen und exklusive Video-Reviews ansehen – für 3,99 € im Monat.",
        "Kommentare (57)\nJetzt einloggen und mitdiskutieren",
        "Weitere Tests\nKessel & Krone im Test: Mittelalter-Chaos im Koop\nNebelhorn 2: Besser als der Vorgänger?\nDie besten Aufbauspiele 2024",
    ],
    mixed=[
        (2, "end", "Bildquelle: Dünenwerk / Pressefoto"),
        (5, "start", "Hier bei Spielkiste für 31,99 € kaufen*"),
        (10, "end", "Unterstützt SpielZeit mit einem Steady-Abo"),
        (19, "start", "Jetzt im SpielZeit-Podcast: Kai und Jule diskutieren über Ferngrund."),
    ],
    ltop=L("""
SpielZeit
Tests › PC › Strategie
Login | Plus-Abo | Newsletter
Werbefrei lesen? Jetzt SpielZeit Plus testen
"""),
    lmid=[
        (2, "Anzeige"),
        (18, "Ferngrund: Die letzte Karawane – Preisvergleich: ab 31,99 €"),
    ],
    lbot=L("""
Test teilen: Reddit · WhatsApp · Facebook
Alle Angaben ohne Gewähr. Preise inkl. MwSt., zzgl. Versandkosten. Stand: heute, 09:14 Uhr
Impressum · Datenschutz · Cookie-Einstellungen
© 2024 SpielZeit Medien GmbH
"""),
))
