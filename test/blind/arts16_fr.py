"""blind13 data: French articles (film review, climate science, charity-results trap). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 13. Critique de film
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-fr-critique-heures-creuses",
    register="film review",
    lang="fr",
    paras=P("""
« Les Heures creuses » : Clémence Aubrac filme la nuit d’une gare comme un huis clos

Par Héloïse Marchetti

★★★★☆

Il est 23 h 40 en gare de Villefranche-sur-Lère, le dernier train pour Paris vient d’être supprimé, et sept voyageurs se retrouvent enfermés jusqu’au matin dans une salle d’attente aux néons fatigués. De ce point de départ minuscule, Clémence Aubrac tire un deuxième long-métrage d’une précision remarquable.

On se souvient de son premier film, « Marée basse », prix du jury à Locarno il y a quatre ans, qui racontait déjà une attente : celle d’un père guettant le retour d’un chalutier. La cinéaste y affirmait un goût pour les lieux clos et les silences qui pèsent.

Ici, tout tient dans une unité de lieu et de temps presque théâtrale. Mais la mise en scène refuse la pièce filmée : la caméra de Yann Le Goff glisse entre les bancs, s’attarde sur un distributeur de boissons en panne, cadre les visages dans le reflet des vitres noires.

Un casting choral impeccable

Nadia Bensalem, en contrôleuse à bout de nerfs, impose dès la première scène une autorité fragile. Face à elle, Pierre-Alain Veyrac compose un retraité bavard dont la bonhomie se fissure à mesure que la nuit avance.

La révélation du film s’appelle pourtant Lou Mazerolles, 19 ans, dont c’est le premier rôle. En étudiante qui rentre d’un entretien raté, elle porte les plus belles scènes, notamment un long monologue au téléphone filmé en un seul plan.

« Je voulais que le spectateur ait l’impression de rater lui aussi son train », confiait la réalisatrice lors de la présentation du film à Angoulême.

Le film n’évite pas toujours la tentation du symbole. Une coupure de courant au milieu de la nuit, très appuyée, et une révélation finale un peu trop écrite affaiblissent la dernière demi-heure.

Mais ces réserves pèsent peu face à la justesse de l’ensemble. Rarement un film français récent aura su rendre aussi palpable la solidarité maladroite d’inconnus forcés de cohabiter.

Réalisation : Clémence Aubrac. Avec Nadia Bensalem, Pierre-Alain Veyrac, Lou Mazerolles. Durée : 1 h 48. Sortie le 12 mars.
"""),
    head=[
        "Écouter cet article · 4 min",
        "Cet article est réservé aux abonnés. Profitez de notre offre : 1 € le premier mois, sans engagement. Déjà abonné ? Se connecter",
    ],
    mid=[
        (3, "Publicité"),
        (7, "LIRE AUSSI\n« Marée basse », le premier film de Clémence Aubrac, ressort en salles\nFestival d’Angoulême : le palmarès complet\nNadia Bensalem : « J’ai appris à jouer en regardant les gens attendre »"),
        (9, "Recevez chaque mercredi « La Séance », notre lettre cinéma : sorties, critiques et coups de cœur de la rédaction. Inscrivez-vous gratuitement."),
    ],
    tail=[
        "Bande-annonce : regardez les premières images des « Heures creuses » (1 min 52)",
        "Trouvez une séance près de chez vous avec notre guide des salles : horaires et réservation en ligne.",
        "Vous avez vu le film ? Donnez votre avis dans les commentaires (34 réactions)",
        "© Le Courrier des Salles – Reproduction interdite",
    ],
    mixed=[
        (1, "end", "Article réservé aux abonnés"),
        (4, "start", "Crédit photo : Les Films du Quai / Distribution Arcane"),
        (8, "end", "Offrez-vous un an de cinéma avec notre abonnement numérique à 49 € au lieu de 119 €."),
        (11, "start", "Retrouvez toutes nos critiques de la semaine dans notre application, disponible sur iOS et Android."),
    ],
    ltop=L("""
Le Courrier des Salles
Accueil › Culture › Cinéma › Critiques
S’abonner | Se connecter
Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer
"""),
    lmid=[
        (2, "PUBLICITÉ"),
        (10, "À lire aussi : Les dix films les plus attendus du printemps"),
    ],
    lbot=L("""
