from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- DE 1 (council: cycle path)
ARTICLES.append(dict(
    slug="de-radweg-gemeinderat", lang="de", register="council",
    paras=P("""
Gemeinderat gibt grünes Licht für Radweg nach Oberweiler

Nach fast zehn Jahren Diskussion hat der Gemeinderat von Talheim am Dienstagabend den Bau eines Radwegs entlang der Kreisstraße nach Oberweiler beschlossen. Die Entscheidung fiel mit 14 zu 6 Stimmen.

Der 3,2 Kilometer lange Weg soll zwei Meter breit werden und vom Ortsausgang bis zur Einmündung der Lindenstraße in Oberweiler führen. Die Kosten schätzt die Verwaltung auf 1,9 Millionen Euro, von denen das Land voraussichtlich 70 Prozent übernimmt.

„Jeden Morgen fahren hier Kinder mit dem Rad zur Schule, und zwischen ihnen und den Lastwagen ist nichts als ein weißer Strich“, sagte Bürgermeisterin Sabine Kröner (parteilos). „Das können wir so nicht lassen.“

Widerstand kam vor allem aus den Reihen der Freien Wähler. Fraktionschef Jürgen Maier kritisierte, dass für den Weg rund 4.000 Quadratmeter Ackerland gekauft werden müssten. Zwei Landwirte hätten bisher nicht zugestimmt.

Wie geht es weiter?

Im Frühjahr sollen die Grundstücksverhandlungen abgeschlossen werden. Baubeginn ist frühestens im Herbst 2026.

Der Elternbeirat der Grundschule, der im vergangenen Jahr 800 Unterschriften für den Radweg gesammelt hatte, begrüßte den Beschluss.

Korrektur: In einer früheren Version dieses Artikels hieß es, der Beschluss sei mit 16 zu 4 Stimmen gefallen. Richtig ist 14 zu 6.
"""),
    head=["Startseite > Lokales > Talheim", "Von Markus Lehner",
          "Aktualisiert am 12.03.2025, 18:42 Uhr · Lesezeit: 2 Min.",
          "Auf dieser Strecke soll der neue Radweg entstehen. Foto: Markus Lehner"],
    mid=[("Der 3,2 Kilometer lange Weg", "Anzeige"),
         ("Widerstand kam vor allem", "Lesen Sie auch:\nSperrung der B27: Umleitung ab Montag\nNeues Baugebiet in Oberweiler: 40 Bauplätze vergeben"),
         ("Im Frühjahr sollen", "Newsletter „Guten Morgen, Talheim“: Die wichtigsten Nachrichten aus der Region – jeden Morgen kostenlos in Ihr Postfach.")],
    tail=["Mehr zum Thema\nVerkehr\nTalheim\nGemeinderat",
          "Artikel teilen\nFacebook\nWhatsApp\nE-Mail\nLink kopieren",
          "Kommentare (23)\nUm kommentieren zu können, müssen Sie angemeldet sein.",
          "© Talbote Verlag GmbH 2025 · Impressum · Datenschutz · AGB"],
    mixed=[("Nach fast zehn Jahren", "start", "Plus-Artikel"),
           ("„Jeden Morgen fahren hier Kinder", "end", "Artikel anhören"),
           ("Der Elternbeirat der Grundschule", "end", "Haben Sie Fragen oder Hinweise? Schreiben Sie uns an lokales@talbote.de.")],
    ltop=L("""
Talbote
Lokales Region Sport Kultur Wirtschaft
Abo
Anmelden
Lokales
Von Markus Lehner
"""),
    lmid=[(0, "12.03.2025"), ("Der 3,2 Kilometer lange Weg", "Anzeige"),
          ("Widerstand kam vor allem", "Mehr Nachrichten aus Talheim"),
          ("Wie geht es weiter?", "Foto: Markus Lehner")],
    lbot=L("""
Artikel teilen
Kommentare (23)
Meistgelesen
Sperrung der B27: Umleitung ab Montag
Impressum
Datenschutz
Cookie-Einstellungen
"""),
))

