"""blind10, German: ein Spielbericht aus der Fußball-Oberliga, eine Hochschul-Pressemitteilung über
Straßenbeleuchtung und Fledermäuse, und ein Verbraucherratgeber zum Kündigungsbutton (Trap).
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-de-sport-oberliga-derby",
        "register": "sports report",
        "lang": "de",
        "paras": P("""
Lohfelden dreht das Derby in der Nachspielzeit

Kassel – Lange sah es am Sonntagnachmittag nach einem gebrauchten Tag für den SV Lohfelden aus. Dann traf Jonas Berger in der 92. Minute per Kopf, und der Aufsteiger gewann das Nordhessen-Derby gegen den KSV Baunatal mit 2:1. Vor 1.340 Zuschauern im Sportpark an der Nieste war es der dritte Sieg in Serie für die Mannschaft von Trainer Dirk Hölscher.

Baunatal war besser in die Partie gekommen. Nach einer Ecke von Kapitän Marvin Schade stand Luca Ahrens am zweiten Pfosten völlig frei und schob zum 0:1 ein (23.). Lohfelden wirkte in dieser Phase verunsichert, leistete sich im Aufbau einfache Ballverluste und hatte Glück, dass Ahrens kurz vor der Pause nur die Latte traf.

Hölschers Kabinenansprache

„Ich habe in der Halbzeit nicht viel gesagt, nur dass wir anfangen sollen, Fußball zu spielen“, berichtete Hölscher nach dem Abpfiff. Er brachte mit Yusuf Demir einen zweiten Stürmer und stellte auf eine Dreierkette um. Die Umstellung zeigte Wirkung: Lohfelden lief früher an, gewann mehr zweite Bälle und drängte Baunatal in die eigene Hälfte.

Der Ausgleich fiel trotzdem aus einer Standardsituation. Einen Freistoß von Tim Kaufmann aus halbrechter Position ließ Baunatals Torwart Niklas Rau nach vorn abprallen, Demir staubte ab (67.).

In der Schlussphase hatten beide Teams Chancen auf den Sieg. Rau parierte stark gegen Kaufmann, auf der anderen Seite rettete Lohfeldens Innenverteidiger Felix Wagner auf der Linie gegen Schade. Als sich die meisten Zuschauer schon mit einem Remis abgefunden hatten, schlug Kaufmann eine letzte Flanke von links in den Strafraum, und Berger stieg höher als alle anderen. Auf der Tribüne lagen sich die Lohfeldener Fans in den Armen, während die Baunataler Spieler minutenlang enttäuscht auf dem Rasen saßen.

„Das ist natürlich bitter, weil wir eine Halbzeit lang die bessere Mannschaft waren“, sagte Baunatals Trainer Sascha Möller. „Aber wenn du das zweite Tor nicht machst, wirst du in dieser Liga bestraft.“

Die Statistik

SV Lohfelden: Heinemann – Wagner, Özkan, Brandt – Kaufmann, Lutz (46. Demir), Schäfer, Vogt – Berger, Hartmann (78. Klein), Petrović.

KSV Baunatal: Rau – Sommer, Kessler, Jung, Albrecht – Schade, Fuchs (71. Bauer), Lindner – Ahrens, Krämer (84. Weiß), Hofmann.

Tore: 0:1 Ahrens (23.), 1:1 Demir (67.), 2:1 Berger (90.+2). Schiedsrichter: Kevin Raab (Fulda). Gelbe Karten: Lutz, Vogt / Kessler, Fuchs, Schade.

Mit dem Sieg klettert Lohfelden auf den sechsten Tabellenplatz und hat nun 31 Punkte auf dem Konto. Baunatal bleibt mit 27 Zählern Zehnter. Am kommenden Samstag reist der SV Lohfelden zum Tabellenführer nach Eddersheim, Baunatal empfängt am Sonntag um 15 Uhr den FC Gießen.

