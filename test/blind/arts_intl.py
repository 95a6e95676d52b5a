from common import P, L

ARTICLES = []

# ================================================================ DE
ARTICLES.append(dict(
    slug="bahn-warnstreik", lang="de", register="national-news",
    ftop_extra=["Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Werbung anzuzeigen und die Nutzung unserer Website zu analysieren. Ihre Einwilligung können Sie jederzeit widerrufen.", "Alle akzeptieren Einstellungen"],
    paras=P("""
Warnstreik bei der Bahn: Fernverkehr am Donnerstag weitgehend eingestellt

Die Lokführergewerkschaft hat ihre Mitglieder für Donnerstag zu einem 24-stündigen Warnstreik aufgerufen. Der Ausstand soll um 2 Uhr morgens beginnen und bis Freitag, 2 Uhr, dauern.

Die Bahn rechnet mit massiven Einschränkungen. Im Fernverkehr werde nur etwa jeder fünfte Zug fahren, teilte ein Sprecher am Dienstag in Berlin mit. Auch im Regional- und S-Bahn-Verkehr sei mit großen Ausfällen zu rechnen.

Fahrgäste, die ihre Reise wegen des Streiks verschieben wollen, können ihr Ticket nach Angaben des Unternehmens flexibel später nutzen. Die Zugbindung wird aufgehoben.

Hintergrund ist der festgefahrene Tarifstreit. Die Gewerkschaft fordert 550 Euro mehr im Monat und eine Absenkung der Wochenarbeitszeit von 38 auf 35 Stunden bei vollem Lohnausgleich. Die Bahn hat bislang eine Erhöhung um 7,5 Prozent in zwei Stufen angeboten.

„Wir haben wochenlang verhandelt und nichts Substanzielles bekommen“, sagte Gewerkschaftschef Martin Kessler. „Jetzt müssen die Fahrgäste leider die Folgen tragen.“

Bahn-Personalvorständin Sabine Rauh nannte den Streik „völlig überzogen“. Das Unternehmen habe ein „faires und verhandlungsfähiges Angebot“ vorgelegt.

Es ist bereits der zweite Warnstreik in dieser Tarifrunde. Die nächste Verhandlungsrunde ist für den 12. März angesetzt.
"""),
    head=["Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Werbung anzuzeigen und die Nutzung unserer Website zu analysieren. Mit „Alle akzeptieren“ stimmen Sie dem zu. Ihre Einwilligung können Sie jederzeit widerrufen.\nAlle akzeptieren\nEinstellungen",
          "Startseite > Wirtschaft > Verkehr",
          "Stand: 04.03.2025, 14:32 Uhr"],
    mid=[("Die Bahn rechnet", "Anzeige"),
         ("Fahrgäste, die", "Lesen Sie auch: Bahn-Chaos im Winter – welche Rechte Fahrgäste haben"),
         ("„Wir haben", "Foto: Jan Wessel/dpa"),
         ("Bahn-Personal", "Newsletter abonnieren\nDas Wichtigste des Tages – jeden Morgen um 6 Uhr in Ihrem Postfach. Jetzt kostenlos anmelden!")],
    tail=["Mehr zum Thema\nTarifstreit: Das sind die Forderungen der Gewerkschaft\nPendler in NRW: So kommen Sie am Donnerstag zur Arbeit",
          "Artikel teilen: Facebook X WhatsApp E-Mail",
          "Kommentare (48)",
          "© dpa-infocom, dpa:250304-930-3921/2",
          "Jetzt abonnieren und alle Artikel lesen – 4 Wochen für 0,99 €"],
    mixed=[("Die Lokführergewerkschaft", "start", "Anzeige"),
           ("Hintergrund ist", "end", "Lesen Sie auch: Was der Streik für Pendler bedeutet."),
           ("Es ist bereits", "end", "Jetzt die App herunterladen und keine Eilmeldung mehr verpassen!")],
    ltop=L("""
Zum Inhalt springen
Startseite
Politik Wirtschaft Panorama Sport Kultur Wissen
Jetzt abonnieren
Anmelden
"""),
    lmid=[("Die Bahn rechnet", "Anzeige"), ("„Wir haben", "Foto: Jan Wessel/dpa")],
    lbot=L("""
Mehr zum Thema
Tarifstreit: Das sind die Forderungen der Gewerkschaft
Kommentare (48)
Impressum Datenschutz Cookie-Einstellungen Kontakt
© 2025 Weser Rundschau Medien GmbH
"""),
))

