"""Blind set 12, German: trade-press industry news, council planning decision, streaming price rise (trap)."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 10. Trade press: intralogistics acquisition
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "de-brandauer-uebernahme-fachpresse",
    "register": "trade-press industry news",
    "lang": "de",
    "paras": P("""
Brandauer übernimmt sächsischen Regalspezialisten Keilholz

Der Fördertechnik-Hersteller will mit dem Zukauf zum Komplettanbieter für Kleinteilelager werden. Die Kartellbehörde muss noch zustimmen.

Von Jens Hagedorn

Die Brandauer Fördertechnik GmbH aus Lippstadt übernimmt die Keilholz Lagersysteme GmbH mit Sitz in Glauchau. Das teilten beide Unternehmen am Dienstag mit. Über den Kaufpreis wurde Stillschweigen vereinbart; Branchenkreise schätzen ihn auf einen mittleren zweistelligen Millionenbetrag.

Keilholz beschäftigt rund 340 Mitarbeitende und erzielte 2024 einen Umsatz von 71 Millionen Euro. Das Unternehmen ist vor allem mit Fachbodenregalen und Behälterlagern für den Ersatzteilhandel bekannt geworden. Brandauer kam zuletzt auf 410 Millionen Euro Umsatz und rund 1.900 Beschäftigte.

„Unsere Kunden wollen heute nicht mehr drei Lieferanten für ein Lager koordinieren“, sagte Brandauer-Geschäftsführerin Dr. Anja Wessels. „Mit Keilholz können wir Fördertechnik, Regalbau und Steuerung aus einer Hand liefern.“

Standort Glauchau bleibt erhalten

Der Standort in Glauchau soll nach Angaben beider Seiten erhalten bleiben und als Kompetenzzentrum für Regalbau weitergeführt werden. Betriebsbedingte Kündigungen seien bis Ende 2027 ausgeschlossen, heißt es in der Mitteilung. Keilholz-Gründer Rainer Keilholz, 68, zieht sich aus der Geschäftsführung zurück und wechselt in einen Beirat.

Die Übernahme steht unter dem Vorbehalt der Freigabe durch das Bundeskartellamt. Den Vollzug erwarten die Unternehmen im dritten Quartal.

Konsolidierung setzt sich fort

Der Markt für Lager- und Fördertechnik in Deutschland ist seit Jahren in Bewegung. Zuletzt hatten mehrere mittelständische Regalbauer Käufer gesucht, weil Nachfolgeregelungen fehlten oder die Investitionen in Automatisierung zu hoch wurden. Analysten rechnen damit, dass sich dieser Trend fortsetzt.
"""),
    "head": [
        "Startseite › Nachrichten › Unternehmen",
        "Bild: Brandauer Fördertechnik GmbH",
        "Anzeige",
    ],
    "mid": [
        ("Keilholz beschäftigt", "Das könnte Sie auch interessieren: Fachkräftemangel im Lager – wie Betriebe Quereinsteiger gewinnen"),
        ("Standort Glauchau bleibt erhalten", "IntraLog 2025 in Dortmund: Besuchen Sie uns in Halle 4, Stand C12. Jetzt Gratis-Ticket mit dem Code LOGI25 sichern!"),
    ],
    "tail": [
        "Newsletter LogiPraxis Kompakt: Die wichtigsten Branchennachrichten jeden Dienstag und Freitag in Ihrem Postfach. Jetzt kostenlos abonnieren",
        "Stellenmarkt: 312 aktuelle Jobs in Logistik und Intralogistik – jetzt Traumjob finden",
        "Schlagworte: Übernahme · Regalbau · Fördertechnik · Sachsen",
        "© 2025 Fachverlag Hellmann & Söhne GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
    ],
    "mixed": [
        ("Von Jens Hagedorn", "end", "| 14.05.2025, 10:32 Uhr | Lesezeit: 3 Minuten"),
        ("Die Übernahme steht", "end", "Jetzt LogiPraxis+ testen: alle Fachartikel 30 Tage gratis lesen"),
        ("Der Markt für Lager", "start", "Anzeige – Lagerplanung vom Profi: Regale ab Werk bei Stahlfix."),
    ],
    "ltop": L("""
LogiPraxis – Das Fachmagazin für Intralogistik
Nachrichten · Technik · Software · Messen · Stellenmarkt · Heft-Archiv
Startseite › Nachrichten › Unternehmen
Bild: Brandauer Fördertechnik GmbH
"""),
    "lmid": [
        ("„Unsere Kunden", "Anzeige"),
        ("Konsolidierung setzt sich fort", "Jetzt Gratis-Ticket für die IntraLog 2025 sichern"),
    ],
    "lbot": L("""
Artikel teilen: LinkedIn · Xing · E-Mail
Newsletter LogiPraxis Kompakt abonnieren
Stellenmarkt: 312 aktuelle Jobs
Impressum · Datenschutz · Mediadaten · AGB
"""),
})

# ---------------------------------------------------------------------------
# 11. Local council planning decision
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "de-altenbuehl-gemeinderat-bebauungsplan",
    "register": "local council planning decision",
    "lang": "de",
    "paras": P("""
