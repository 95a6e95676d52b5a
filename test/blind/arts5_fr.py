from common import P, L

ARTICLES = [
dict(
    slug="b5-fr-cyclisme-paris-nice",
    lang="fr",
    register="sports",
    paras=P("""
Paris-Nice : Lenny Martinez s'impose au sommet de la Loge des Gardes et prend le maillot jaune

Le grimpeur français a lâché ses adversaires à trois kilomètres de l'arrivée de la quatrième étape, mercredi, dans l'Allier.

Par Julien Marchetti

Il avait annoncé la couleur la veille. Lenny Martinez a tenu parole : le coureur de 22 ans a remporté en solitaire la quatrième étape de Paris-Nice, entre Vichy et la Loge des Gardes (164 km), et s'empare de la tête du classement général.

Parti dans la dernière ascension, longue de 6,7 km à 6,9 % de moyenne, Martinez a placé une première accélération à quatre kilomètres du sommet avant de s'envoler définitivement dans les lacets les plus raides.

Le Belge Maxim Van Gils, deuxième à 14 secondes, et l'Espagnol Carlos Rodríguez, troisième à 19 secondes, n'ont jamais pu revenir.

« Je voulais gagner devant ma famille, elle est venue de Cannes en voiture ce matin », a confié le vainqueur au micro de France Télévisions.

Une échappée reprise à 20 km

Comme souvent sur ce type de profil, une échappée de six coureurs avait animé l'essentiel de la journée, avec jusqu'à quatre minutes d'avance. Le peloton, emmené par les équipiers de Visma-Lease a Bike, l'a reprise au pied de la dernière difficulté.

Classement général après la 4e étape :

1. Lenny Martinez (FRA) en 15 h 02 min 41 s

La cinquième étape, jeudi, mènera les coureurs de Saint-Just-en-Chevalet à la Côte-Rôtie, sur un parcours vallonné de 203 km propice aux baroudeurs.

Départ prévu à 12 h 10, arrivée estimée vers 16 h 45.
"""),
    head=[
        "Cyclisme › Paris-Nice 2026",
        "Regardez Paris-Nice en intégralité et sans coupure pub sur l'appli Sport+ — 1 mois offert avec le code VELO26.",
    ],
    mid=[
        ("Il avait annoncé la couleur", "Publicité"),
        ("Le Belge Maxim Van Gils", "VIDÉO – Revivez l'attaque décisive de Martinez (1:52)"),
        ("Comme souvent sur ce type de profil", "Pariez sur le vainqueur final de Paris-Nice : Martinez coté à 2,40. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13."),
    ],
    tail=[
        "Recevez chaque soir L'Échappée, la lettre vélo de la rédaction : résultats, analyses et coulisses du peloton. Je m'inscris",
        "Voir les commentaires (57)",
        "À lire aussi : Tour de France 2026 : le parcours dévoilé · Pogačar forfait pour Milan-San Remo ?",
        "Suivez-nous sur Instagram @lequipecyclo",
    ],
    mixed=[
        ("Par Julien Marchetti", "end", "Publié le 11/03/2026 à 17h32, mis à jour à 18h05"),
        ("Parti dans la dernière ascension", "end", "Photo : Martinez franchit la ligne en vainqueur. © AFP"),
        ("« Je voulais gagner", "end", "Partager : Facebook X WhatsApp"),
        ("Départ prévu à 12 h 10", "end", "Abonnez-vous pour 1 € le premier mois et accédez à tous nos articles."),
    ],
    ltop=L("""
Football
Rugby
Cyclisme
Tennis
Basket
Direct
Résultats
Se connecter
"""),
    lmid=[
        ("Une échappée reprise à 20 km", "Lire plus tard"),
        ("Classement général après", "Classement complet"),
    ],
    lbot=L("""
Sur le même sujet
Mentions légales
Gestion des cookies
Politique de confidentialité
Nous contacter
© 2026 Groupe Sportif Média
"""),
),
dict(
    slug="b5-fr-direct-greve-tram",
    lang="fr",
    register="live blog (local transport)",
    paras=P("""
EN DIRECT – Grève des transports à Bordeaux : aucun tramway sur la ligne A, les bus très perturbés

Un mouvement social touche le réseau TBM ce mardi. Seuls 40 % des bus circulent et la ligne A du tramway est totalement à l'arrêt jusqu'à 20 heures.

18 h 20 – La direction propose une réunion jeudi

Keolis Bordeaux Métropole annonce avoir proposé aux syndicats une nouvelle réunion de négociation jeudi à 10 heures. L'intersyndicale doit répondre dans la soirée.

17 h 05 – Embouteillages record sur la rocade

Bison Futé signale plus de 45 km de bouchons cumulés sur la rocade bordelaise, un niveau rarement atteint un jour de semaine hors vacances.

15 h 40 – Ce que demandent les grévistes

Les conducteurs réclament une revalorisation de la prime de nuit et l'embauche de 60 agents supplémentaires. « On roule avec des effectifs de 2019 et deux fois plus de voyageurs », explique Nadia Belkacem, déléguée CGT.

12 h 15 – Les lignes B, C et D circulent partiellement

Un tram toutes les 15 minutes environ sur les lignes B, C et D. La navette fluviale BAT3 fonctionne normalement.

Question d'un lecteur : mon abonnement sera-t-il remboursé ?

Réponse : TBM indique qu'un geste commercial sera étudié si le mouvement dure plus de trois jours.

7 h 00 – Bonjour et bienvenue dans ce direct

Nous suivons toute la journée les perturbations sur le réseau de transports en commun bordelais.
"""),
    head=[
        "DIRECT · Mis à jour il y a 3 minutes",
        "L'essentiel : ligne A à l'arrêt · 40 % des bus · réunion jeudi",
    ],
    mid=[
        ("Keolis Bordeaux Métropole annonce", "Actualiser le direct"),
        ("Bison Futé signale", "Publicité – La suite après cette publicité"),
        ("Un tram toutes les 15 minutes", "Vous êtes témoin ? Envoyez-nous vos photos et vidéos via WhatsApp au 06 00 00 00 00 ou à temoins@sudouest-actu.example"),
    ],
    tail=[
        "Afficher les posts précédents",
        "Recevez les alertes trafic de Bordeaux directement sur votre téléphone : téléchargez l'application Sud-Ouest Actu.",
        "Commentaires fermés pour ce direct",
    ],
    mixed=[
        ("Un mouvement social touche", "start", "Mis à jour à 18h22"),
        ("Les conducteurs réclament", "end", "Copier le lien du post"),
        ("Réponse : TBM indique", "end", "Article réservé aux abonnés : Transports à Bordeaux, pourquoi le réseau sature"),
        ("Nous suivons toute la journée", "end", "Épingler"),
    ],
    ltop=L("""
Actualité
Bordeaux Métropole – toute l'actu
Gironde
Économie
Faits divers
S'abonner
"""),
    lmid=[
        ("15 h 40 – Ce que demandent", "Nouveau post"),
        ("7 h 00 – Bonjour et bienvenue", "Mise à jour automatique activée"),
    ],
    lbot=L("""
Les plus lus
Mentions légales
Paramétrer les cookies
Charte de modération
CGU
"""),
),
dict(
    slug="b5-fr-trap-podcasts-abonnement",
    lang="fr",
    register="media/business",
    trap=True,
    paras=P("""
Le réseau de podcasts Onde Courte lance un abonnement payant à 4,99 euros par mois

Le studio parisien, connu pour ses séries documentaires, fait le pari que ses auditeurs accepteront de payer pour écouter sans publicité.

Par Claire Desmoulins

Jusqu'ici, les podcasts d'Onde Courte étaient gratuits, financés par la publicité et par des partenariats avec des marques. À partir du 15 avril, le studio proposera une formule d'abonnement, « Onde Courte Plus », à 4,99 euros par mois ou 49 euros par an.

Les abonnés pourront écouter tous les épisodes sans publicité, accéder aux nouvelles séries une semaine avant leur diffusion gratuite et télécharger des épisodes bonus. L'abonnement sera disponible via Apple Podcasts, Spotify et directement sur l'application du studio.

« Nos auditeurs nous écrivent pour nous dire qu'ils en ont assez d'entendre trois fois la même pub pour un matelas dans un épisode de quarante minutes », explique sa cofondatrice, Inès Garnier.

Un marché encore fragile

Le studio revendique 6 millions d'écoutes par mois. Mais le marché publicitaire des podcasts, qui avait fortement progressé entre 2019 et 2023, stagne depuis deux ans en France, selon le cabinet Médiamétrie.

Plusieurs médias ont déjà tenté l'aventure. Certains ont renoncé faute d'abonnés suffisants, d'autres, comme des newsletters spécialisées, ont réussi à fidéliser quelques milliers de personnes prêtes à payer.

Les épisodes resteront-ils gratuits ?

Oui, assure le studio : aucune série ne deviendra entièrement payante. Seuls les bonus et l'écoute sans publicité seront réservés aux abonnés.

Onde Courte emploie 28 salariés et a réalisé un chiffre d'affaires de 3,2 millions d'euros en 2025.
"""),
    head=[
        "Médias",
        "Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 € par mois.",
    ],
    mid=[
        ("Les abonnés pourront écouter", "À lire aussi : Podcasts : l'audience des séries documentaires en forte hausse"),
        ("« Nos auditeurs nous écrivent", "Publicité"),
    ],
    tail=[
        "Inscrivez-vous à « Écrans & Ondes », notre lettre hebdomadaire sur les médias, chaque vendredi dans votre boîte mail.",
        "Réagir à cet article (14)",
        "Mots-clés : Podcasts · Médias · Start-up",
    ],
    mixed=[
        ("Par Claire Desmoulins", "end", "Publié aujourd'hui à 06h00 · Lecture 3 min."),
        ("Le studio revendique", "start", "PUBLICITÉ"),
        ("Plusieurs médias ont déjà", "end", "Offrir cet article"),
        ("Onde Courte emploie 28", "end", "Partager sur Facebook Partager sur X Envoyer par e-mail"),
    ],
    ltop=L("""
International
Politique
Société
Culture
Nos podcasts
Mon compte
"""),
    lmid=[
        ("Un marché encore fragile", "Ajouter à mes favoris"),
        ("Les épisodes resteront-ils gratuits ?", "Écouter cet article"),
    ],
    lbot=L("""
Nous suivre
Facebook
Instagram
Conditions générales d'utilisation
Accepter et fermer
Continuer sans accepter
"""),
),
]