ARTICLES.append(dict(
    slug="zwetschgendatschi", lang="de", register="recipe",
    paras=P("""
Zwetschgendatschi vom Blech – wie bei Oma

Wenn im September die ersten Zwetschgen auf dem Markt liegen, gibt es bei uns jedes Wochenende diesen Kuchen. Das Rezept stammt von meiner Großmutter aus Augsburg, und ich habe es nur minimal verändert: etwas weniger Zucker, dafür ein Hauch Zimt.

Wichtig ist ein Hefeteig, der dünn ausgerollt wird, damit die Früchte die Hauptrolle spielen. Die Zwetschgen werden dicht an dicht, leicht schräg gesetzt – so bleibt beim Backen der Saft im Kuchen.

Zubereitungszeit: 40 Minuten plus 1 Stunde Gehzeit | Backzeit: 35 Minuten | Für 1 Blech

Zutaten für den Teig

500 g Mehl (Type 405)

1 Würfel frische Hefe (42 g)

250 ml lauwarme Milch

75 g Zucker

75 g weiche Butter

1 Prise Salz

Für den Belag

2 kg Zwetschgen

2 EL Semmelbrösel

1 TL Zimt

Zubereitung

Die Hefe in der lauwarmen Milch mit einem Teelöffel Zucker auflösen und 10 Minuten stehen lassen.

Mehl, restlichen Zucker, Salz und Butter dazugeben und alles zu einem glatten Teig kneten. Abgedeckt an einem warmen Ort eine Stunde gehen lassen.

Den Teig auf einem gefetteten Blech ausrollen, mit Semmelbröseln bestreuen und die entsteinten, eingeschnittenen Zwetschgen dicht daraufsetzen. Mit Zimt bestäuben.

Im vorgeheizten Ofen bei 180 °C Umluft etwa 35 Minuten backen. Lauwarm mit geschlagener Sahne servieren.
"""),
    head=["Zum Rezept springen",
          "Rezept drucken",
          "Dieser Beitrag enthält Affiliate-Links (mit * gekennzeichnet). Wenn du darüber etwas kaufst, erhalte ich eine kleine Provision – für dich ändert sich am Preis nichts.",
          "Werbung"],
    mid=[("Wichtig ist", "Merk dir das Rezept auf Pinterest!"),
         ("Zubereitungszeit", "Rezept drucken\nRezept merken\n★★★★★ 4,8 von 96 Bewertungen"),
         ("1 Prise Salz", "Anzeige"),
         ("Die Hefe", "Mein Tipp: Die Backform von Kaiserberg* bekommst du gerade 20 % günstiger auf Amazon.")],
    tail=["Hast du das Rezept ausprobiert? Dann bewerte es und hinterlasse mir einen Kommentar! Oder verlinke mich auf Instagram mit @ofenliebe und #ofenliebe.",
          "Rezept bewerten\n★★★★★",
          "Das könnte dir auch gefallen\nApfelkuchen mit Streuseln\nSchneller Rhabarberkuchen vom Blech",
          "Newsletter abonnieren und jede Woche ein neues Rezept erhalten. Mit der Anmeldung akzeptierst du unsere Datenschutzerklärung.",
          "© 2025 Ofenliebe"],
    mixed=[("Wenn im September", "start", "Werbung"),
           ("Wichtig ist", "end", "Jetzt Rezept auf Pinterest merken!"),
           ("Im vorgeheizten Ofen", "end", "Vergiss nicht, das Rezept zu bewerten!")],
    ltop=L("""
Ofenliebe
Startseite Rezepte Kuchen Brot Über mich Shop
Zum Rezept springen
Rezept drucken
"""),
    lmid=[("Zubereitungszeit", "4,8 von 96 Bewertungen"), ("1 Prise Salz", "Anzeige")],
    lbot=L("""
Rezept bewerten
Kommentar schreiben
Das könnte dir auch gefallen
Apfelkuchen mit Streuseln
Impressum | Datenschutz
© 2025 Ofenliebe
"""),
))

ARTICLES.append(dict(
    slug="werbemarkt-bilanz", lang="de", register="press-release", trap=True,
    paras=P("""
Werbemarkt 2024: Digitale Werbung wächst, Print verliert weiter

Berlin, 18. Februar 2025 – Die Netto-Werbeeinnahmen in Deutschland sind im vergangenen Jahr um 2,1 Prozent auf 26,4 Milliarden Euro gestiegen. Das geht aus der Jahresbilanz des Verbands Deutscher Werbewirtschaft (VDW) hervor, die heute in Berlin vorgestellt wurde.

Wachstumstreiber war erneut die digitale Werbung: Die Umsätze mit Online- und Mobile-Werbung legten um 8,3 Prozent auf 13,9 Milliarden Euro zu. Besonders stark wuchsen Videoanzeigen und sogenannte Retail Media, also Werbung auf den Plattformen von Onlinehändlern.

Zeitungen verzeichneten dagegen einen Rückgang der Anzeigenerlöse um 6,4 Prozent. Anzeigenblätter verloren 9,1 Prozent. Fachzeitschriften blieben mit einem Minus von 0,8 Prozent nahezu stabil.

Auch Newsletter gewinnen als Werbeträger an Bedeutung: Nach Schätzung des Verbands flossen 2024 rund 310 Millionen Euro in gesponserte E-Mail-Newsletter – fast doppelt so viel wie drei Jahre zuvor.

„Die Werbewirtschaft zeigt sich robust, aber der Strukturwandel beschleunigt sich“, sagte VDW-Präsidentin Dr. Katrin Albers. „Wer heute Abonnenten gewinnen will, muss sie über mehrere Kanäle erreichen.“

Für 2025 erwartet der Verband ein Wachstum von 1,5 bis 2 Prozent. Die vollständige Studie steht auf der Website des Verbands zum Download bereit.
"""),
    head=["Presseportal",
          "Pressemitteilungen | Themen | Unternehmen | Orte",
          "Startseite > Wirtschaft > Medien",
          "Pressemitteilung teilen"],
    mid=[("Wachstumstreiber", "ANZEIGE"),
         ("Auch Newsletter", "Newsletter abonnieren: Erhalten Sie die neuesten Pressemitteilungen aus Ihrer Branche direkt per E-Mail.")],
    tail=["Original-Content von: Verband Deutscher Werbewirtschaft e.V., übermittelt durch news aktuell",
          "Weitere Meldungen: Verband Deutscher Werbewirtschaft e.V.\nAlle Meldungen\nMeldung abonnieren\nRSS-Feed",
          "Drucken | PDF | Teilen",
          "Alle Rechte vorbehalten. © 2025 Presseportal"],
    mixed=[("Berlin, 18. Februar", "start", "ANZEIGE"),
           ("Zeitungen verzeichneten", "end", "Jetzt Pressemitteilungen per E-Mail abonnieren."),
           ("Für 2025 erwartet", "end", "Meldung drucken")],
    ltop=L("""
Presseportal
Pressemitteilungen
Themen
Unternehmen
Orte
Anmelden
Startseite > Wirtschaft > Medien
"""),
    lmid=[("Zeitungen verzeichneten", "ANZEIGE")],
    lbot=L("""
Original-Content von: Verband Deutscher Werbewirtschaft e.V., übermittelt durch news aktuell
Meldung abonnieren
RSS-Feed
Drucken
Teilen
Impressum Datenschutz AGB
"""),
))

