import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-de-autotest-kombi",
    lang="de",
    register="car review",
    paras=P("""
Vestra Aura Kombi im Test: Viel Platz, wenig Durst – aber das Infotainment nervt

Der neue Plug-in-Hybrid-Kombi will Familien vom SUV zurückholen. Gelingt das?

Testwagen: Vestra Aura Kombi PHEV Elegance, Grundpreis 46.990 Euro

Wer den Kofferraum öffnet, versteht das Konzept sofort: 610 Liter bei aufrechter Rückbank, 1.720 Liter umgeklappt. Das ist mehr als bei den meisten Mittelklasse-SUV.

Antrieb und Verbrauch

Der 1,5-Liter-Benziner und der E-Motor leisten zusammen 272 PS. Auf unserer Normrunde fuhren wir 71 Kilometer rein elektrisch, danach lag der Verbrauch bei 5,8 Litern auf 100 Kilometern.

Innenraum

Die Sitze sind straff, aber langstreckentauglich. Ärgerlich ist das Infotainment: Für die Klimaanlage gibt es keine Tasten mehr, und die Sitzheizung lässt sich nur im dritten Untermenü einschalten.

Hinzu kommt: Wer die Fernsteuerung per Smartphone nutzen will, muss die Vestra-App herunterladen und nach drei Jahren ein Abo für 99 Euro im Jahr abschließen.

Unser Fazit

Ein sehr guter Familienwagen mit alltagstauglicher E-Reichweite. Die Bedienung sollte Vestra per Update dringend nachbessern.

Note: 2,3
"""),
    head=[
        "Auto › Tests › Kombis",
        "Von Tobias Lindqvist | Aktualisiert am 12.01.2026, 16:05 Uhr | Lesezeit: 6 Min.",
        "Artikel anhören · 5:48 Min.",
    ],
    mid=[
        (2, "Der Vestra Aura Kombi auf der Testrunde bei Ingolstadt. Foto: Michael Brandt/motorwelt"),
        (4, "Jetzt Angebote vergleichen: Vestra Aura Kombi ab 39.890 Euro – bis zu 17 % Rabatt beim Neuwagenkauf über unseren Partner AutoDeal24*"),
        (7, "Auch interessant\nSkoda Superb vs. VW Passat: Der große Kombi-Vergleich\nDie zehn sparsamsten Plug-in-Hybride 2026"),
        (10, "Anzeige"),
    ],
    tail=[
        "*Mit einem Sternchen gekennzeichnete Links sind Affiliate-Links. Kommt darüber ein Kauf zustande, erhält motorwelt eine Provision. Für Sie ändert sich am Preis nichts.",
        "motorwelt+ lesen: Alle Tests, Datenblätter und Messwerte für 3,99 Euro im Monat. Jederzeit kündbar.",
        "Ihre Meinung zählt: Würden Sie einen Kombi einem SUV vorziehen? Stimmen Sie jetzt ab!",
        "Impressum · Datenschutz · Cookie-Einstellungen · AGB · Mediadaten · © 2026 motorwelt Verlag GmbH",
    ],
    mixed=[
        (3, "end", "Bildergalerie: 24 Fotos vom Testwagen ansehen."),
        (5, "start", "Kostenloser Newsletter: Die wichtigsten Autotests jeden Freitag in Ihrem Postfach."),
        (8, "start", "Folgen Sie motorwelt auf WhatsApp."),
        (11, "end", "Jetzt Probefahrt beim Händler in Ihrer Nähe vereinbaren."),
    ],
    ltop=L("""
Zum Inhalt springen
motorwelt
Abo abschließen
Anmelden
News
Tests
Ratgeber
E-Mobilität
Gebrauchtwagen
Kombis
"""),
    lmid=[
        (2, "Foto: Michael Brandt/motorwelt"),
        (6, "Anzeige"),
        (9, "Weiterlesen mit motorwelt+"),
    ],
    lbot=L("""
Technische Daten
Teilen
Drucken
Schlagworte: Plug-in-Hybrid, Kombi, Familienauto
Kontakt
Impressum
Datenschutz
Barrierefreiheit
© motorwelt Verlag GmbH 2026
"""),
    trap=False,
),
dict(
    slug="t9-de-stadt-sperrmuell",
    lang="de",
    register="council/government page",
    paras=P("""
Neue Regeln für die Sperrmüllabholung ab 1. März

Die Stadt Lennegau stellt die Abholung von Sperrmüll auf ein Terminsystem um. Die bisherigen festen Sammeltage entfallen.

Was ändert sich?

Sperrmüll wird künftig nur noch nach vorheriger Anmeldung abgeholt. Haushalte können bis zu viermal im Jahr jeweils bis zu drei Kubikmeter kostenlos abholen lassen.

Wie melde ich einen Termin an?

Online über das Serviceportal der Stadt, telefonisch unter 02351 804-220 oder persönlich im Bürgerbüro im Rathaus.

Die Anmeldung muss mindestens zehn Werktage vor dem gewünschten Termin erfolgen.

Was gehört nicht zum Sperrmüll?

Elektrogeräte, Bauschutt, Autoreifen und Farbreste. Diese Abfälle nimmt der Wertstoffhof an der Industriestraße an.

Bürgermeisterin Anja Kessler: „Mit dem neuen System stehen keine Möbelberge mehr tagelang am Straßenrand.“

Die Abfallgebühren bleiben 2026 unverändert.
"""),
    head=[
        "Startseite › Rathaus & Service › Abfall",
        "Pressemitteilung Nr. 14/2026 vom 09.01.2026",
        "Diese Seite in Leichter Sprache · Gebärdensprache",
    ],
    mid=[
        (1, "Bild: Sperrmüll an einer Straße in der Innenstadt (Stadt Lennegau / Pressestelle)"),
        (3, "Tipp: Mit der kostenlosen App „Lennegau Abfall“ verpassen Sie keinen Abholtermin mehr. Jetzt im App Store und bei Google Play."),
        (6, "Downloads\nAbfallkalender 2026 (PDF, 1,2 MB)\nMerkblatt Sperrmüll (PDF, 340 KB)"),
        (9, "Ansprechpartner: Fachbereich Umwelt, Zimmer 2.14, Sprechzeiten Mo–Do 8–12 Uhr"),
    ],
    tail=[
        "Hat Ihnen diese Information geholfen? Bewerten Sie diese Seite.",
        "Abonnieren Sie den Newsletter „Lennegau aktuell“ und erhalten Sie alle Pressemitteilungen der Stadt per E-Mail.",
        "Folgen Sie der Stadt Lennegau auf Instagram, Facebook und Mastodon.",
        "Stadt Lennegau · Rathausplatz 1 · 58762 Lennegau · Impressum · Datenschutzerklärung · Erklärung zur Barrierefreiheit",
    ],
    mixed=[
        (2, "end", "Alle Pressemitteilungen finden Sie im Pressearchiv."),
        (4, "start", "Seite drucken oder als PDF speichern."),
        (7, "start", "Hinweis: Dieser Text wurde am 10.01.2026 aktualisiert."),
        (10, "end", "Barriere melden: Nutzen Sie unser Kontaktformular."),
    ],
    ltop=L("""
Direkt zum Inhalt
Stadt Lennegau – Offizielles Stadtportal
Bürgerservice
Rathaus & Politik
Leben in Lennegau
Wirtschaft
Suche
Schriftgröße: A A A
Kontrast
"""),
    lmid=[
        (3, "Zum Serviceportal"),
        (6, "Wertstoffhof: Öffnungszeiten"),
    ],
    lbot=L("""
Seite teilen
Nach oben
Kontakt
Notrufnummern
Stellenangebote der Stadt
Impressum
Datenschutz
Cookie-Einstellungen
© Stadt Lennegau 2026
"""),
    trap=False,
),
dict(
    slug="t9-de-cookie-urteil",
    lang="de",
    register="trade press",
    paras=P("""
Cookie-Banner: Landgericht untersagt „Alle akzeptieren“ ohne gleichwertiges Ablehnen

Das Urteil trifft vor allem Nachrichtenportale, die Einwilligungen per „Pur-Abo“ oder farblich hervorgehobenem Zustimm-Button einholen.

Das Landgericht Hanau hat einem Onlineshop-Betreiber untersagt, Besucher mit einem Cookie-Banner zu konfrontieren, auf dessen erster Ebene nur „Alle akzeptieren“ und „Einstellungen“ angeboten werden (Az. 4 O 118/25).

Geklagt hatte ein Verbraucherverband. Das Gericht folgte dessen Argumentation: Eine Ablehnung müsse „mit dem gleichen Aufwand“ möglich sein wie eine Zustimmung.

Was heißt das für Publisher?

Viele Verlage bieten Lesern die Wahl zwischen Tracking und einem werbefreien Abo, meist zwischen 2,99 und 4,99 Euro im Monat. Dieses Modell hat das Gericht ausdrücklich nicht bewertet.

„Das ist kein Urteil gegen Pur-Modelle, aber ein klares Signal gegen Dark Patterns“, sagt die Kölner Datenschutzanwältin Miriam Özdemir.

Laut einer Auswertung des Branchendienstes Consentmeter liegen die Zustimmungsraten bei Bannern mit gleichwertigem Ablehnen-Button um rund 20 Prozentpunkte niedriger.

Das Urteil ist noch nicht rechtskräftig. Der Beklagte hat Berufung angekündigt.
"""),
    head=[
        "Recht & Regulierung",
        "Von Jana Hollweg | 13. Januar 2026",
        "Lesezeit ca. 4 Minuten",
    ],
    mid=[
        (1, "Foto: Symbolbild Cookie-Banner (Adobe Stock / Bildagentur)"),
        (3, "Medienmacher Briefing: Das Wichtigste aus der Branche, jeden Morgen um 7 Uhr. Jetzt kostenlos abonnieren."),
        (5, "Partnerinhalt: Wie Sie mit einer Consent-Management-Plattform Ihre Zustimmungsrate steigern – präsentiert von ConsentFlow"),
        (7, "Stellenmarkt: Datenschutzbeauftragte*r (m/w/d) – Mediengruppe Oberrhein, Freiburg · Alle Jobs im Medienmacher-Stellenmarkt"),
    ],
    tail=[
        "Dieser Artikel ist zuerst im Medienmacher-Magazin 01/2026 erschienen. Jetzt das Heft bestellen oder als E-Paper lesen.",
        "Jana Hollweg ist Redakteurin für Medienrecht. Sie erreichen sie unter hollweg@medienmacher.de oder auf LinkedIn.",
        "Medienmacher Live: Der Publisher-Kongress am 24. April in Hamburg. Frühbucher-Tickets ab 390 Euro bis 28. Februar.",
        "© Medienmacher Fachverlag GmbH – Nutzung nur im Rahmen der AGB. Nachdruck nur mit Genehmigung.",
    ],
    mixed=[
        (2, "end", "Lesen Sie auch: Was der Digital Services Act für Verlage ändert."),
        (4, "start", "Schon Abonnent? Hier einloggen."),
        (6, "end", "Dieser Beitrag ist Teil unseres Dossiers „Datenschutz 2026“."),
        (8, "start", "Anzeige – Weiterlesen nach der Werbung."),
    ],
    ltop=L("""
Medienmacher
Digital
Print
Werbung
Recht & Regulierung
Jobs
Events
Magazin
Login
"""),
    lmid=[
        (3, "Das könnte Sie auch interessieren"),
        (6, "Anzeige"),
    ],
    lbot=L("""
Themen
Datenschutz & Privacy
DSGVO
Teilen auf LinkedIn
Teilen per E-Mail
Mediadaten
Impressum
Datenschutzhinweise
Privatsphäre-Einstellungen
© Medienmacher 2026
"""),
    trap=True,
    trap_promo=("head", "Lesezeit ca. 4 Minuten"),
),
dict(
    slug="t9-de-forum-heizung",
    lang="de",
    register="forum thread",
    paras=P("""
Wärmepumpe im Altbau von 1962 – lohnt sich das überhaupt?

Hallo zusammen, wir haben ein Einfamilienhaus von 1962 gekauft, 140 m², Dach 2015 gedämmt, Fenster zweifach verglast. Die alte Ölheizung ist 28 Jahre alt. Der Energieberater sagt Wärmepumpe, der Heizungsbauer sagt Gas-Hybrid. Was würdet ihr machen?

Antwort von heizfuchs_77:

Mach zuerst eine Heizlastberechnung pro Raum. Bei uns (Baujahr 1958) kam raus, dass nur zwei Heizkörper zu klein waren. Die haben wir getauscht, seitdem läuft die Wärmepumpe mit 45 Grad Vorlauf.

Antwort von Mona_S:

Unsere Jahresarbeitszahl liegt bei 3,4. Stromkosten für die Heizung letztes Jahr: 1.380 Euro. Vorher Öl: rund 2.900 Euro.

Antwort von Threadersteller:

Danke euch! Heizlastberechnung ist beauftragt, Kostenpunkt 450 Euro. Ich berichte.

Nachtrag drei Monate später: Wir haben uns für die Wärmepumpe entschieden. Vier Heizkörper werden getauscht, die Förderung deckt 50 Prozent.
"""),
    head=[
        "Forum › Haus & Energie › Heizung",
        "Thema gestartet von altbau_neuling · 08.10.2025 · 47 Antworten · 3.912 Aufrufe",
        "Neu hier? Registriere dich kostenlos, um Beiträge zu schreiben und Benachrichtigungen zu erhalten.",
    ],
    mid=[
        (1, "Gefällt mir (14) · Zitieren · Melden"),
        (3, "Anzeige: Wärmepumpen-Angebote aus Ihrer Region vergleichen – kostenlos und unverbindlich bei HeizCheck."),
        (5, "Beitrag zuletzt bearbeitet von Mona_S: 09.10.2025"),
        (7, "Signatur: Luft-Wasser-WP 9 kW, PV 11 kWp, Speicher 10 kWh · Mein Blog: www.monas-sanierung.de"),
    ],
    tail=[
        "Ähnliche Themen\nHybridheizung Gas + WP: Erfahrungen?\nFußbodenheizung nachrüsten im Bestand\nFörderantrag BEG – wie lange hat es bei euch gedauert?",
        "Du musst angemeldet sein, um auf dieses Thema zu antworten. Jetzt anmelden oder kostenloses Konto erstellen.",
        "Forenregeln · Moderationsteam · Werben im Forum",
        "Powered by ForumKit © 2026 Haus&Energie Community",
    ],
    mixed=[
        (2, "start", "Zitat von altbau_neuling:"),
        (4, "end", "Hilfreich? Gib einen Daumen hoch!"),
        (6, "start", "Antwort als Lösung markiert."),
        (8, "end", "Dieses Thema abonnieren, um über neue Antworten informiert zu werden."),
    ],
    ltop=L("""
Haus&Energie Community
Foren
Neue Beiträge
Mitglieder
Suche
Anmelden
Registrieren
Forum
Haus & Energie
Heizung & Warmwasser
"""),
    lmid=[
        (2, "#2"),
        (4, "#3"),
        (6, "#4"),
    ],
    lbot=L("""
Seite 1 von 3
Weiter
Teilen:
Facebook
WhatsApp
Link kopieren
Kontakt
Nutzungsbedingungen
Datenschutz
Hilfe
Startseite
RSS
"""),
    trap=False,
),
]
