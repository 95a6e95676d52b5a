"""blind11, German part 1: Bericht aus der Gemeinderatssitzung Oberweiler (city council meeting
minutes), Unwetterwarnung für Südbayern (weather warning), and a report on the new consent rules
for cookie banners (trap: tech policy news)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-de-gemeinderat-oberweiler",
        "register": "city council meeting minutes",
        "lang": "de",
        "paras": P("""
Aus der Sitzung des Gemeinderates vom 23. September 2025

Öffentliche Sitzung im Bürgersaal des Rathauses, Beginn 19.00 Uhr, Ende 21.40 Uhr. Anwesend: Bürgermeisterin Sabine Kessler als Vorsitzende sowie 15 von 18 Gemeinderatsmitgliedern. Die Sitzung wurde ordnungsgemäß einberufen; der Gemeinderat war beschlussfähig.

TOP 1: Fragestunde der Einwohnerinnen und Einwohner

Ein Anwohner der Lindenstraße erkundigte sich nach dem Stand der angekündigten Geschwindigkeitsmessungen vor der Grundschule. Die Vorsitzende teilte mit, dass das Landratsamt eine stationäre Messung für Oktober zugesagt habe. Eine Bürgerin regte an, die Öffnungszeiten des Wertstoffhofs im Winter auf den Samstagvormittag auszuweiten. Die Verwaltung wird dies prüfen.

TOP 2: Bebauungsplan „Am Mühlbach“ – Abwägung der Stellungnahmen und Satzungsbeschluss

Im Rahmen der öffentlichen Auslegung waren 14 Stellungnahmen von Bürgerinnen und Bürgern sowie sechs Stellungnahmen von Behörden eingegangen. Hauptthemen waren die Höhe der geplanten Mehrfamilienhäuser, der Hochwasserschutz am Mühlbach und die Zahl der Stellplätze. Das Planungsbüro Hartmann & Frey erläuterte die Abwägungsvorschläge. Die maximale Gebäudehöhe wurde von 12,50 Metern auf 11,00 Meter reduziert.

Gemeinderat Thomas Weidner (Freie Wähler) kritisierte, dass nur zehn Prozent der Wohnungen als geförderter Wohnraum vorgesehen seien. Gemeinderätin Ayşe Demir (SPD) schloss sich dem an und beantragte, den Anteil auf 20 Prozent zu erhöhen. Der Antrag wurde mit 6 Ja-Stimmen zu 10 Nein-Stimmen abgelehnt.

Beschluss: Der Gemeinderat billigt die Abwägung und beschließt den Bebauungsplan „Am Mühlbach“ in der Fassung vom 2. September 2025 als Satzung.

Abstimmungsergebnis: 12 Ja, 3 Nein, 1 Enthaltung

TOP 3: Sanierung der Sporthalle – Vergabe der Dachdeckerarbeiten

Für die Erneuerung des Hallendachs waren fünf Angebote eingegangen. Wirtschaftlichstes Angebot ist das der Firma Brenner Bedachungen GmbH aus Weilheim mit 418.640,27 Euro brutto. Die Kostenberechnung hatte bei 395.000 Euro gelegen. Die Arbeiten sollen in den Sommerferien 2026 erfolgen, damit der Schul- und Vereinssport möglichst wenig beeinträchtigt wird.

Beschluss: einstimmig

TOP 4: Bekanntgaben und Anfragen

Die Vorsitzende gab bekannt, dass der Weihnachtsmarkt am ersten Adventswochenende wieder auf dem Kirchplatz stattfindet. Gemeinderat Lukas Brandl (CSU) fragte nach dem Zeitplan für den Glasfaserausbau im Ortsteil Unterau. Laut Verwaltung soll der Ausbau im Frühjahr 2026 beginnen.

Die nächste öffentliche Sitzung findet am Dienstag, 21. Oktober 2025, um 19.00 Uhr statt.

