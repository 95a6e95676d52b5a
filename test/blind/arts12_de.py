"""Blind set 9 (arts12), German: theatre review, cookie-banner court ruling trap."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-de-kritik-kirschgarten",
        "register": "Kulturkritik",
        "lang": "de",
        "paras": P("""
„Der Kirschgarten“ in Kassel: Abschied mit Lichterketten

Es gibt Inszenierungen, die ihr Publikum vom ersten Moment an umarmen, und solche, die es auf Abstand halten. Jana Willbrands „Kirschgarten“ am Staatstheater Kassel gehört eindeutig zur zweiten Sorte – und gewinnt gerade dadurch.

Die Bühne von Malte Ruhland ist ein leerer, weiß gefliester Saal, der eher an ein stillgelegtes Hallenbad erinnert als an ein russisches Gutshaus. Von der Decke hängen Dutzende Lichterketten, die im Lauf des Abends eine nach der anderen erlöschen.

Tschechows Komödie über eine verschuldete Adelsfamilie, die ihr Gut und den berühmten Kirschgarten verliert, wird hier nicht als Gesellschaftsporträt erzählt, sondern als Studie über Menschen, die nicht handeln können.

Im Zentrum steht Birte Hallmann als Ljubow Ranjewskaja. Sie spielt die Gutsbesitzerin nicht als verwöhnte Dame, sondern als erschöpfte Frau, die längst weiß, dass alles verloren ist, und trotzdem weiter Feste gibt.

„Ich liebe dieses Haus“, sagt sie einmal, sehr leise, und niemand auf der Bühne reagiert.

Ihr Gegenspieler Lopachin, der Sohn eines Leibeigenen, der am Ende das Gut kauft, wird von Okan Demir mit nervöser Energie gespielt. Man nimmt ihm ab, dass er die Familie mag – und dass er sie zugleich verachtet.

Nicht alles gelingt. Die Nebenfiguren bleiben blass, und eine lange Tanzszene im dritten Akt wirkt, als wolle die Regie Zeit gewinnen. Nach zweieinhalb Stunden ohne Pause ist die Konzentration im Saal spürbar gesunken.

Doch der Schluss entschädigt. Wenn der alte Diener Firs allein im dunklen Saal zurückbleibt und nur noch eine einzige Lichterkette glimmt, ist es im Publikum vollkommen still.

Großer Applaus, einzelne Buhrufe für das Regieteam.

Wieder am 14., 22. und 29. März sowie am 5. April, jeweils um 19.30 Uhr.
"""),
        "head": [
            "Kultur › Bühne › Kassel",
            "Kurier Plus: alle Kritiken, Hintergründe und das E-Paper – jetzt drei Monate für 1 € testen.",
        ],
        "mid": [
            ("Die Bühne von Malte", "Anzeige"),
            ("„Ich liebe dieses Haus“", "Karten für „Der Kirschgarten“ ab 18 € – jetzt im Kurier-Ticketshop sichern."),
            ("Nicht alles gelingt.", "Auch interessant:\nDocumenta-Nachfolge: Wer kuratiert 2027?\nStaatsorchester spielt Mahler im Fridericianum"),
        ],
        "tail": [
            "Der Kultur-Newsletter „Vorhang auf“ bringt jeden Donnerstag die wichtigsten Premieren aus Nordhessen in Ihr Postfach. Jetzt kostenlos bestellen.",
            "Hat Ihnen dieser Artikel gefallen? Teilen Sie ihn mit Freunden.\nWhatsApp\nFacebook\nE-Mail",
            "Weitere Kritiken\n„Tosca“ in Göttingen: Große Stimmen, kleines Konzept\nKasseler Tanzfestival: Die Körper der Stadt",
        ],
        "mixed": [
            ("Es gibt Inszenierungen", "start", "Diesen Artikel können Sie sich auch vorlesen lassen."),
            ("Tschechows Komödie", "end", "Mehr Theaterkritiken finden Sie auf unserer Kulturseite."),
            ("Doch der Schluss", "end", "Karten gibt es an der Theaterkasse und im Kurier-Ticketshop, für Abonnenten mit zehn Prozent Rabatt."),
            ("Großer Applaus", "end", "Folgen Sie dem Kurier-Feuilleton auf Instagram."),
        ],
        "ltop": L("""
Nordhessen Kurier
Startseite
Lokales
Kultur
Sport
E-Paper
Abo
Anmelden
Kultur › Bühne › Kassel
"""),
        "lmid": [
            ("Im Zentrum steht", "Anzeige"),
            ("Ihr Gegenspieler", "Tickets ab 18 €"),
        ],
        "lbot": L("""
Weitere Kritiken
Kurier Plus testen
Impressum
Datenschutz
Cookie-Einstellungen
© Nordhessen Kurier 2025
"""),
    },
    {
        "slug": "b12-de-trap-cookie-banner-urteil",
        "register": "Gerichtsbericht",
        "lang": "de",
        "trap": True,
        "paras": P("""