Gemeinderat billigt Baugebiet „Am Kirchacker“ – Bürgerinitiative kündigt Widerstand an

Altenbühl. Mit elf zu sieben Stimmen hat der Gemeinderat Altenbühl am Donnerstagabend den Bebauungsplan für das Neubaugebiet „Am Kirchacker“ beschlossen. Auf der 3,4 Hektar großen Fläche am östlichen Ortsrand sollen 46 Bauplätze für Einfamilien- und Doppelhäuser sowie zwei Mehrfamilienhäuser mit zusammen 18 Wohnungen entstehen.

Bürgermeister Tobias Renner (CDU) verteidigte das Vorhaben vor rund 80 Zuhörerinnen und Zuhörern. Die Gemeinde habe eine Warteliste mit mehr als 150 Bauwilligen, darunter viele junge Familien aus dem Ort. „Wenn wir nichts anbieten, ziehen sie weg, und dann fehlen uns die Kinder in Kita und Grundschule“, sagte Renner.

Die Fraktion der Grünen und zwei Gemeinderäte der Freien Wähler stimmten dagegen. Grünen-Sprecherin Katrin Albers kritisierte, dass auf bestem Ackerboden gebaut werde, während im Ortskern mehrere Gebäude leer stünden. Die Gemeinde müsse zuerst die Innenentwicklung vorantreiben.

Was der Plan vorsieht

Die Grundstücke sollen zwischen 450 und 620 Quadratmeter groß sein.

Mindestens ein Drittel der Bauplätze wird nach einem Punktesystem an Familien mit Ortsbezug vergeben.

Flachdächer müssen begrünt, Satteldächer mit Photovoltaik belegt werden.

Eine Regenrückhaltefläche am Kirchgraben soll Starkregen auffangen.

Die Bürgerinitiative „Kirchacker bleibt grün“ hat nach eigenen Angaben bereits gut 600 Unterschriften gesammelt. Ihr Sprecher Helmut Fauser kündigte an, ein Bürgerbegehren gegen den Satzungsbeschluss zu prüfen. Dafür müssten innerhalb von drei Monaten rund 420 Unterschriften von wahlberechtigten Einwohnern zusammenkommen.

Die Erschließung soll frühestens im Herbst 2026 beginnen. Die Kosten dafür schätzt die Verwaltung auf 5,1 Millionen Euro.
"""),
    "head": [
        "Lokales › Kreis Hohenlohe › Altenbühl",
        "Foto: Archiv/Sabine Kraft",
        "Push-Nachrichten aktivieren: Verpassen Sie keine Meldung mehr aus Ihrer Gemeinde. Jetzt erlauben · Später",
    ],
    "mid": [
        ("Die Fraktion der Grünen", "Lesen Sie auch: Wohnungsnot im Landkreis – so teuer sind Bauplätze inzwischen"),
        ("Eine Regenrückhaltefläche", "Anzeige"),
    ],
    "tail": [
        "Heimat-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Altenbühl, Kirchberg und Umgebung. Hier kostenlos anmelden",
        "Sie lesen gern auf Papier? Die Tageszeitung jetzt 4 Wochen gratis testen – auch als E-Paper ab 4 Uhr morgens.",
        "Kommentare (23) – Jetzt mitdiskutieren",
        "Copyright © Hohenloher Tagblatt 2025 – Alle Rechte vorbehalten",
    ],
    "mixed": [
        ("Altenbühl. Mit elf", "start", "Von Markus Bräuning | 23.05.2025, 18:45 Uhr"),
        ("Bürgermeister Tobias Renner", "end", "Zum Weiterlesen bitte mit HT+ anmelden"),
        ("Die Erschließung soll", "end", "Mehr aus Altenbühl lesen Sie in der Samstagsausgabe"),
    ],
    "ltop": L("""
Hohenloher Tagblatt
Lokales · Region · Sport · Wirtschaft · Freizeit · Traueranzeigen · Abo
Lokales › Kreis Hohenlohe › Altenbühl
HT+ Artikel
"""),
    "lmid": [
        ("Bürgermeister Tobias Renner", "Anzeige"),
        ("Was der Plan vorsieht", "Lesen Sie auch: So teuer sind Bauplätze im Landkreis"),
    ],
    "lbot": L("""
Artikel teilen
Kommentare (23)
Zum E-Paper
Impressum | Datenschutz | Cookie-Einstellungen
"""),
})

# ---------------------------------------------------------------------------
# 12. TRAP: streaming price rise (all about subscriptions, ads and cancellations)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "de-flimmr-preiserhoehung-trap",
    "register": "media and consumer business news",
    "lang": "de",
    "trap": True,
    "trap_promo": ("head", "Anzeige"),
    "paras": P("""
Flimmr erhöht die Preise – was Abonnenten jetzt wissen müssen