In einer früheren Version dieses Artikels hieß es, Berger habe mit dem linken Fuß getroffen. Tatsächlich erzielte er das Siegtor per Kopf. Wir haben die Stelle korrigiert.

Für Hölscher war der Sieg auch eine Bestätigung seines Kurses. Im Sommer hatte der Verein bewusst auf junge Spieler aus der eigenen A-Jugend gesetzt, statt teure Verstärkungen zu holen. „Die Jungs haben heute gezeigt, dass sie so ein Spiel drehen können“, sagte er.
"""),
        "head": [
            "Cookies zustimmen\nWir und unsere 214 Partner nutzen Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.\nAlle akzeptieren\nEinstellungen oder ablehnen",
            "Lokalsport › Fußball › Oberliga Hessen",
        ],
        "mid": [
            ("Baunatal war besser", "Anzeige"),
            ("Der Ausgleich fiel", "Alle Spiele der Oberliga Hessen live und im Re-Live – jetzt bei Sportkanal Nord streamen.\nZum Livestream"),
            ("„Das ist natürlich bitter", "Mehr zum Thema\nBaunatal verlängert mit Trainer Möller bis 2027\nOberliga: Eddersheim bleibt ungeschlagen\nKreispokal-Auslosung: Die Achtelfinal-Paarungen"),
        ],
        "tail": [
            "Unser Amateurfußball-Newsletter: Jeden Montagmorgen alle Ergebnisse, Tabellen und Spielberichte aus der Region kostenlos in Ihrem Postfach.\nJetzt anmelden",
            "Sie haben einen Fehler entdeckt? Schreiben Sie uns.",
            "Kommentare (14)\nUm zu kommentieren, melden Sie sich bitte an oder registrieren Sie sich kostenlos.",
        ],
        "mixed": [
            ("Kassel – Lange sah es", "start", "Artikel anhören • 4 Min."),
            ("Hölschers Kabinenansprache", "start", "Auch interessant:"),
            ("In der Schlussphase", "end", "Teilen: WhatsApp Facebook E-Mail"),
            ("Mit dem Sieg klettert", "end", "Jetzt den Liveticker zum Nachlesen öffnen."),
        ],
        "ltop": L("""
Nordhessen Kurier
Abo testen
Anmelden
Startseite
Lokales
Lokalsport
Fußball ▾
"""),
        "lmid": [
            ("Die Statistik", "Weiter nach der Anzeige"),
            ("Tore:", "Bildergalerie: Die besten Bilder vom Derby (24 Fotos)"),
        ],
        "lbot": L("""
Tabelle Oberliga Hessen
Impressum
Datenschutz
Privatsphäre-Einstellungen
AGB
© Nordhessen Kurier Verlag GmbH & Co. KG
"""),
    },
    {
        "slug": "b13-de-pressemitteilung-fledermaeuse",
        "register": "press release",
        "lang": "de",
        "paras": P("""
Warmweißes Licht hält Fledermäuse weniger fern als gedacht

Studie der Universität Mittelrhein untersucht die Wirkung moderner LED-Straßenbeleuchtung auf lichtscheue Arten

Koblenz, 18. März 2025. Viele Städte stellen ihre Straßenbeleuchtung derzeit auf LED um und wählen dabei häufig warmweißes Licht, weil es als insektenfreundlicher gilt. Für Fledermäuse ist das allein jedoch keine Entwarnung. Das zeigt eine neue Studie der Arbeitsgruppe Tierökologie an der Universität Mittelrhein, die jetzt im Fachjournal „Journal of Applied Ecology“ erschienen ist.

