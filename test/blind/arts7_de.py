from common import P, L

ARTICLES = [
    {
        "slug": "b7-de-landtag-glosse",
        "register": "parliament sketch",
        "lang": "de",
        "paras": P("""
Drei Stunden Haushalt, eine Minute Applaus

Im Landtag wurde am Donnerstag über den Doppelhaushalt gestritten. Gewonnen hat am Ende vor allem die Kaffeemaschine im Foyer.

Es beginnt, wie solche Tage immer beginnen: mit einem Finanzminister, der um 9.02 Uhr ans Pult tritt und „solide Finanzen“ verspricht. Walter Brenninger sagt diesen Satz an diesem Vormittag fünfmal. Einmal, gegen halb zehn, klingt er beinahe überzeugt.

Der Haushalt umfasst 68,4 Milliarden Euro für zwei Jahre. Das ist eine Zahl, bei der selbst erfahrene Abgeordnete kurz auf ihre Unterlagen schauen, als könnte sich dort noch eine Null verstecken.

Die Opposition hat sich vorgenommen, empört zu sein. Ihre Fraktionschefin Dana Kühnel spricht von einem „Haushalt der verpassten Chancen“ und hält dabei ein Diagramm hoch, das aus der dritten Reihe niemand lesen kann.

Zwischenrufe

„Lesen Sie mal Seite 412!“, ruft ein Abgeordneter der Regierungsfraktion. Kühnel antwortet, sie habe Seite 412 gelesen, und zwar zweimal. Gelächter auf allen Seiten, sogar auf der Regierungsbank.

Gegen Mittag leert sich der Saal. Auf der Besuchertribüne sitzt eine neunte Klasse aus Freising, die ihre Lehrerin im Vorfeld offenbar auf ein spannenderes Programm eingestimmt hatte.

Der Fraktionsvorsitzende der Liberalen nutzt seine Redezeit, um den Kolleginnen und Kollegen zu empfehlen, sich die Haushaltsdebatte später in der Mediathek noch einmal anzusehen. „Mit doppelter Geschwindigkeit“, fügt er hinzu.

Um 12.07 Uhr wird abgestimmt. Der Haushalt geht mit 104 zu 79 Stimmen durch.

Applaus, eine Minute lang.

Dann strömen alle zur Kaffeemaschine.
"""),
        "head": [
            "Isartaler Zeitung",
            "Politik · Landtag · Glosse",
            "Dieser Artikel ist exklusiv für IZ+-Abonnenten. Jetzt 4 Wochen für 0,99 € testen, danach 9,99 € monatlich, jederzeit kündbar.",
        ],
        "mid": [
            (3, "ANZEIGE"),
            (6, "Auch interessant: Neue Schuldenbremse – was der Landtag jetzt beschließen muss"),
        ],
        "tail": [
            "Mehr Glossen aus dem Maximilianeum lesen Sie jeden Freitag in unserer Rubrik „Hohes Haus“.",
            "Haben Sie einen Fehler entdeckt? Schreiben Sie uns an korrektur@isartaler-zeitung.de.",
            "© Isartaler Zeitung GmbH & Co. KG, 2026. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
        ],
        "mixed": [
            (1, "end", "Artikel vorlesen lassen"),
            (7, "start", "Der Landtag-Newsletter „Plenarsaal kompakt“ – jeden Donnerstag kostenlos in Ihrem Postfach."),
        ],
        "ltop": L("""
Startseite
Politik
Wirtschaft
Region
Sport
E-Paper
Abo
Anmelden
"""),
        "lmid": [
            (2, "Foto: dpa/Matthias Rauscher"),
            (8, "Teilen"),
        ],
        "lbot": L("""
Kommentare (23)
Jetzt kommentieren
Themen: Landtag, Haushalt, Bayern
Impressum
Datenschutz
Cookie-Einstellungen
AGB
"""),
    },
    {
        "slug": "b7-de-hopfenernte",
        "register": "agriculture",
        "lang": "de",
        "paras": P("""
Hopfenernte in der Hallertau: Gute Qualität, aber weniger Menge

Die Hopfenpflanzer in der Hallertau rechnen in diesem Jahr mit einer Ernte von rund 32.500 Tonnen. Das wären etwa acht Prozent weniger als im Vorjahr, teilte der Verband Deutscher Hopfenpflanzer am Montag in Wolnzach mit.

Grund sei vor allem die Hitze im Juli, sagte Verbandspräsident Georg Leitner. „Die Dolden haben gut angesetzt, aber in den heißen Wochen ist vieles nicht mehr gewachsen.“

Bei den Aromasorten wie Perle und Hallertauer Tradition fällt das Minus stärker aus als bei den Bittersorten. Der Alphasäuregehalt, für Brauereien entscheidend, liege dagegen im langjährigen Mittel.

Bewässerung

Immer mehr Betriebe setzen auf Tropfbewässerung. Nach Angaben des Verbands sind inzwischen rund 40 Prozent der Hopfenfläche in der Hallertau bewässert, vor zehn Jahren waren es weniger als 15 Prozent.

„Ohne Wasser geht es nicht mehr“, sagt Hopfenbauer Martin Sedlmair aus Mainburg, der 28 Hektar bewirtschaftet. Die Anlage habe ihn rund 90.000 Euro gekostet, gefördert wurde sie zur Hälfte.

Die Preise für Vertragshopfen sind weitgehend stabil. Auf dem freien Markt dagegen stehen die Erzeuger unter Druck, weil die Nachfrage der Brauereien weltweit sinkt.

Weltweit wird weniger Bier getrunken, vor allem in Nordamerika und Europa. Alkoholfreie Biere wachsen, verbrauchen aber pro Hektoliter ähnlich viel Hopfen.

Die Ernte beginnt in den meisten Betrieben in der letzten Augustwoche und dauert bis Mitte September.

Zahlen

Anbaufläche Hallertau: 17.100 Hektar

Betriebe: 840

Erwartete Ernte: 32.500 Tonnen
"""),
        "head": [
            "Agrarblatt Bayern",
            "Pflanzenbau › Sonderkulturen",
            "Sie lesen 1 von 3 kostenlosen Artikeln in diesem Monat. Mit dem Digitalabo ab 6,90 € lesen Sie unbegrenzt.",
        ],
        "mid": [
            (4, "Landtechnik-Messe Agrotec Süd, 7.–9. Oktober in Landshut: Tickets jetzt im Vorverkauf sichern!"),
            (9, "Gesponsert | Pflanzenschutz für Sonderkulturen – jetzt Beratungstermin beim Fachhandel vereinbaren"),
        ],
        "tail": [
            "Verpassen Sie keine Marktberichte mehr: Folgen Sie Agrarblatt Bayern auf WhatsApp.",
            "Jobs in der Landwirtschaft finden Sie in unserer Stellenbörse agrarjobs-bayern.de.",
            "Quelle: Verband Deutscher Hopfenpflanzer / eigene Recherche",
            "Alle Rechte vorbehalten © Landwirtschaftsverlag Süd GmbH",
        ],
        "mixed": [
            (2, "start", "Lesezeit: 3 Minuten"),
            (8, "end", "Diesen Artikel merken"),
        ],
        "ltop": L("""
Agrarblatt Bayern
Märkte & Preise
Technik
Tier
Pflanze
Betriebsführung
Heftarchiv
"""),
        "lmid": [
            (1, "Bild: Ernte auf einem Hopfengarten bei Wolnzach © Agrarblatt/Huber"),
            (10, "Mehr zum Thema: Wassermangel in Niederbayern"),
        ],
        "lbot": L("""
Artikel teilen
Drucken
Das könnte Sie auch interessieren
Milchpreis steigt erneut
Newsletter abonnieren
Datenschutzerklärung
Impressum
"""),
    },
    {
        "slug": "b7-de-ratgeber-abo-kuendigen",
        "register": "advice column",
        "lang": "de",
        "trap": True,
        "trap_promo": ("tail", "Sie haben auch eine Frage an unsere Verbraucherredaktion? Schreiben Sie an ratgeber@nordkurier-online.de."),
        "paras": P("""
Leserfrage: Mein Streaming-Abo verlängert sich ständig – wie komme ich raus?

„Ich habe vor zwei Jahren ein Jahresabo bei einem Musikdienst abgeschlossen. Jetzt wurde es schon zum zweiten Mal um zwölf Monate verlängert, und ich soll wieder 119 Euro zahlen. Muss ich das?“ – Ingrid M., Neubrandenburg

Liebe Frau M., die gute Nachricht zuerst: In den meisten Fällen müssen Sie nicht ein weiteres Jahr zahlen.

Seit dem 1. März 2022 gilt in Deutschland das Gesetz für faire Verbraucherverträge. Danach dürfen sich Verträge, die nach diesem Datum geschlossen wurden, nach Ablauf der Mindestlaufzeit nur noch auf unbestimmte Zeit verlängern. Sie können dann jederzeit mit einer Frist von höchstens einem Monat kündigen.

Auch ältere Verträge

Wurde Ihr Abo vor März 2022 abgeschlossen, gelten noch die alten Regeln. Dann kann eine automatische Verlängerung um bis zu ein Jahr zulässig sein, wenn die Kündigungsfrist nicht eingehalten wurde. Prüfen Sie also zuerst das Datum Ihres Vertragsabschlusses.

Der Kündigungsbutton

Wer online ein Abo abschließen kann, muss es auch online kündigen können. Anbieter sind verpflichtet, auf ihrer Website einen gut sichtbaren Button mit der Aufschrift „Verträge hier kündigen“ oder ähnlich eindeutigen Worten anzubieten. Fehlt dieser Button, können Sie jederzeit und ohne Frist kündigen.

Kündigen Sie schriftlich oder über den Button und speichern Sie die Bestätigung. Ein Screenshot genügt, besser ist zusätzlich die Bestätigungs-E-Mail.

Schon abgebucht?

Wurde der Betrag bereits per Lastschrift eingezogen, können Sie ihn innerhalb von acht Wochen über Ihre Bank zurückholen. Informieren Sie den Anbieter aber zuvor, sonst droht Ärger mit Mahnungen.

Die Verbraucherzentralen bieten Musterbriefe für die Kündigung an. Wer unsicher ist, kann sich dort auch persönlich beraten lassen, die Beratung kostet je nach Bundesland zwischen 0 und 30 Euro.

Viel Erfolg!
"""),
        "head": [
            "Nordkurier Online – Ratgeber",
            "Geld & Recht | Leserfragen",
        ],
        "mid": [
            (3, "Unser Vorteilsabo: Nordkurier digital + Wochenendzeitung für 14,90 € im Monat. Jetzt bestellen"),
            (9, "WERBUNG"),
        ],
        "tail": [
            "Dieser Beitrag ersetzt keine Rechtsberatung im Einzelfall.",
            "Hat Ihnen dieser Ratgeber geholfen? ★★★★★ Jetzt bewerten",
            "Push-Mitteilungen aktivieren und keine Verbrauchertipps mehr verpassen",
        ],
        "mixed": [
            (2, "end", "Von Katrin Wolters · 5 Min. Lesezeit"),
            (12, "start", "Geld sparen leicht gemacht: Der Spar-Newsletter kommt jeden Montag."),
        ],
        "ltop": L("""
Nordkurier Online
Lokales
Mecklenburg-Vorpommern
Ratgeber
Podcast
Mein Konto
"""),
        "lmid": [
            (5, "Foto: Symbolbild/Adobe Stock"),
            (10, "Lesen Sie auch: Die fünf häufigsten Abofallen im Netz"),
        ],
        "lbot": L("""
Mehr zum Thema
Verbraucherrecht
Kommentare
Artikel teilen
Impressum
Datenschutz
Privatsphäre-Einstellungen
© Nordkurier Mediengruppe
"""),
    },
]
