from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- FR 1 (national news: heatwave)
ARTICLES.append(dict(
    slug="fr-canicule-vigilance-rouge", lang="fr", register="national-news",
    paras=P("""
Canicule : quatre départements placés en vigilance rouge, une première depuis 2019

Météo-France a placé lundi quatre départements du sud-est en vigilance rouge canicule, le niveau d’alerte le plus élevé, à partir de mardi midi. Il s’agit du Vaucluse, du Gard, des Bouches-du-Rhône et de la Drôme.

Les températures pourraient atteindre 42 °C à Avignon et à Nîmes mercredi, et ne descendraient pas sous les 25 °C la nuit dans plusieurs villes. Seize autres départements sont en vigilance orange.

« Nous entrons dans une situation où la chaleur devient dangereuse pour tout le monde, pas seulement pour les personnes fragiles », a déclaré la ministre de la Santé lors d’un point presse.

Dans les départements concernés, les préfets ont reporté les examens prévus mercredi, interdit les rassemblements en plein air dans l’après-midi et suspendu certains chantiers. À Marseille, les parcs et jardins resteront ouverts la nuit.

Les gestes à adopter :

Boire de l’eau régulièrement, sans attendre d’avoir soif.

Fermer volets et fenêtres le jour, aérer la nuit.

Prendre des nouvelles de ses proches âgés ou isolés.

La plateforme téléphonique Canicule info service (0 800 06 66 66) est ouverte tous les jours de 9 heures à 19 heures.
"""),
    head=["Accueil > Société > Météo", "Par Claire Dumas avec AFP\nPublié le 30/06/2025 à 17h12, mis à jour le 30/06/2025 à 19h40",
          "Temps de lecture : 3 min", "À Avignon, le 29 juin. CHRISTOPHE SIMON / AFP"],
    mid=[("Les températures pourraient atteindre", "Publicité"),
         ("Dans les départements concernés", "À lire aussi\nChaleur : comment protéger son animal de compagnie\nLes villes les plus chaudes de France en carte"),
         ("Prendre des nouvelles", "Découvrez la carte de vigilance en temps réel")],
    tail=["Newsletter « La Matinale »\nChaque matin, l’essentiel de l’actualité. S’inscrire",
          "Partager\nFacebook\nX\nLinkedIn\nE-mail",
          "Voir les 87 commentaires",
          "Le Quotidien national utilise des cookies pour vous proposer des contenus et services adaptés. En poursuivant votre navigation, vous acceptez leur utilisation."],
    mixed=[("Météo-France a placé lundi", "start", "MÉTÉO"),
           ("« Nous entrons dans une situation", "end", "Publicité"),
           ("La plateforme téléphonique", "end", "Suivez toute l’actualité météo sur notre application.")],
    ltop=L("""
Le Quotidien national
Politique International Société Économie Sport Culture
S’abonner
Se connecter
Météo & climat
Claire Dumas avec AFP
Publié le 30/06/2025 à 17h12
"""),
    lmid=[(0, "CHRISTOPHE SIMON / AFP"), ("Les températures pourraient atteindre", "Publicité"),
          ("Les gestes à adopter :", "Lire aussi : Chaleur, comment protéger son animal de compagnie")],
    lbot=L("""
Partager
Voir les 87 commentaires
Contenus sponsorisés
Ces chaussures de marche font un carton cet été
Mentions légales
Gestion des cookies
"""),
))