Das Forschungsteam um Dr. Hanna Lindqvist hat zwei Sommer lang an 48 Straßenabschnitten in Koblenz, Neuwied und Andernach die Aktivität von Fledermäusen mit Ultraschall-Detektoren aufgezeichnet. An einem Teil der Standorte wurden die Leuchten während der Studie gegen warmweiße LEDs mit 2.700 Kelvin ausgetauscht, an anderen gegen bernsteinfarbene LEDs mit 1.800 Kelvin, der Rest blieb unverändert. Insgesamt werteten die Forschenden mehr als 210.000 Ultraschallaufnahmen aus und ordneten sie mithilfe eines automatischen Klassifikators und anschließender manueller Kontrolle einzelnen Arten zu. Zusätzlich erfassten Lichtsensoren an jedem Standort die tatsächliche Helligkeit am Boden.

Die wichtigsten Ergebnisse

Lichtscheue Arten wie die Bechsteinfledermaus und die Langohrfledermäuse mieden auch warmweiß beleuchtete Abschnitte fast so stark wie solche mit kaltweißem Licht.

Unter bernsteinfarbenem Licht war ihre Aktivität dagegen etwa doppelt so hoch wie unter warmweißem.

Deutlich mehr Wirkung als die Farbe hatte die Dimmung: Wurden die Leuchten ab 23 Uhr auf 30 Prozent gedimmt, kehrten viele Tiere in der zweiten Nachthälfte zurück.

„Die Lichtfarbe ist ein wichtiger Baustein, aber kein Freifahrtschein“, sagt Lindqvist. „Entscheidend ist, wie hell es ist, wie lange es hell ist und wohin das Licht fällt.“

Häufige Arten wie die Zwergfledermaus jagen dagegen gern an Laternen, weil sich dort Insekten sammeln. Das verschafft ihnen einen Vorteil gegenüber den lichtscheuen Arten, die dadurch zusätzlich unter Druck geraten, erklärt Mitautor Tobias Reinhardt.

Empfehlungen für Kommunen

Die Autorinnen und Autoren empfehlen Kommunen, bei der Umrüstung an Gewässern, Waldrändern und Grünzügen bernsteinfarbene Leuchten einzusetzen, die Beleuchtung nachts zu dimmen oder mit Bewegungsmeldern zu steuern und Leuchten so abzuschirmen, dass kein Licht nach oben oder seitlich in Gehölze strahlt. Die Stadt Neuwied hat bereits angekündigt, die Ergebnisse bei der Umrüstung ihres Deichwegs zu berücksichtigen.

Hintergrund

In Deutschland leben 25 Fledermausarten, die alle streng geschützt sind. Mehrere von ihnen stehen auf der Roten Liste. Neben dem Verlust von Quartieren in Altbäumen und Gebäuden gilt die zunehmende nächtliche Beleuchtung als einer der Faktoren, die ihre Bestände belasten, weil sie Jagdgebiete zerschneidet und Flugrouten zwischen Quartier und Nahrungsflächen unterbricht.

Die Studie wurde von der Deutschen Bundesstiftung Umwelt gefördert. In einem Folgeprojekt will das Team ab Herbst untersuchen, wie sich intelligente, bedarfsgesteuerte Beleuchtung auf Fledermäuse und nachtaktive Insekten gemeinsam auswirkt.

Originalpublikation: Lindqvist, H., Reinhardt, T., Okoro, J. & Weber, S. (2025): Warm but not dark enough: LED colour temperature and dimming affect light-averse bats in urban streets. Journal of Applied Ecology.
"""),
        "head": [
            "Startseite › Aktuelles › Pressemitteilungen › 2025",
            "Sie verwenden einen veralteten Browser. Für eine optimale Darstellung nutzen Sie bitte eine aktuelle Version.",
        ],
        "mid": [
            ("Koblenz, 18. März 2025.", "Bild: Eine Bechsteinfledermaus im Flug. Foto: Universität Mittelrhein / T. Reinhardt\nDownload (JPG, 4,2 MB) – Abdruck honorarfrei bei Nennung der Quelle"),
            ("Häufige Arten wie", "Diese Meldung teilen:\nLinkedIn\nBluesky\nE-Mail\nLink kopieren"),
        ],
        "tail": [
            "Pressemitteilungen per E-Mail erhalten: Abonnieren Sie den Presseverteiler der Universität Mittelrhein.",
            "Kontakt Pressestelle\nStabsstelle Hochschulkommunikation\nTelefon: +49 261 555-1200\npresse@uni-mittelrhein.example",
            "Weitere Meldungen aus der Forschung\nNeues Graduiertenkolleg zu Wasserstoff bewilligt\nKinder-Uni startet ins Sommersemester",
        ],
        "mixed": [
            ("Das Forschungsteam um", "start", "Lesezeit: 3 Minuten"),
            ("„Die Lichtfarbe ist", "end", "[Zum Video-Interview mit Dr. Lindqvist]"),
            ("Die Studie wurde von", "end", "Zurück zur Übersicht"),
        ],
        "ltop": L("""