# ================================================================ FR
ARTICLES.append(dict(
    slug="montauban-agen-rugby", lang="fr", register="sports",
    ftop_extra=["Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.", "Tout accepter Paramétrer Continuer sans accepter"],
    paras=P("""
Pro D2 : Montauban renverse Agen au bout du suspense (24-22)

Menés de dix points à la pause, les Montalbanais ont arraché leur deuxième victoire de la saison grâce à une pénalité de Hugo Lafarge à la 78e minute, samedi au stade Sapiac.

Les visiteurs avaient pourtant parfaitement débuté la rencontre. Deux essais de l’ailier Mathis Perrin, aux 9e et 31e minutes, avaient permis aux Agenais de rentrer aux vestiaires avec un avantage confortable (6-16).

Le match a basculé à l’heure de jeu. Sur une touche à cinq mètres, le pack montalbanais a fait reculer son adversaire et le talonneur Yanis Belkacem a aplati en force. Lafarge a transformé.

« On s’est dit à la mi-temps qu’on n’avait rien à perdre », a expliqué l’entraîneur Julien Castex. « Les garçons ont montré un cœur énorme. »

Côté agenais, la frustration dominait. « On a arrêté de jouer. On s’est mis à gérer, et ça, à ce niveau, ça ne pardonne pas », a regretté le capitaine Romain Dufour.

Avec cette victoire, Montauban remonte à la onzième place du classement. Le club se déplacera à Biarritz la semaine prochaine.

Montauban : 2 essais (Belkacem 61e, Roux 70e), 1 transformation et 4 pénalités (Lafarge).

Agen : 2 essais (Perrin 9e, 31e), 4 pénalités (Fabre).
"""),
    head=["Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. En cliquant sur « Tout accepter », vous consentez à l’utilisation de cookies à des fins publicitaires et de mesure d’audience.\nTout accepter\nParamétrer\nContinuer sans accepter",
          "Accueil > Sport > Rugby > Pro D2",
          "Publié le 15/03/2025 à 19h42, mis à jour le 15/03/2025 à 22h05"],
    mid=[("Les visiteurs", "Publicité"),
         ("Le match a basculé", "À lire aussi : Pro D2 : le classement complet après la 22e journée"),
         ("Côté agenais", "Téléchargez l’application Midi Ovale pour suivre tous les matchs en direct et recevoir les alertes de votre club.")],
    tail=["Suivez-nous sur Facebook, Instagram et X @MidiOvale",
          "Partager : Facebook X WhatsApp E-mail",
          "Réagir (32)",
          "Abonnez-vous à Midi Ovale : 1 € le premier mois, sans engagement.",
          "© Midi Ovale 2025 – Tous droits réservés"],
    mixed=[("Menés de dix", "start", "Publicité"),
           ("« On s’est dit", "end", "Abonnez-vous pour lire la suite."),
           ("Avec cette victoire", "end", "Retrouvez tous les résultats de la journée dans notre application.")],
    ltop=L("""
Aller au contenu principal
Midi Ovale
Rugby Football Cyclisme Tennis Omnisport
S’abonner
Se connecter
"""),
    lmid=[("Les visiteurs", "Publicité"),
          ("« On s’est dit", "À lire aussi : Pro D2 : le classement complet après la 22e journée")],
    lbot=L("""
Réagir (32)
Les plus lus
Biarritz : le manager prolongé jusqu’en 2027
Mentions légales Politique de confidentialité Gestion des cookies
© Midi Ovale 2025
"""),
))