# ---------------------------------------------------------------- FR 2 (recipe: tarte tatin)
ARTICLES.append(dict(
    slug="fr-tarte-tatin", lang="fr", register="recipe",
    paras=P("""
La vraie tarte Tatin, sans stress

On dit que les sœurs Tatin l’ont inventée par accident, en oubliant de mettre la pâte au fond du moule. Peu importe l’histoire : ce qui compte, c’est un caramel bien ambré et des pommes qui fondent sans s’effondrer.

Mon conseil : choisissez des pommes qui se tiennent à la cuisson, comme la reine des reinettes ou la boskoop, et coupez-les en quartiers épais.

Ingrédients (6 personnes)

1 pâte brisée pur beurre

8 pommes

120 g de sucre

60 g de beurre demi-sel

Préparation

Préchauffez le four à 190 °C. Dans un moule à manqué qui va sur le feu, faites fondre le sucre à sec jusqu’à obtenir un caramel blond, puis ajoutez le beurre en morceaux hors du feu.

Disposez les quartiers de pommes bien serrés sur le caramel, côté bombé vers le bas. Laissez cuire 10 minutes à feu doux.

Recouvrez de pâte en rentrant les bords à l’intérieur du moule, piquez-la et enfournez 35 minutes.

Laissez tiédir 10 minutes avant de retourner la tarte sur un plat. Servez avec une cuillerée de crème fraîche épaisse.
"""),
    head=["Aller à la recette", "Recettes › Desserts › Tartes",
          "Par Amélie Perrin · 12 octobre 2024 · ★★★★★ 4,8/5 (206 avis)",
          "Cet article contient des liens affiliés."],
    mid=[("Mon conseil : choisissez des pommes", "Publicité"),
         ("60 g de beurre demi-sel", "Le moule que j’utilise : moule à tatin en cuivre Mauviel – 89 € chez CuisineAddict"),
         ("Disposez les quartiers de pommes", "Abonnez-vous à ma newsletter et recevez chaque dimanche trois idées de desserts de saison !")],
    tail=["Vous avez testé cette recette ? Laissez une note et un commentaire, et partagez votre photo avec #lesgourmandisesdamelie",
          "Vous aimerez aussi\nTarte fine aux poires\nClafoutis aux cerises\nCrumble pommes-speculoos",
          "Épingler sur Pinterest · Imprimer la recette",
          "© 2024 Les Gourmandises d’Amélie – Tous droits réservés · Mentions légales · Politique de confidentialité"],
    mixed=[("On dit que les sœurs Tatin", "end", "Sauter à la recette"),
           ("Préchauffez le four à 190 °C.", "start", "Étape 1"),
           ("Laissez tiédir 10 minutes", "end", "Bon appétit !")],
    ltop=L("""
Les Gourmandises d’Amélie
Recettes Desserts Pains Boutique À propos
Aller à la recette
Imprimer la recette
"""),
    lmid=[(0, "4,8/5 (206 avis)"), ("Ingrédients (6 personnes)", "Nombre de personnes : 6"),
          ("Préparation", "Publicité"),
          ("Recouvrez de pâte", "Voir la vidéo de la recette")],
    lbot=L("""
Noter cette recette
Commentaires (41)
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
© 2024 Les Gourmandises d’Amélie
"""),
))

