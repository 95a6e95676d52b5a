from common import P, L

ARTICLES = []

# 1 -- regional news: flood on the Moselle
ARTICLES.append(dict(
    slug="de3-mosel-hochwasser", lang="de", register="regional",
    paras=P("""
Hochwasser an der Mosel: Pegel Trier steigt auf über sieben Meter

Anhaltender Regen im Saarland und in Lothringen lässt die Mosel weiter steigen. Das Hochwassermeldezentrum rechnet für Sonntagnachmittag mit einem Scheitel zwischen 7,20 und 7,50 Metern am Pegel Trier.

Trier/Bernkastel-Kues. Seit Freitagabend hat es in den Einzugsgebieten von Saar und Mosel nahezu ununterbrochen geregnet. Am Samstagmittag lag der Pegel in Trier bei 6,38 Metern, üblich sind um diese Jahreszeit knapp drei Meter. Die Schifffahrt ist seit dem frühen Morgen zwischen Koblenz und der französischen Grenze eingestellt.

In Zell, Traben-Trarbach und Bernkastel-Kues haben die Verwaltungen die Uferstraßen gesperrt. Anwohner der tiefer gelegenen Altstadtgassen wurden aufgefordert, ihre Keller zu räumen und Fahrzeuge auf höher gelegene Parkplätze zu bringen. In Traben-Trarbach stehen dafür die Flächen am Moselstadion und am Schulzentrum bereit.

„Die Stege liegen bereit, die Pumpen sind verteilt, und die Feuerwehr ist seit heute früh im Dauereinsatz“, sagte Verbandsbürgermeisterin Petra Hoffmann. Größere Schäden an Gebäuden erwarte man bei einem Scheitel unter acht Metern nicht, in einzelnen Weinkellern direkt am Ufer werde es aber nass.

Was Autofahrer wissen müssen

Gesperrt sind derzeit unter anderem die B 49 zwischen Trier-Ehrang und Schweich, die B 53 bei Kröv sowie die Brücke in Wehlen. Die Polizei bittet, Absperrungen nicht zu umfahren, und appelliert an Schaulustige, den Einsatzkräften nicht im Weg zu stehen.

Das Landesamt für Umwelt geht davon aus, dass der Regen am Sonntag nachlässt. Ab Montag soll das Wasser langsam zurückgehen; bis alle Straßen wieder frei und gereinigt sind, dürfte es aber mehrere Tage dauern.

Aktuelle Pegelstände veröffentlicht das Hochwassermeldezentrum stündlich im Internet. Wer gewarnt werden möchte, wenn ein bestimmter Pegel einen Grenzwert überschreitet, kann sich die kostenlose Warn-App „Meine Pegel“ der Länder installieren.
"""),
    head=["Startseite › Region › Mosel",
          "Von Jana Reuter und Tobias Keßler",
          "Veröffentlicht: 14.12.2024, 13:05 Uhr · zuletzt aktualisiert 16:40 Uhr",
          "Die Uferpromenade in Bernkastel-Kues steht bereits unter Wasser. Foto: Harald Tittel/Moselbote"],
    mid=[("„Die Stege liegen bereit", "Auch interessant\nFünf Jahre nach der Flut: Was aus den Schutzmauern in Ehrang geworden ist\nPegel-Karte: So hoch stehen Mosel, Saar und Sauer gerade"),
         ("Was Autofahrer", "Anzeige"),
         ("Das Landesamt für Umwelt", "Keine Eilmeldung mehr verpassen: Aktivieren Sie die Push-Benachrichtigungen in der Moselbote-App.")],
    tail=["Schlagworte\nHochwasser\nMosel\nUnwetter\nTrier",
          "Sie haben Fotos oder Videos vom Hochwasser in Ihrem Ort? Schicken Sie sie uns per WhatsApp an 0651 7199-199 oder per Mail an region@moselbote.de.",
          "Moselbote+ jetzt 4 Wochen für 0,99 € testen\nDanach 9,99 € pro Monat. Monatlich kündbar.",
          "Zurück zur Startseite",
          "© Moselbote Medienhaus GmbH & Co. KG 2024"],
    mixed=[("Trier/Bernkastel-Kues.", "start", "Eilmeldung"),
           ("Das Landesamt für Umwelt", "end", "Dieser Artikel wird fortlaufend aktualisiert."),
           ("Gesperrt sind derzeit", "end", "Mehr dazu: Alle aktuellen Straßensperrungen im Überblick.")],
    ltop=L("""
Moselbote
E-Paper
Region Politik Wirtschaft Kultur Ratgeber
Abo abschließen
Einloggen
"""),
    lmid=[(0, "14.12.2024, 13:05 Uhr"),
          ("In Zell, Traben", "Anzeige"),
          ("Was Autofahrer", "Video: Drohnenflug über das überflutete Zell")],
    lbot=L("""
Artikel teilen
Drucken
Meistgelesen
Glätte auf der A1: Lkw rutscht bei Hermeskeil in den Graben
Weihnachtsmarkt Trier: Das ist in diesem Jahr neu
Impressum
Datenschutzerklärung
Privatsphäre-Einstellungen
"""),
))