Partager sur Facebook
Partager sur X
Envoyer par e-mail
Mentions légales · Politique de confidentialité · Gestion des cookies
© Le Courrier des Salles 2024
"""),
))

# ---------------------------------------------------------------------------
# 14. Science du climat
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-fr-climat-lacs-alpins",
    register="climate science story",
    lang="fr",
    paras=P("""
Les lacs alpins se réchauffent deux fois plus vite que l’air qui les entoure

Une étude menée sur 38 lacs d’altitude entre 1 800 et 2 700 mètres montre une hausse moyenne de 0,6 °C par décennie de la température de surface en été depuis 1990.

Par Mathis Delorme

Les chiffres ont surpris jusqu’aux auteurs eux-mêmes. Selon une étude publiée lundi dans la revue Hydrologie et Climat, les lacs de haute montagne des Alpes françaises et suisses se réchauffent en moyenne deux fois plus vite que l’air ambiant.

L’équipe de l’Observatoire alpin des eaux de Montrésor a compilé trente-quatre années de relevés, issus de sondes immergées et de campagnes de mesures estivales menées par des gardiens de refuge.

« Nous nous attendions à un réchauffement, bien sûr, mais pas à cet écart avec l’atmosphère », explique la limnologue Aurélie Castagnède, première autrice de l’étude.

Moins de glace, plus de soleil

L’explication tient en grande partie à la durée d’englacement. Il y a trente ans, la plupart de ces lacs restaient gelés jusqu’à la mi-juin. Aujourd’hui, la glace disparaît en moyenne 19 jours plus tôt, ce qui laisse l’eau absorber le rayonnement solaire bien plus longtemps.

Cet effet d’emballement inquiète les biologistes. Plusieurs espèces de crustacés microscopiques, adaptées à des eaux très froides, ont déjà reculé dans les lacs les plus bas de l’échantillon.

Dans le lac de la Combe-Noire, en Savoie, des proliférations d’algues vertes ont été observées pour la première fois à l’été 2022.

Les principaux résultats :

+0,6 °C par décennie pour la température de surface estivale, contre +0,3 °C pour l’air.

19 jours de couverture de glace en moins qu’au début des années 1990.

Trois lacs sur quatre ont vu leur transparence diminuer.

Pour Bastien Ferrand, climatologue qui n’a pas participé aux travaux, ces résultats confirment que les milieux d’altitude sont « des sentinelles du changement climatique ». Il appelle toutefois à la prudence sur les projections, faute de séries longues pour les lacs les plus isolés.

Les chercheurs prévoient d’installer dès l’an prochain des capteurs en continu sur douze lacs supplémentaires.
"""),
    head=[
        "Notre rédaction couvre le climat sans publicité ni actionnaire. Pour que cette information reste accessible à toutes et tous, faites un don à partir de 5 € — il est déductible à 66 % de vos impôts.",
        "Suivez en direct l’actualité environnementale : activez les notifications de l’application Terre & Sens.",
    ],
    mid=[
        (5, "À LIRE AUSSI\nGlaciers : le Mont-Blanc a perdu 12 % de sa surface englacée en dix ans\nSécheresse : les nappes phréatiques au plus bas dans le Sud-Est"),
        (8, "Inscrivez-vous à « Planète chaude », la lettre hebdomadaire de nos journalistes climat. Chaque vendredi, l’essentiel en cinq minutes."),
    ],
    tail=[
        "Cet article vous a été utile ? Terre & Sens vit grâce à ses 14 000 donateurs. Rejoignez-les : un don mensuel de 8 €, soit 2,72 € après réduction d’impôt.",
        "Sur le même sujet\nPodcast : pourquoi la montagne se réchauffe plus vite\nCarte interactive : les lacs de France en surchauffe",
        "Partagez cet article : Facebook · Bluesky · LinkedIn · WhatsApp",
        "© Terre & Sens. Tous droits réservés.",
    ],
    mixed=[
        (1, "end", "Photo : Observatoire alpin des eaux / M. Delorme"),
        (4, "start", "Écouter l’article (3 min)"),
        (9, "end", "Soutenez le journalisme climat indépendant."),
        (15, "start", "Vous aimez nos enquêtes ? Abonnez-vous à notre magazine papier trimestriel : 4 numéros pour 39 €"),
    ],
    ltop=L("""
Terre & Sens
Accueil / Climat / Sciences
Faire un don
Se connecter
"""),
    lmid=[
        (3, "Publicité – La suite après cette annonce"),
        (13, "Infographie : l’évolution de la température des lacs depuis 1990 (cliquez pour agrandir)"),
    ],
    lbot=L("""
