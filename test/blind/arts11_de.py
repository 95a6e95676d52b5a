"""Blind set 8 (arts11), German: Lokalzeitung, Verbraucher-Trap (App-Abos), Finanzportal."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-de-lokal-freibad",
        "register": "Lokalzeitung online",
        "lang": "de",
        "paras": P("""
Sanierung des Freibads verzögert sich: Eröffnung erst 2026

Hohenwart. Die Badegäste in Hohenwart müssen sich einen Sommer länger gedulden: Das Freibad am Mühlbach wird nach Angaben der Stadtverwaltung nicht wie geplant im Mai, sondern frühestens im Juni 2026 wieder öffnen.

Grund für die Verzögerung sind Probleme beim Einbau des neuen Edelstahlbeckens. Bei den Arbeiten stellte sich heraus, dass der Untergrund an der Südseite des Schwimmerbeckens nicht tragfähig genug ist. Nun muss zusätzlich ein Betonfundament gegossen werden.

„Wir hätten das Bad lieber heute als morgen wieder aufgemacht“, sagte Bürgermeisterin Renate Wohlfahrt in der Sitzung des Bauausschusses am Dienstagabend. „Aber ein Becken, das in fünf Jahren Risse bekommt, hilft niemandem.“

Kosten steigen um 400.000 Euro

Die Mehrkosten für das Fundament beziffert das beauftragte Ingenieurbüro auf rund 400.000 Euro. Damit steigen die Gesamtkosten der Sanierung auf etwa 5,1 Millionen Euro. Der Freistaat fördert das Projekt mit 1,8 Millionen Euro; ob sich der Zuschuss erhöht, ist noch offen.

Im Ausschuss stieß die Verzögerung auf Kritik. Stadtrat Jürgen Kessler (Freie Wähler) sprach von einem „Planungsfehler, den man hätte vermeiden können“, wenn der Boden vorab gründlicher untersucht worden wäre. Die Verwaltung wies das zurück: Die Bodengutachten hätten keine Hinweise auf Probleme ergeben.

Für Schwimmvereine und Schulen ist die Nachricht bitter. Der Schwimmclub Hohenwart weicht bereits seit zwei Jahren in das Hallenbad im zwölf Kilometer entfernten Eichstetten aus.

Was bedeutet das für Dauerkarten?

Bereits verkaufte Saisonkarten für 2025 behalten nach Auskunft der Stadtwerke ihre Gültigkeit für die Saison 2026. Wer sein Geld zurückhaben möchte, kann sich bis Ende März im Bürgerbüro melden.

Der Bauausschuss hat die Mehrkosten einstimmig gebilligt. Der Stadtrat soll Ende des Monats abschließend entscheiden.
"""),
        "head": [
            "Jetzt testen: Hohenwarter Bote digital – 3 Monate für 0,99 € pro Monat, danach 9,90 €. Jederzeit kündbar.",
            "Lokales › Hohenwart",
        ],
        "mid": [
            ("Grund für die Verzögerung", "Anzeige"),
            ("Die Mehrkosten für", "Lesen Sie auch:\nNeuer Kreisverkehr an der B 16 soll Ende Mai fertig sein\nHallenbad Eichstetten erhöht die Eintrittspreise"),
            ("Für Schwimmvereine", "Keine Nachrichten aus Ihrer Region mehr verpassen: Abonnieren Sie unseren kostenlosen Newsletter „Hohenwart am Morgen“.\nE-Mail-Adresse\nJetzt anmelden"),
        ],
        "tail": [
            "Artikel teilen:\nFacebook\nWhatsApp\nE-Mail\nDrucken",
            "Mehr aus Hohenwart\nVereinsheim des TSV wird erweitert\nWeihnachtsmarkt: Das ist neu in diesem Jahr",
            "Kommentare (12)\nUm zu kommentieren, müssen Sie angemeldet sein.",
            "© Hohenwarter Bote 2024 – Alle Rechte vorbehalten",
        ],
        "mixed": [
            ("Hohenwart. Die Badegäste", "end", "Lesen Sie auch: Stadt sucht Rettungsschwimmer für den Sommer"),
            ("„Wir hätten das Bad", "end", "Foto: Stefan Brunner"),
            ("Im Ausschuss stieß", "start", "Anzeige"),
            ("Bereits verkaufte", "end", "Sie wollen mehr aus Hohenwart lesen? Testen Sie unser Digital-Abo einen Monat lang gratis."),
        ],
        "ltop": L("""
Hohenwarter Bote
Lokales
Region
Sport
Wirtschaft
Anmelden
Abo
E-Paper
Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Alle akzeptieren | Einstellungen
"""),
        "lmid": [
            ("Grund für die Verzögerung", "Anzeige"),
            ("Für Schwimmvereine", "Lesen Sie auch: Hallenbad Eichstetten erhöht die Eintrittspreise"),
        ],
        "lbot": L("""