# 2 -- sport: second division match report
ARTICLES.append(dict(
    slug="de3-club-hertha-nachspielzeit", lang="de", register="sport",
    paras=P("""
Joker sticht in der Nachspielzeit: Club dreht Spiel gegen Hertha

Der 1. FC Nürnberg hat am 14. Spieltag der 2. Bundesliga einen späten 2:1-Heimsieg gegen Hertha BSC gefeiert. Vor 41.250 Zuschauern im Max-Morlock-Stadion traf der eingewechselte Jonas Wendl in der dritten Minute der Nachspielzeit.

Dabei hatten die Gäste aus Berlin die erste Halbzeit weitgehend kontrolliert. Nach einem Ballverlust im Nürnberger Aufbauspiel schob Malte Brandt in der 23. Minute zur verdienten Führung ein. Nürnberg fand bis zur Pause kaum Zugriff und kam nur zu einem Distanzschuss, den Hertha-Torhüter Ernst problemlos festhielt.

Trainer Miroslav Klose reagierte zur Pause mit einem Doppelwechsel und stellte auf Dreierkette um. Das zahlte sich aus: Die Franken liefen früher an, gewannen mehr zweite Bälle und kamen in der 68. Minute durch einen Kopfball von Samuel Okafor nach einer Ecke zum Ausgleich.

In der Schlussphase drängten beide Teams auf den Sieg. Hertha traf in der 84. Minute nur den Pfosten, ehe Wendl nach einem Steilpass von Kapitän Robin Knoche allein vor dem Tor auftauchte und flach ins lange Eck vollendete.

„Wir haben in der ersten Hälfte zu passiv gespielt, das müssen wir ansprechen“, sagte Klose nach dem Spiel. „Aber wie die Mannschaft danach zurückgekommen ist, das macht mich stolz.“ Herthas Trainer sprach dagegen von einem „bitteren Nachmittag“, an dem sich seine Elf für den Aufwand nicht belohnt habe.

Mit dem Sieg springt der Club auf Rang sechs, der Rückstand auf den Relegationsplatz beträgt nur noch zwei Punkte. Am kommenden Samstag geht es zum Tabellenführer nach Paderborn.

Tore: 0:1 Brandt (23.), 1:1 Okafor (68.), 2:1 Wendl (90.+3) – Zuschauer: 41.250 – Schiedsrichter: Tobias Reichel (Stuttgart)
"""),
    head=["Fußball › 2. Liga › 1. FC Nürnberg",
          "Spielbericht",
          "Nürnberg · 30.11.2024 · 15:18 Uhr",
          "Jubel in der Nordkurve: Jonas Wendl (M.) lässt sich nach seinem Siegtreffer feiern. © IMAGO/Zink"],
    mid=[("Dabei hatten die Gäste", "Werbung"),
         ("In der Schlussphase", "Lesen Sie auch\nNach Trainerwechsel: Warum der Club plötzlich wieder Tore schießt\nKaderplanung: Knoche verlängert bis 2027"),
         ("Mit dem Sieg springt", "Alle Spiele der 2. Bundesliga live und auf Abruf – jetzt mit dem Sport-Paket von Sky streamen. Zum Angebot")],
    tail=["Tabelle 2. Bundesliga\nLive-Ergebnisse\nSpielplan",
          "Folgen Sie uns auf Instagram, Facebook und TikTok und verpassen Sie keine News rund um den Club.",
          "Sie wollen alles über den FCN wissen? Unser Club-Newsletter kommt jeden Montag und Freitag – kostenlos anmelden.",
          "Kommentare (87)\nJetzt kommentieren",
          "Copyright © Nürnberger Rundschau 2024. Alle Rechte vorbehalten."],
    mixed=[("Der 1. FC Nürnberg hat", "start", "NN+"),
           ("„Wir haben in der ersten Hälfte", "end", "Das komplette Interview sehen Sie oben im Video."),
           ("Trainer Miroslav Klose reagierte", "start", "Artikel vorlesen lassen")],
    ltop=L("""
Nürnberger Rundschau
Fußball Eishockey Basketball Mehr Sport
Login
Jetzt abonnieren
"""),
    lmid=[(0, "30.11.2024 · 15:18 Uhr"),
          ("Dabei hatten die Gäste", "Werbung"),
          ("Mit dem Sieg springt", "Bildergalerie: Die Noten der Club-Profis")],
    lbot=L("""
Teilen
Kommentare (87)
Weitere Artikel
Ehrenamt im Amateurfußball: Vereinen gehen die Schiedsrichter aus
Ice Tigers verlieren in Mannheim
Datenschutz
Impressum
Kontakt
"""),
))

