import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-de-polizei-einbruchserie",
        lang="de",
        register="Polizeibericht Lokalnachrichten",
        paras=P("""
Nach einer Serie von Einbrüchen in Gartenhäuser und Kellerabteile hat die Polizei in Oldenburg zwei Männer im Alter von 27 und 34 Jahren festgenommen.

Oldenburg. Die beiden Verdächtigen wurden am Mittwochabend in einer Kleingartenanlage im Stadtteil Kreyenbrück gestellt, nachdem ein Anwohner verdächtige Taschenlampen-Lichter gemeldet hatte.

Nach Angaben der Polizeiinspektion Oldenburg-Stadt/Ammerland sollen die Männer seit Oktober für mindestens 23 Taten verantwortlich sein. Gestohlen wurden vor allem E-Bikes, Werkzeug und Rasenmäher.

In einer angemieteten Garage in Bloherfelde stellten die Ermittler zahlreiche Gegenstände sicher, darunter elf Fahrräder und drei Motorsägen.

"Wir gehen davon aus, dass die Beute über Kleinanzeigenportale weiterverkauft werden sollte", sagte Polizeisprecherin Jana Voss.

Die Polizei bittet Geschädigte, sich zu melden. Fotos der sichergestellten Gegenstände hat die Inspektion auf ihrer Internetseite veröffentlicht.

Tipps gegen Einbrüche

Gartenhäuser mit massiven Vorhängeschlössern sichern.

Fahrräder auch im Keller anschließen und Rahmennummern notieren.

Verdächtige Beobachtungen sofort über den Notruf 110 melden.

Beide Männer sitzen in Untersuchungshaft.
"""),
        head=[
            "Nordwest-Kurier",
            "Artikel anhören • 3 Minuten",
            "Dieser Artikel ist frei zugänglich. Unterstützen Sie unseren Lokaljournalismus mit einem NWK+ Abo.",
        ],
        mid=[
            (2, "Anzeige"),
            (5, "Lesen Sie auch: Blitzer-Marathon: Hier wird in der Region am Freitag kontrolliert"),
            (9, "Keine Nachrichten aus Oldenburg mehr verpassen: Jetzt den NWK-Newsletter \"Guten Morgen, Oldenburg\" abonnieren."),
        ],
        tail=[
            "Haben Sie Hinweise? Schreiben Sie uns an redaktion@nordwest-kurier.de",
            "Folgen Sie dem Nordwest-Kurier auch auf Instagram und Facebook.",
            "Kommentare (8)",
            "© Nordwest-Kurier 2026 - Alle Rechte vorbehalten",
        ],
        mixed=[
            (0, "start", "Artikel anhören · 3 Min."),
            (1, "end", "Foto: Nordwest-Kurier/Mohr"),
            (3, "start", "ANZEIGE"),
            (4, "end", "Lesen Sie auch: Polizei warnt vor falschen Handwerkern in Eversten"),
            (5, "end", "Jetzt unseren WhatsApp-Kanal abonnieren und keine Meldung verpassen."),
            (10, "start", "Mehr zum Thema: Einbrüche in Niedersachsen gehen leicht zurück"),
        ],
        ltop=L("""
Zum Inhalt springen
Nordwest-Kurier
Lokales
Stadt Oldenburg
Landkreis Ammerland
Blaulicht
E-Paper
Anmelden
Jetzt abonnieren
Einbruchserie in Gartenhäusern: Zwei Männer festgenommen
Von Lena Hinrichs
22.01.2026, 16:45 Uhr
"""),
        lmid=[
            (3, "Ein Teil der sichergestellten Beute. Foto: Polizei Oldenburg"),
            (6, "Anzeige"),
        ],
        lbot=L("""
Weitere Artikel aus Oldenburg
Teilen
Drucken
Impressum
Datenschutz
Cookie-Einstellungen
AGB
© Nordwest-Kurier
"""),
    ),
    dict(
        slug="t8-de-schule-handyverbot",
        lang="de",
        register="Bildung Schule",
        paras=P("""
Am Gymnasium Unterhaching bleiben Smartphones seit Beginn des Halbjahres in der Schultasche, und zwar den ganzen Schultag lang, auch in den Pausen.

Die Schulkonferenz hatte das Verbot im Dezember mit großer Mehrheit beschlossen. Ausnahmen gibt es nur, wenn Lehrkräfte das Handy ausdrücklich für den Unterricht freigeben.

Schulleiterin Dr. Katrin Wöhrl zieht nach drei Wochen eine vorsichtig positive Bilanz. "Auf dem Pausenhof wird wieder Tischtennis gespielt. Das klingt banal, aber es ist neu."

Nicht alle sind begeistert. Der Elternbeirat berichtet von Beschwerden, weil Kinder nach dem Nachmittagsunterricht ihre Eltern nicht mehr erreichen konnten, um Abholzeiten abzusprechen.

Die Schule hat deshalb im Sekretariat ein Telefon eingerichtet, das Schülerinnen und Schüler kostenlos nutzen dürfen.

Auch die Schülervertretung sieht das Verbot kritisch. "Wir hätten uns gewünscht, dass man uns früher einbezieht", sagte SV-Sprecher Jonas Baumgartner, 17.

Was das Kultusministerium sagt

In Bayern dürfen Schulen seit 2022 selbst entscheiden, wie sie die private Handynutzung regeln. Ein Sprecher des Ministeriums sagte, man beobachte die Erfahrungen in Unterhaching "mit Interesse".

Im Sommer soll das Verbot gemeinsam mit Eltern und Schülern ausgewertet werden.
"""),
        head=[
            "Bildung",
            "Dieser Artikel ist exklusiv für Abonnenten. Jetzt 4 Wochen für 0,99 € testen.",
        ],
        mid=[
            (2, "ANZEIGE"),
            (6, "Das könnte Sie auch interessieren: Lehrermangel in Bayern: So viele Stellen sind unbesetzt"),
        ],
        tail=[
            "Sie möchten wissen, was in Ihrem Landkreis los ist? Abonnieren Sie unseren kostenlosen Newsletter \"Landkreis kompakt\".",
            "Mehr Nachrichten aus dem Landkreis München finden Sie hier.",
            "Artikel teilen:",
            "Themen: Schule, Smartphone, Unterhaching",
        ],
        mixed=[
            (0, "end", "Foto: Isar-Bote/Sigi Brandl"),
            (2, "start", "Artikel vorlesen lassen"),
            (3, "end", "Lesen Sie auch: Handyverbot an Grundschulen: Was Eltern jetzt wissen müssen"),
            (5, "start", "Anzeige"),
            (6, "end", "Jetzt den Newsletter \"Landkreis kompakt\" abonnieren - kostenlos und jeden Freitag."),
            (8, "end", "Sie haben Fragen oder Anregungen? Kommentieren Sie diesen Artikel."),
        ],
        ltop=L("""
Isar-Bote
Landkreis München
Gemeinde Unterhaching
Bildung
Suche
Mein Konto
Handyverbot am Gymnasium: "Auf dem Pausenhof wird wieder Tischtennis gespielt"
Stand: 26.01.2026, 07:12 Uhr
Von Miriam Aigner
"""),
        lmid=[
            (1, "Anzeige"),
            (6, "Weitere Artikel"),
        ],
        lbot=L("""
Kommentare
Zur Startseite
Impressum
Datenschutzerklärung
Nutzungsbedingungen
Privatsphäre-Einstellungen
© Isar-Bote Mediengruppe
"""),
    ),
    dict(
        slug="t8-de-test-ebike",
        lang="de",
        register="Produkttest mit Preisen",
        paras=P("""
Das Velantra City 5 ist eines der günstigsten E-Bikes mit Mittelmotor, die wir in diesem Jahr getestet haben. Für 1.899 Euro bekommt man ein solides Stadtrad mit einigen Schwächen.

Der Motor unterstützt bis 25 km/h und zieht am Berg ordentlich an. Auf unserer Teststrecke in Stuttgart mit 380 Höhenmetern kam der 500-Wh-Akku im mittleren Modus 64 Kilometer weit.

Ausstattung

Verbaut sind eine Shimano-Nabenschaltung mit fünf Gängen, hydraulische Scheibenbremsen und ein fest montiertes Lichtsystem. Ein Gepäckträger ist dabei, ein Fahrradschloss nicht.

Bedienung

Das Display am Lenker ist klein, aber auch in der Sonne gut ablesbar. Wer Navigation oder Diebstahlschutz will, muss die Velantra-App herunterladen und sich registrieren. Die GPS-Ortung kostet nach dem ersten Jahr 4,99 Euro im Monat.

Schwächen

Mit 27 Kilogramm ist das Rad schwer. In den Keller tragen möchte man es nicht.

Der Sattel war unseren Testern nach einer Stunde zu hart.

Fazit: Gut (2,3)

Wer ein zuverlässiges E-Bike für die Stadt sucht und keinen Wert auf Leichtbau legt, macht beim City 5 wenig falsch.
"""),
        head=[
            "*Affiliate-Links: Für Links auf dieser Seite erhält Technikwelt ggf. eine Provision vom Händler. Für Sie ändert sich der Preis nicht.",
            "E-Bike-Test",
        ],
        mid=[
            (1, "Velantra City 5 bei Amazon ansehen*"),
            (5, "Anzeige"),
            (9, "Preisvergleich: Velantra City 5 ab 1.849 € bei 6 Händlern"),
        ],
        tail=[
            "Velantra City 5: Jetzt bei fahrrad-xxl.de für 1.899 € kaufen*",
            "Alle E-Bike-Tests im Überblick",
            "Technikwelt-Newsletter: Die besten Tests und Deals jeden Sonntag kostenlos per E-Mail.",
            "Mit * markierte Links sind Affiliate-Links.",
        ],
        mixed=[
            (0, "end", "Jetzt bei Amazon ansehen (Anzeige)*"),
            (1, "end", "Bild: Technikwelt/Markus Seidl"),
            (3, "start", "ANZEIGE"),
            (5, "end", "Lesen Sie auch: Die besten Fahrradschlösser im Test 2026"),
            (7, "start", "Abonnieren Sie den Technikwelt-Newsletter für die besten Deals."),
            (10, "end", "Zum Angebot: Velantra City 5 für 1.849 €*"),
        ],
        ltop=L("""
Technikwelt
Alle Tests
Bestenlisten
Deals
Ratgeber
Newsletter
Velantra City 5 im Test: Günstiges Mittelmotor-E-Bike mit Macken
Testergebnis: Gut (2,3)
Preis: 1.899 €
Pro
Contra
"""),
        lmid=[
            (2, "Bild: Technikwelt"),
            (8, "Anzeige"),
        ],
        lbot=L("""
Technische Daten
Gewicht: 27 kg
Das könnte Sie auch interessieren
Über uns
Impressum
Datenschutz
© 2026 Technikwelt Verlag GmbH
"""),
    ),
    dict(
        slug="t8-de-trap-cookie-urteil",
        lang="de",
        register="Recht Verbraucher",
        trap=True,
        trap_promo=("head", "Artikel anhören · 4 Min."),
        paras=P("""
Cookie-Banner dürfen es Nutzern nicht schwerer machen, Tracking abzulehnen, als ihm zuzustimmen. Das hat das Oberlandesgericht Köln in einem am Dienstag veröffentlichten Urteil entschieden.

Geklagt hatte die Verbraucherzentrale Nordrhein-Westfalen gegen den Betreiber eines großen Onlineshops für Haushaltswaren. Auf dessen Seite gab es auf der ersten Ebene des Banners nur einen Knopf mit der Aufschrift "Alle akzeptieren".

Wer die Cookies ablehnen wollte, musste auf "Einstellungen" klicken und dort jede Kategorie einzeln abwählen.

Das Gericht sah darin einen Verstoß gegen das Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz. Eine Einwilligung sei nur wirksam, wenn sie freiwillig erteilt werde. Das sei nicht der Fall, wenn die Ablehnung deutlich mehr Aufwand verursache.

"Ablehnen muss genauso einfach sein wie Zustimmen", sagte eine Sprecherin der Verbraucherzentrale.

Der Händler hatte argumentiert, Nutzer könnten die Seite auch ohne Zustimmung nutzen. Das ließen die Richter nicht gelten.

Die Revision zum Bundesgerichtshof wurde nicht zugelassen. Das Unternehmen kann aber Nichtzulassungsbeschwerde einlegen.

Datenschützer rechnen damit, dass viele Seitenbetreiber ihre Banner nun anpassen. Verbraucher, die auf Seiten weiterhin keinen Ablehnen-Knopf finden, können sich bei der Verbraucherzentrale melden.
"""),
        head=[
            "Artikel anhören · 4 Min.",
            "Netzwelt",
        ],
        mid=[
            (2, "Anzeige"),
            (5, "Mehr zum Thema: Datenschutz: Was die neue Einwilligungsverordnung bringt"),
        ],
        tail=[
            "Dieser Text erschien zuerst im Newsletter \"Digital-Briefing\". Hier kostenlos abonnieren.",
            "Teilen Sie diesen Artikel",
            "Kommentare (41)",
        ],
        mixed=[
            (0, "end", "Foto: dpa/Rolf Vennenbernd"),
            (1, "start", "Anzeige"),
            (3, "end", "Lesen Sie auch: Abo-Falle im Netz: So kündigen Sie per Knopfdruck"),
            (4, "start", "Jetzt das Digital-Briefing abonnieren: jeden Dienstag kostenlos in Ihr Postfach."),
            (6, "end", "Folgen Sie uns auf Threads und Mastodon."),
            (7, "end", "Unterstützen Sie unabhängigen Journalismus - mit einem Digital-Abo ab 9,99 € im Monat."),
        ],
        ltop=L("""
Rheinische Rundschau
Politik
Wirtschaft
Netzwelt
Kultur
Abo
Login
OLG Köln: Cookie-Banner brauchen gut sichtbaren Ablehnen-Knopf
Aktualisiert am 27.01.2026 - 11:03 Uhr
"""),
        lmid=[
            (1, "Anzeige"),
            (4, "Foto: picture alliance / dpa"),
        ],
        lbot=L("""
Zur Startseite
Mehr aus Netzwelt
Impressum
Datenschutzhinweise
Cookie-Einstellungen
Kontakt
© Rheinische Rundschau 2026
"""),
    ),
]