Logo der Universität Mittelrhein
Studium ▾
Forschung ▾
Transfer ▾
Über uns ▾
Presse & Aktuelles
DE | EN
"""),
        "lmid": [
            ("Die wichtigsten Ergebnisse", "Bildunterschrift einblenden"),
            ("Empfehlungen für Kommunen", "Folgen Sie der Universität auf Instagram, LinkedIn und Mastodon"),
        ],
        "lbot": L("""
Seite drucken
Barrierefreiheit
Impressum & Datenschutz
Stellenangebote
© 2025 Universität Mittelrhein
"""),
    },
    {
        "slug": "b13-de-trap-kuendigungsbutton",
        "register": "consumer advice",
        "lang": "de",
        "trap": True,
        "paras": P("""
Abo kündigen mit einem Klick: Was der Kündigungsbutton bringt – und wo es hakt

Seit Juli 2022 müssen Unternehmen, die online Verträge abschließen, auch eine Kündigung über ihre Website ermöglichen. Doch noch immer verstecken manche Anbieter den Kündigungsbutton oder machen es Kundinnen und Kunden unnötig schwer. Wir erklären, welche Rechte Sie haben.

Was schreibt das Gesetz vor?

Nach Paragraf 312k des Bürgerlichen Gesetzbuchs muss jede Website, über die man einen Dauervertrag abschließen kann, eine gut sichtbare Schaltfläche mit der Aufschrift „Verträge hier kündigen“ oder einer ähnlich eindeutigen Formulierung haben. Das gilt etwa für Streaming-Abos, Zeitungsabos, Handyverträge, Fitnessstudios oder Strom- und Gasverträge.

Nach dem Klick muss eine Bestätigungsseite folgen, auf der Sie nur die nötigsten Angaben machen: Name, Vertragsnummer oder E-Mail-Adresse und den gewünschten Kündigungstermin. Ein Login darf nicht verlangt werden, auch wenn Sie ein Kundenkonto haben. Zusätzliche Fragen, etwa nach dem Grund der Kündigung, dürfen freiwillig sein, aber nicht verpflichtend. Mit einem zweiten Klick auf „Jetzt kündigen“ ist die Kündigung abgeschickt.

Der Anbieter muss den Eingang sofort bestätigen, am besten per E-Mail. Diese Bestätigung sollten Sie unbedingt speichern. Sie muss den Inhalt der Kündigung sowie Datum und Uhrzeit des Eingangs enthalten und angeben, zu welchem Termin der Vertrag endet. Fehlt dieser Termin, sollten Sie nachhaken.

Wo es in der Praxis hakt

Die Verbraucherzentralen haben seit Einführung mehrere hundert Unternehmen abgemahnt. Häufige Tricks sind Buttons, die nur im Kleingedruckten oder in einem eingeklappten Menü zu finden sind, Pflichtfelder, die nicht nötig sind, oder Bestätigungsseiten, die zunächst einen Rabatt oder ein günstigeres Abo anbieten, bevor man überhaupt kündigen kann. Auch Formulierungen wie „Mitgliedschaft beenden“ statt „kündigen“ sehen die Verbraucherschützer kritisch, weil sie nicht eindeutig genug sind. Ebenso problematisch ist es, wenn der Button erst nach dem Einloggen im Kundenkonto sichtbar wird.