Mots-clés : réchauffement climatique, montagne, biodiversité
Réagir à cet article
Nous contacter · Mentions légales · CGU
Suivez-nous sur Instagram @terreetsens
"""),
))

# ---------------------------------------------------------------------------
# 15. TRAP: résultats d'une collecte caritative
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-fr-trap-collecte-marathon",
    register="charity fundraising results",
    lang="fr",
    trap=True,
    trap_promo=(6, "PUBLICITÉ"),
    paras=P("""
Le Marathon du Souffle dépasse les 41 millions d’euros de promesses de dons

Par Antoine Verdier

Au terme de trente heures d’émission, le compteur s’est arrêté dimanche à 19 h 02 sur 41 287 512 euros de promesses de dons, un record pour la collecte organisée chaque année au profit de la recherche sur les maladies respiratoires rares.

C’est 3,8 millions d’euros de plus que l’an dernier, alors même que de nombreuses associations font état d’une baisse de la générosité des Français dans un contexte d’inflation.

« Chaque euro compte, et cette année encore, vous avez répondu présents », a lancé la présidente de l’association Souffle Commun, Véronique Laborde, sous les applaudissements du plateau installé à Rennes.

Comment se répartissent les dons ?

Selon les chiffres communiqués par l’association, 52 % des sommes ont été promises par téléphone via le 36 47, 31 % en ligne et 17 % lors des quelque 9 000 animations organisées partout en France : courses, lotos, ventes de crêpes ou défis sportifs.

Le don moyen s’établit à 47 euros. Les donateurs de moins de 35 ans, encore rares il y a cinq ans, représentent désormais près d’un quart des contributions en ligne, notamment grâce aux cagnottes lancées par des créateurs de contenu.

Les promesses doivent encore être transformées en dons effectifs. L’an dernier, le taux de concrétisation avait atteint 93 %, rappelle l’association, qui invite les retardataires à honorer leur engagement avant le 31 janvier.

À quoi servira l’argent ?

Près de 60 % des fonds seront consacrés à la recherche, dont un essai clinique de thérapie génique mené au CHU de Lormont.

25 % financeront l’accompagnement des familles : matériel d’assistance respiratoire, séjours de répit, aides au transport.

Le reste couvrira les frais de collecte et de fonctionnement, que l’association s’engage à maintenir sous la barre des 15 %.

Parmi les moments forts de l’édition, la traversée à la rame de la baie de Quiberon par douze patients et leurs soignants, qui a permis de réunir à elle seule 186 000 euros.

Il est encore possible de donner en ligne ou par chèque jusqu’à la fin du mois, précise l’association.
"""),
    head=[
        "Ouest Matin Direct : recevez gratuitement chaque soir à 18 h l’essentiel de l’actualité de votre région. Je m’inscris",
        "Écouter · 4 min",
    ],
    mid=[
        (4, "Publicité"),
        (8, "LIRE AUSSI\nGénérosité : les dons aux associations en recul de 4 % en 2023\nRennes : le plateau du Marathon du Souffle en images"),
    ],
    tail=[
        "Votre journal vous offre cet article. Pour lire tous nos contenus en illimité, abonnez-vous dès 1,99 € par mois pendant un an.",
        "Vous avez aimé cet article ? Partagez-le sur les réseaux sociaux.",
        "Ouest Matin – Tous droits réservés. Mentions légales | Données personnelles | Cookies",
    ],
    mixed=[
        (2, "end", "Photo : Ouest Matin / Loïc Tanguy"),
        (6, "start", "Le fil info de votre département sur l’appli Ouest Matin : téléchargez-la gratuitement"),
        (11, "end", "Abonnez-vous pour lire la suite."),
        (14, "start", "Contenu sponsorisé : Découvrez nos séjours de bien-être en Bretagne"),
    ],
    ltop=L("""
Ouest Matin
Accueil > Bretagne > Rennes > Solidarité
Abonnez-vous
Mon compte
"""),
    lmid=[
        (4, "Vidéo. Les temps forts du Marathon du Souffle en 90 secondes"),
        (10, "Annonce"),
    ],
    lbot=L("""
Ces articles peuvent vous intéresser
Commentaires (12) · Réagir
Partager : Facebook · X · WhatsApp
© Ouest Matin 2024
"""),
))
