import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-fr-conseil-municipal-cantine",
        lang="fr",
        register="actualité locale conseil municipal",
        paras=P("""
Le prix du repas à la cantine augmentera de 15 centimes à la rentrée de septembre dans les écoles publiques de Saint-Nazaire, a voté lundi soir le conseil municipal.

La hausse, adoptée par 38 voix contre 9, porte le tarif de base à 3,45 euros. Les familles dont le quotient familial est inférieur à 600 euros continueront de payer un euro le repas.

Selon l'adjointe à l'éducation, Sophie Le Gall, le coût réel d'un repas pour la ville atteint désormais 11,20 euros, en raison de la hausse des prix alimentaires et de l'objectif de 50 % de produits durables imposé par la loi Egalim.

« Nous ne faisons pas payer aux familles l'inflation, nous en absorbons l'essentiel », a-t-elle assuré.

L'opposition a dénoncé une mesure « injuste ». Pour le conseiller Hervé Marchand (divers droite), la municipalité aurait pu renégocier le contrat avec le prestataire avant de solliciter les parents.

Un nouveau portail pour les familles

Les inscriptions à la cantine se feront désormais uniquement en ligne. Les parents pourront s'inscrire sur le portail famille de la ville ou télécharger l'application municipale, a précisé la mairie, qui maintient un accueil physique pour les personnes sans accès à Internet.

Le conseil a également adopté une subvention de 120 000 euros pour la rénovation du gymnase Jean-Jaurès.

Prochaine séance : le 16 mars.
"""),
        head=[
            "Ouest Littoral",
            "Cet article vous est offert. Pour lire gratuitement l'intégralité de nos articles, créez votre compte.",
            "Écouter cet article",
        ],
        mid=[
            (1, "Publicité"),
            (4, "À lire aussi : Saint-Nazaire : la piscine municipale fermée jusqu'en avril"),
            (6, "Recevez chaque matin l'essentiel de l'actualité de Loire-Atlantique avec notre newsletter Le Réveil nazairien. S'inscrire"),
        ],
        tail=[
            "Vous avez une information à nous transmettre ? Écrivez-nous à redaction.stnazaire@ouest-littoral.fr",
            "Téléchargez l'application Ouest Littoral pour suivre l'actualité de votre commune.",
            "Partager cet article",
            "© Ouest Littoral - 2026",
        ],
        mixed=[
            (0, "start", "PUBLICITÉ"),
            (1, "end", "Photo : Ouest Littoral/Yann Kerjean"),
            (3, "end", "Lire aussi : Restauration scolaire : le bio progresse dans les cantines de l'Ouest"),
            (4, "start", "Écouter cet article · 3 min"),
            (6, "end", "Inscrivez-vous à la newsletter Le Réveil nazairien, c'est gratuit."),
            (7, "start", "Suivez Ouest Littoral sur WhatsApp pour ne rien manquer."),
        ],
        ltop=L("""
Aller au contenu principal
Ouest Littoral
Actualités
Loire-Atlantique
Sports
Loisirs
Se connecter
S'abonner
Cantine : le repas augmente de 15 centimes à Saint-Nazaire
Par Gaëlle Rivoal
Publié le 27/01/2026 à 19h12
"""),
        lmid=[
            (2, "Publicité"),
            (5, "La cantine de l'école Jules-Ferry. Photo d'archives"),
        ],
        lbot=L("""
À Saint-Nazaire
Éducation
Voir les commentaires
Mentions légales
Gérer mes cookies
Conditions générales d'utilisation
© Ouest Littoral
"""),
    ),
    dict(
        slug="t8-fr-rugby-top14",
        lang="fr",
        register="sport rugby compte rendu",
        paras=P("""
Castres 27 - 20 Bayonne

Castres a conservé son invincibilité à domicile cette saison en dominant Bayonne samedi soir, au terme d'un match longtemps indécis au stade Pierre-Fabre.

Les Basques ont pourtant mené 13-3 après vingt minutes, grâce à un essai en force de leur talonneur Facundo Bosch et à la réussite de leur buteur.

Le tournant est intervenu juste avant la pause. Sur une pénaltouche jouée rapidement, l'ailier castrais Théo Lacaze a profité d'une défense mal alignée pour aplatir en coin.

En seconde période, la mêlée tarnaise a pris le dessus. Bayonne a concédé quatre pénalités en dix minutes et un carton jaune, ce qui a permis à Castres de passer devant pour de bon.

« On savait qu'ils finiraient par craquer devant », a résumé l'entraîneur castrais Jérémy Cazalis.

Côté bayonnais, on regrettait surtout l'indiscipline. « Quatorze pénalités, on ne gagne pas un match comme ça. »

Avec ce succès, Castres remonte à la quatrième place du Top 14. Bayonne reste septième.

Prochaine journée : Castres se déplace à Toulon, Bayonne reçoit Clermont.
"""),
        head=[
            "Rugby",
            "Vivez tous les matches du Top 14 en direct sur l'appli Ovale Direct.",
        ],
        mid=[
            (2, "Publicité"),
            (5, "À lire aussi : Top 14 : le classement complet après la 15e journée"),
        ],
        tail=[
            "Retrouvez tous nos podcasts rugby sur Spotify et Deezer : écoutez « Le Bord du terrain ».",
            "Billetterie : les places pour Castres - Clermont sont en vente sur le site du club.",
            "Réagir à cet article",
        ],
        mixed=[
            (0, "end", "PUBLICITÉ"),
            (1, "end", "Photo : AFP/Fred Scheiber"),
            (2, "start", "Lire aussi : Bayonne, la méthode qui a bousculé le Top 14"),
            (4, "end", "Écoutez notre podcast « Le Bord du terrain » sur toutes les plateformes."),
            (6, "start", "Suivez-nous sur Instagram @ovaledirect"),
            (8, "start", "Téléchargez l'appli Ovale Direct et recevez les alertes de votre club."),
        ],
        ltop=L("""
Ovale Direct
TOP 14
Pro D2
XV de France
Résultats
Vidéos
Castres fait plier Bayonne et reste invaincu à Pierre-Fabre
Par Julien Arnaud, à Castres
Le 25 janvier 2026 à 23h04
"""),
        lmid=[
            (3, "Publicité"),
            (7, "Les notes des joueurs"),
        ],
        lbot=L("""
Classement Top 14
Programme de la 16e journée
Newsletter
Contact
Mentions légales
Politique de confidentialité
© Ovale Direct 2026
"""),
    ),
    dict(
        slug="t8-fr-sante-grippe",
        lang="fr",
        register="santé actualité",
        paras=P("""
L'épidémie de grippe a atteint son pic dans la plupart des régions de métropole, selon le dernier bulletin de Santé publique France publié mercredi.

La semaine dernière, les passages aux urgences pour syndrome grippal ont concerné près de 31 000 personnes, un niveau comparable à celui de l'hiver 2022-2023.

Les enfants de moins de 5 ans et les personnes âgées de plus de 65 ans sont les plus touchés. Dans les Ehpad, 214 foyers de cas groupés ont été signalés depuis début janvier.

Le virus A(H1N1) reste majoritaire, mais la part du virus B progresse, ce qui pourrait prolonger l'épidémie de quelques semaines, selon les épidémiologistes.

La campagne de vaccination, prolongée jusqu'au 28 février, reste ouverte. Le vaccin est pris en charge à 100 % pour les personnes à risque, qui peuvent se faire vacciner en pharmacie sans ordonnance.

Les gestes qui protègent

Se laver les mains régulièrement.

Porter un masque en cas de symptômes.

Aérer les pièces au moins dix minutes par jour.

« Ce n'est pas le moment de relâcher la vigilance », a insisté le Dr Claire Moutier, infectiologue au CHU de Nantes.
"""),
        head=[
            "Santé - Maladies",
            "Article réservé aux abonnés",
            "Offre spéciale : 1 € le premier mois, sans engagement.",
        ],
        mid=[
            (2, "Publicité"),
            (4, "Lire aussi : Covid-19 : un nouveau variant sous surveillance en Europe"),
            (7, "Recevez notre lettre Santé & Bien-être chaque jeudi. Je m'inscris"),
        ],
        tail=[
            "Cet article vous a été utile ? Partagez-le.",
            "Sur le même sujet",
            "Grippe : faut-il encore se faire vacciner en février ?",
            "Le Quotidien du Centre - Tous droits réservés",
        ],
        mixed=[
            (0, "start", "Écouter cet article · 4 min"),
            (1, "end", "Publicité"),
            (3, "start", "Photo : Illustration/Sébastien Jarry"),
            (4, "end", "Abonnez-vous à notre lettre Santé & Bien-être pour ne rien manquer."),
            (5, "start", "À lire aussi : Urgences pédiatriques : les hôpitaux sous tension"),
            (9, "end", "Partager sur WhatsApp"),
        ],
        ltop=L("""
Le Quotidien du Centre
Accueil
Actualité
Santé & bien-être
Régions
Mon compte
Abonnez-vous
Grippe : l'épidémie atteint son pic, la vaccination prolongée
Par Agnès Vidal
Publié le 28/01/2026 à 11h40, mis à jour à 12h05
"""),
        lmid=[
            (1, "Publicité"),
            (6, "Vidéo : Grippe, les bons réflexes"),
        ],
        lbot=L("""
Voir aussi
Les plus lus
Plan du site
Données personnelles
Paramétrer les cookies
Mentions légales
© Le Quotidien du Centre
"""),
    ),
    dict(
        slug="t8-fr-trap-appels-aux-dons",
        lang="fr",
        register="société associations",
        trap=True,
        paras=P("""
Les associations caritatives ont reçu moins de dons en fin d'année que l'an dernier, selon le baromètre publié jeudi par France générosités, qui regroupe une centaine d'organisations.

Les dons collectés en décembre, traditionnellement le mois le plus important, ont reculé de 4 % en euros constants. Le nombre de donateurs baisse pour la troisième année consécutive.

« Les Français donnent toujours, mais ils sont moins nombreux à le faire », résume la directrice de l'organisation, Laurence Lepetit.

Pour compenser, les associations multiplient les appels aux dons par SMS, les campagnes sur les réseaux sociaux et les formulaires de don en ligne. Certaines proposent désormais le don mensuel par prélèvement dès le premier écran de leur site.

Cette stratégie agace une partie du public. Dans une enquête jointe au baromètre, 42 % des personnes interrogées disent recevoir « trop de sollicitations » et 18 % affirment s'être désabonnées d'au moins une lettre d'information associative en 2025.

Les petites associations sont les plus fragiles. La Banque alimentaire de l'Yonne indique avoir collecté 12 % de moins que prévu et envisage de réduire ses distributions au printemps.

Le gouvernement rappelle que les dons aux associations d'aide aux personnes en difficulté ouvrent droit à une réduction d'impôt de 75 %, dans la limite de 1 000 euros.

Les associations demandent que ce plafond soit relevé et que la réduction s'applique aussi aux dons faits par les personnes non imposables.
"""),
        head=[
            "Société",
            "Article réservé aux abonnés",
        ],
        mid=[
            (2, "Publicité"),
            (5, "Lire aussi : Restos du cœur : une campagne d'hiver sous tension"),
        ],
        tail=[
            "Notre journalisme est indépendant grâce à nos abonnés. Abonnez-vous dès 1 € par mois.",
            "Partager sur Facebook",
            "Commentaires (56)",
        ],
        mixed=[
            (0, "end", "Photo : Hans Lucas/Éric Dessons"),
            (1, "start", "PUBLICITÉ"),
            (3, "end", "À lire aussi : Générosité : qui sont les grands donateurs en France ?"),
            (5, "start", "Écouter cet article · 5 min"),
            (6, "end", "Recevez la newsletter Solidarités chaque mardi, gratuitement."),
            (7, "start", "Abonnez-vous dès 1 € par mois et soutenez un journalisme indépendant."),
        ],
        ltop=L("""
La Gazette républicaine
Politique
Société
Économie
Idées
Le Club
S'abonner
Dons aux associations : la générosité des Français s'essouffle
Par Marion Delorme
Publié aujourd'hui à 06h00
"""),
        lmid=[
            (3, "Publicité"),
            (6, "Les plus partagés"),
        ],
        lbot=L("""
Services
Jeux
Qui sommes-nous ?
Charte de déontologie
Cookies et données personnelles
© La Gazette républicaine
"""),
    ),
]