Für die Richtigkeit: Martina Huber, Schriftführerin
"""),
        "head": [
            "Startseite > Rathaus & Politik > Gemeinderat > Sitzungsberichte",
            "Bürgerservice online: Vereinbaren Sie Ihren Termin im Einwohnermeldeamt bequem von zu Hause aus.",
            "Amtsblatt digital – jetzt kostenlos abonnieren und jeden Donnerstag per E-Mail erhalten!",
        ],
        "mid": [
            ("Ein Anwohner der Lindenstraße", "Anzeige\nMalerbetrieb Seitz – Ihr Meisterbetrieb in Oberweiler seit 1978. Fassaden, Innenräume, Bodenbeläge. Tel. 08841 62 90"),
            ("Abstimmungsergebnis", "Hinweis: Die vollständigen Sitzungsunterlagen finden Sie im Ratsinformationssystem."),
            ("Beschluss: einstimmig", "Die Gemeinde Oberweiler auf Instagram: @gemeinde_oberweiler – folgen Sie uns für aktuelle Meldungen aus dem Rathaus!"),
        ],
        "tail": [
            "Seite drucken | Seite empfehlen | Nach oben",
            "Weitere Meldungen\nSperrung der Kreisstraße WM 12 ab 6. Oktober\nFundsachen im September\nBlutspendetermin im Pfarrheim",
            "Anzeige\nIhr Zuhause in guten Händen – Immobilienbewertung kostenlos & unverbindlich. Sparkasse Oberland Immobilien.",
        ],
        "mixed": [
            ("Gemeinderat Thomas Weidner", "start", "Anzeige"),
            ("Die nächste öffentliche Sitzung", "end", "Alle Termine auch im Veranstaltungskalender der Gemeinde."),
            ("TOP 4", "start", "Zurück zur Übersicht"),
            ("Für die Erneuerung", "end", "Jetzt die Oberweiler-App herunterladen und keine Bekanntmachung mehr verpassen."),
        ],
        "ltop": L("""
Diese Website verwendet Cookies. Einige davon sind technisch notwendig, andere helfen uns, unser Angebot zu verbessern.
Alle akzeptieren | Nur notwendige | Einstellungen
Gemeinde Oberweiler
Rathaus & Politik | Leben in Oberweiler | Wirtschaft | Tourismus | Bürgerservice
Schriftgröße A A A | Leichte Sprache | Gebärdensprache
Sie sind hier: Startseite › Rathaus & Politik › Gemeinderat
"""),
        "lmid": [
            ("TOP 2: Bebauungsplan", "Anzeige"),
            ("Für die Erneuerung", "Mitteilungsblatt Oberweiler – Erscheinungsweise wöchentlich, Anzeigenschluss Dienstag 10 Uhr"),
        ],
        "lbot": L("""
Kontakt | Impressum | Datenschutz | Barrierefreiheit | Sitemap
Gemeinde Oberweiler · Rathausplatz 1 · 82399 Oberweiler
© 2025 Gemeinde Oberweiler
"""),
    },
    {
        "slug": "b14-de-unwetterwarnung-suedbayern",
        "register": "weather warning",
        "lang": "de",
        "paras": P("""
Unwetterwarnung für Südbayern: Bis zu 90 Liter Regen am Alpenrand

Der Deutsche Wetterdienst warnt vor Dauerregen und Hochwasser – besonders betroffen sind die Landkreise Garmisch-Partenkirchen, Bad Tölz-Wolfratshausen und Miesbach

Stand: Freitag, 14.30 Uhr

MÜNCHEN –

Ein Tief über Norditalien sorgt ab Freitagabend für ergiebigen Dauerregen in weiten Teilen Südbayerns. Der Deutsche Wetterdienst (DWD) hat für mehrere Landkreise am Alpenrand eine Unwetterwarnung der Stufe 3 von 4 herausgegeben. Bis Sonntagmittag können dort zwischen 60 und 90 Liter Regen pro Quadratmeter fallen, in Staulagen örtlich sogar mehr.

„Die Böden sind nach den Niederschlägen der vergangenen Woche bereits stark gesättigt“, sagte DWD-Meteorologin Katrin Obermaier. „Deshalb kann das Wasser kaum noch versickern und fließt direkt in die Bäche und Flüsse.“

Betroffene Landkreise (Stufe 3):

Garmisch-Partenkirchen

Bad Tölz-Wolfratshausen

Miesbach

Rosenheim (südlicher Teil)

Der Hochwassernachrichtendienst Bayern rechnet an Loisach, Isar und Mangfall mit steigenden Pegeln. An einzelnen Messstellen könnte die Meldestufe 2 erreicht werden. In München wird die Isar voraussichtlich am Sonntag deutlich anschwellen, eine Gefahr für bebaute Gebiete besteht dort nach derzeitigem Stand aber nicht.

Was bedeutet Warnstufe 3?

Eine Unwetterwarnung der Stufe 3 wird ausgegeben, wenn gefährliche Wettererscheinungen zu erwarten sind, die Schäden an Gebäuden und Infrastruktur verursachen können. Der DWD rät, Keller und Tiefgaragen zu meiden, Fahrzeuge aus Senken zu entfernen und sich nicht in der Nähe von Bachläufen aufzuhalten.

Auch in den Bergen ist Vorsicht geboten. Oberhalb von etwa 2000 Metern geht der Regen in der Nacht auf Sonntag in Schnee über. Der Deutsche Alpenverein rät von Touren im hochalpinen Gelände ab.

Die Deutsche Bahn kündigte an, die Strecke zwischen Garmisch-Partenkirchen und Mittenwald vorsorglich zu überwachen. Einschränkungen seien möglich.