Artikel teilen
Kommentare (12)
Impressum
Datenschutz
Cookie-Einstellungen
© Hohenwarter Bote 2024
"""),
    },
    {
        "slug": "b11-de-trap-app-abofallen",
        "register": "Verbraucher-Ressort einer Regionalzeitung",
        "lang": "de",
        "trap": True,
        "paras": P("""
Abo-Fallen in Apps: Verbraucherschützer fordern Kündigungsknopf im Store

Düsseldorf. Immer mehr Menschen tappen nach Beobachtung der Verbraucherzentrale in Abo-Fallen auf dem Smartphone. Im vergangenen Jahr gingen bei den Beratungsstellen fast 4.800 Beschwerden über ungewollte Abonnements in Apps ein, rund ein Drittel mehr als im Vorjahr.

Besonders häufig betroffen sind demnach Fitness-, Foto- und Horoskop-Apps. Das Muster sei fast immer gleich: Nutzer laden eine scheinbar kostenlose App herunter, starten eine Testphase und übersehen, dass diese nach sieben Tagen automatisch in ein kostenpflichtiges Jahresabo übergeht.

„Viele merken das erst, wenn 79,99 Euro von ihrem Konto abgebucht werden“, sagt Miriam Castellano, Referentin für digitale Märkte bei der Verbraucherzentrale. „Dann ist die Frist für den Widerruf oft schon abgelaufen.“

Seit 2022 müssen Anbieter auf ihren Websites einen gut sichtbaren Kündigungsbutton anbieten. Für Abonnements, die direkt über die App-Stores abgeschlossen werden, greift die Regel aber nur eingeschränkt, weil die Abrechnung über die Plattformbetreiber läuft.

Die Verbraucherschützer fordern deshalb, dass auch die Stores eine einheitliche Kündigung mit einem Klick direkt in der Abo-Übersicht anbieten müssen. Außerdem sollten Nutzer vor jeder automatischen Verlängerung eine Erinnerung per E-Mail oder Push-Mitteilung erhalten.

So kündigen Sie ein App-Abo

Auf den meisten Smartphones finden Sie laufende Abonnements im jeweiligen App-Store unter Ihrem Profil und dem Menüpunkt „Abonnements“.

Das Löschen der App beendet das Abo nicht. Die Kündigung muss immer ausdrücklich erfolgen.

Bewahren Sie die Bestätigungsmail der Kündigung auf, um sie im Streitfall vorlegen zu können.

Wer glaubt, in eine Abo-Falle geraten zu sein, kann sich an die Beratungsstellen der Verbraucherzentrale wenden. Eine Erstberatung ist telefonisch oder per Video möglich.
"""),
        "trap_promo": ("head", "Jetzt die Rhein-Kurier-App herunterladen und keine Eilmeldung mehr verpassen!"),
        "head": [
            "Digital | Ratgeber",
            "Werbung\nGünstige Handytarife vergleichen – jetzt bis zu 200 € sparen",
        ],
        "mid": [
            ("Besonders häufig", "Mehr zum Thema\nHandyvertrag kündigen: Diese Fristen gelten\nDrittanbietersperre: So schützen Sie sich"),
            ("Die Verbraucherschützer fordern", "Anzeige"),
            ("Das Löschen der App", "Nachrichten direkt aufs Handy: Folgen Sie uns auf unserem WhatsApp-Kanal."),
        ],
        "tail": [
            "Teilen\nFacebook\nX\nWhatsApp\nLink kopieren",
            "Meistgelesen\nRente: Das ändert sich im Januar\nBlitzermarathon: Hier wird heute kontrolliert",
            "Dieser Artikel wurde für Sie freigeschaltet. Sie haben noch kein Digital-Abo? Jetzt 4 Wochen gratis lesen.",
        ],
        "mixed": [
            ("Düsseldorf. Immer mehr", "end", "Mehr zum Thema: Drittanbietersperre – so schützen Sie sich"),
            ("Seit 2022 müssen", "start", "ANZEIGE"),
            ("Wer glaubt, in eine", "end", "Folgen Sie uns auf Instagram: @rheinkurier_digital"),
        ],
        "ltop": L("""
Rhein-Kurier
Nachrichten
Digital
Ratgeber
Anmelden
Abo abschließen
Cookie-Einstellungen
"""),
        "lmid": [
            ("Besonders häufig", "Anzeige"),
            ("Auf den meisten", "Mehr zum Thema: Handyvertrag kündigen"),
        ],
        "lbot": L("""
Teilen
Meistgelesen
Impressum
Datenschutz
AGB
© Rhein-Kurier Mediengruppe
"""),
    },
    {
        "slug": "b11-de-finanz-festgeld",
        "register": "Finanzportal",
        "lang": "de",
        "paras": P("""
