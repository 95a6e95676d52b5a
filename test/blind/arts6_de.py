from common import P, L

ARTICLES = [
dict(
    slug="b6-de-schule-robotik",
    lang="de",
    register="Schulnachrichten (Gymnasium)",
    paras=P("""
Robotik-AG holt Landestitel und fährt zum Bundesfinale

Freiburg, 18. März 2026

Die Robotik-AG des Kepler-Gymnasiums hat beim Landeswettbewerb der First Lego League in Stuttgart den ersten Platz belegt und sich damit für das Bundesfinale im Juni in Paderborn qualifiziert.

Das sechsköpfige Team aus den Klassen 8 und 9 setzte sich gegen 31 Mannschaften aus ganz Baden-Württemberg durch. Bewertet wurden neben dem Roboterlauf auch ein Forschungsprojekt und die Teamarbeit.

Ein Roboter, der Bienen zählt

Für ihr Forschungsprojekt entwickelten die Schülerinnen und Schüler einen kleinen Sensor, der am Flugloch eines Bienenstocks die ein- und ausfliegenden Bienen zählt. Der Prototyp hängt seit Herbst am Schulbienenstand.

„Wir haben uns zuerst über jeden Fehler geärgert und am Ende über jeden gefreut“, sagt Teamkapitänin Lina Özdemir.

Betreut wird die AG seit vier Jahren von Physiklehrer Martin Albrecht, der sich vor allem über die Präsentation freute: Die Jury lobte, wie klar das Team seine Messergebnisse erklärt habe.

Die Reise zum Bundesfinale kostet rund 2.400 Euro. Der Förderverein hat bereits die Hälfte zugesagt.

Frage: Kann man der AG noch beitreten? Antwort: Ja, neue Mitglieder ab Klasse 6 sind zum Schuljahresbeginn willkommen.

Wie geht es weiter?

Bis zum Finale will das Team die Zählgenauigkeit des Sensors verbessern und die Ergebnisse mit dem Imkerverein Freiburg vergleichen.
"""),
    head=[
        "Kepler-Gymnasium Freiburg › Aktuelles › Schulleben",
        "Vertretungsplan · Speiseplan · Elternportal · Moodle-Login",
    ],
    mid=[
        ("Das sechsköpfige Team", "Jetzt den Förderverein unterstützen! Schon ab 24 Euro im Jahr werden Sie Mitglied – Beitrittserklärung als PDF"),
        ("Betreut wird die AG", "Bildergalerie: Landeswettbewerb Stuttgart (18 Fotos)"),
    ],
    tail=[
        "Termine\n27.03. Elternsprechtag\n30.03.–10.04. Osterferien",
        "Sie möchten keine Schulnews verpassen? Abonnieren Sie den Kepler-Rundbrief per E-Mail.",
        "Impressum · Datenschutz · Barrierefreiheit",
    ],
    mixed=[
        ("Freiburg, 18. März 2026", "end", "Kategorie: Schulleben, MINT"),
        ("Die Reise zum Bundesfinale", "end", "Spenden an: Förderverein Kepler-Gymnasium e.V., IBAN DE12 6805 0101 0012 3456 78, Stichwort „Robotik“"),
        ("Für ihr Forschungsprojekt", "start", "Beitrag teilen: Facebook WhatsApp E-Mail"),
        ("Bis zum Finale will das Team", "end", "Zurück zur Übersicht"),
    ],
    ltop=L("""
Kepler-Gymnasium Freiburg
Startseite
Unsere Schule
Anmeldung 5. Klasse
Ganztag
Downloads
Kontakt
"""),
    lmid=[
        ("Ein Roboter, der Bienen zählt", "Foto: Schulverwaltung / privat"),
        ("Frage: Kann man der AG", "Weitere Meldungen: Theater-AG spielt „Die Physiker“"),
    ],
    lbot=L("""
Seite drucken
Nach oben
Kepler-Gymnasium · Lorettostraße 8 · 79100 Freiburg
Tel. 0761 201-7410
Impressum
Datenschutzerklärung
"""),
),
dict(
    slug="b6-de-trap-cookiewall",
    lang="de",
    register="Regionalfernsehen (Falle: Cookies, Abo)",
    trap=True,
    trap_promo=("head", "Mit Werbung weiterlesen oder werbefrei für 2,99 € im Monat – jetzt RheinMain TV Plus abonnieren"),
    paras=P("""
Gericht: „Pur-Abo“ statt Cookies ist grundsätzlich zulässig

Mainz, 12. März 2026

Nachrichtenseiten dürfen ihre Leserinnen und Leser vor die Wahl stellen, entweder Werbe-Cookies zu akzeptieren oder ein kostenpflichtiges Abo ohne Tracking abzuschließen. Das hat das Oberverwaltungsgericht Rheinland-Pfalz entschieden.

Geklagt hatte ein Verbraucherverband gegen einen regionalen Zeitungsverlag. Dessen Seite zeigte beim ersten Aufruf ein Banner mit zwei Schaltflächen: „Mit Cookies zustimmen“ und „Pur-Abo für 3,99 Euro im Monat abschließen“.

Preis muss angemessen sein

Das Gericht stellte klar, dass ein solches Modell nur zulässig ist, wenn der Preis für das werbefreie Abo angemessen bleibt und die Nutzer verständlich informiert werden, wofür ihre Daten verwendet werden.

„Zustimmung darf nicht erzwungen werden, aber Journalismus darf auch Geld kosten“, sagte der Vorsitzende Richter in der mündlichen Urteilsbegründung.

Der Verbraucherverband hatte argumentiert, viele Menschen klickten nur deshalb auf „Akzeptieren“, weil sie kein weiteres Abonnement abschließen wollten.

Der Verlag begrüßte das Urteil. Man habe inzwischen rund 18.000 Pur-Abonnenten, die Zahl der Cookie-Einwilligungen sei seit Einführung des Modells stabil geblieben.

Frage: Gilt das Urteil bundesweit? Antwort: Nein, aber andere Gerichte dürften sich daran orientieren.

Wie geht es weiter?

Die Revision zum Bundesverwaltungsgericht wurde zugelassen. Der Verbraucherverband will innerhalb eines Monats entscheiden, ob er sie einlegt.
"""),
    head=[
        "Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. Einstellungen | Alle akzeptieren",
        "RheinMain TV · Nachrichten · Wetter · Mediathek · Live-Stream",
    ],
    mid=[
        ("Geklagt hatte ein Verbraucherverband", "Anzeige"),
        ("Das Gericht stellte klar", "Auch interessant: Neue Radwege in Wiesbaden – was sich ändert"),
        ("Der Verlag begrüßte das Urteil.", "Sie haben einen Tipp für die Redaktion? Schreiben Sie uns an tipp@rheinmain-tv.de"),
    ],
    tail=[
        "Die wichtigsten Nachrichten aus der Region jeden Morgen um 7 Uhr: Holen Sie sich den „RheinMain Frühstart“ kostenlos in Ihr Postfach.",
        "Folgen Sie uns auf Instagram @rheinmaintv",
        "© RheinMain TV GmbH 2026 · Impressum · Datenschutz · Cookie-Einstellungen",
    ],
    mixed=[
        ("Mainz, 12. März 2026", "end", "Lesezeit: 3 Minuten"),
        ("Nachrichtenseiten dürfen", "end", "Artikel teilen: Facebook X WhatsApp Mail"),
        ("Der Verbraucherverband hatte argumentiert", "start", "ANZEIGE"),
        ("Die Revision zum Bundesverwaltungsgericht", "end", "Den Beitrag sehen Sie heute um 19.30 Uhr in „RheinMain aktuell“ und anschließend in unserer Mediathek."),
    ],
    ltop=L("""
RheinMain TV
Startseite
Region Mainz
Region Wiesbaden
Region Frankfurt
Sendungen
Mediathek
"""),
    lmid=[
        ("Preis muss angemessen sein", "Video: Das Urteil in 90 Sekunden"),
        ("Frage: Gilt das Urteil", "Werbung"),
    ],
    lbot=L("""
Mehr zum Thema
Datenschutz im Netz: So verwalten Sie Ihre Einwilligungen
RheinMain TV App – jetzt im App Store und bei Google Play
Kontakt
Impressum
Privatsphäre-Einstellungen
"""),
),
dict(
    slug="b6-de-blog-wandern",
    lang="de",
    register="persönlicher Blog (Wandern)",
    paras=P("""
Drei Tage auf dem Malerweg: Sandstein, Stufen und zu wenig Wasser

Veröffentlicht am 9. Oktober 2025

Ich wollte den Malerweg in der Sächsischen Schweiz schon seit Jahren laufen. Diesen Herbst habe ich endlich drei Tage freigeschaufelt und die ersten vier Etappen von Pirna-Liebethal bis Schmilka gemacht.

Etappe 1: Liebethaler Grund bis Stadt Wehlen

Der Einstieg durch den Liebethaler Grund ist eine Überraschung: ein enges, feuchtes Tal mit Wasserfällen, in dem man kaum glaubt, nur zwanzig Minuten von Pirna entfernt zu sein.

Nach dem Uttewalder Grund wird es voller. An der Bastei standen mittags so viele Menschen auf der Brücke, dass ich nach fünf Minuten wieder umgedreht bin.

Was ich falsch gemacht habe

Ich hatte am zweiten Tag nur einen Liter Wasser dabei. Zwischen Hohnstein und der Brand-Baude gibt es keinen Brunnen, und die Treppen ziehen sich.

„Die Stufen zählt hier keiner mehr“, sagte eine ältere Wanderin, die mich am Brand überholte.

Meine Packliste in einem Satz: zwei Liter Wasser, Stirnlampe, Regenjacke, Bargeld für die Hütten.

Frage: Braucht man ein Zelt? Antwort: Nein, Wildcampen ist im Nationalpark verboten, aber an jeder Etappe gibt es Pensionen.

Und jetzt?

Im Frühjahr will ich die restlichen vier Etappen über den Großen Winterberg zurück nach Pirna laufen.
"""),
    head=[
        "Füße hoch – ein Wanderblog von Jana",
        "Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas kaufst, bekomme ich eine kleine Provision – für dich ändert sich nichts am Preis.",
    ],
    mid=[
        ("Der Einstieg durch den Liebethaler Grund", "Mein Rucksack auf dieser Tour: Osprey Talon 22 – aktuell 99,95 € bei Bergzeit*"),
        ("Ich hatte am zweiten Tag", "Dir gefällt der Blog? Dann spendier mir einen Kaffee auf ko-fi.com/fuessehoch ☕"),
    ],
    tail=[
        "Lust auf mehr Touren? Trag dich in meinen „Gipfelbrief“ ein – einmal im Monat, mit GPX-Dateien für Abonnentinnen und Abonnenten.",
        "Kommentare (7)\nSchreibe einen Kommentar\nDeine E-Mail-Adresse wird nicht veröffentlicht.",
        "Folge mir auf Instagram: @fuesse.hoch",
    ],
    mixed=[
        ("Veröffentlicht am 9. Oktober 2025", "end", "von Jana · 6 Kommentare"),
        ("Nach dem Uttewalder Grund", "end", "Werbung"),
        ("Meine Packliste in einem Satz:", "end", "Die komplette Packliste gibt es als PDF für Newsletter-Leser."),
        ("Im Frühjahr will ich", "end", "Teilen: Pinterest Facebook WhatsApp"),
    ],
    ltop=L("""
Füße hoch
Touren
Ausrüstung
Über mich
Kooperationen
"""),
    lmid=[
        ("Etappe 1: Liebethaler Grund", "Karte: GPX-Track herunterladen (Komoot)"),
        ("Was ich falsch gemacht habe", "Das könnte dich auch interessieren: Rennsteig in fünf Tagen"),
    ],
    lbot=L("""
Schlagwörter: Sachsen, Mehrtagestour, Elbsandstein
Vorheriger Beitrag
Nächster Beitrag
Impressum · Datenschutz
© 2025 Füße hoch
"""),
),
]