# ---------------------------------------------------------------- DE 2 (court: grandchild scam)
ARTICLES.append(dict(
    slug="de-enkeltrick-prozess", lang="de", register="court",
    paras=P("""
Schockanrufe bei Senioren: Abholer muss für fünf Jahre in Haft

Das Landgericht Augsburg hat einen 27-jährigen Mann wegen gewerbsmäßigen Bandenbetrugs zu fünf Jahren und drei Monaten Haft verurteilt. Er hatte nach Überzeugung der Kammer in elf Fällen Bargeld und Schmuck bei älteren Menschen abgeholt, die zuvor Opfer sogenannter Schockanrufe geworden waren.

Die Anrufer, die nach Erkenntnissen der Ermittler aus einem Callcenter in Polen arbeiteten, hatten sich als Polizisten oder Staatsanwälte ausgegeben. Sie erzählten den Seniorinnen und Senioren, ein Angehöriger habe einen tödlichen Unfall verursacht und komme nur gegen eine Kaution frei.

Insgesamt erbeutete die Bande in den elf Fällen rund 410.000 Euro. Eine 86-jährige Frau aus Königsbrunn übergab dem Angeklagten allein 95.000 Euro und den Schmuck ihrer verstorbenen Mutter.

Der Angeklagte hatte zum Prozessauftakt ein Geständnis abgelegt. Er sei selbst verschuldet gewesen und habe pro Abholung 2.000 Euro bekommen, ließ er über seinen Verteidiger erklären.

„Sie haben die Angst alter Menschen um ihre Kinder zu Geld gemacht“, sagte der Vorsitzende Richter in der Urteilsbegründung.

Das Urteil ist noch nicht rechtskräftig.

Die Polizei rät: Legen Sie bei solchen Anrufen sofort auf. Die Polizei fordert niemals Geld oder Wertsachen am Telefon.
"""),
    head=["Lokales Augsburg", "Der Angeklagte vor Beginn der Verhandlung im Landgericht Augsburg. Bild: Silvio Wyszengrad",
          "Von Jana Hofbauer | 21.11.2024, 16:05 Uhr"],
    mid=[("Die Anrufer, die nach", "WERBUNG"),
         ("Der Angeklagte hatte zum", "Lesen Sie dazu auch\nFalscher Polizist erbeutet 60.000 Euro in Friedberg\nSo schützen Sie Ihre Eltern vor Telefonbetrug")],
    tail=["Facebook Whatsapp Twitter Mail",
          "Zur Startseite",
          "Sie wollen mehr? Mit AZ Plus lesen Sie alle Artikel auf az-online und in der App. Jetzt 30 Tage kostenlos testen, danach 9,99 € monatlich. Jederzeit kündbar.",
          "Diskutieren Sie mit\nBitte melden Sie sich an, um zu kommentieren. Es gelten unsere Diskussionsregeln."],
    mixed=[("Das Landgericht Augsburg hat", "start", "Augsburger Zeitung"),
           ("Insgesamt erbeutete die Bande", "end", "Foto: Silvio Wyszengrad"),
           ("Das Urteil ist noch nicht", "end", "Folgen Sie uns auch auf Instagram!")],
    ltop=L("""
Augsburger Zeitung
Augsburg Bayern Politik Wirtschaft Sport
E-Paper
Abo
Augsburg & Region
Polizeireport
"""),
    lmid=[(0, "Von Jana Hofbauer"), (0, "21.11.2024"),
          ("Insgesamt erbeutete die Bande", "Anzeige"),
          ("„Sie haben die Angst", "Lesen Sie dazu auch: Falscher Polizist erbeutet 60.000 Euro in Friedberg")],
    lbot=L("""
Zur Startseite
Themen folgen
Gericht
Betrug
Kontakt
Impressum
Datenschutz
"""),
))