ARTICLES.append(dict(
    slug="saint-aubin-piscine", lang="fr", register="local-news",
    paras=P("""
Saint-Aubin-sur-Loire : le conseil municipal vote la rénovation de la piscine

Les élus ont approuvé lundi soir, par 23 voix contre 6, un projet de rénovation de la piscine municipale estimé à 4,8 millions d’euros.

Fermé depuis septembre 2023 pour des raisons de sécurité, l’équipement construit en 1974 accueillait chaque année près de 60 000 entrées, dont celles des élèves des sept écoles de la commune.

Le projet prévoit le remplacement complet du bassin de 25 mètres, la création d’un bassin d’apprentissage et l’installation de panneaux solaires sur la toiture pour chauffer l’eau.

« Nos enfants doivent apprendre à nager ici, pas à 40 kilomètres », a plaidé la maire, Nathalie Guérin.

L’opposition a voté contre, estimant le coût trop élevé. « On nous présente un projet sans plan de financement solide », a dénoncé Pascal Roche, conseiller d’opposition.

La commune espère obtenir 1,9 million d’euros de subventions de l’État, de la région et du département. Le reste sera financé par l’emprunt.

Les travaux doivent débuter au printemps 2026, pour une réouverture prévue à la rentrée 2027.
"""),
    head=["Accueil > Pays de la Loire > Saint-Aubin-sur-Loire",
          "Cet article vous est offert. Pour lire gratuitement tous nos articles, inscrivez-vous.",
          "Publié le 08/04/2025 à 06h15"],
    mid=[("Fermé depuis", "Publicité"),
         ("« Nos enfants", "Inscrivez-vous à notre newsletter Saint-Aubin et recevez chaque matin l’essentiel de l’actualité de votre commune."),
         ("L’opposition a voté", "Cet article est réservé aux abonnés. Il vous reste 62 % à découvrir.\nDéjà abonné ? Se connecter\nOffre spéciale : 1 € le premier mois")],
    tail=["Vous avez une information à nous transmettre ? Écrivez-nous à redaction@echodelaloire.fr",
          "Signaler une erreur",
          "Ces articles peuvent vous intéresser\nAncenis : un nouveau marché de producteurs le jeudi soir\nLoire : la circulation rétablie sur le pont de Varades",
          "L’Écho de la Loire – Tous droits réservés – Reproduction interdite"],
    mixed=[("Les élus ont", "start", "Abonnés"),
           ("Le projet prévoit", "end", "Lire aussi : Piscines : pourquoi tant de fermetures en France ?"),
           ("Les travaux doivent", "end", "Partagez cet article sur vos réseaux sociaux.")],
    ltop=L("""
L’Écho de la Loire
Actualité Sports Loisirs Faits divers Nécrologie
Mon compte
S’abonner
Accueil > Pays de la Loire > Saint-Aubin-sur-Loire
"""),
    lmid=[("Fermé depuis", "Publicité"),
          ("« Nos enfants", "Newsletter Saint-Aubin : inscrivez-vous gratuitement")],
    lbot=L("""
Signaler une erreur
Ces articles peuvent vous intéresser
Ancenis : un nouveau marché de producteurs le jeudi soir
Avis de décès
L’Écho de la Loire – Tous droits réservés
"""),
))

ARTICLES.append(dict(
    slug="missiva-bourse", lang="fr", register="science-tech", trap=True,
    paras=P("""
La start-up lyonnaise Missiva, spécialiste des newsletters, fait son entrée en Bourse

Missiva, dont le logiciel permet aux médias et aux créateurs d’envoyer des newsletters payantes, a fait ses débuts jeudi sur Euronext Growth à Paris. Le titre a terminé sa première séance en hausse de 18 %, à 14,75 euros.

Fondée en 2017 à Lyon par Camille Bertrand et Idriss Benali, l’entreprise revendique 3 200 clients, dont plusieurs grands quotidiens régionaux, et plus de 40 millions d’abonnés inscrits à des newsletters envoyées via sa plateforme.

L’introduction en Bourse lui a permis de lever 62 millions d’euros, qui serviront principalement à son développement en Allemagne et en Espagne.

« La newsletter est redevenue le lien le plus direct entre un média et ses lecteurs, sans algorithme au milieu », a déclaré Camille Bertrand, présidente de Missiva, lors de la cérémonie de cotation.

Le modèle repose sur une commission de 7 % prélevée sur les abonnements payants souscrits par les lecteurs, ainsi que sur un abonnement mensuel facturé aux éditeurs à partir de 49 euros.

Certains analystes restent prudents. La société n’est pas encore rentable : elle a enregistré une perte nette de 4,1 millions d’euros en 2024, pour un chiffre d’affaires de 27 millions.

« Le marché des newsletters payantes est porteur, mais la concurrence américaine est rude », souligne Hélène Marchand, analyste chez un courtier parisien.
"""),
    head=["Économie > Entreprises > Tech",
          "Publicité",
          "Vous lisez un article réservé aux abonnés."],
    mid=[("Fondée en 2017", "Newsletter Éco : recevez chaque soir l’essentiel de l’actualité économique. Inscrivez-vous gratuitement."),
         ("Le modèle repose", "PUBLICITÉ"),
         ("Certains analystes", "Lire aussi\nLa French Tech lève moins mais mieux en 2024\nComment les médias misent sur les abonnements numériques")],
    tail=["Abonnez-vous à partir de 1 € pour lire tous nos articles et soutenir une information indépendante.",
          "Déjà abonné ? Connectez-vous",
          "Partager sur LinkedIn Partager sur X Partager sur Facebook Copier le lien",
          "Contenus sponsorisés"],
    mixed=[("Missiva, dont le logiciel", "start", "Publicité"),
           ("L’introduction en Bourse", "end", "Recevez nos alertes en téléchargeant notre application."),
           ("« Le marché", "end", "Réagissez à cet article dans les commentaires.")],
    ltop=L("""
Le Quotidien Éco
Économie Entreprises Marchés Tech Patrimoine
S’abonner
Se connecter
Économie > Entreprises > Tech
"""),
    lmid=[("Fondée en 2017", "Publicité"),
          ("Le modèle repose", "Newsletter Éco : inscrivez-vous gratuitement")],
    lbot=L("""
Abonnez-vous à partir de 1 €
Déjà abonné ? Connectez-vous
Les plus lus
Livret A : ce qui change au 1er août
© Le Quotidien Éco – Mentions légales – CGV – Cookies
"""),
))