Ab Sonntagnachmittag lässt der Regen von Westen her nach. Zum Wochenbeginn wird es trockener, aber mit Höchstwerten um 12 Grad deutlich kühler als zuletzt.
"""),
        "head": [
            "Wetter › Unwetter › Bayern",
            "Anzeige\nJetzt Elementarschaden absichern: Hausratversicherung mit Starkregenschutz ab 4,90 € im Monat.",
            "Unwetterwarnungen direkt aufs Handy: Laden Sie jetzt die kostenlose WetterBlick-App mit Push-Benachrichtigung.",
        ],
        "mid": [
            ("„Die Böden sind", "Live-Regenradar: Hier sehen Sie, wo es gerade regnet ›"),
            ("Rosenheim (südlicher Teil)", "Anzeige"),
            ("Eine Unwetterwarnung der Stufe 3", "Mehr zum Thema\nHochwasser 2024: Was aus den Schäden in Schwaben gelernt wurde\nSo schützen Sie Ihren Keller vor Starkregen"),
        ],
        "tail": [
            "Unser Unwetter-Newsletter informiert Sie kostenlos, sobald für Ihre Region eine Warnung vorliegt. Jetzt anmelden!",
            "WetterBlick Pro: Werbefrei, 14-Tage-Trend und Radar in HD – die ersten 30 Tage gratis.",
            "Teilen: WhatsApp | Facebook | X | E-Mail",
            "Quelle: Deutscher Wetterdienst, Hochwassernachrichtendienst Bayern. Foto: dpa/Peter Kneffel",
        ],
        "mixed": [
            ("„Die Böden sind", "end", "Mehr Wetter-News gibt es auf unserem WhatsApp-Kanal."),
            ("Der Hochwassernachrichtendienst", "start", "Anzeige"),
            ("MÜNCHEN", "start", "Artikel vorlesen lassen"),
            ("Ab Sonntagnachmittag", "end", "14-Tage-Wetter für Ihren Ort: Jetzt PLZ eingeben."),
            ("Die Deutsche Bahn", "start", "Lesen Sie auch: Bahnchaos nach Sturm – diese Strecken sind gesperrt"),
        ],
        "ltop": L("""
Wir verwenden Cookies und ähnliche Technologien. Mit „Akzeptieren“ stimmen Sie der Verarbeitung zu.
Akzeptieren | Ablehnen und mit Pur-Abo weiter | Einstellungen
WetterBlick
Vorhersage | Regenradar | Unwetter | Pollenflug | Ski & Berg | Reisewetter
Ort oder PLZ eingeben
Wetter › Unwetter › Bayern
"""),
        "lmid": [
            ("Ein Tief über Norditalien", "Anzeige"),
            ("Miesbach", "Ihr Wetter in München: 11 °C, Regen"),
            ("Auch in den Bergen", "Beliebte Artikel: Goldener Oktober? Das sagt der Langfristtrend"),
        ],
        "lbot": L("""
Wetter für Ihren Urlaub
Impressum | Datenschutz | Datenschutz-Einstellungen | AGB | Werben auf WetterBlick
© 2025 WetterBlick GmbH. Alle Angaben ohne Gewähr.
"""),
    },
    {
        "slug": "b14-de-trap-cookie-einwilligung",
        "register": "tech policy news",
        "lang": "de",
        "trap": True,
        "paras": P("""
Cookie-Banner: Was die neue Einwilligungsverordnung ändert

Verbraucher sollen ihre Cookie-Entscheidungen künftig zentral über einen anerkannten Dienst verwalten können. Datenschützer sind skeptisch, Verlage warnen vor Einnahmeverlusten

Von Jana Lindqvist

Wer im Netz unterwegs ist, kennt das Ritual: Noch bevor man die erste Zeile eines Artikels lesen kann, schiebt sich ein Banner ins Bild. „Alle akzeptieren“ ist meist groß und farbig, „Ablehnen“ versteckt sich hinter „Einstellungen“ oder ist gar nicht zu finden. Eine Verordnung, die nun in Kraft tritt, soll das Klicken erleichtern.

Die Einwilligungsverwaltungsverordnung, kurz EinwV, regelt sogenannte anerkannte Dienste zur Einwilligungsverwaltung. Nutzer können dort einmal festlegen, welchen Arten von Cookies und Trackern sie zustimmen und welchen nicht. Websites, die sich dem System anschließen, sollen diese Entscheidungen respektieren, statt jedes Mal erneut nachzufragen.

Der Haken: Die Teilnahme ist für Website-Betreiber freiwillig. „Ohne Pflicht für die großen Plattformen wird das ein Nischenangebot bleiben“, sagt Ramona Ebert vom Verbraucherzentrale Bundesverband.

Die Anbieter solcher Dienste müssen sich bei der Bundesbeauftragten für den Datenschutz anerkennen lassen. Sie dürfen kein eigenes wirtschaftliches Interesse an den Einwilligungen haben und müssen nachweisen, dass ihre Oberfläche neutral gestaltet ist.