„Ein Rückhalteangebot ist erlaubt, aber es darf die Kündigung nicht blockieren“, sagt Anja Petersen, Juristin bei einer Verbraucherzentrale. „Wer erst drei Seiten mit Angeboten durchklicken muss, dem wird die Kündigung unzulässig erschwert.“

Unsere Tipps

Machen Sie einen Screenshot der Bestätigungsseite, bevor Sie sie schließen.

Kündigen Sie Abos, die Sie über einen App-Store abgeschlossen haben, direkt in den Einstellungen Ihres Smartphones, nicht beim Anbieter.

Fehlt der Button oder funktioniert er nicht, dürfen Sie den Vertrag jederzeit und ohne Einhaltung einer Frist kündigen. Schicken Sie die Kündigung dann per E-Mail oder Einschreiben und heben Sie den Nachweis über den Versand gut auf, bis der Vertrag tatsächlich beendet ist.

Kommt keine Bestätigung, fordern Sie diese schriftlich an und setzen Sie eine Frist von zwei Wochen.

Auch Newsletter-Abos und Werbe-E-Mails lassen sich übrigens jederzeit abbestellen. Ein Abmeldelink muss in jeder Werbe-Mail enthalten sein; ein Kündigungsbutton ist dafür aber nicht vorgeschrieben, weil kein kostenpflichtiger Vertrag besteht.

Wer Probleme hat, kann sich an die örtliche Verbraucherzentrale wenden oder eine Beschwerde über das Online-Formular der Bundesnetzagentur einreichen, wenn es um Telefon- oder Internetverträge geht.
"""),
        "trap_promo": ("tail", "Keine Verbraucher-Tipps mehr verpassen: Abonnieren Sie unseren kostenlosen Ratgeber-Newsletter – jeden Donnerstag neu."),
        "head": [
            "Sie lesen mit Werbung. Jetzt werbefrei für 2,99 € im Monat – monatlich kündbar.\nZum Pur-Abo",
            "Ratgeber Geld & Recht",
        ],
        "mid": [
            ("Der Anbieter muss den Eingang", "Anzeige\nJetzt Girokonto wechseln und 100 € Startguthaben sichern*\n*Bedingungen beim Anbieter"),
            ("„Ein Rückhalteangebot", "Lesen Sie auch: Handyvertrag zu teuer? So kommen Sie früher raus"),
        ],
        "tail": [
            "Hat Ihnen dieser Artikel weitergeholfen?\nJa\nNein",
            "Mehr Ratgeber\nFlugverspätung: So bekommen Sie bis zu 600 Euro zurück\nRundfunkbeitrag: Wann Sie sich befreien lassen können\nPaket weg – wer haftet?",
            "Dieser Artikel wurde mit größter Sorgfalt erstellt, ersetzt aber keine Rechtsberatung im Einzelfall.\n© Geldkompass Online 2025",
        ],
        "mixed": [
            ("Seit Juli 2022 müssen", "start", "Aktualisiert am 03.02.2025 – 08:14 Uhr"),
            ("Nach Paragraf 312k", "end", "Mehr dazu weiter unten."),
            ("Machen Sie einen Screenshot", "start", "ANZEIGE"),
            ("Auch Newsletter-Abos", "end", "Folgen Sie Geldkompass auch auf WhatsApp und Instagram!"),
        ],
        "ltop": L("""
Geldkompass
Suche
Mein Konto
Geld & Recht
Versicherung
Vergleiche
Ratgeber
"""),
        "lmid": [
            ("Wo es in der Praxis hakt", "Inhaltsverzeichnis"),
            ("Unsere Tipps", "Werbung"),
        ],
        "lbot": L("""
Artikel teilen
Nach oben
Über uns
Kontakt
Cookie-Einstellungen
"""),
    },
]