# ================================================================ ES
ARTICLES.append(dict(
    slug="guia-sevilla", lang="es", register="travel",
    ftop_extra=["Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarte publicidad relacionada con tus preferencias.", "Aceptar Configurar"],
    paras=P("""
Qué ver en Sevilla en dos días: la guía esencial

Sevilla se deja recorrer a pie, y esa es su gran ventaja. La mayoría de los monumentos imprescindibles están a menos de veinte minutos andando unos de otros, así que con dos días bien organizados se puede ver lo esencial sin prisas.

Cuándo ir

La primavera es la mejor época: entre marzo y mayo las temperaturas rondan los 25 grados y la ciudad huele a azahar. En julio y agosto se superan con facilidad los 40 grados, por lo que conviene evitar las horas centrales del día.

Día 1: Catedral, Giralda y barrio de Santa Cruz

Empieza temprano en la Catedral, la mayor catedral gótica del mundo. La entrada general cuesta 13 euros e incluye la subida a la Giralda, desde donde se ve toda la ciudad. Después, piérdete por las callejuelas del barrio de Santa Cruz hasta llegar a la plaza de Doña Elvira.

Por la tarde, visita el Real Alcázar. Es recomendable comprar la entrada con antelación en la web oficial, porque en temporada alta las colas superan la hora.

Día 2: Plaza de España y Triana

Dedica la mañana al parque de María Luisa y la Plaza de España, construida para la Exposición Iberoamericana de 1929. Cruza luego el puente de Triana para comer en el mercado y recorrer los talleres de cerámica de la calle Alfarería.

Dónde comer

Para tapear, la zona de la Alameda de Hércules ofrece opciones más económicas que el centro. No te vayas sin probar las espinacas con garbanzos y el salmorejo.
"""),
    head=["Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarte publicidad relacionada con tus preferencias. Si continúas navegando, consideramos que aceptas su uso.\nAceptar\nConfigurar",
          "Inicio » Europa » España » Andalucía",
          "Este artículo contiene enlaces de afiliado. Si reservas a través de ellos, recibimos una pequeña comisión sin coste adicional para ti."],
    mid=[("La primavera es", "Publicidad"),
         ("Empieza temprano", "Reserva tu visita guiada a la Catedral y la Giralda con descuento\nVer disponibilidad"),
         ("Por la tarde", "Te puede interesar: Las 10 mejores escapadas desde Sevilla"),
         ("Dedica la mañana", "¿Buscas alojamiento? Compara hoteles en Sevilla desde 59 € la noche en Booking.com")],
    tail=["Suscríbete a nuestra newsletter y recibe cada semana las mejores ideas de viaje. Es gratis.",
          "¿Te ha gustado? ¡Guárdalo en Pinterest!",
          "Síguenos en Instagram @viajarconcalma",
          "Artículos relacionados\nQué ver en Córdoba en un día\nRuta por los pueblos blancos de Cádiz",
          "© 2025 Viajar con Calma. Todos los derechos reservados."],
    mixed=[("Sevilla se deja", "end", "Reserva ahora tu hotel en Sevilla con hasta un 25 % de descuento."),
           ("Empieza temprano", "start", "Publicidad"),
           ("Para tapear", "end", "Guarda este artículo para tu próximo viaje.")],
    ltop=L("""
Viajar con Calma
Inicio Destinos Consejos Presupuesto Sobre nosotros
Inicio » Europa » España » Andalucía
Este artículo contiene enlaces de afiliado.
"""),
    lmid=[("La primavera es", "Publicidad"),
          ("Por la tarde", "Te puede interesar: Las 10 mejores escapadas desde Sevilla")],
    lbot=L("""
Suscríbete a nuestra newsletter
Compartir: Facebook Pinterest WhatsApp
Artículos relacionados
Qué ver en Córdoba en un día
Aviso legal | Política de privacidad | Política de cookies
© 2025 Viajar con Calma
"""),
))