# ---------------------------------------------------------------- DE 3 (recipe: Käsespätzle)
ARTICLES.append(dict(
    slug="de-kaesespaetzle", lang="de", register="recipe",
    paras=P("""
Allgäuer Kässpatzen wie bei der Oma

Für echte Kässpatzen braucht man drei Dinge: frische Spätzle, kräftigen Bergkäse und viel Geduld beim Zwiebelrösten. Die Zwiebeln dürfen ruhig eine halbe Stunde brauchen – sie sollen goldbraun und süß werden, nicht schwarz.

Zutaten für 4 Personen:

400 g Mehl

4 Eier

ca. 150 ml Mineralwasser

1 TL Salz

250 g Bergkäse und 100 g Emmentaler, gerieben

3 große Zwiebeln

50 g Butter

Zubereitung:

Mehl, Eier, Salz und Wasser zu einem zähen Teig schlagen, bis er Blasen wirft. 15 Minuten ruhen lassen.

Die Zwiebeln in Ringe schneiden und in der Butter bei mittlerer Hitze langsam braun rösten.

Den Teig portionsweise in kochendes Salzwasser schaben oder durch eine Spätzlepresse drücken. Sobald die Spätzle oben schwimmen, mit einer Schaumkelle herausheben.

Spätzle und Käse abwechselnd in eine vorgewärmte Schüssel schichten, dabei jede Schicht leicht salzen. Zum Schluss die Röstzwiebeln darüber verteilen.

Dazu passt ein grüner Salat mit Essig-Öl-Dressing.
"""),
    head=["Zum Rezept springen", "Rezepte > Hauptgerichte > Vegetarisch",
          "★★★★★ 4,7 (312 Bewertungen)",
          "Arbeitszeit: 45 Min. · Schwierigkeit: normal · Kalorien p. P.: 780"],
    mid=[("Für echte Kässpatzen", "Anzeige"),
         ("50 g Butter", "Unsere Empfehlung: Die Spätzlepresse von Kuchenmeister – jetzt für 24,99 € bei Amazon*"),
         ("Die Zwiebeln in Ringe", "Video: So gelingen Spätzle garantiert")],
    tail=["Rezept speichern · Drucken · Teilen",
          "*Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhalten wir eine kleine Provision. Für Sie ändert sich der Preis nicht.",
          "Das könnte Sie auch interessieren\nSchwäbische Maultaschen\nKrautkrapfen aus dem Allgäu\nApfelküchle mit Vanillesoße",
          "Hat es geschmeckt? Bewerten Sie das Rezept und laden Sie ein Foto hoch!"],
    mixed=[("Zutaten für 4 Personen:", "end", "Portionen anpassen"),
           ("Mehl, Eier, Salz und Wasser", "start", "Schritt 1"),
           ("Dazu passt ein grüner Salat", "end", "Guten Appetit wünscht Ihr Team von Küchenzauber.de!")],
    ltop=L("""
Küchenzauber
Rezepte Backen Magazin Videos Shop
Anmelden
Zum Rezept springen
Vegetarisch
"""),
    lmid=[(0, "4,7 (312)"), ("Zutaten für 4 Personen:", "Portionen: 4"),
          ("Zubereitung:", "Anzeige"),
          ("Die Zwiebeln in Ringe", "Koch-Tipp im Video ansehen")],
    lbot=L("""
Rezept speichern
Drucken
Kommentare (57)
Ähnliche Rezepte
Über uns Impressum Datenschutz
"""),
))

# ---------------------------------------------------------------- DE 4 (trap: regional paper's digital subscription strategy)
ARTICLES.append(dict(
    slug="de-verlag-digitalabo", lang="de", register="national-news", trap=True,
    paras=P("""
Regionalzeitungen setzen auf Digital-Abos – und verlieren Leser auf dem Land

Immer mehr Regionalzeitungen stellen ihre Artikel hinter eine Bezahlschranke. Bei der Mittelrhein-Post sind inzwischen drei von vier Texten nur noch für Abonnenten frei zugänglich. Wer ohne Abo liest, sieht nach dem ersten Absatz den Hinweis, dass der Rest des Textes ein Plus-Artikel ist.

Die Strategie zahlt sich aus, zumindest auf dem Papier. Die Zahl der Digital-Abos stieg im vergangenen Jahr um 18 Prozent auf knapp 41.000. Ein Abo kostet 14,90 Euro im Monat; im ersten Monat verlangt der Verlag nur 99 Cent.

Doch die gedruckte Auflage sinkt schneller, als die digitalen Abonnenten nachwachsen. Vor allem in den Dörfern des Hunsrücks, wo die Zustellung teurer wird und viele ältere Leser kein Tablet besitzen, kündigen Menschen ihr Zeitungsabo.

„Wir haben eine Generation von Lesern, die wir mit Digital-Abos nicht erreichen“, sagt Chefredakteurin Katrin Adler. „Die wollen wir nicht verlieren, aber wir können auch nicht jeden Morgen ein Auto für drei Zeitungen durch den Wald schicken.“

Der Medienforscher Tobias Gerlach von der Universität Mainz hält das Modell dennoch für alternativlos. Werbung allein finanziere keinen Lokaljournalismus mehr, sagt er. „Die Frage ist nicht, ob Leser zahlen müssen, sondern wie viel, und wofür.“

Einige Verlage experimentieren mit günstigeren Angeboten: Ein reines Lokal-Abo für 6,90 Euro, ein Newsletter mit den wichtigsten Meldungen aus dem Ort, oder ein Zugang, der sich mit dem Abo der Eltern teilen lässt.
"""),
    head=["Medien & Gesellschaft", "Die Druckerei der Mittelrhein-Post in Koblenz. Foto: Thomas Frey/dpa",
          "Eine Analyse von Lena Brückner\n03.02.2025, 07:30 Uhr"],
    mid=[("Die Strategie zahlt sich aus", "– Anzeige –"),
         ("„Wir haben eine Generation", "Mehr zum Thema\nPresseförderung: Bund plant Zustellhilfe\nWie KI den Lokaljournalismus verändert")],
    tail=["Dieser Artikel erschien zuerst in unserem Medien-Newsletter „Blattkritik“. Jetzt kostenlos abonnieren",
          "Themen\nZeitungen\nDigitalisierung\nMedienwandel",
          "Qualitätsjournalismus braucht Unterstützung: Lesen Sie alle Artikel mit SZP Digital für 1 € im ersten Monat.\nJetzt testen",
          "Teilen auf: Facebook | X | LinkedIn | Threads"],
    mixed=[("Immer mehr Regionalzeitungen", "start", "MEDIEN"),
           ("Doch die gedruckte Auflage", "end", "ANZEIGE"),
           ("Einige Verlage experimentieren", "end", "Folgen Sie der Medienredaktion auf Bluesky.")],
    ltop=L("""
Süddeutsche Presse
Politik Wirtschaft Medien Kultur Sport
Abo testen
Login
Ressort Medien
Lena Brückner
03.02.2025
"""),
    lmid=[(0, "Foto: Thomas Frey/dpa"), ("Die Strategie zahlt sich aus", "– Anzeige –"),
          ("Der Medienforscher Tobias Gerlach", "Lesen Sie auch: Wie KI den Lokaljournalismus verändert")],
    lbot=L("""
Themen
Zeitungsmarkt
Artikel teilen
Jetzt testen
Impressum Datenschutz Cookie-Einstellungen Kontakt
"""),
))