Der Streamingdienst verteuert sein Standard-Abo um zwei Euro und führt ein günstigeres Modell mit Werbung ein. Verbraucherschützer sehen die Umstellung kritisch.

Von Lena Hartwig

Der Streamingdienst Flimmr hebt in Deutschland zum zweiten Mal innerhalb von 18 Monaten die Preise an. Das Standard-Abo kostet ab dem 1. Juli 13,99 Euro statt bisher 11,99 Euro im Monat, das Premium-Abo mit 4K-Auflösung steigt von 17,99 auf 19,99 Euro. Neukunden zahlen die neuen Preise sofort.

Gleichzeitig startet ein neues Einstiegsangebot für 5,99 Euro. Wer es bucht, sieht vor und während der Filme und Serien Werbespots von bis zu vier Minuten pro Stunde. Herunterladen für unterwegs ist in diesem Tarif nicht möglich.

Flimmr begründet den Schritt mit gestiegenen Kosten für Lizenzen und Eigenproduktionen. „Wir investieren in diesem Jahr mehr in deutsche Serien als je zuvor“, teilte eine Sprecherin mit.

Muss ich der Preiserhöhung zustimmen?

Ja. Nach mehreren Gerichtsurteilen darf ein Anbieter die Preise laufender Abonnements nicht einfach einseitig anheben. Flimmr bittet Bestandskunden deshalb per E-Mail und beim Start der App um ausdrückliche Zustimmung. Wer nicht zustimmt, dessen Vertrag kann der Dienst zum nächstmöglichen Termin kündigen.

Verbraucherschützer raten, die Aufforderung nicht einfach wegzuklicken. „Lesen Sie genau, was Sie bestätigen“, sagt Jana Oltmanns von der Verbraucherzentrale Niedersachsen-Bremen. In einigen Fällen sei der Zustimmungsknopf so gestaltet, dass man ihn kaum von einem gewöhnlichen Hinweis unterscheiden könne.

Wie kündige ich?

Seit 2022 müssen Anbieter auf ihrer Website einen gut sichtbaren Kündigungsbutton anbieten. Bei Flimmr findet er sich unter „Konto“ und dann „Mitgliedschaft beenden“. Das Abo läuft bis zum Ende des bezahlten Monats weiter.

Wer nur wenige Serien schaut, kann auch gezielt für einen Monat abonnieren, eine Staffel nachholen und dann wieder kündigen. Viele Haushalte wechseln inzwischen auf diese Weise zwischen mehreren Diensten, statt alle dauerhaft zu bezahlen.
"""),
    "head": [
        "Startseite › Digital › Streaming",
        "Bild: Die Startseite der Flimmr-App auf einem Fernseher. Foto: dpa-Bildfunk/Symbolbild",
        "Unterstützen Sie unabhängigen Journalismus: Mit einem Digital-Abo lesen Sie alle Artikel ohne Werbung. Jetzt 1 Monat für 1 € testen",
    ],
    "mid": [
        ("Flimmr begründet den Schritt", "Mehr zum Thema\nDisney, Netflix, Sky: Was Streaming 2025 wirklich kostet\nWerbung im Abo: Ist das überhaupt erlaubt?"),
        ("Verbraucherschützer raten", "Anzeige – Die besten Serien im Juli: jetzt auf Kinowelt+ streamen"),
    ],
    "tail": [
        "Dieser Artikel enthält sogenannte Affiliate-Links. Bei einem Kauf über diese Links erhält unsere Redaktion eine kleine Provision. Der Preis für Sie ändert sich nicht.",
        "Folgen Sie uns auf WhatsApp: Die wichtigsten Digital-News direkt auf Ihr Handy",
        "Das Digital-Briefing der Redaktion: jeden Freitag kostenlos per E-Mail. Jetzt anmelden",
        "© Niederrhein-Kurier Verlag 2025 | Alle Rechte vorbehalten",
    ],
    "mixed": [
        ("Von Lena Hartwig", "end", "· Aktualisiert am 12.06.2025 um 07:15 Uhr"),
        ("Seit 2022 müssen Anbieter", "start", "Hören Sie diesen Artikel: 4 Minuten"),
        ("Wer nur wenige Serien", "end", "Lesen Sie jetzt weiter mit NK+ – dem Abo für alle, die mehr wissen wollen"),
    ],
    "ltop": L("""
Niederrhein-Kurier
Politik · Wirtschaft · Digital · Sport · Kultur · Ratgeber
Startseite › Digital › Streaming
Jetzt 1 Monat für 1 € testen
"""),
    "lmid": [
        ("Flimmr begründet den Schritt", "Anzeige – Kinowelt+ jetzt streamen"),
        ("Wie kündige ich?", "Mehr zum Thema: Was Streaming 2025 wirklich kostet"),
    ],
    "lbot": L("""
Teilen auf Facebook · WhatsApp · E-Mail
Das Digital-Briefing jetzt kostenlos abonnieren
Datenschutz · Impressum · Cookie-Einstellungen · Barrierefreiheit
"""),
})