# ---------------------------------------------------------------- FR 3 (trap: CNIL cookie fine)
ARTICLES.append(dict(
    slug="fr-cnil-amende-cookies", lang="fr", register="court", trap=True,
    trap_promo=("head", "Nous et nos 214 partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil, afin de vous proposer des publicités personnalisées et mesurer l’audience.\nTout accepter\nContinuer sans accepter\nPersonnaliser"),
    paras=P("""
Cookies : la CNIL inflige 40 millions d’euros d’amende à un site de petites annonces

La Commission nationale de l’informatique et des libertés (CNIL) a sanctionné jeudi un grand site français de petites annonces d’une amende de 40 millions d’euros pour avoir déposé des cookies publicitaires sans le consentement de ses utilisateurs.

Selon la délibération, le bandeau de cookies du site proposait un bouton « Tout accepter » bien visible, mais obligeait les internautes à passer par trois écrans successifs pour refuser. Par ailleurs, des cookies publicitaires étaient déposés dès l’arrivée sur la page, avant même que l’utilisateur ait cliqué sur quoi que ce soit.

« Refuser les cookies doit être aussi simple que de les accepter », rappelle la CNIL, qui recommande depuis 2020 un bouton « Continuer sans accepter » ou « Tout refuser » au premier niveau du bandeau.

L’entreprise dispose de trois mois pour se mettre en conformité, sous peine d’une astreinte de 100 000 euros par jour de retard. Elle a indiqué qu’elle ferait appel devant le Conseil d’État.

Depuis 2021, la CNIL a prononcé plus de 30 sanctions liées aux cookies, visant notamment des moteurs de recherche, des réseaux sociaux et des sites d’information.

Pour l’association de consommateurs UFC-Que Choisir, la sanction est « un signal fort », mais le montant reste modeste au regard des recettes publicitaires du secteur.
"""),
    head=["Tech & Net", "Par Julien Marceau\nLe 6 février 2025 à 11h05",
          "Le siège de la CNIL, à Paris. Photo d’illustration : Gonzalo Fuentes/Reuters"],
    mid=[("Selon la délibération", "Cet article est réservé aux abonnés. Il vous reste 75 % à découvrir.\nCet article vous est offert pour découvrir notre offre numérique."),
         ("L’entreprise dispose de trois mois", "Publicité"),
         ("Depuis 2021, la CNIL", "Sur le même sujet\nDonnées personnelles : ce que change le nouveau règlement européen\nPublicité ciblée : Bruxelles ouvre une enquête")],
    tail=["Abonnez-vous pour lire la suite. 1 € le premier mois, sans engagement.\nJe m’abonne",
          "Réagir à l’article\nLes commentaires sont réservés aux abonnés.",
          "Les plus lus\n1. Retraites : ce qui change au 1er juillet\n2. Tempête : 200 000 foyers privés d’électricité",
          "Tous droits de reproduction et de représentation réservés. © Le Courrier 2025"],
    mixed=[("La Commission nationale de l’informatique", "start", "Données personnelles"),
           ("« Refuser les cookies doit être", "end", "Lire aussi : Comment refuser les cookies en un clic"),
           ("Pour l’association de consommateurs", "end", "Partager sur Facebook Partager sur X Envoyer par e-mail")],
    ltop=L("""
Tout accepter Continuer sans accepter
Le Courrier
Actualités Économie Tech & Net Culture
S’abonner
Julien Marceau
"""),
    lmid=[(0, "Gonzalo Fuentes/Reuters"), ("Selon la délibération", "Article réservé aux abonnés"),
          ("L’entreprise dispose de trois mois", "Publicité"),
          ("Depuis 2021, la CNIL", "Sur le même sujet")],
    lbot=L("""
Je m’abonne
Les plus lus
Mentions légales
Charte de confidentialité
Paramétrer les cookies
© Le Courrier 2025
"""),
))