ARTICLES.append(dict(
    slug="banco-alimentos-campana", lang="es", register="local-news", trap=True,
    trap_promo=("tail", "El periodismo local necesita tu apoyo. Suscríbete desde 1 € el primer mes y accede a todos nuestros contenidos."),
    paras=P("""
El Banco de Alimentos de Valladolid lanza su campaña de Navidad con el objetivo de recoger 400.000 kilos

El Banco de Alimentos de Valladolid ha presentado este lunes su gran campaña de recogida navideña, que se celebrará los días 28, 29 y 30 de noviembre en más de 180 supermercados de la provincia.

La entidad aspira a reunir 400.000 kilos de alimentos, un 10 % más que el año pasado, cuando la demanda de ayuda alcanzó cifras récord. Actualmente atiende a unas 19.000 personas a través de 96 asociaciones.

“Cada vez vienen más familias en las que los dos padres trabajan y aun así no llegan a fin de mes”, ha explicado su presidenta, María José Sanz.

Como en ediciones anteriores, los voluntarios recogerán productos no perecederos en los accesos de los supermercados. Los más necesarios son aceite, legumbres, conservas de pescado, leche y productos de higiene infantil.

También se podrán hacer donaciones económicas en las cajas de los establecimientos participantes, a partir de un euro, o a través de la web de la organización y por Bizum.

La campaña necesita además cerca de 3.500 voluntarios. Las personas interesadas pueden inscribirse hasta el 20 de noviembre.
"""),
    head=["Valladolid Hoy", "Inicio > Valladolid > Sociedad", "Actualizado: 10/11/2025 13:45 h"],
    mid=[("La entidad aspira", "Publicidad"),
         ("Como en ediciones", "Lee también: Valladolid abre el plazo para las ayudas al alquiler joven"),
         ("También se podrán", "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Valladolid.")],
    tail=["El periodismo local necesita tu apoyo. Suscríbete desde 1 € el primer mes y accede a todos nuestros contenidos.",
          "Compartir en Facebook Compartir en X Enviar por WhatsApp",
          "Comentarios (7)",
          "© Valladolid Hoy. Prohibida la reproducción total o parcial."],
    mixed=[("El Banco de Alimentos de Valladolid ha presentado", "start", "Publicidad"),
           ("“Cada vez vienen", "end", "Suscríbete para seguir leyendo."),
           ("La campaña necesita", "end", "Síguenos en X e Instagram: @valladolidhoy.")],
    ltop=L("""
Valladolid Hoy
Valladolid Provincia Castilla y León Deportes Cultura Opinión
Suscríbete
Iniciar sesión
Inicio > Valladolid > Sociedad
"""),
    lmid=[("La entidad aspira", "Publicidad"),
          ("Como en ediciones", "Lee también: Valladolid abre el plazo para las ayudas al alquiler joven")],
    lbot=L("""
Comentarios (7)
Lo más leído
Cortes de tráfico en el centro por la Media Maratón
Aviso legal Privacidad Cookies Contacto
© Valladolid Hoy
"""),
))

# ================================================================ IT
ARTICLES.append(dict(
    slug="ghiacciai-alpini", lang="it", register="science-tech",
    fbot_extra=["Iscriviti alla newsletter di Scienza Oggi: ogni venerdì le scoperte più importanti della settimana, gratis nella tua casella di posta."],
    paras=P("""
Ghiacciai alpini, perso il 10% del volume in due anni

I ghiacciai delle Alpi hanno perso circa il 10% del loro volume complessivo tra il 2022 e il 2023, la perdita più rapida mai registrata da quando esistono misurazioni sistematiche.

È quanto emerge da uno studio pubblicato sulla rivista The Cryosphere da un gruppo di ricerca italo-svizzero guidato da glaciologi dell’Università di Padova.

Gli studiosi hanno analizzato i dati di 176 ghiacciai monitorati tramite rilievi sul campo, immagini satellitari e droni. Il ritiro è stato particolarmente marcato sotto i 3.000 metri di quota.

“Due estati consecutive con temperature record e scarse nevicate invernali hanno prodotto un effetto cumulativo che non avevamo mai osservato”, spiega la glaciologa Elena Ferraris, prima autrice dello studio.

Tra i casi più critici c’è il ghiacciaio della Marmolada, che secondo le proiezioni potrebbe scomparire quasi del tutto entro il 2040.

Le conseguenze non riguardano solo il paesaggio. I ghiacciai alimentano i fiumi nei mesi estivi e la loro riduzione incide sulla disponibilità di acqua per l’agricoltura e la produzione idroelettrica nella pianura padana.

Gli autori chiedono di rafforzare le reti di monitoraggio e di inserire i dati glaciologici nei piani regionali di gestione delle risorse idriche.
"""),
    head=["Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per mostrarti pubblicità in linea con le tue preferenze.\nAccetta tutti\nRifiuta\nPersonalizza",
          "Home > Scienza > Ambiente",
          "Foto: ANSA"],
    mid=[("È quanto emerge", "Pubblicità"),
         ("“Due estati", "Leggi anche: Clima, il 2024 è stato l’anno più caldo mai registrato in Italia"),
         ("Le conseguenze", "Iscriviti alla newsletter di Scienza Oggi: ogni venerdì le scoperte più importanti della settimana, gratis nella tua casella di posta.")],
    tail=["Abbonati: il primo mese a 1 €, poi 4,99 € al mese. Disdici quando vuoi.",
          "Condividi: Facebook X WhatsApp LinkedIn",
          "Riproduzione riservata © Copyright Scienza Oggi",
          "Ti potrebbe interessare\nPerché la neve sulle Alpi è sempre più rara\nMarmolada, tre anni dopo il crollo"],
    mixed=[("I ghiacciai delle Alpi", "start", "Pubblicità"),
           ("Gli studiosi", "end", "Segui Scienza Oggi su Instagram e Facebook."),
           ("Gli autori chiedono", "end", "Riproduzione riservata")],
    ltop=L("""
Scienza Oggi
Home Spazio Ambiente Salute Tecnologia
Abbonati
Accedi
Home > Scienza > Ambiente
"""),
    lmid=[("È quanto emerge", "Pubblicità"), ("Tra i casi", "Foto: ANSA")],
    lbot=L("""
Condividi
Ti potrebbe interessare
Perché la neve sulle Alpi è sempre più rara
Privacy Policy Cookie Policy Note legali
Riproduzione riservata © Copyright Scienza Oggi
"""),
))