# 3 -- live ticker: public transport strike
ARTICLES.append(dict(
    slug="de3-warnstreik-ticker", lang="de", register="liveblog",
    paras=P("""
Warnstreik im Nahverkehr: Busse und Bahnen stehen still – der Tag im Ticker

Verdi hat die Beschäftigten kommunaler Verkehrsbetriebe in sechs Bundesländern zu einem ganztägigen Warnstreik aufgerufen. Wir berichten laufend über Auswirkungen, Ersatzangebote und die Reaktionen der Arbeitgeber.

17:45 Uhr – Die Gewerkschaft zieht eine erste Bilanz: Nach eigenen Angaben haben sich rund 28.000 Beschäftigte an dem Ausstand beteiligt. Ein Verdi-Sprecher kündigte an, man werde „nicht lockerlassen“, falls die Arbeitgeber in der dritten Verhandlungsrunde kein verbessertes Angebot vorlegen.

16:20 Uhr – In Köln fahren erste Busse der KVB wieder, allerdings nur auf einzelnen Linien. Ein regulärer Betrieb ist nach Angaben des Unternehmens erst ab Betriebsbeginn am Samstag zu erwarten.

14:05 Uhr – Die Vereinigung der kommunalen Arbeitgeberverbände kritisiert den Streik als „unverhältnismäßig“. Das vorgelegte Angebot sehe eine Erhöhung von insgesamt fünf Prozent in zwei Stufen vor, das sei „ein faires Angebot in schwierigen Zeiten“.

11:30 Uhr – Wichtig für Pendler: Die S-Bahnen und Regionalzüge der Deutschen Bahn sind vom Streik nicht betroffen und fahren nach Plan. Die Bahn rechnet allerdings mit deutlich volleren Zügen und empfiehlt, wenn möglich, auf spätere Verbindungen auszuweichen.

9:15 Uhr – In Hannover und Braunschweig sind Kundgebungen mit mehreren Hundert Teilnehmenden angelaufen. Auf Plakaten fordern die Streikenden unter anderem kürzere Schichten und mehr Personal.

6:00 Uhr – Der Warnstreik hat begonnen. In München, Frankfurt, Köln und zahlreichen weiteren Städten bleiben U-Bahnen, Straßenbahnen und Stadtbusse in den Depots.

Was Fahrgäste jetzt wissen müssen: Wer sein Ziel wegen des Streiks nicht erreicht, hat in der Regel keinen Anspruch auf Erstattung von Taxikosten. Inhaber von Monatskarten erhalten für einzelne Streiktage ebenfalls kein Geld zurück, wie die Verbraucherzentrale erläutert.
"""),
    head=["Liveblog",
          "Neue Einträge werden automatisch geladen",
          "Aktualisiert vor 4 Minuten",
          "Leere Bahnsteige am Münchner Hauptbahnhof am frühen Morgen. Foto: Sven Hoppe/dpa"],
    mid=[("17:45 Uhr", "Anzeige"),
         ("14:05 Uhr", "Nichts mehr verpassen: Folgen Sie unserem Kanal bei WhatsApp – dort gibt es alle Eilmeldungen zum Streik direkt aufs Handy."),
         ("11:30 Uhr", "Auch interessant\nStreikrecht: Darf mein Chef mich nach Hause schicken, wenn ich nicht zur Arbeit komme?\nDeutschlandticket: Das ändert sich im nächsten Jahr")],
    tail=["Ältere Einträge laden",
          "Zur Übersicht: Alle Nachrichten zum Tarifstreit",
          "Unser Journalismus ist nicht käuflich – aber wir brauchen Sie. Unterstützen Sie unabhängigen Journalismus mit einem Abo ab 2,99 € im Monat.",
          "Liveblog teilen:\nWhatsApp\nX\nFacebook\nLink kopieren",
          "Impressum | Datenschutz | Barrierefreiheit | Cookie-Einstellungen"],
    mixed=[("Verdi hat die Beschäftigten", "end", "Seite neu laden für die aktuellsten Einträge."),
           ("6:00 Uhr", "end", "(dpa)"),
           ("Was Fahrgäste jetzt wissen", "start", "Service")],
    ltop=L("""
Menü
Suche
Nachrichten
Liveblog
Jetzt anmelden
"""),
    lmid=[("Verdi hat die Beschäftigten", "Letztes Update: 17:45 Uhr"),
          ("16:20 Uhr", "Anzeige"),
          ("9:15 Uhr", "Teilen auf X"),
          ("9:15 Uhr", "Link zu diesem Eintrag kopieren")],
    lbot=L("""
Ältere Einträge laden
Meistgelesen
Rentenerhöhung 2025: So viel mehr gibt es ab Juli
Wetter am Wochenende: Erster Frost im Flachland
Über uns
Impressum
Datenschutzhinweise
"""),
))

