from common import P, L

ARTICLES = [
dict(
    slug="b6-fr-agenda-festival",
    lang="fr",
    register="agenda / fiche événement",
    paras=P("""
Festival des Nuits de la Loire : trois soirs de concerts gratuits sur les quais de Saumur

Du 3 au 5 juillet 2026, quai Mayaud, Saumur

Pour sa douzième édition, le festival des Nuits de la Loire investit à nouveau les bords du fleuve avec une quinzaine de concerts gratuits, des guinguettes et un marché de créateurs.

Une programmation éclectique

La chanteuse Jeanne Added ouvrira le festival le vendredi soir, suivie le samedi par la fanfare bretonne Les Ramoneurs de Menhirs et, en clôture, par l'orchestre d'harmonie de Saumur accompagné de deux cents choristes amateurs.

Les après-midi sont consacrés aux familles, avec des spectacles de rue, un atelier de fabrication de cerfs-volants et des balades en toue sablière au départ de la cale du quai.

« Nous voulons que chacun puisse venir sans billet et repartir avec une chanson en tête », résume la directrice artistique, Claire Moreau.

Infos pratiques

Accès libre dans la limite des places disponibles. Les quais seront fermés à la circulation à partir de 16 heures chaque jour.

Parking gratuit au parc des expositions, avec navette toutes les quinze minutes.

Question : les chiens sont-ils acceptés ? Réponse : oui, tenus en laisse, sauf dans l'espace des concerts du soir.

Et après ?

Le programme détaillé, heure par heure, sera dévoilé le 2 juin lors d'une soirée de lancement à la salle du Dôme.
"""),
    head=[
        "Agenda › Saumur › Concerts › Nuits de la Loire 2026",
        "Ajouter à mon agenda · Ajouter à mes favoris",
    ],
    mid=[
        ("Pour sa douzième édition", "Réservez votre hébergement : hôtels et chambres d'hôtes à Saumur dès 62 € la nuit — Voir les disponibilités"),
        ("Les après-midi sont consacrés", "Ne manquez plus aucune sortie : recevez chaque jeudi « Le Bon Plan Anjou » dans votre boîte mail. Je m'inscris"),
        ("Accès libre dans la limite", "PUBLICITÉ"),
    ],
    tail=[
        "Vous organisez un événement ? Publiez-le gratuitement sur Sortir en Anjou.",
        "Événements similaires\nFête de la musique à Angers — 21 juin\nLes Rendez-vous de l'Erdre à Nantes — 27 août",
        "Sortir en Anjou est édité par Ligériens Médias SAS. Mentions légales · CGU · Gestion des cookies",
    ],
    mixed=[
        ("Du 3 au 5 juillet 2026", "end", "Gratuit · Tout public"),
        ("La chanteuse Jeanne Added", "start", "Sponsorisé par le Crédit Ligérien"),
        ("« Nous voulons que chacun", "end", "Partager : Facebook X WhatsApp Copier le lien"),
        ("Le programme détaillé", "end", "Suivez @nuitsdelaloire sur Instagram pour ne rien rater #NuitsDeLaLoire"),
    ],
    ltop=L("""
Sortir en Anjou
Que faire ce week-end ?
Concerts
Expositions
Théâtre
Avec les enfants
Publier un événement
"""),
    lmid=[
        ("Une programmation éclectique", "Voir sur la carte"),
        ("Infos pratiques", "Itinéraire · Covoiturage"),
    ],
    lbot=L("""
Organisateur : Ville de Saumur / Association Loire en Fête
Signaler une erreur
Partager cet événement
Téléchargez l'appli Sortir en Anjou
© 2026 Ligériens Médias
"""),
),
dict(
    slug="b6-fr-trap-streaming",
    lang="fr",
    register="actualité médias (piège : abonnements, streaming)",
    trap=True,
    paras=P("""
Streaming : la plateforme Cinéa augmente ses abonnements de 2 euros

Paris, le 5 février 2026

La plateforme de streaming Cinéa augmentera le prix de ses abonnements en France à partir du 1er avril. L'offre standard passera de 10,99 à 12,99 euros par mois, et l'offre premium de 17,99 à 19,99 euros.

Les abonnés actuels seront prévenus par courriel au moins trente jours avant l'application du nouveau tarif, comme l'impose le code de la consommation.

Une formule avec publicité moins chère

Dans le même temps, la plateforme lance une formule à 5,99 euros par mois avec des publicités de quinze à trente secondes avant et pendant les films.

« Nous donnons le choix : payer un peu plus, ou regarder avec de la publicité », a déclaré la directrice générale France, Sophie Lenoir.

L'association UFC-Que Choisir a rappelé que les abonnés pouvaient résilier à tout moment depuis leur espace client, sans frais, et invite ceux qui s'estiment lésés à signer sa pétition en ligne.

Selon l'institut Médiamétrie, 58 % des foyers français sont abonnés à au moins un service de vidéo à la demande payant.

Question : faut-il se désabonner tout de suite ? Réponse : non, le tarif actuel reste appliqué jusqu'à la prochaine échéance après le 1er avril.

Et maintenant ?

Deux autres plateformes ont déjà annoncé des hausses pour le printemps, et l'Arcom doit publier en mars son rapport annuel sur le marché de la vidéo à la demande.
"""),
    head=[
        "Médiapart·Écrans — l'actualité des médias et du numérique",
        "Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous à partir de 1 € le premier mois.",
    ],
    mid=[
        ("Les abonnés actuels seront", "À lire aussi : Droits du foot, la Ligue 1 cherche encore un diffuseur"),
        ("« Nous donnons le choix", "PUBLICITÉ"),
        ("Selon l'institut Médiamétrie", "Recevez « La Lettre Écrans » chaque vendredi : l'essentiel des médias et du numérique. Inscription gratuite"),
    ],
    tail=[
        "Réagissez (42 commentaires)",
        "Suivez-nous sur Bluesky @ecrans.fr et sur LinkedIn",
        "© Écrans Médias 2026 — Tous droits réservés. Toute reproduction interdite.",
    ],
    mixed=[
        ("Paris, le 5 février 2026", "end", "Temps de lecture : 3 min"),
        ("Dans le même temps", "start", "PUBLICITÉ"),
        ("L'association UFC-Que Choisir", "end", "Partager Facebook X LinkedIn E-mail"),
        ("Deux autres plateformes", "end", "Offre spéciale : un an d'Écrans numérique pour 49 € au lieu de 99 €, sans engagement."),
    ],
    ltop=L("""
Écrans
Télévision
Cinéma
Jeux vidéo
Réseaux sociaux
Se connecter
S'abonner
"""),
    lmid=[
        ("Une formule avec publicité", "Contenu sponsorisé"),
        ("Question : faut-il se désabonner", "Les plus lus"),
    ],
    lbot=L("""
Ces articles peuvent vous intéresser
Netflix, Disney+, Max : tous les prix en 2026
Qui sommes-nous
Nous contacter
Paramètres des cookies
Mentions légales
"""),
),
dict(
    slug="b6-fr-univ-bibliotheque",
    lang="fr",
    register="actualités universitaires",
    paras=P("""
La bibliothèque universitaire de Lille ouvrira jusqu'à minuit pendant les examens

Lille, le 2 mars 2026

À partir du 4 mai et jusqu'à la fin des examens de juin, la bibliothèque universitaire du campus Cité scientifique restera ouverte jusqu'à minuit du lundi au vendredi, et de 10 heures à 20 heures le week-end.

La mesure répond à une demande ancienne des étudiants, portée par les élus au conseil de la vie étudiante. Une enquête menée en décembre auprès de 3 200 étudiants montrait que 71 % d'entre eux souhaitaient des horaires élargis en période de révisions.

Des moniteurs étudiants en soirée

Après 20 heures, l'accueil sera assuré par une équipe de vingt moniteurs étudiants recrutés et formés par le service commun de documentation.

« Nous voulons un lieu calme et chauffé pour tous ceux qui n'ont pas de bon espace de travail chez eux », explique la vice-présidente chargée de la vie étudiante, Amina Haddad.

Les salles de travail en groupe resteront réservables en ligne, dans la limite de trois heures par jour et par étudiant.

Une carte étudiante valide sera demandée à l'entrée après 20 heures.

Question : le service de restauration restera-t-il ouvert ? Réponse : le Crous ouvrira un point de vente jusqu'à 22 heures dans le hall.

Et ensuite ?

Un bilan de fréquentation sera présenté en juillet. Si l'expérience est concluante, ces horaires pourraient être étendus aux autres bibliothèques de l'université.
"""),
    head=[
        "Université de Lille › Actualités › Vie de campus",
        "Accès rapide : ENT · Moodle · Messagerie · Annuaire",
    ],
    mid=[
        ("La mesure répond à une demande", "Journées portes ouvertes le 14 mars : inscrivez-vous pour visiter les campus"),
        ("Les salles de travail en groupe", "Étudiants : postulez aux jobs étudiants de l'université sur la plateforme Jobaviz."),
    ],
    tail=[
        "Mots-clés : bibliothèques, vie étudiante, examens",
        "Restez informé : abonnez-vous à « ULille Hebdo », la lettre d'information de la communauté universitaire.",
        "Suivez l'université sur Instagram, LinkedIn et YouTube @univlille",
    ],
    mixed=[
        ("Lille, le 2 mars 2026", "end", "Publié par la Direction de la communication"),
        ("Après 20 heures, l'accueil", "end", "Candidater"),
        ("« Nous voulons un lieu calme", "start", "Partager Facebook LinkedIn Imprimer"),
        ("Un bilan de fréquentation", "end", "Retour aux actualités"),
    ],
    ltop=L("""
Université de Lille
Formation
Recherche
International
Vie de campus
Rechercher
"""),
    lmid=[
        ("Des moniteurs étudiants en soirée", "Photo : © Université de Lille – Service communication"),
        ("Une carte étudiante valide", "Voir aussi : le programme des événements culturels du printemps"),
    ],
    lbot=L("""
Plan du site
Accessibilité : partiellement conforme
Mentions légales
Données personnelles
© Université de Lille 2026
"""),
),
]