ARTICLES.append(dict(
    slug="blog-conti-2024", lang="it", register="personal-blog", trap=True,
    trap_promo=("Nel 2024 il blog", "PUBBLICITÀ"),
    paras=P("""
Come guadagna questo blog: i conti del 2024, senza segreti

Ogni anno, a gennaio, pubblico un resoconto di quanto ha guadagnato il blog nei dodici mesi precedenti. Lo faccio perché quando ho cominciato, nel 2016, avrei voluto che qualcuno mi spiegasse come funziona davvero.

Nel 2024 il blog ha avuto 4,2 milioni di visite e ha fatturato 38.400 euro lordi. Ecco da dove arrivano:

Pubblicità display: 21.900 euro. Sono i banner che vedete tra un paragrafo e l’altro. Lo so, sono fastidiosi, ma rappresentano ancora più della metà delle entrate.

Link di affiliazione: 7.300 euro, soprattutto da pentole e robot da cucina che uso davvero.

Collaborazioni con i marchi: 6.200 euro, per sei post sponsorizzati, sempre segnalati come tali.

Il ricettario in PDF: 3.000 euro.

La newsletter della domenica, che conta ormai 18.000 iscritti, non porta entrate dirette, ma è da lì che arriva quasi un terzo del traffico.

Una cosa che mi chiedete spesso è perché ho aggiunto il pulsante “Salta alla ricetta”. La risposta è semplice: molti di voi lo volevano, e le statistiche mi dicono che non ha ridotto il tempo passato sulla pagina.

Per il 2025 l’obiettivo è ridurre gli annunci pubblicitari e puntare di più sul ricettario. Vi terrò aggiornati.
"""),
    head=["Cucina di Casa Mia", "Home Ricette Primi Secondi Dolci Chi sono",
          "Pubblicato il 15 gennaio 2025 da Giulia",
          "Questo post contiene link di affiliazione."],
    mid=[("Nel 2024 il blog", "PUBBLICITÀ"),
         ("Il ricettario in PDF", "Ti è piaciuto questo post? Salvalo su Pinterest!"),
         ("Una cosa che mi", "Iscriviti alla newsletter della domenica: una ricetta nuova ogni settimana, niente spam. Inserisci la tua email")],
    tail=["Condividi su: Facebook Pinterest WhatsApp",
          "Potrebbe interessarti anche\nTiramisù classico senza uova crude\nLasagne alla bolognese della domenica",
          "23 commenti",
          "Lascia un commento\nIl tuo indirizzo email non sarà pubblicato.",
          "© 2025 Cucina di Casa Mia – P.IVA 01234567890"],
    mixed=[("Ogni anno, a gennaio", "start", "PUBBLICITÀ"),
           ("Link di affiliazione", "end", "Acquista su Amazon"),
           ("Per il 2025", "end", "Seguimi su Instagram @cucinadicasamia!")],
    ltop=L("""
Cucina di Casa Mia
Home
Ricette
Dolci
Chi sono
Contatti
Pubblicato il 15 gennaio 2025 da Giulia
"""),
    lmid=[("Nel 2024 il blog", "PUBBLICITÀ"), ("La newsletter della", "Iscriviti alla newsletter")],
    lbot=L("""
Condividi su:
23 commenti
Lascia un commento
Privacy Policy
© 2025 Cucina di Casa Mia
"""),
))

