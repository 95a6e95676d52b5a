from common import P, L

ARTICLES = [
    {
        "slug": "b10-de-radverein",
        "lang": "de",
        "register": "cycling club",
        "paras": P("""
RSV Blau-Weiß Lindau: Saisonauftakt mit 140 Fahrern und einem Sturz im Regen

Die traditionelle Anradel-Tour führte am Sonntag über 78 Kilometer durch das Westallgäu. Ein Bericht von der Vereinsausfahrt.

LINDAU – Um kurz nach neun Uhr standen am Sonntag so viele Rennräder vor dem Vereinsheim am Aeschacher Ufer wie seit Jahren nicht mehr. 140 Mitglieder und Gäste hatten sich zur Anradel-Tour des RSV Blau-Weiß Lindau angemeldet, 30 mehr als im Vorjahr.

Gefahren wurde in drei Gruppen: Die schnelle Gruppe mit einem Schnitt von 30 km/h, die Genussgruppe mit 24 km/h und erstmals eine E-Bike-Gruppe, die vor allem ältere Mitglieder ansprach.

Die Strecke

Lindau – Wangen – Argenbühl – Opfenbach – Lindau

78 Kilometer, 820 Höhenmeter

Kurz hinter Wangen setzte Regen ein. In einer Abfahrt bei Eglofs stürzte ein Fahrer der schnellen Gruppe auf nasser Fahrbahn; er wurde mit Prellungen ins Krankenhaus gebracht und konnte es am Abend wieder verlassen.

„Das zeigt, wie wichtig Abstand und angepasste Geschwindigkeit sind“, sagte Tourenwart Markus Gebhart. Der Verein bietet deshalb im April wieder ein Fahrtechnik-Training für Einsteiger an.

Mehr Frauen im Verein

Besonders freut sich der Vorstand über den Zulauf bei den Frauen. Seit Gründung der Damengruppe im vergangenen Sommer sind 23 neue Mitglieder eingetreten. Die Gruppe trifft sich jeden Donnerstag um 18 Uhr und verabredet sich über eine eigene Messenger-Gruppe.

Der Mitgliedsbeitrag bleibt nach Beschluss der Jahreshauptversammlung bei 60 Euro für Erwachsene; Jugendliche zahlen 25 Euro.

Im Ziel gab es Kuchen und Kaffee, gespendet von der Bäckerei Hagspiel. Der Erlös aus der Kaffeekasse, 412 Euro, geht an die Jugendabteilung.
"""),
        "head": [
            "Lokalsport · Radsport",
            "Sie wollen keine Nachrichten aus dem Landkreis verpassen? Abonnieren Sie jetzt unseren kostenlosen Newsletter „Lindau am Morgen“.",
        ],
        "mid": [
            ("Gefahren wurde in drei Gruppen", "Auch interessant: Bodensee-Radmarathon 2026 – Anmeldung startet im März"),
            ("„Das zeigt, wie wichtig Abstand", "Anzeige"),
            ("Besonders freut sich der Vorstand", "Jetzt 3 Monate für 0,99 € im Monat lesen – danach 9,99 € monatlich, jederzeit kündbar. Jetzt testen"),
        ],
        "tail": [
            "Sie möchten Ihren Vereinsbericht veröffentlichen? Schicken Sie Text und Foto an sport@seekurier.de.",
            "Mehr zum Thema: Radsport | Lindau | Vereine",
            "© Seekurier Mediengruppe 2026 – Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
        ],
        "mixed": [
            ("LINDAU – Um kurz nach neun Uhr", "start", "Lesen Sie auch: Neuer Radweg zwischen Lindau und Bregenz eröffnet."),
            ("Im Ziel gab es Kuchen", "end", "Folgen Sie dem Seekurier auf Instagram."),
            ("Kurz hinter Wangen setzte Regen ein.", "end", "Mehr Bilder in unserer Fotostrecke."),
            ("Der Mitgliedsbeitrag bleibt", "start", "Anzeige: Fahrradhaus Brugger – jetzt Frühjahrs-Check ab 49 Euro buchen!"),
        ],
        "ltop": L("""
Seekurier
Startseite
Lokales
Sport
Kultur
ePaper
Abo
Anmelden
Lokalsport Lindau
Von Thomas Kiechle
Veröffentlicht: 09.03.2026, 17:45 Uhr
Lesedauer: 3 Min.
Artikel anhören
Die Genussgruppe bei der Anfahrt auf Opfenbach. Foto: RSV Blau-Weiß Lindau
"""),
        "lmid": [
            ("Gefahren wurde in drei Gruppen", "Bildergalerie: Anradel-Tour 2026 (18 Bilder)"),
            ("„Das zeigt, wie wichtig Abstand", "Weitere Artikel aus Lindau"),
            ("Besonders freut sich der Vorstand", "SK+ Artikel weiterlesen mit Seekurier Digital"),
        ],
        "lbot": L("""
Artikel teilen
Kommentare (3)
Jetzt kommentieren
Meistgelesen
Unfall auf der B31: Straße stundenlang gesperrt
Impressum
Datenschutz
Privatsphäre-Einstellungen
AGB
Kontakt
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-de-hofladen-abo",
        "lang": "de",
        "register": "farm shop",
        "paras": P("""
Gemüsekiste im Abo: Wie ein Hofladen in der Wetterau seine Kundschaft bindet

Familie Seibert setzt auf wöchentliche Kisten, eine Treuekarte und eine App. Nicht alle Stammkunden sind begeistert.

Jeden Dienstag um sechs Uhr früh packen Anna und Jörg Seibert auf ihrem Hof in Rockenberg 190 Gemüsekisten. Kartoffeln, Möhren, Lauch, dazu im Winter Feldsalat und Äpfel aus dem eigenen Streuobstbestand.

Seit einem Jahr verkauft der Hofladen seine Kisten im Abonnement: Die kleine Kiste kostet 19,90 Euro, die große 29,90 Euro pro Woche. Kündigen können Kundinnen und Kunden mit einer Frist von zwei Wochen.

„Ohne die Abos hätten wir den Laden nicht halten können“, sagt Anna Seibert. „Vorher wussten wir nie, wie viel wir ernten sollen.“

Treuekarte und App

Wer im Laden einkauft, sammelt mit der neuen Treuekarte Stempel: Nach zehn Einkäufen gibt es einen Gutschein über fünf Euro. Bestellungen laufen inzwischen zu zwei Dritteln über eine App, die ein Start-up aus Friedberg entwickelt hat.

Nicht alle finden das gut. Die 78-jährige Hannelore Weil kauft seit 30 Jahren auf dem Hof ein. „Ich habe kein Smartphone. Ich will auch keins“, sagt sie. Die Seiberts nehmen ihre Bestellungen weiter am Telefon an.

Was eine Kiste enthält

Kartoffeln, 1,5 Kilogramm

Möhren, ein Kilogramm

Die Verbraucherzentrale Hessen rät, bei Abo-Modellen auf Kündigungsfristen und automatische Preisanpassungen zu achten. Die Seiberts haben ihren Preis seit dem Start nicht erhöht, behalten sich das aber vor.

Ab Mai will der Hof zusätzlich eine Eier-Flatrate anbieten: zehn Eier pro Woche für 4,50 Euro.
"""),
        "head": [
            "Wirtschaft regional",
            "Dieser Artikel ist Teil unserer Serie „Höfe in der Wetterau“. Alle Folgen finden Sie in unserem Dossier.",
            "Exklusiv für Abonnenten · WZ+",
        ],
        "mid": [
            ("Seit einem Jahr verkauft der Hofladen", "Das könnte Sie auch interessieren: Wochenmärkte in der Wetterau – alle Termine im Überblick"),
            ("Nicht alle finden das gut.", "Umfrage: Würden Sie Lebensmittel im Abo kaufen? Ja / Nein / Mache ich schon"),
            ("Die Verbraucherzentrale Hessen rät", "Anzeige – Bauernmarkt Friedberg: Jeden Samstag von 8 bis 13 Uhr auf der Kaiserstraße."),
        ],
        "tail": [
            "Mit Ihrem Abo unterstützen Sie unabhängigen Lokaljournalismus. Jetzt WZ+ für 1 Euro im ersten Monat testen.",
            "Haben Sie Hinweise für unsere Redaktion? Schreiben Sie uns: redaktion@wetterauer-zeitung.de",
            "Alle Rechte vorbehalten. © Wetterauer Zeitung",
        ],
        "mixed": [
            ("Jeden Dienstag um sechs Uhr früh", "start", "Sie lesen einen WZ+ Artikel."),
            ("Ab Mai will der Hof", "end", "Laden Sie jetzt die WZ-App herunter und lesen Sie alle Artikel auch offline."),
            ("Wer im Laden einkauft,", "start", "Anzeige"),
            ("„Ohne die Abos hätten wir", "end", "Abonnieren Sie unseren Podcast „Landgang“."),
        ],
        "ltop": L("""
Wetterauer Zeitung
Wetteraukreis
Kreisstadt
Bad Nauheim
Butzbach
Sport
Service
WZ+ abonnieren
Anmelden
Lokales aus dem Ostkreis
Erstellt: 11.03.2026, 06:30 Uhr
Von: Katrin Schuster
Kommentare
Teilen
Anna Seibert beim Packen der Kisten. © Katrin Schuster
"""),
        "lmid": [
            ("Seit einem Jahr verkauft der Hofladen", "Mehr zum Thema"),
            ("Nicht alle finden das gut.", "Hinweis: Dieser Inhalt enthält Affiliate-Links."),
            ("Die Verbraucherzentrale Hessen rät", "Zur Startseite"),
        ],
        "lbot": L("""
Newsletter
Jetzt anmelden
Mediadaten
Impressum
Datenschutz
Cookie-Einstellungen
Barrierefreiheit
Nutzungsbedingungen
"""),
        "trap": True,
        "trap_promo": ("Nicht alle finden das gut.", "Umfrage: Würden Sie Lebensmittel im Abo kaufen? Ja / Nein / Mache ich schon"),
    },
    {
        "slug": "b10-de-heimwerker-fliesen",
        "lang": "de",
        "register": "DIY/home improvement",
        "paras": P("""
Fliesen im Bad selbst verlegen: So klappt es auch ohne Profi

Mit Geduld, dem richtigen Kleber und einer Laserwasserwaage schaffen geübte Heimwerker ein kleines Bad an einem Wochenende.

Ein Fliesenleger kostet derzeit je nach Region zwischen 50 und 80 Euro pro Quadratmeter, dazu kommt das Material. Wer ein kleines Gäste-WC selbst fliest, kann mehrere Hundert Euro sparen. Doch Fehler beim Untergrund lassen sich später kaum korrigieren.

Das brauchen Sie

Fliesenkleber (flexibel, für Innenbereiche)

Laserwasserwaage oder lange Wasserwaage

Schritt 1: Untergrund prüfen

Der Untergrund muss tragfähig, eben und trocken sein. Alte Fliesen können überfliest werden, wenn sie fest sitzen; vorher sollten sie gründlich entfettet und mit Haftgrund behandelt werden.

Schritt 2: Raster planen

Legen Sie die Fliesen zunächst trocken aus. „Der häufigste Fehler ist, an einer Wand anzufangen und am Ende einen schmalen Streifen zu haben“, sagt Fliesenlegermeister Stefan Rauch aus Kassel. Besser sei es, von der Mitte aus zu planen.

Schritt 3: Kleben und verfugen

Kleber nur für etwa einen Quadratmeter auftragen, Fliesen leicht einschieben und mit dem Gummihammer andrücken. Nach 24 Stunden kann verfugt werden. Im Duschbereich ist eine Abdichtung unter den Fliesen Pflicht.

Für eine Fläche von vier Quadratmetern rechnet Rauch mit Materialkosten von 150 bis 250 Euro. Viele Baumärkte verleihen Nassschneider für rund 30 Euro am Tag.
"""),
        "head": [
            "Ratgeber › Bauen & Wohnen",
            "Transparenz: Wir verlinken auf Angebote von Partnern. Kaufen Sie darüber ein, erhalten wir eine Provision. Für Sie ändert sich der Preis nicht.",
        ],
        "mid": [
            ("Laserwasserwaage oder lange Wasserwaage", "Unser Testsieger: Bosch Quigo Kreuzlinienlaser für 54,99 € bei Amazon* (Preis kann sich inzwischen geändert haben)"),
            ("Legen Sie die Fliesen zunächst trocken aus.", "Video: Fugen richtig ausbessern – in 90 Sekunden erklärt"),
            ("Kleber nur für etwa einen Quadratmeter", "Gutschein: 10 % auf Fliesen im Onlineshop von Keramikwelt mit dem Code BAD10 – gültig bis 31.03."),
        ],
        "tail": [
            "*Affiliate-Link. Preise inkl. MwSt., zzgl. Versand. Stand: 05.03.2026.",
            "Mehr Ratgeber: Laminat verlegen · Wand spachteln · Silikonfugen erneuern",
            "Abonnieren Sie „Selbst gemacht“, den Heimwerker-Newsletter von Haus & Werk – jeden Freitag neue Projekte.",
            "War dieser Artikel hilfreich? Bewerten Sie ihn mit 1 bis 5 Sternen.",
        ],
        "mixed": [
            ("Ein Fliesenleger kostet derzeit", "start", "Dieser Artikel wurde zuletzt am 05.03.2026 aktualisiert."),
            ("Für eine Fläche von vier Quadratmetern", "end", "Jetzt Nassschneider günstig mieten bei Werkzeugverleih24."),
            ("Der Untergrund muss tragfähig", "end", "Passende Produkte finden Sie in unserem Shop."),
            ("Kleber nur für etwa einen Quadratmeter", "start", "Anzeige: Flexkleber von Ceresit – jetzt im Baumarkt."),
        ],
        "ltop": L("""
Haus & Werk
Bauen
Renovieren
Garten
Energie
Tests
Newsletter
Ratgeber
Von Lena Fischer
05.03.2026
6 Min. Lesezeit
Das Fliesenraster sollte vor dem Kleben trocken ausgelegt werden. Foto: Haus & Werk/Ralf Böhm
"""),
        "lmid": [
            ("Laserwasserwaage oder lange Wasserwaage", "Inhaltsverzeichnis"),
            ("Legen Sie die Fliesen zunächst trocken aus.", "Anzeige"),
            ("Kleber nur für etwa einen Quadratmeter", "Bei OBI ansehen"),
        ],
        "lbot": L("""
Teilen auf Pinterest
Per E-Mail senden
Merken
Über uns
Redaktionelle Richtlinien
Impressum
Datenschutzerklärung
Cookies verwalten
© Haus & Werk Verlag GmbH
"""),
        "trap": False,
        "trap_promo": None,
    },
]