# 4 -- TRAP: article about a regional paper's paywall and subscriptions
ARTICLES.append(dict(
    slug="de3-lokalzeitung-bezahlschranke", lang="de", register="media", trap=True,
    paras=P("""
Ende der Gratiskultur: Auch die „Hellweger Post“ zieht die Bezahlschranke hoch

Als eine der letzten Regionalzeitungen in Westfalen stellt die „Hellweger Post“ ihr Onlineangebot weitgehend auf Bezahlinhalte um. Ab dem 1. März sind nur noch Polizeimeldungen, Verkehrsnachrichten und Eilmeldungen frei lesbar.

Verlagsgeschäftsführer Dirk Aßmann begründet den Schritt mit sinkenden Werbeerlösen. „Mit Bannerwerbung allein lässt sich eine Lokalredaktion nicht mehr finanzieren“, sagte er bei der Vorstellung des neuen Modells in Soest. Die gedruckte Auflage sei in den vergangenen zehn Jahren um mehr als ein Drittel gesunken.

Das Digitalabo soll 12,90 Euro im Monat kosten, Abonnenten der gedruckten Zeitung erhalten den Zugang ohne Aufpreis. Zum Start bietet der Verlag einen Probemonat für einen Euro an. Eine Tagespass-Lösung, wie sie einige andere Häuser testen, sei nicht geplant.

Medienwissenschaftlerin Katrin Ohlendorf von der TU Dortmund hält den Schritt für nachvollziehbar, aber riskant. „Viele Leserinnen und Leser sind es seit zwanzig Jahren gewohnt, Lokalnachrichten kostenlos zu bekommen“, sagte sie. Entscheidend sei, ob die Redaktion Inhalte liefere, die es nirgendwo sonst gibt, etwa aus Ratssitzungen und Vereinen.

Zahlen aus anderen Häusern zeigen, dass die Umstellung gelingen kann: Die Zahl der reinen Digitalabonnements bei deutschen Regionalzeitungen hat sich nach Angaben des Branchenverbands BDZV seit 2019 mehr als verdoppelt. Gleichzeitig klagen viele Verlage über hohe Kündigungsquoten nach Ablauf günstiger Probeangebote.

Auch der kostenlose Newsletter der Redaktion soll künftig anders aussehen: Statt kompletter Artikel enthält er nur noch Überschriften und kurze Anrisse. Die Website bleibt für Nutzer mit Werbeblocker zugänglich, kostenpflichtige Texte sind dann aber ebenfalls gesperrt.

Kritik kommt vom örtlichen Seniorenbeirat, der befürchtet, dass ältere Menschen ohne Digitalkenntnisse von Informationen abgeschnitten werden. Der Verlag kündigte an, in seinen Geschäftsstellen Sprechstunden zur Einrichtung des Zugangs anzubieten.
"""),
    trap_promo=("tail", "Mehr aus der Medienbranche gibt es jeden Donnerstag in unserem Newsletter „Druckfrisch“. Hier kostenlos abonnieren."),
    head=["Medien & Gesellschaft",
          "Von Laura Wittkamp",
          "Soest, 08.02.2025 · Lesedauer: 4 Minuten",
          "Blick in den Newsroom der „Hellweger Post“ in Soest. Archivfoto: Hellweger Post"],
    mid=[("Das Digitalabo soll", "Anzeige"),
         ("Zahlen aus anderen Häusern", "Zum Thema\nStudie: Jeder Fünfte zahlt für Online-Nachrichten\nLokaljournalismus in der Krise: Wenn die Redaktion schließt")],
    tail=["Mehr aus der Medienbranche gibt es jeden Donnerstag in unserem Newsletter „Druckfrisch“. Hier kostenlos abonnieren.",
          "Artikel teilen:\nFacebook\nX\nLinkedIn\nE-Mail",
          "Diskutieren Sie mit: 41 Kommentare",
          "Fehler gefunden? Jetzt melden."],
    mixed=[("Als eine der letzten", "start", "Exklusiv"),
           ("Kritik kommt vom örtlichen", "end", "Mitarbeit: Sven Bröker"),
           ("Verlagsgeschäftsführer Dirk Aßmann", "end", "Mehr zum Thema lesen Sie in unserem Dossier „Zukunft der Medien“.")],
    ltop=L("""
medienmonitor
Startseite
Presse & Verlage
TV & Streaming
Login
"""),
    lmid=[(0, "08.02.2025"),
          ("Medienwissenschaftlerin Katrin", "Anzeige"),
          ("Auch der kostenlose Newsletter", "Audio: Diesen Artikel anhören (4:12)")],
    lbot=L("""
Diskutieren Sie mit: 41 Kommentare
Top-Themen
Streaming-Preise steigen erneut
Öffentlich-rechtliche Reform: Was die Länder planen
Mediadaten
Impressum
Datenschutz
"""),
))