Gericht: „Ablehnen“ muss so einfach sein wie „Akzeptieren“

Das Landgericht München I hat einem Online-Versandhändler untersagt, Cookie-Banner zu verwenden, bei denen das Ablehnen von Tracking deutlich umständlicher ist als die Zustimmung. Geklagt hatte ein Verbraucherverband.

Auf der Website des Händlers erschien beim ersten Besuch ein Banner mit einem großen grünen Button „Alle akzeptieren“. Wer die Cookies ablehnen wollte, musste zunächst auf einen klein gedruckten Link „Einstellungen“ klicken und dort mehrere Schieberegler einzeln ausschalten.

Nach Auffassung der Richter ist eine so erteilte Einwilligung nicht freiwillig. Die Gestaltung verleite Nutzerinnen und Nutzer dazu, der Datenverarbeitung zuzustimmen, nur um das Banner möglichst schnell loszuwerden.

„Eine Einwilligung, die man nur durch Ermüdung bekommt, ist keine Einwilligung“, sagte die Vorsitzende Richterin bei der Urteilsverkündung.

Der Händler hatte argumentiert, die Ablehnung sei mit wenigen Klicks möglich und die Nutzer seien ausreichend informiert worden. Zudem finanziere sich das Angebot zum Teil über Werbung, die auf Tracking angewiesen sei.

Ähnliche Entscheidungen hatten zuvor bereits Datenschutzbehörden in Frankreich und Österreich getroffen. Für deutsche Gerichte ist das Münchner Urteil eines der ersten, das sich so ausführlich mit der Gestaltung der Schaltflächen befasst.

Was das Urteil bedeutet

Das Gericht verlangt, dass auf der ersten Ebene des Banners eine gleichwertige Schaltfläche zum Ablehnen angeboten wird – gleich groß, gleich gut sichtbar und ohne zusätzliche Klicks.

Verbraucherschützer begrüßten die Entscheidung. „Wer Nein sagen will, darf nicht bestraft werden“, sagte eine Sprecherin des Verbands. Sie rief Nutzer dazu auf, Banner mit versteckter Ablehnung zu melden.

Wer bereits zugestimmt hat, kann die Einwilligung in der Regel über einen Link wie „Datenschutz-Einstellungen“ oder „Cookie-Einstellungen“ am Seitenende widerrufen.

Das Urteil ist noch nicht rechtskräftig. Der Händler kann Berufung beim Oberlandesgericht einlegen.
"""),
        "trap_promo": ("Was das Urteil", "Anzeige"),
        "head": [
            "Digital › Recht › Verbraucher",
            "Abendpost Digital: unbegrenzt lesen, auf Wunsch ohne Werbebanner. Die ersten vier Wochen kosten Sie nichts.",
        ],
        "mid": [
            ("Nach Auffassung der Richter", "Lesen Sie auch: Abo-Fallen im Netz – so kommen Sie wieder raus"),
            ("Der Händler hatte", "Anzeige"),
            ("Verbraucherschützer begrüßten", "Der Podcast „Paragraf & Pixel“ – jeden Montag neu auf Spotify, Deezer und in der Abendpost-App."),
        ],
        "tail": [
            "Mehr zum Thema\nBGH kippt Klausel zu Streaming-Preisen\nDSGVO-Bußgeld gegen Fitnesskette",
            "Sie möchten nichts aus dem Ressort Digitales verpassen? Dann holen Sie sich den „Digitalbrief“ – dienstags und freitags, kostenlos.",
            "Artikel verschenken: Als Abonnent können Sie diesen Text kostenlos mit Freunden teilen.",
        ],
        "mixed": [
            ("Das Landgericht München I", "end", "Hören Sie diesen Artikel als Audio in unserer App."),
            ("Auf der Website des", "start", "Foto: dpa/Symbolbild."),
            ("Ähnliche Entscheidungen", "end", "Alle Hintergründe zum Digitalrecht lesen Sie mit Abendpost Digital."),
            ("Das Urteil ist noch", "end", "Diskutieren Sie mit in unserem Leserforum."),
        ],
        "ltop": L("""
Süddeutsche Abendpost
Politik
Wirtschaft
Digital
Wissen
Abendpost Digital
Anmelden
Digital › Recht › Verbraucher
"""),
        "lmid": [
            ("Ähnliche Entscheidungen", "Anzeige"),
            ("Wer bereits zugestimmt", "Lesen Sie auch: Abo-Fallen im Netz"),
        ],
        "lbot": L("""
Mehr zum Thema
Impressum
Datenschutzerklärung
Privatsphäre-Einstellungen
© Süddeutsche Abendpost GmbH
"""),
        "ftop_extra": [
            "Wir und unsere 143 Partner verarbeiten Ihre Daten für personalisierte Inhalte und Werbemessung. Zustimmen und weiterlesen | Ohne Zustimmung: Abendpost Digital abonnieren",
        ],
    },
]
