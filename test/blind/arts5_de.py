from common import P, L

ARTICLES = [
dict(
    slug="b5-de-gemeinderat-freibad",
    lang="de",
    register="local/council",
    paras=P("""
Freibad Lindenau wird saniert – Eintritt steigt ab 2027

Gemeinderat stimmt nach langer Debatte für 6,8-Millionen-Plan

Von Katrin Oberländer

Lindenau. Das Freibad am Mühlweg bleibt erhalten: Der Gemeinderat hat am Donnerstagabend mit 19 zu 7 Stimmen beschlossen, das 1968 eröffnete Bad für rund 6,8 Millionen Euro zu sanieren. Die Arbeiten sollen im Herbst 2026 beginnen und vor der Badesaison 2028 abgeschlossen sein.

Noch im Frühjahr hatte die Verwaltung vorgeschlagen, das Bad zu schließen und stattdessen das Hallenbad im Schulzentrum zu erweitern. Dagegen hatte sich eine Bürgerinitiative gebildet, die innerhalb von sechs Wochen mehr als 3.100 Unterschriften sammelte.

„Das Freibad ist im Sommer das Wohnzimmer dieser Stadt“, sagte Sabine Kröger von der Initiative „Rettet das Mühlwegbad“ nach der Abstimmung.

Was sich ändert

Das Nichtschwimmerbecken wird verkleinert und erhält eine Edelstahlauskleidung, die Technik wird komplett erneuert. Neu hinzu kommt ein Wasserspielplatz für Kleinkinder.

Der Bund fördert das Projekt mit 2,1 Millionen Euro aus dem Programm zur Sanierung kommunaler Sportstätten. Den Rest muss die Stadt über Kredite finanzieren.

Um die laufenden Kosten zu decken, steigt der Eintritt für Erwachsene ab der Saison 2027 von 3,50 auf 4,50 Euro. Kinder und Jugendliche zahlen weiterhin 2 Euro, die Saisonkarte für Familien kostet künftig 95 Euro.

Kämmerer Jürgen Hassel warnte, die Entscheidung schränke den Spielraum für andere Projekte ein: „Wir werden an anderer Stelle verzichten müssen, und das wird nicht jedem gefallen.“

Die Fraktion der Freien Wähler stimmte geschlossen dagegen. Ihr Sprecher Markus Lenz kritisierte, die Folgekosten seien nicht ausreichend berechnet worden.

In der Saison 2026 bleibt das Bad wie gewohnt von Mitte Mai bis Anfang September geöffnet.
"""),
    head=[
        "Lindenauer Anzeiger › Lokales › Lindenau",
        "Sie haben 2 von 3 kostenlosen Artikeln gelesen. Jetzt LA+ testen: 4 Wochen für 0,99 €",
    ],
    mid=[
        ("Noch im Frühjahr hatte", "Lesen Sie auch: Hallenbad im Schulzentrum – Sanierungsstau von 4 Millionen Euro"),
        ("Der Bund fördert das Projekt", "Anzeige"),
        ("Kämmerer Jürgen Hassel", "Wissen, was in Lindenau los ist: Der Newsletter „Lindenau am Morgen“ kommt werktags um 6 Uhr in Ihr Postfach. Kostenlos anmelden."),
    ],
    tail=[
        "Artikel teilen: Facebook · WhatsApp · E-Mail · Link kopieren",
        "Mehr aus Lindenau: Neues Baugebiet am Kirchberg · Stadtfest 2026: Das ist das Programm",
        "Haben Sie Hinweise für die Redaktion? Schreiben Sie an lokales@lindenauer-anzeiger.example",
        "© Lindenauer Anzeiger 2026 – Alle Rechte vorbehalten",
    ],
    mixed=[
        ("Von Katrin Oberländer", "end", "Aktualisiert: 24.04.2026, 21:47 Uhr"),
        ("„Das Freibad ist im Sommer", "end", "Foto: Archiv/Lindenauer Anzeiger"),
        ("Das Nichtschwimmerbecken", "start", "ANZEIGE"),
        ("In der Saison 2026 bleibt", "end", "Jetzt die LA-App herunterladen und keine Eilmeldung aus der Region mehr verpassen."),
    ],
    ltop=L("""
Startseite
Lokales
Region
Sport & Vereine
Kultur
Traueranzeigen
Abo
E-Paper
"""),
    lmid=[
        ("Was sich ändert", "Zur Startseite"),
        ("Um die laufenden Kosten", "Weitere Artikel zum Thema"),
    ],
    lbot=L("""
Kommentare (23)
Impressum
Datenschutz
Cookie-Einstellungen
AGB
Kontakt
"""),
),
dict(
    slug="b5-de-rezept-zwetschgendatschi",
    lang="de",
    register="recipe",
    paras=P("""
Zwetschgendatschi vom Blech – wie bei Oma

Wenn Ende August die ersten Hauszwetschgen reif sind, steht bei uns am Wochenende ein Blech Datschi auf dem Tisch. Das Rezept stammt von meiner Oma aus Augsburg und hat sich in fünfzig Jahren kaum verändert.

Der Boden ist ein einfacher Hefeteig, nicht zu süß, damit die säuerlichen Zwetschgen zur Geltung kommen. Wer mag, gibt Streusel darüber – in Augsburg wird darüber seit Generationen gestritten.

Welche Zwetschgen eignen sich?

Am besten echte Hauszwetschgen, die spät im Jahr reifen. Sie haben festes Fruchtfleisch und lassen sich leicht entsteinen. Frühe Sorten werden beim Backen schnell matschig.

Zutaten für ein Blech

500 g Weizenmehl Type 550

1 Würfel frische Hefe

2 kg Zwetschgen

Zubereitung

Die Hefe in lauwarmer Milch mit einem Teelöffel Zucker auflösen und zehn Minuten gehen lassen. Mit Mehl, Butter, Ei, Zucker und einer Prise Salz zu einem glatten Teig kneten und zugedeckt eine Stunde ruhen lassen.

Die Zwetschgen waschen, entsteinen und an einer Seite einschneiden. Den Teig auf dem gefetteten Blech ausrollen und die Früchte dachziegelartig und dicht an dicht daraufsetzen.

Im vorgeheizten Ofen bei 200 Grad Ober-/Unterhitze etwa 35 Minuten backen. Noch warm mit Zimtzucker bestreuen.

„Der Datschi muss so dicht belegt sein, dass man den Teig nicht mehr sieht“ – das sagt Oma bis heute.
"""),
    head=[
        "Direkt zum Rezept",
        "Werbung | Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas kaufst, erhalte ich eine kleine Provision – für dich ändert sich am Preis nichts.",
    ],
    mid=[
        ("Der Boden ist ein einfacher Hefeteig", "Du willst keine Rezepte mehr verpassen? Trag dich für meine Backpost ein und bekomme jeden Sonntag ein neues Lieblingsrezept!"),
        ("2 kg Zwetschgen", "Mein Tipp: Mit diesem Kirschentkerner von Westmark geht das Entsteinen doppelt so schnell – aktuell 12,99 € bei Amazon*"),
        ("Die Zwetschgen waschen", "Rezept merken ♡"),
    ],
    tail=[
        "Rezept drucken",
        "Hast du das Rezept ausprobiert? Dann bewerte es mit ★★★★★ und verlinke mich auf Instagram mit @backliebe_anna #backliebe",
        "Das könnte dir auch gefallen: Apfelkuchen mit Mandelkruste · Schneller Hefezopf · Rhabarber-Streuselkuchen",
        "* Affiliate-Link",
    ],
    mixed=[
        ("Wenn Ende August die ersten", "start", "Noch mehr Backideen gibt's auf meinem YouTube-Kanal – jetzt kostenlos abonnieren!"),
        ("Am besten echte Hauszwetschgen", "end", "Pinne das Rezept auf Pinterest!"),
        ("Die Hefe in lauwarmer Milch", "start", "Kochmodus: Bildschirm nicht ausschalten"),
        ("Im vorgeheizten Ofen", "end", "Werbung"),
    ],
    ltop=L("""
Backliebe
Rezepte
Kuchen
Brot & Brötchen
Weihnachtsbäckerei
Über mich
"""),
    lmid=[
        ("Zutaten für ein Blech", "Zutaten bei REWE bestellen"),
        ("Zubereitung", "Einkaufsliste erstellen"),
    ],
    lbot=L("""
Kommentare (58)
Antworten
Impressum & Datenschutz
© 2026 Backliebe. Alle Rechte vorbehalten.
"""),
),
dict(
    slug="b5-de-trap-newsletter-startup",
    lang="de",
    register="finance",
    trap=True,
    trap_promo=("tail", "Abonnieren Sie unseren Newsletter „Gründerszene kompakt“ – jeden Dienstag die wichtigsten Deals."),
    paras=P("""
Newsletter-Startup Postfach sammelt 12 Millionen Euro ein

Das Berliner Unternehmen will zahlenden Lesern künftig auch Podcasts und eine App anbieten

Berlin (dpa) – Das Berliner Start-up Postfach, das Journalistinnen und Journalisten eine Plattform für bezahlte E-Mail-Newsletter bietet, hat in einer Finanzierungsrunde 12 Millionen Euro eingesammelt. Angeführt wurde die Runde vom Münchner Investor Isar Ventures, wie das Unternehmen am Dienstag mitteilte.

Auf Postfach betreiben nach eigenen Angaben rund 2.400 Autorinnen und Autoren ihre Newsletter. Leser können diese kostenlos abonnieren oder für Zusatzinhalte monatlich zahlen, meist zwischen 5 und 10 Euro. Die Plattform behält zehn Prozent der Einnahmen.

Mit dem frischen Geld will Postfach eine eigene App entwickeln und künftig auch Podcasts anbieten. Zudem sollen Autoren einfacher von anderen Plattformen wechseln können, inklusive ihrer Abonnentenlisten.

„Immer mehr Journalisten wollen unabhängig von Verlagen arbeiten, aber nicht allein mit der Technik kämpfen“, sagte Mitgründerin Lea Brandt.

Markt wächst, aber langsam

Der Markt für bezahlte Newsletter in Deutschland gilt als klein. Nach einer Studie der Universität Hohenheim haben nur etwa vier Prozent der Internetnutzer schon einmal für einen Newsletter bezahlt.

Branchenbeobachter sehen dennoch Potenzial. Viele Leser seien der Werbung und der Cookie-Banner auf Nachrichtenseiten überdrüssig, sagte die Medienökonomin Petra Voss. „Ein Newsletter landet einfach im Postfach. Keine Pop-ups, keine Tracker.“

Zu den bekanntesten Autoren der Plattform zählt der frühere Wirtschaftsredakteur Tobias Reimann, dessen Finanz-Newsletter nach Unternehmensangaben mehr als 9.000 zahlende Abonnenten hat.

Postfach wurde 2022 gegründet und beschäftigt 34 Mitarbeiter. Profitabel ist das Unternehmen noch nicht.
"""),
    head=[
        "Wirtschaft › Medien",
        "Dieser Artikel ist nur für Abonnenten verfügbar – 1 Monat für 1 € lesen, danach 9,99 € monatlich, jederzeit kündbar.",
    ],
    mid=[
        ("Auf Postfach betreiben", "Aktien-Ticker: DAX 18.412 ▲ 0,4 % · MDAX 26.130 ▼ 0,2 %"),
        ("„Immer mehr Journalisten", "Anzeige – Weiterlesen nach der Anzeige"),
        ("Branchenbeobachter sehen", "Auch interessant: Zeitungsverlage setzen auf KI-Übersetzungen"),
    ],
    tail=[
        "Folgen Sie dem Wirtschaftsressort auf LinkedIn",
        "Zur Startseite",
    ],
    mixed=[
        ("Berlin (dpa)", "start", "Veröffentlicht am 10.03.2026 um 11:05 Uhr"),
        ("Mit dem frischen Geld", "end", "Hören Sie diesen Artikel (3 Min.)"),
        ("Der Markt für bezahlte Newsletter", "end", "Teilen: Facebook X LinkedIn E-Mail"),
        ("Postfach wurde 2022 gegründet", "end", "Mehr zum Thema Start-ups"),
    ],
    ltop=L("""
Politik
Wirtschaft & Börse
Finanzen
Digital
Panorama
Anmelden
Jetzt abonnieren
"""),
    lmid=[
        ("Markt wächst, aber langsam", "Artikel merken"),
        ("Zu den bekanntesten Autoren", "Bildquelle: picture alliance/dpa"),
    ],
    lbot=L("""
Themen: Medien · Start-ups · Berlin
Zustimmung verwalten
Datenschutzerklärung
Impressum
Barrierefreiheit
"""),
),
]