# 5 -- recipe blog: plum sheet cake
ARTICLES.append(dict(
    slug="de3-zwetschgendatschi", lang="de", register="recipe",
    paras=P("""
Zwetschgendatschi vom Blech – wie bei Oma

Wenn im September die ersten Hauszwetschgen auf dem Markt liegen, ist bei uns Datschi-Zeit. Der Boden aus Hefeteig bleibt fluffig, die Zwetschgen werden dicht an dicht gesetzt und nach dem Backen nur mit etwas Zimtzucker bestreut. Streusel gibt es bei uns keine – wer sie mag, findet am Ende eine Variante.

Zubereitungszeit: 40 Minuten, plus 1 Stunde Gehzeit und 35 Minuten Backzeit

Zutaten für ein Blech (ca. 20 Stücke)

500 g Weizenmehl Type 405

1 Würfel frische Hefe (42 g)

200 ml lauwarme Milch

75 g Zucker

75 g weiche Butter

1 Ei und 1 Prise Salz

2,5 kg Zwetschgen

2 EL Zucker und 1 TL Zimt zum Bestreuen

Zubereitung

1. Hefe in der lauwarmen Milch mit einem Teelöffel Zucker auflösen und zehn Minuten stehen lassen, bis sich Bläschen bilden.

2. Mehl, restlichen Zucker, Salz, Ei und Butter in eine Schüssel geben, die Hefemilch dazugießen und alles mindestens fünf Minuten zu einem glatten Teig kneten. Abgedeckt an einem warmen Ort etwa eine Stunde gehen lassen.

3. Inzwischen die Zwetschgen waschen, entsteinen und so einschneiden, dass die Hälften noch zusammenhängen.

4. Den Teig auf einem gefetteten Blech ausrollen und die Zwetschgen schuppenartig und mit der Schnittseite nach oben dicht darauf setzen.

5. Im vorgeheizten Ofen bei 180 Grad Ober-/Unterhitze etwa 35 Minuten backen. Noch warm mit Zimtzucker bestreuen.

Tipp: Für die Streuselvariante 150 g Mehl, 100 g Zucker und 100 g kalte Butter zu Bröseln verkneten und vor dem Backen über die Zwetschgen streuen. Dazu passt ungesüßte, frisch geschlagene Sahne.
"""),
    head=["Home » Backen » Kuchen vom Blech",
          "Dieser Beitrag enthält Affiliate-Links. Wenn du über einen dieser Links etwas kaufst, erhalte ich eine kleine Provision – für dich ändert sich am Preis nichts.",
          "Zum Rezept springen",
          "★★★★★ 4,8 von 5 (213 Bewertungen)"],
    mid=[("Wenn im September", "Werbung"),
         ("2,5 kg Zwetschgen", "Mein Tipp: Mit diesem Zwetschgenentsteiner geht es doppelt so schnell – hier bei Amazon ansehen*"),
         ("5. Im vorgeheizten Ofen", "Dir gefällt das Rezept? Dann merke es dir auf Pinterest!")],
    tail=["Rezept drucken",
          "Hast du das Rezept ausprobiert? Dann lass mir gern eine Bewertung und einen Kommentar da oder markiere mich auf Instagram mit @backliebe.eva – ich freue mich über jedes Foto!",
          "Das könnte dir auch gefallen:\nApfelkuchen mit Vanillepudding\nRhabarber-Streuselkuchen\nDie besten Hefeteig-Tipps",
          "Verpasse kein Rezept mehr! Trag dich in meinen Newsletter ein und erhalte mein E-Book „Backen mit Hefe“ gratis.",
          "* Affiliate-Link"],
    mixed=[("Wenn im September", "start", "Werbung | enthält unbeauftragte Markennennung"),
           ("Tipp: Für die Streuselvariante", "end", "Weitere Kuchenrezepte findest du in meiner Rezeptübersicht."),
           (12, "end", "Rezept drucken")],
    ltop=L("""
Backliebe
Rezepte
Über mich
Shop
Kontakt
"""),
    lmid=[(0, "veröffentlicht am 3. September 2024 von Eva"),
          ("Zubereitungszeit:", "Jump to Recipe"),
          ("1 Ei und 1 Prise Salz", "Werbung")],
    lbot=L("""
Pin it
Teilen
84 Kommentare
Kommentar hinterlassen
Impressum
Datenschutz
© 2024 Backliebe
"""),
))