Zinswende: Lohnt sich Festgeld jetzt noch?

Nach der jüngsten Zinssenkung der Europäischen Zentralbank haben zahlreiche Banken ihre Konditionen für Festgeld und Tagesgeld nach unten angepasst. Für Sparer stellt sich die Frage, ob sie sich die noch vergleichsweise hohen Zinsen jetzt für mehrere Jahre sichern sollten.

Ein Blick auf die Angebote zeigt: Für zweijähriges Festgeld zahlen die besten Anbieter derzeit um die 2,8 Prozent, für fünf Jahre etwas mehr als 2,6 Prozent. Vor einem Jahr waren es teils noch über 3,5 Prozent.

„Die Zinskurve ist flach, längere Laufzeiten werden kaum noch belohnt“, sagt die Finanzberaterin Katrin Oberhauser aus Regensburg. Wer sein Geld lange festlege, verzichte auf Flexibilität, ohne dafür nennenswert mehr Ertrag zu bekommen.

Die Treppe als Kompromiss

Oberhauser empfiehlt vielen Kunden eine sogenannte Zinstreppe. Dabei wird das Ersparte auf mehrere Festgeldanlagen mit unterschiedlichen Laufzeiten verteilt, etwa ein, zwei und drei Jahre. So wird regelmäßig ein Teil frei, der entweder neu angelegt oder für Ausgaben genutzt werden kann.

Auf ausländische Angebote achten

Einige der höchsten Zinsen bieten Banken aus anderen EU-Ländern, die über Vermittlungsplattformen erreichbar sind. Die gesetzliche Einlagensicherung von 100.000 Euro pro Kunde und Bank gilt EU-weit; im Ernstfall muss man sich allerdings an das jeweilige nationale Sicherungssystem wenden.

Für das Tagesgeldkonto als Notgroschen raten Experten, etwa drei Nettomonatsgehälter bereitzuhalten. Alles, was darüber hinausgeht und absehbar nicht gebraucht wird, kann länger angelegt werden.

Wichtig bleibt auch die Steuer: Zinserträge über dem Sparerpauschbetrag von 1.000 Euro pro Person sind steuerpflichtig. Wer keinen Freistellungsauftrag erteilt, verschenkt unter Umständen Geld.
"""),
        "head": [
            "Anzeige\nTagesgeld mit 3,1 % p. a.* – jetzt Konto in 10 Minuten eröffnen\n*für Neukunden, 4 Monate garantiert",
            "Geldanlage › Sparen & Zinsen",
            "Hinweis: Für einige der hier genannten Produkte erhalten wir eine Provision. Das hat keinen Einfluss auf unsere redaktionelle Bewertung.",
        ],
        "mid": [
            ("Ein Blick auf die", "Festgeld-Vergleich\n2 Jahre: bis 2,80 %\n5 Jahre: bis 2,65 %\nJetzt vergleichen"),
            ("Oberhauser empfiehlt", "Das könnte Sie auch interessieren:\nETF-Sparplan: So starten Sie mit 25 Euro im Monat\nBausparvertrag: Für wen er sich noch lohnt"),
            ("Einige der höchsten", "Der Geldkompass-Newsletter: Jeden Freitag die wichtigsten Zins- und Börsennews kostenlos in Ihrem Postfach."),
        ],
        "tail": [
            "Hat Ihnen dieser Artikel gefallen?\nJa, hilfreich\nNein, nicht hilfreich",
            "Weitere Artikel zum Thema\nInflation: Wie Sie Ihr Vermögen schützen\nGirokonto: Diese Banken verlangen jetzt Gebühren",
            "© 2024 Geldkompass Verlag GmbH | Impressum | Datenschutz | Werbung auf Geldkompass",
        ],
        "mixed": [
            ("Nach der jüngsten", "end", "Jetzt Festgeld-Angebote vergleichen und bis zu 2,8 % Zinsen sichern."),
            ("Oberhauser empfiehlt", "start", "Anzeige"),
            ("Wichtig bleibt", "end", "Teilen Sie diesen Artikel: Facebook X E-Mail"),
        ],
        "ltop": L("""
Geldkompass
Geldanlage
Sparen & Zinsen
Versicherungen
Immobilien
Rechner
Newsletter
Anzeige
"""),
        "lmid": [
            ("Ein Blick auf die", "Jetzt vergleichen"),
            ("Auf ausländische", "Werbung"),
        ],
        "lbot": L("""
Hat Ihnen dieser Artikel gefallen?
Ja, hilfreich
Nein, nicht hilfreich
Impressum
Datenschutz
© 2024 Geldkompass Verlag GmbH
"""),
    },
]