# ================================================================ PT
ARTICLES.append(dict(
    slug="bagagem-de-mao-senado", lang="pt", register="national-news",
    fbot_extra=["Receba as principais notícias do dia no seu WhatsApp. Entre no nosso canal.", "Assine o Jornal do Planalto e tenha acesso ilimitado a todo o conteúdo por R$ 1,90 no primeiro mês."],
    paras=P("""
Senado aprova regra que garante bagagem de mão gratuita em voos nacionais

O Senado aprovou nesta terça-feira um projeto de lei que proíbe as companhias aéreas de cobrar pela bagagem de mão de até 10 quilos em voos domésticos. O texto recebeu 61 votos favoráveis e 9 contrários e segue para a Câmara dos Deputados.

A proposta surgiu depois que duas empresas passaram a vender, no ano passado, uma tarifa mais barata que permitia levar apenas uma mochila pequena embaixo do assento.

“O passageiro já paga caro pela passagem. Não é razoável que precise pagar de novo para levar uma mala pequena”, afirmou o relator, senador Paulo Menezes.

As companhias aéreas criticaram a medida. Em nota, a associação que representa o setor afirmou que a regra “vai na contramão da redução de custos” e pode levar ao aumento do preço médio das passagens.

Pelo texto aprovado, a bagagem de mão deve respeitar as dimensões de 55 cm x 35 cm x 25 cm. Além dela, o passageiro poderá levar um item pessoal, como bolsa ou mochila.

Se for aprovada também pelos deputados e sancionada, a lei entrará em vigor 90 dias após a publicação.
"""),
    head=["Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.\nOK",
          "Início > Economia > Turismo",
          "Atualizado há 2 horas"],
    mid=[("A proposta surgiu", "Publicidade"),
         ("“O passageiro", "Leia também: Preço das passagens aéreas sobe 12% em um ano"),
         ("As companhias aéreas", "Receba as principais notícias do dia no seu WhatsApp. Entre no nosso canal.")],
    tail=["Assine o Jornal do Planalto e tenha acesso ilimitado a todo o conteúdo por R$ 1,90 no primeiro mês.",
          "Já é assinante? Faça login",
          "Compartilhe: Facebook X WhatsApp LinkedIn Copiar link",
          "Veja também\nCompanhia aérea anuncia nova rota para Lisboa\nAeroporto de Congonhas terá obras na pista em julho",
          "© Copyright 2025 Jornal do Planalto. Todos os direitos reservados."],
    mixed=[("O Senado aprovou", "start", "Publicidade"),
           ("Pelo texto aprovado", "end", "Continua depois da publicidade"),
           ("Se for aprovada", "end", "Siga o Jornal do Planalto no Instagram.")],
    ltop=L("""
Jornal do Planalto
Política Economia Mundo Esportes Cultura
Assine
Entrar
Início > Economia > Turismo
"""),
    lmid=[("A proposta surgiu", "Publicidade"),
          ("As companhias aéreas", "Continua após a publicidade")],
    lbot=L("""
Mais lidas
Companhia aérea anuncia nova rota para Lisboa
Termos de uso Política de privacidade
© Copyright 2025 Jornal do Planalto
"""),
))

ARTICLES.append(dict(
    slug="review-nuvo-x5", lang="pt", register="product-review",
    paras=P("""
Review Nuvo X5: intermediário com bateria de sobra e câmera que decepciona à noite

Nota: 7,5/10

O Nuvo X5 chega ao Brasil por R$ 1.899 com uma proposta clara: bateria grande, tela boa e preço abaixo dos principais concorrentes. Depois de duas semanas de uso, dá para dizer que ele cumpre quase tudo o que promete.

Pontos positivos

Bateria de 6.000 mAh dura até dois dias

Tela AMOLED de 120 Hz bem calibrada

Carregador incluso na caixa

Pontos negativos

Câmera fraca em ambientes escuros

Sem resistência à água

Desempenho

O processador dá conta do dia a dia sem engasgos. Em jogos mais pesados, foi preciso baixar a qualidade gráfica para manter 60 quadros por segundo.

Bateria

É o ponto alto. Em nosso teste padrão de reprodução de vídeo, o X5 aguentou 21 horas e 40 minutos, um dos melhores resultados que já registramos na categoria.

Câmeras

De dia, as fotos da câmera principal de 50 MP têm boas cores e nitidez. À noite, porém, o modo noturno demora e as imagens saem borradas com frequência.

Vale a pena?

Para quem prioriza autonomia e não liga tanto para fotos noturnas, sim. Quem quer a melhor câmera nessa faixa de preço deve olhar outras opções.
"""),
    head=["Este conteúdo contém links de afiliados. Ao comprar por eles, podemos receber uma comissão, sem custo extra para você.",
          "Início > Reviews > Celulares",
          "Por Redação TecnoBlog | 12/05/2025 às 10h30"],
    mid=[("O Nuvo X5 chega", "Nuvo X5 128 GB\nR$ 1.699 na Amazon\nR$ 1.749 no Mercado Livre\nVer oferta"),
         ("Sem resistência", "Publicidade"),
         ("É o ponto alto", "Use o cupom TECNO10 e ganhe 10% de desconto na loja oficial da Nuvo."),
         ("De dia, as fotos", "Leia também: Melhores celulares intermediários de 2025")],
    tail=["Compre agora por R$ 1.699 com frete grátis",
          "Receba as melhores ofertas de tecnologia no seu e-mail. Assine nossa newsletter!",
          "Siga o TecnoBlog no YouTube, Instagram e TikTok",
          "© 2025 TecnoBlog – Todos os direitos reservados"],
    mixed=[("O Nuvo X5 chega", "end", "Confira o menor preço abaixo."),
           ("O processador", "start", "Publicidade"),
           ("Para quem prioriza", "end", "Aproveite a oferta enquanto durar o estoque!")],
    ltop=L("""
TecnoBlog
Notícias Reviews Ofertas Tutoriais Podcast
Início > Reviews > Celulares
Este conteúdo contém links de afiliados.
"""),
    lmid=[("O Nuvo X5 chega", "R$ 1.699 na Amazon"), ("O Nuvo X5 chega", "Ver oferta"),
          ("Sem resistência", "Publicidade")],
    lbot=L("""
Leia também
Melhores celulares intermediários de 2025
Compartilhe
© 2025 TecnoBlog
"""),
))