# ---------------------------------------------------------------- FR 4 (trap: press group's digital subscribers)
ARTICLES.append(dict(
    slug="fr-quotidien-abonnes-numeriques", lang="fr", register="finance", trap=True,
    paras=P("""
Presse : « L’Écho de l’Ouest » franchit le cap des 200 000 abonnés numériques

Le quotidien régional L’Écho de l’Ouest a annoncé mardi avoir dépassé les 200 000 abonnés numériques, soit deux fois plus qu’il y a trois ans. Pour la première fois de son histoire, le journal compte désormais plus d’abonnés sur le web que de lecteurs de l’édition papier.

La direction attribue cette progression à plusieurs choix : une offre d’abonnement à 1 euro le premier mois, des newsletters locales pour chacune des 42 éditions et une application entièrement repensée l’an dernier.

« Les gens ne s’abonnent pas à un journal, ils s’abonnent à leur ville », résume la directrice générale, Hélène Gourvennec. « Ce qu’ils veulent lire, c’est le conseil municipal, le club de foot et la fermeture de la boulangerie. »

Le journal a aussi réduit le nombre de publicités sur son site et supprimé les vidéos qui se lançaient automatiquement. Selon la direction, le temps passé par lecteur a augmenté de 30 %.

Reste une inquiétude : le taux de désabonnement. Environ un abonné sur cinq résilie dans les six mois, souvent à la fin de la période promotionnelle. Le groupe teste actuellement un tarif réduit pour les étudiants et les demandeurs d’emploi.

Le chiffre d’affaires du groupe s’est établi à 214 millions d’euros en 2024, en léger recul, la baisse des ventes papier et de la publicité n’étant pas encore compensée par le numérique.
"""),
    head=["Médias", "Économie › Médias", "Par Sophie Kerbrat | Publié le 11 mars 2025"],
    mid=[("La direction attribue cette progression", "Publicité"),
         ("Le journal a aussi réduit", "Recevez gratuitement notre newsletter Médias & Pub chaque vendredi\nVotre adresse e-mail\nJe m’inscris")],
    tail=["Cet article vous a plu ? Soutenez un journalisme indépendant : abonnez-vous dès 2,99 € par mois.",
          "Mots-clés : presse quotidienne régionale, abonnement, médias",
          "Partager : Facebook · LinkedIn · WhatsApp · Copier le lien",
          "Nos lecteurs ont aussi lu\nRadio : les audiences de la rentrée\nTélévision : la fusion approuvée par l’Arcom"],
    mixed=[("Le quotidien régional L’Écho de l’Ouest", "start", "Médias"),
           ("« Les gens ne s’abonnent pas", "end", "Publicité"),
           ("Le chiffre d’affaires du groupe", "end", "Retrouvez toute l’actualité des médias dans notre rubrique dédiée.")],
    ltop=L("""
Les Échos du Marché
Entreprises Finance Médias Tech
Abonnez-vous
Médias
Sophie Kerbrat
"""),
    lmid=[(0, "Publié le 11 mars 2025 à 8h30"), ("La direction attribue cette progression", "Publicité"),
          ("Reste une inquiétude", "Lire aussi : Radio, les audiences de la rentrée")],
    lbot=L("""
presse quotidienne régionale
Partager
Nos lecteurs ont aussi lu
Qui sommes-nous ? Contact CGV Confidentialité
"""),
))

# ---------------------------------------------------------------- FR 5 (obituary)
ARTICLES.append(dict(
    slug="fr-necrologie-luthier", lang="fr", register="obituary",
    paras=P("""
Mort de Bernard Laclau, luthier de Mirecourt

Le luthier Bernard Laclau est mort le 14 janvier à Mirecourt (Vosges), à l’âge de 91 ans. Pendant plus de soixante ans, il a fabriqué et réparé des violons, des altos et des violoncelles dans l’atelier de la rue Chanzy où il était entré comme apprenti à 14 ans.

Né en 1933 dans une famille de menuisiers, il avait appris le métier auprès de Marcel Vatelot, dernier représentant d’une lignée de luthiers installés dans la ville depuis le XVIIIe siècle. On estime qu’il a construit plus de 400 instruments, joués aujourd’hui dans des orchestres de Strasbourg à Montréal.

Il avait aussi formé une cinquantaine d’élèves à l’École nationale de lutherie, dont il fut l’un des premiers professeurs à sa création en 1970.

« Il disait qu’un violon se fabrique en six mois et se termine en trente ans, parce que c’est le musicien qui le finit », raconte son ancienne élève Claire Humbert, aujourd’hui installée à Lyon.

Ses obsèques ont été célébrées lundi en l’église Notre-Dame de Mirecourt. Un quatuor d’anciens élèves y a joué sur ses instruments.
"""),
    head=["Vosges Matin › Épinal", "Nécrologie", "Bernard Laclau dans son atelier en 2012. Photo VM/Jean-Luc Henry"],
    mid=[("Né en 1933 dans une famille", "Publicité"),
         ("Il avait aussi formé une cinquantaine", "Avis de décès\nConsultez les avis de décès de votre région et déposez un message de condoléances.")],
    tail=["Déposer un message de condoléances · Envoyer des fleurs · Allumer une bougie",
          "L’info locale, c’est aussi dans votre boîte mail. Inscrivez-vous à la newsletter Vosges Matin.",
          "Suivez-nous sur Facebook, Instagram et WhatsApp",
          "Édition Épinal | Mentions légales | Contact | © Vosges Matin 2025"],
    mixed=[("Le luthier Bernard Laclau est mort", "start", "Abonnés"),
           ("Il avait aussi formé une cinquantaine", "end", "Photo d’archives VM"),
           ("Ses obsèques ont été célébrées", "end", "Cet article est réservé aux abonnés.")],
    ltop=L("""
Vosges Matin
Mon journal
Mon compte
Épinal Saint-Dié Remiremont Vittel
Nécrologie
"""),
    lmid=[(0, "Photo VM/Jean-Luc Henry"), ("Il avait aussi formé", "Publicité"),
          ("Il avait aussi formé", "Avis de décès")],
    lbot=L("""
Envoyer des fleurs
Allumer une bougie
Newsletter
Mentions légales
© Vosges Matin 2025
"""),
))