# ---------------------------------------------------------------- DE 5 (trap: consumer advice on subscription traps in apps)
ARTICLES.append(dict(
    slug="de-abofallen-apps", lang="de", register="finance", trap=True,
    trap_promo=("So kündigen Sie", "Anzeige"),
    paras=P("""
Abo-Falle im Handy: Verbraucherzentrale warnt vor teuren Testphasen

„Drei Tage kostenlos testen“ – mit solchen Angeboten locken viele Apps ihre Nutzer. Wer vergisst zu kündigen, zahlt danach oft 9,99 Euro pro Woche. Die Verbraucherzentrale Nordrhein-Westfalen hat im vergangenen Jahr mehr als 2.300 Beschwerden über solche Abos erhalten, vor allem bei Foto-, Fitness- und Horoskop-Apps.

„Das Problem ist nicht das Abo an sich, sondern die Gestaltung“, sagt Juristin Melanie Tews. Der Button zum Abschließen sei groß und bunt, der Hinweis auf die Kosten dagegen klein und grau.

Seit Juli 2022 müssen Anbieter im Internet einen gut sichtbaren Kündigungsbutton anbieten. Bei Abos, die über den App Store von Apple oder Google Play abgeschlossen wurden, erfolgt die Kündigung allerdings über das Konto beim jeweiligen Store – nicht in der App selbst.

So kündigen Sie

iPhone: Einstellungen öffnen, auf den eigenen Namen tippen, dann „Abonnements“ wählen.

Android: Play Store öffnen, auf das Profilbild tippen, „Zahlungen und Abos“ und dann „Abos“ wählen.

Wichtig: Das Löschen der App beendet das Abo nicht.

Wer ungewollt in ein Abo geraten ist, kann bei Apple und Google innerhalb von 14 Tagen eine Erstattung beantragen. Die Verbraucherzentrale bietet dafür einen kostenlosen Musterbrief an.
"""),
    head=["Ratgeber > Geld > Verbraucher", "Symbolbild: Viele Apps locken mit kostenlosen Testphasen. Foto: IMAGO/Zoonar",
          "Von Stefan Ruhland | Stand: 17.06.2024"],
    mid=[("„Das Problem ist nicht das Abo", "Anzeige"),
         ("Android: Play Store öffnen", "Newsletter Geld & Recht: Spartipps, Urteile und Verbrauchernews jeden Donnerstag. Hier anmelden"),
         ("Wichtig: Das Löschen der App", "Auch interessant\nHandyvertrag kündigen: Das müssen Sie beachten\nSo erkennen Sie Fake-Shops")],
    tail=["Dieser Ratgeber wird regelmäßig aktualisiert. Alle Angaben ohne Gewähr.",
          "Jetzt die Ratgeber-App herunterladen – kostenlos für iOS und Android",
          "Artikel teilen\nArtikel drucken\nFehler melden",
          "Unser Service-Partner: Vergleichen Sie jetzt Handytarife und sparen Sie bis zu 300 € im Jahr*\n*Werbung"],
    mixed=[("„Drei Tage kostenlos testen“", "start", "Geld & Recht"),
           ("Seit Juli 2022 müssen", "end", "Lesen Sie auch: Kündigungsbutton – was Sie wissen müssen"),
           ("Wer ungewollt in ein Abo", "end", "Zum Musterbrief (PDF)")],
    ltop=L("""
Ratgeber Geld
Startseite
Geld & Recht
Verbraucherschutz
Stefan Ruhland
17.06.2024
"""),
    lmid=[(0, "Foto: IMAGO/Zoonar"), ("„Das Problem ist nicht das Abo", "Anzeige"),
          ("So kündigen Sie", "Inhaltsverzeichnis einblenden"),
          ("Wichtig: Das Löschen der App", "Auch interessant")],
    lbot=L("""
Handyvertrag kündigen: Das müssen Sie beachten
Artikel teilen
Fehler melden
Werbung
Impressum
Datenschutzerklärung
"""),
))