Was Nutzer jetzt tun können

Wer sich über Cookie-Banner ärgert, muss nicht auf die neuen Dienste warten. Browser wie Firefox und Brave blockieren Tracking-Cookies von Drittanbietern schon heute weitgehend, Erweiterungen können Banner automatisch ablehnen. Allerdings funktionieren manche Seiten dann nur eingeschränkt.

Ein Sonderfall sind die sogenannten Pur-Abos. Viele Nachrichtenseiten bieten Lesern an, entweder der Werbung mit Tracking zuzustimmen oder ein Abo für einige Euro im Monat abzuschließen, das Werbung und Tracking abschaltet. Die Datenschutzkonferenz hält dieses „Pay or Okay“-Modell grundsätzlich für zulässig, sofern das Abo angemessen bepreist ist.

Verlage sehen die Verordnung mit gemischten Gefühlen. Ein Sprecher des Medienverbands der freien Presse sagte, personalisierte Werbung finanziere einen erheblichen Teil des Journalismus im Netz. Wenn Nutzer pauschal ablehnten, fehle dieses Geld. Schon heute stimmten je nach Seite nur noch 60 bis 80 Prozent der Besucher dem Tracking zu.

Auch Newsletter und Apps seien kein Ausweg, heißt es aus der Branche: Wer eine App installiert oder sich für einen Newsletter anmeldet, müsse dort ebenfalls um Einwilligung gebeten werden.

Die EU-Kommission arbeitet parallel an einer eigenen Lösung. Im Gespräch ist, Browser zu verpflichten, eine einmal getroffene Entscheidung automatisch an alle Websites zu übermitteln. Ein Entwurf wird für das kommende Jahr erwartet.

Bis dahin, sagt Verbraucherschützerin Ebert, bleibe nur eines: „Genau hinschauen, bevor man klickt.“
"""),
        "trap_promo": ("Die Anbieter solcher Dienste", "Anzeige"),
        "head": [
            "Netzpolitik › Datenschutz",
            "Jetzt 4 Wochen kostenlos testen: DigitalKompass+ mit allen Hintergründen, Analysen und Tests. Danach 9,95 € monatlich, jederzeit kündbar.",
            "Lesezeit: 4 Min.",
        ],
        "mid": [
            ("Die Anbieter solcher Dienste", "Anzeige"),
            ("Wer sich über Cookie-Banner", "Mehr zum Thema\nDSGVO-Bußgelder: Die teuersten Strafen des Jahres\nTracking-Schutz im Browser: Firefox, Chrome und Safari im Vergleich"),
            ("Verlage sehen die Verordnung", "Sie lesen gerade einen kostenlosen Artikel. Unterstützen Sie unabhängigen Tech-Journalismus mit einem DigitalKompass+-Abo."),
        ],
        "tail": [
            "Dieser Artikel ist zuerst in DigitalKompass 21/2025 erschienen. Heft jetzt im Shop bestellen – versandkostenfrei ab 15 €.",
            "Kommentare lesen (312 Beiträge)",
            "Zur Startseite\nDigitalKompass auf Mastodon folgen: @digitalkompass@social.example",
            "Webinar: DSGVO-konformes Tracking für Online-Shops – am 12. November live mit unseren Experten. Jetzt Platz sichern!",
        ],
        "mixed": [
            ("Der Haken: Die Teilnahme", "end", "Mehr Netzpolitik gibt’s jeden Freitag im Newsletter „Netz & Recht“ – jetzt kostenlos abonnieren."),
            ("Ein Sonderfall sind", "start", "Anzeige"),
            ("Die EU-Kommission arbeitet", "end", "Artikel teilen: Mastodon | LinkedIn | E-Mail"),
            ("Von Jana Lindqvist", "end", "Folgen Sie Jana Lindqvist auf Bluesky: @janalindqvist.bsky.social"),
        ],
        "ltop": L("""
DigitalKompass
News | Tests | Ratgeber | Netzpolitik | Podcast | DigitalKompass+
Anmelden
Netzpolitik › Datenschutz
"""),
        "lmid": [
            ("Die Einwilligungsverwaltungsverordnung", "Anzeige"),
            ("Was Nutzer jetzt tun können", "Top-Deal: Router FRITZ!Box 7690 für 239 € bei Elektro-Brandt"),
            ("Auch Newsletter und Apps", "Meistgelesen: Windows 10: So bekommen Sie ein weiteres Jahr Updates"),
        ],
        "lbot": L("""
Kommentieren
Impressum | Datenschutzerklärung | Cookies & Tracking | Mediadaten | Abo kündigen
© 2025 DigitalKompass Verlag GmbH & Co. KG
"""),
    },
]