# ---------------------------------------------------------------- FR 6 (product review: espresso machine)
ARTICLES.append(dict(
    slug="fr-test-machine-expresso", lang="fr", register="product-review",
    paras=P("""
Test de la Caffia Duo : une machine à expresso qui ne pardonne pas les erreurs

Note : 7/10

Les plus : mousse de lait très réussie, montée en température en 25 secondes, bac à marc facile à vider

Les moins : réglage de la mouture délicat, réservoir de 1,2 litre un peu juste, bruyante

Vendue autour de 449 euros, la Caffia Duo vise les amateurs qui veulent passer de la machine à capsules au « vrai » café sans se ruiner. Elle intègre un moulin conique à 15 crans et une buse vapeur manuelle.

Pendant trois semaines, nous l’avons utilisée chaque matin avec trois cafés différents. Les premiers jours ont été frustrants : trop fin, l’expresso coule goutte à goutte ; trop gros, il sort en 10 secondes, clair et acide. Une fois le bon réglage trouvé, le résultat est excellent, avec une crème épaisse et un goût équilibré.

La buse vapeur est la bonne surprise de ce test. Elle produit une micro-mousse fine, idéale pour un cappuccino, à condition d’utiliser du lait bien froid.

Faut-il l’acheter ?

Oui, si vous êtes prêt à apprendre. Pour un café sans effort, une machine automatique avec broyeur sera plus adaptée.
"""),
    head=["Accueil > Tests > Électroménager > Cafetières", "Par Nicolas Ferrand — Mis à jour le 8 janvier 2025",
          "Lorsque vous achetez via nos liens, nous pouvons percevoir une commission d’affiliation. Notre rédaction reste indépendante."],
    mid=[("Les moins : réglage", "Caffia Duo\n449 € chez Darty-Électro\n429 € sur Amazon\n465 € chez Boulanger-Maison\nVoir l’offre"),
         ("Pendant trois semaines", "Publicité"),
         ("La buse vapeur est", "Notre comparatif : les meilleures machines à café à grain en 2025")],
    tail=["Caffia Duo au meilleur prix : 429 € sur Amazon\nVoir le prix",
          "Sur le même sujet\nTest de la DeLuxo Bar 3 : le luxe à petit prix ?\nComment détartrer sa machine à café",
          "Nicolas Ferrand teste des appareils de cuisine depuis 2016. Suivez-le sur Instagram : @nico_teste",
          "Les prix affichés sont indicatifs et peuvent évoluer."],
    mixed=[("Les plus : mousse de lait", "start", "PUBLICITÉ"),
           ("Vendue autour de 449 euros", "end", "(429 € sur Amazon)"),
           ("Oui, si vous êtes prêt à apprendre", "end", "Voir l’offre chez Boulanger-Maison")],
    ltop=L("""
Les Numériques du Quotidien
Tests Comparatifs Guides d’achat Bons plans
Cafetières
Nicolas Ferrand
8 janvier 2025
"""),
    lmid=[(1, "449 € chez Darty-Électro"), (1, "Voir l’offre"),
          ("Pendant trois semaines", "Publicité"),
          ("Faut-il l’acheter ?", "Bons plans du jour")],
    lbot=L("""
Meilleur prix : 429 €
Voir le prix
Sur le même sujet
Contact Publicité Mentions légales
© 2025 Les Numériques du Quotidien
"""),
))
