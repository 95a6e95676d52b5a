from common import P, L

ARTICLES = [
dict(
    slug="b3-de-wissenschaft-moore",
    lang="de",
    register="science",
    paras=P("""
Wiedervernässte Moore speichern schneller Kohlenstoff als gedacht

Forschende der Universität Greifswald haben erstmals über zehn Jahre hinweg gemessen, wie sich ein wiedervernässtes Moor in Vorpommern entwickelt. Das Ergebnis überrascht selbst die Beteiligten.

Schon fünf Jahre nach dem Anstau des Wassers nahm die Fläche im Peenetal mehr Kohlendioxid auf, als sie abgab. Bisher war man von mindestens fünfzehn Jahren ausgegangen.

„Wir hatten mit einer langen Durststrecke gerechnet“, sagt die Landschaftsökologin Dr. Katrin Lembcke, Erstautorin der Studie, die in der Fachzeitschrift „Nature Climate Change“ erschienen ist.

Entscheidend sei der Wasserstand gewesen. Wo er das ganze Jahr über knapp unter der Oberfläche lag, siedelten sich rasch Seggen und Torfmoose an.

Allerdings stieg in den ersten beiden Jahren der Ausstoß von Methan deutlich an, eines Treibhausgases, das kurzfristig weit stärker wirkt als CO₂.

Über den gesamten Zeitraum betrachtet überwiegt nach den Berechnungen des Teams trotzdem der Klimanutzen.

Deutschland hat rund 1,8 Millionen Hektar Moorböden, von denen mehr als neun Zehntel entwässert sind, meist für Landwirtschaft. Sie verursachen etwa sieben Prozent der nationalen Treibhausgasemissionen.

Landwirte in der Region sehen die Ergebnisse mit gemischten Gefühlen. Auf nassen Flächen lässt sich kein Mais anbauen; Alternativen wie Schilf für Dämmplatten sind bislang kaum wirtschaftlich.
"""),
    head=[
        "Startseite › Wissen › Umwelt & Klima",
        "Unabhängiger Wissenschaftsjournalismus braucht Sie. Werden Sie jetzt Fördermitglied – schon ab 3 Euro im Monat.",
    ],
    mid=[
        ("Schon fünf Jahre nach", "Anzeige"),
        ("Entscheidend sei der Wasserstand", "Das könnte Sie auch interessieren:\nWarum Wälder im Osten besonders unter Dürre leiden\nNeue Karte zeigt Deutschlands Moorflächen"),
        ("Über den gesamten Zeitraum", "Jeden Freitag das Wichtigste aus der Forschung: Holen Sie sich den „Wissensbrief“ kostenlos ins Postfach."),
    ],
    tail=[
        "Mehr zum Thema: Klimawandel · Moore · Landwirtschaft",
        "Haben Sie einen Fehler gefunden? Schreiben Sie uns.",
        "© Nordkurier Wissen 2026 – Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
    ],
    mixed=[
        ("Forschende der Universität", "end", "Artikel anhören (4 Min.)"),
        ("„Wir hatten mit einer", "end", "Foto: picture alliance/dpa | Stefan Sauer"),
        ("Allerdings stieg", "start", "WERBUNG"),
        ("Landwirte in der Region", "end", "Teilen Sie diesen Artikel: WhatsApp · Facebook · E-Mail"),
    ],
    ltop=L("""
Zum Inhalt springen
Politik
Wirtschaft
Wissen
Sport
Anmelden
Abo testen
"""),
    lmid=[
        ("Deutschland hat rund", "Bildunterschrift: Nasse Wiesen im Peenetal bei Anklam."),
    ],
    lbot=L("""
Impressum
Datenschutz
Cookie-Einstellungen
Mediadaten
AGB
"""),
),
dict(
    slug="b3-de-reise-rhoen",
    lang="de",
    register="travel",
    paras=P("""
Drei Tage Rhön: Wandern, wo der Himmel am dunkelsten ist

Wer in der Rhön nachts nach oben schaut, sieht mehr als anderswo in Deutschland. Das Biosphärenreservat ist seit 2014 offizieller Sternenpark – und im Herbst, wenn die Tage kürzer werden, beginnt hier die beste Zeit.

Tag 1: Auf die Wasserkuppe

Die 950 Meter hohe Wasserkuppe ist der höchste Berg Hessens und der Ausgangspunkt für unsere Tour. Vom Parkplatz führt ein gut markierter Rundweg in gut zwei Stunden über die Hochfläche.

Tag 2: Durch das Rote Moor

Ein Bohlensteg führt durch das Hochmoor zu einem Aussichtsturm. Früh morgens liegt oft Nebel über den Wollgrasflächen, und mit etwas Glück sieht man Birkhühner.

Tag 3: Sterne am Himmelsschauplatz

Am Himmelsschauplatz bei Ehrenberg bieten Sternenführer regelmäßig Abendführungen an, die Teilnahme kostet zwölf Euro. Warme Kleidung ist selbst im September Pflicht.

Anreise und Unterkunft

Mit der Bahn geht es bis Fulda, von dort fährt der Hochrhönbus an Wochenenden bis auf die Wasserkuppe. Zwischen Gersfeld und Tann gibt es zahlreiche Pensionen, viele mit Rhönschaf-Lamm auf der Speisekarte.

Die Recherche wurde teilweise von der Rhön GmbH unterstützt.
"""),
    head=[
        "Reise › Deutschland › Hessen",
        "Jetzt Frühbucher-Rabatt sichern: Kuschelhotel Rhönblick – 3 Nächte mit Halbpension ab 299 € p. P. Hier buchen!",
    ],
    mid=[
        ("Wer in der Rhön nachts", "Mit unserer Reise-App haben Sie alle Wanderrouten offline dabei – jetzt im App Store und bei Google Play."),
        ("Ein Bohlensteg führt", "Gesponsert · Wanderschuhe im Sale: bis zu 40 % auf Outdoor-Marken bei Bergfex-Shop"),
        ("Am Himmelsschauplatz", "Umfrage: Waren Sie schon einmal in einem Sternenpark? Ja · Nein · Steht auf meiner Liste"),
    ],
    tail=[
        "Lust auf mehr Touren? Unser Reisemagazin erscheint alle zwei Monate – bestellen Sie jetzt drei Ausgaben zum Kennenlernpreis.",
        "Weitere Artikel: Die schönsten Hüttenwanderungen im Harz · Winterurlaub ohne Auto",
        "Kommentare (12) anzeigen",
    ],
    mixed=[
        ("Tag 1: Auf die Wasserkuppe", "start", "Anzeige"),
        ("Die 950 Meter hohe", "end", "Route bei Komoot öffnen"),
        ("Mit der Bahn geht es", "end", "Unterkünfte in der Rhön vergleichen – jetzt Preise checken bei unserem Partner."),
        ("Die Recherche wurde", "end", "Merken"),
    ],
    ltop=L("""
Reise
Fernreisen
Städtereisen
Aktivurlaub
Newsletter
Login
"""),
    lmid=[
        ("Tag 3: Sterne am Himmelsschauplatz", "Foto: Rhön GmbH/Florian Trykowski"),
    ],
    lbot=L("""
Beitrag teilen
Pinterest
Link kopieren
Kontakt
Barrierefreiheit
"""),
),
dict(
    slug="b3-de-bonusprogramme",
    lang="de",
    register="business (trap: loyalty schemes)",
    trap=True,
    trap_promo=("tail", "Sie wollen mehr Verbraucherthemen? Mit dem Geld-Ticker von uns sind Sie jeden Morgen um 6 Uhr informiert – kostenlos abonnieren."),
    paras=P("""
Punkte sammeln lohnt sich immer seltener: Verbraucherschützer kritisieren Bonusprogramme

Ob an der Supermarktkasse, an der Tankstelle oder beim Online-Kauf: Fast jeder zweite Deutsche nutzt mindestens ein Bonusprogramm. Doch der Gegenwert der gesammelten Punkte sinkt, wie eine Auswertung der Verbraucherzentrale Nordrhein-Westfalen zeigt.

Die Verbraucherschützer haben acht große Programme über drei Jahre verglichen. Im Schnitt erhalten Kundinnen und Kunden demnach pro ausgegebenem Euro nur noch 0,5 Prozent zurück, 2022 waren es noch knapp ein Prozent.

„Viele Anbieter locken mit Extra-Coupons, die man erst aktivieren muss und die oft nur wenige Tage gelten“, sagt Finanzexpertin Sabine Köhler. Wer das nicht regelmäßig in der App tut, gehe leer aus.

Zugleich sammeln die Unternehmen umfangreiche Daten über das Einkaufsverhalten. Diese würden laut den Teilnahmebedingungen teils an Partnerfirmen weitergegeben, um Werbung gezielter auszuspielen.

Ein Sprecher eines großen Anbieters wies die Kritik zurück. Die Teilnahme sei freiwillig, Kundinnen und Kunden könnten der Nutzung ihrer Daten für Werbezwecke jederzeit widersprechen.

Die Verbraucherzentrale rät, nur an Programmen teilzunehmen, die man tatsächlich regelmäßig nutzt, und Punkte nicht jahrelang anzusparen, da sie verfallen können.

Auch Prämien im Bonusshop seien selten ein gutes Geschäft: Ein Toaster, für den 4.000 Punkte fällig werden, ist im Handel oft für weniger als 30 Euro zu haben.
"""),
    head=[
        "Wirtschaft › Verbraucher",
        "Lesen Sie weiter mit Plus: 4 Wochen für 0,99 €, danach 9,99 € monatlich. Jederzeit kündbar.",
    ],
    mid=[
        ("Die Verbraucherschützer haben", "Auch interessant: Girokonto-Gebühren – diese Banken sind noch kostenlos"),
        ("Zugleich sammeln die Unternehmen", "ANZEIGE · Jetzt Kreditkarte ohne Jahresgebühr beantragen und 50 € Startguthaben erhalten*"),
    ],
    tail=[
        "Sie wollen mehr Verbraucherthemen? Mit dem Geld-Ticker von uns sind Sie jeden Morgen um 6 Uhr informiert – kostenlos abonnieren.",
        "*Affiliate-Link: Wir erhalten bei Abschluss eine Provision.",
        "Folgen Sie uns auf Instagram und Threads.",
    ],
    mixed=[
        ("Punkte sammeln lohnt sich", "end", "Plus"),
        ("„Viele Anbieter locken", "end", "Unsere App: Jetzt herunterladen und keine Eilmeldung mehr verpassen."),
        ("Ein Sprecher eines großen", "start", "Weiterlesen nach der Anzeige"),
        ("Auch Prämien im Bonusshop", "end", "Artikel verschenken"),
    ],
    ltop=L("""
Rheinische Rundschau
E-Paper
Abo
Wirtschaft
Finanzen
Mein Konto
"""),
    lmid=[
        ("Die Verbraucherzentrale rät", "– Anzeige –"),
    ],
    lbot=L("""
Themen folgen
Impressum
Datenschutzerklärung
Privatsphäre-Einstellungen
Nutzungsbedingungen
"""),
),
]