# ---------------------------------------------------------------- DE 6 (sports: handball)
ARTICLES.append(dict(
    slug="de-handball-derby", lang="de", register="sports",
    paras=P("""
Wetzlar gewinnt Derby in letzter Sekunde

Die HSG Wetzlar hat das Hessen-Derby gegen die MT Melsungen mit 29:28 (14:15) gewonnen. Den entscheidenden Treffer erzielte Rechtsaußen Jonas Kreuzer drei Sekunden vor dem Abpfiff mit einem Heber über den Melsunger Torhüter.

Vor 4.421 Zuschauern in der ausverkauften Buderus-Arena lag Wetzlar lange zurück. Melsungen führte zehn Minuten vor Schluss mit 26:23, ehe die Gastgeber mit einer offensiven Deckung drei Ballgewinne in Folge erzwangen.

„Das war Derby pur. Die Halle hat uns am Ende getragen“, sagte Trainer Frank Albers.

Bester Werfer der Partie war Melsungens Kreisläufer Arnór Sigurdsson mit acht Toren. Bei Wetzlar traf Kapitän Lars Weiß sieben Mal.

Mit dem Sieg klettert Wetzlar auf Platz neun der Tabelle. Melsungen bleibt Dritter.

Statistik

HSG Wetzlar: Novak, Ring – Weiß 7/3, Kreuzer 6, Fink 4, Dahm 4, Petrović 3, Kühn 3, Bach 2.

Zuschauer: 4.421 (ausverkauft).
"""),
    head=["Sport", "Handball-Bundesliga", "Jubel nach dem Siegtreffer: Jonas Kreuzer (Mitte) lässt sich feiern. Foto: Imago"],
    mid=[("Vor 4.421 Zuschauern", "Sportwetten: Jetzt 100 € Neukundenbonus sichern! 18+ | Glücksspiel kann süchtig machen. Hilfe unter buwei.de"),
         ("Bester Werfer der Partie", "Tabelle\n1. Füchse Berlin 38:6\n2. SC Magdeburg 36:8\n3. MT Melsungen 35:9\nZur kompletten Tabelle")],
    tail=["Alle Spiele der Handball-Bundesliga live bei Dyn – jetzt im Jahresabo für 12,50 € im Monat.",
          "Mehr aus dem Sport\nEintracht: Trainer bestätigt Personal-Sorgen\nLöwen verlängern mit Torwart",
          "Liveticker nachlesen",
          "Quelle: dpa/lhe/mit eigenem Material"],
    mixed=[("Die HSG Wetzlar hat das Hessen-Derby", "start", "Handball"),
           ("„Das war Derby pur.", "end", "Video: Der Siegtreffer in voller Länge"),
           ("Mit dem Sieg klettert Wetzlar", "end", "Sport-Push aktivieren und nichts mehr verpassen.")],
    ltop=L("""
hessenschau-sport
Fußball Handball Basketball Mehr Sport
Handball-Bundesliga
Spielbericht
"""),
    lmid=[(0, "Foto: Imago"), ("Vor 4.421 Zuschauern", "Anzeige"),
          ("Mit dem Sieg klettert", "Zur kompletten Tabelle")],
    lbot=L("""
Liveticker nachlesen
Mehr aus dem Sport
Sendungen
Impressum
Datenschutz
Barrierefreiheit
"""),
))