# 6 -- obituary: organ builder
ARTICLES.append(dict(
    slug="de3-nachruf-orgelbauer", lang="de", register="obituary",
    paras=P("""
Er gab den Kirchen der Region ihre Stimme: Orgelbaumeister Walter Seibold ist tot

Er hat mehr als 140 Orgeln gebaut, restauriert oder vor dem Abriss bewahrt. Am Montag ist der Orgelbaumeister Walter Seibold im Alter von 88 Jahren in seinem Heimatort Ebersbach gestorben.

Seibold wurde 1936 als Sohn eines Schreiners geboren. Nach der Lehre bei einer Orgelbaufirma in Ludwigsburg und Wanderjahren in der Schweiz und im Elsass legte er 1964 die Meisterprüfung ab. Zwei Jahre später gründete er in einer ehemaligen Scheune am Ortsrand seine eigene Werkstatt, die zeitweise zwölf Mitarbeiter beschäftigte.

Überregional bekannt wurde er durch die Restaurierung der historischen Orgel in der Klosterkirche Adelberg, an der er mit seinem Team fast drei Jahre arbeitete. Statt fehlende Pfeifen durch Industrieware zu ersetzen, ließ er sie nach alten Vorlagen neu gießen. „Eine Orgel ist kein Möbelstück, sie hat einen Charakter, und den darf man nicht wegrestaurieren“, sagte er damals in einem Interview.

Auch im Ruhestand blieb er seinem Handwerk verbunden. Bis ins hohe Alter stimmte er die Instrumente in vielen Dörfern der Umgebung und gab sein Wissen an junge Orgelbauer weiter. 2011 erhielt er für sein Lebenswerk die Staufermedaille des Landes Baden-Württemberg.

Bezirkskantorin Miriam Helfrich würdigte ihn als „einen Menschen mit unendlicher Geduld und einem absoluten Gehör“. Viele Organistinnen und Organisten der Region hätten ihre ersten Töne auf einer Orgel gespielt, die Seibold gebaut oder gerettet habe.

Walter Seibold hinterlässt seine Frau Gertrud, zwei Töchter und fünf Enkel. Die Trauerfeier findet am Freitag, 17. Januar, um 14 Uhr in der Veitskirche in Ebersbach statt. Anstelle von Blumen bittet die Familie um eine Spende für den Erhalt der Orgel in der Friedhofskapelle.
"""),
    head=["Region › Kreis Göppingen › Ebersbach",
          "Nachruf",
          "Von Ulrich Brenner · 11.01.2025",
          "Walter Seibold in seiner Werkstatt, aufgenommen im Jahr 2016. Foto: Giacinto Carlucci"],
    mid=[("Seibold wurde 1936", "Anzeige"),
         ("Auch im Ruhestand", "Traueranzeigen aus Ihrer Region finden Sie in unserem Trauerportal – dort können Sie auch eine Gedenkkerze anzünden und ins Kondolenzbuch schreiben."),
         ("Bezirkskantorin Miriam", "Weitere Nachrichten aus dem Kreis Göppingen\nFilstalbahn: Ab Februar wieder Regelbetrieb\nNeues Ärztehaus in Uhingen öffnet")],
    tail=["Dieser Artikel ist zuerst in der gedruckten Ausgabe erschienen.",
          "Sie möchten weiterlesen? Mit FilsZeitung Digital lesen Sie alle Artikel auf fils-zeitung.de und in der App – im ersten Monat kostenlos.",
          "Mehr zum Thema: Ebersbach · Kirche · Kultur",
          "Teilen: WhatsApp | Facebook | E-Mail",
          "© FilsZeitung 2025 | AGB | Impressum | Datenschutz"],
    mixed=[("Er hat mehr als 140 Orgeln", "start", "FZ+"),
           ("Überregional bekannt wurde", "end", "(Foto: Archiv)"),
           ("Walter Seibold hinterlässt", "end", "Kondolenzen können Sie auf unserem Trauerportal hinterlassen.")],
    ltop=L("""
FilsZeitung
Kreis Göppingen
Geislingen
Meine Region wählen
Anmelden
"""),
    lmid=[(0, "11.01.2025, 06:00 Uhr"),
          ("Seibold wurde 1936", "Anzeige"),
          ("Bezirkskantorin Miriam", "Audio-Version: Artikel anhören")],
    lbot=L("""
Trauerportal
Traueranzeige aufgeben
Artikel empfehlen
Abo-Service
Impressum
Datenschutz
Cookie-Manager
"""),
))
