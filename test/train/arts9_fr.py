import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-fr-cartes-fidelite",
    lang="fr",
    register="broadcaster's website",
    paras=P("""
Cartes de fidélité : les supermarchés réduisent discrètement les avantages

Moins de points, des cagnottes qui expirent plus vite : plusieurs enseignes ont revu leurs programmes depuis janvier.

Chez l'un des leaders de la grande distribution, il fallait jusqu'ici dépenser 100 euros pour gagner 5 euros sur sa carte. Depuis le 2 janvier, il en faut 150.

Une autre enseigne a ramené de douze à six mois la durée de validité de la cagnotte. Les sommes non utilisées sont perdues.

« On nous présente ça comme un cadeau, mais c'est surtout un outil pour collecter nos données d'achat », estime Claire Dumoulin, de l'association de consommateurs UFC-Que Choisir de Rennes.

Ce que dit la loi

Une enseigne peut modifier son programme à condition d'en informer les adhérents. Un simple courriel suffit.

Selon une étude du cabinet Fidélis, 87 % des Français possèdent au moins une carte de fidélité, et 41 % en ont plus de cinq.

Faut-il encore s'inscrire ? Oui, à condition de vérifier régulièrement la date d'expiration de ses points, conseille Claire Dumoulin.
"""),
    head=[
        "Économie · Consommation",
        "Par la rédaction de Ouest Antenne avec AFP · Publié le 13/01/2026 à 18h42",
        "Écouter cet article (3 min)",
    ],
    mid=[
        (1, "Une cliente passe à la caisse d'un hypermarché de Rennes. © Jean-Marc Le Goff / Ouest Antenne"),
        (3, "À voir aussi : notre reportage dans le JT de 19 heures, à revoir en replay sur l'appli Ouest Antenne."),
        (5, "VIDÉO – Inflation : ces produits qui ont le plus augmenté en 2025"),
        (7, "Recevez chaque soir l'essentiel de l'info régionale avec la newsletter « Le Récap de 20 h »."),
    ],
    tail=[
        "Vous avez constaté des changements sur votre carte de fidélité ? Témoignez en écrivant à temoignages@ouestantenne.fr",
        "Suivez Ouest Antenne sur Google Actualités, Instagram et TikTok.",
        "Les plus lus\nRennes : la rocade fermée deux nuits cette semaine\nMétéo : vigilance orange aux vents violents dans le Finistère\nBrest : un nouveau chef pour l'Orchestre symphonique",
        "Ouest Antenne – service public régional. Mentions légales · Gestion des cookies · Accessibilité : partiellement conforme",
    ],
    mixed=[
        (2, "start", "Direct : suivez notre édition spéciale consommation."),
        (4, "end", "Lire aussi : Comment contester un prélèvement abusif."),
        (7, "start", "Publicité"),
        (8, "end", "Partagez cet article sur Facebook ou WhatsApp."),
    ],
    ltop=L("""
Aller au contenu principal
Ouest Antenne
Direct TV
Replay
Radio
Bretagne
Pays de la Loire
Économie
Consommation
"""),
    lmid=[
        (1, "© Jean-Marc Le Goff / Ouest Antenne"),
        (6, "Publicité"),
    ],
    lbot=L("""
Partager
Copier le lien
Sur le même thème
Grande distribution
Pouvoir d'achat
Télécharger l'application
Mentions légales
Charte de confidentialité
Paramétrer les cookies
© Ouest Antenne 2026
"""),
    trap=True,
),
dict(
    slug="t9-fr-guide-porquerolles",
    lang="fr",
    register="travel guide",
    paras=P("""
Porquerolles hors saison : le guide pour une journée sur l'île

En janvier, l'île varoise retrouve son calme. Voici comment en profiter sans voiture ni foule.

Y aller

Les navettes partent de la Tour Fondue, à Hyères, toutes les heures en hiver. Comptez 20 minutes de traversée et 19,50 euros l'aller-retour.

Se déplacer

À vélo, forcément. Trois loueurs restent ouverts toute l'année près du port, à partir de 15 euros la journée.

Notre itinéraire

Le matin, la plage Notre-Dame, souvent classée parmi les plus belles d'Europe. À midi, pique-nique au fort Sainte-Agathe. L'après-midi, les calanques de la côte sud, plus sauvages.

Où manger

La plupart des restaurants ferment en hiver. L'Orée du Bois, sur la place d'Armes, sert une soupe de poisson à 18 euros, le midi seulement.

Bon à savoir : il n'y a qu'un distributeur de billets sur l'île, souvent vide le dimanche.
"""),
    head=[
        "Destinations › France › Provence-Alpes-Côte d'Azur",
        "Mis à jour le 8 janvier 2026 · Par Léa Fontanel, journaliste voyage",
        "Cet article contient des liens affiliés : si vous réservez par leur biais, Carnets du Sud perçoit une commission, sans surcoût pour vous.",
    ],
    mid=[
        (1, "La plage Notre-Dame en hiver. Photo : Léa Fontanel"),
        (3, "Réservez votre traversée en ligne et économisez 10 % avec le code CARNETS10 →"),
        (7, "Hôtels à Porquerolles : comparer les prix\nLe Mas du Langoustier à partir de 210 €/nuit\nVoir toutes les offres sur notre partenaire de réservation"),
        (9, "Notre guide PDF « 20 îles de Méditerranée » offert pour toute inscription à notre lettre du dimanche."),
    ],
    tail=[
        "Vous aimerez aussi\nLes îles d'Hyères en famille\nWeek-end à Cassis : nos bonnes adresses\nRandonnée : le sentier du littoral de Giens",
        "Carnets du Sud est un média indépendant financé par ses lecteurs. Soutenez-nous dès 3 € par mois sur Tipeee.",
        "Retrouvez-nous sur Instagram @carnetsdusud et sur Pinterest pour plus d'idées d'escapades.",
        "© Carnets du Sud 2026 – Tous droits réservés – Mentions légales – Politique de confidentialité",
    ],
    mixed=[
        (2, "end", "Ajoutez ce guide à vos favoris."),
        (4, "start", "Horaires sujets à modification, voir le site du transporteur."),
        (6, "end", "Louer un vélo électrique : réservez en ligne ici."),
        (10, "start", "Astuce de la rédaction :"),
    ],
    ltop=L("""
Carnets du Sud
Destinations
Week-ends
Road trips
Carnet pratique
Newsletter
Accueil
France
Provence-Alpes-Côte d'Azur
"""),
    lmid=[
        (3, "Sommaire"),
        (7, "Voir la carte"),
    ],
    lbot=L("""
Partagez ce guide
Épingler sur Pinterest
Envoyer par e-mail
Qui sommes-nous ?
Nous contacter
Gérer mes cookies
© Carnets du Sud 2026
"""),
    trap=False,
),
dict(
    slug="t9-fr-ong-puits",
    lang="fr",
    register="NGO news",
    paras=P("""
Niger : dans la région de Tahoua, les nouveaux puits changent la vie de 6 000 habitants

Dix-huit mois après le lancement du programme, les filles retournent à l'école plutôt qu'à la corvée d'eau.

Dans le village d'Allakaye, Hadiza Moussa, 14 ans, faisait chaque jour près de trois heures de marche pour rapporter de l'eau. Depuis l'installation d'un puits à pompe solaire en juin, le trajet prend dix minutes.

« Maintenant je peux aller en classe le matin », dit-elle.

Le programme, mené avec l'association locale Tarbiyya, a permis de forer douze puits dans neuf villages. Chacun est géré par un comité d'usagers, dont la moitié des membres sont des femmes.

Des résultats mesurés

Selon l'enquête de suivi réalisée en novembre, les cas de diarrhée chez les enfants de moins de cinq ans ont baissé de 38 %.

Le taux de scolarisation des filles est passé de 46 % à 63 % dans les villages concernés.

Des défis demeurent

Deux pompes sont déjà tombées en panne, faute de pièces détachées. Une formation de techniciens villageois est prévue au printemps.
"""),
    head=[
        "Actualités terrain · Eau et assainissement",
        "Publié le 12 janvier 2026 par l'équipe Programmes",
        "Urgence Sahel : notre appel de fonds est ouvert. Chaque don compte.",
    ],
    mid=[
        (2, "Hadiza Moussa au puits d'Allakaye. © Ibrahim Sani / Terre d'Eau"),
        (4, "Avec 50 €, vous financez l'entretien d'une pompe pendant un an. Soit 17 € après réduction d'impôt. Je donne"),
        (6, "Le saviez-vous ? 66 % de votre don est déductible de votre impôt sur le revenu, dans la limite de 20 % du revenu imposable."),
        (8, "Lire notre rapport annuel 2025 (PDF)"),
    ],
    tail=[
        "Terre d'Eau est une association loi 1901 reconnue d'utilité publique. Nos comptes sont certifiés par un commissaire aux comptes et contrôlés par le Don en Confiance.",
        "Devenez donateur régulier : un don mensuel nous permet de planifier nos actions sur plusieurs années.",
        "Rejoignez nos 40 000 abonnés et recevez nos nouvelles du terrain une fois par mois.",
        "Léguer à Terre d'Eau · Entreprises et fondations · Offres d'emploi et bénévolat · Espace presse",
    ],
    mixed=[
        (1, "start", "Ce programme est financé grâce à vos dons."),
        (3, "end", "Partagez son témoignage."),
        (5, "end", "En savoir plus sur nos programmes au Niger."),
        (9, "start", "Faire un don en ligne, c'est simple et sécurisé."),
    ],
    ltop=L("""
Terre d'Eau
Qui sommes-nous
Nos actions
Agir avec nous
Actualités
Je donne
Espace donateur
"""),
    lmid=[
        (4, "Je donne maintenant"),
        (7, "Chiffres clés"),
    ],
    lbot=L("""
Partager
Actualités liées
Tchad : former les femmes à la réparation des pompes
Nous contacter
Mentions légales
Données personnelles
Cookies
© Terre d'Eau 2026
"""),
    trap=False,
),
dict(
    slug="t9-fr-magazine-luthiere",
    lang="fr",
    register="magazine feature",
    paras=P("""
La luthière qui répare les violons oubliés

À Mirecourt, capitale historique de la lutherie, Anouk Bertrand redonne voix à des instruments que personne ne voulait plus jouer.

L'atelier sent la colle de peau et le vernis. Sur l'établi, un violon de 1890 attend, la table ouverte comme un livre.

« Ce qu'on répare, ce n'est pas du bois, c'est une mémoire », dit Anouk Bertrand, 41 ans, en maniant une lame pas plus large qu'une allumette.

Elle a appris le métier à l'école nationale de lutherie, puis huit ans chez un maître à Crémone. Revenue dans les Vosges en 2017, elle a racheté l'atelier d'un artisan parti à la retraite.

Ses clients ? Des conservatoires, des orchestres amateurs, et beaucoup de familles qui retrouvent un violon au grenier.

Une restauration complète coûte entre 800 et 3 000 euros. « Souvent plus que la valeur de l'instrument. Mais les gens ne viennent pas pour l'argent. »

Cette année, elle forme sa première apprentie.

Le violon de 1890 sera rendu en mars à son propriétaire, un agriculteur de 80 ans qui veut en rejouer une dernière fois.
"""),
    head=[
        "PORTRAIT",
        "Texte Camille Arnaud · Photos Yannick Vogt pour Ateliers Magazine",
        "Cet article est réservé aux abonnés. Vous pouvez l'offrir à un proche.",
    ],
    mid=[
        (1, "Anouk Bertrand dans son atelier de Mirecourt, en décembre. Photo Yannick Vogt"),
        (4, "Cet article est paru dans le numéro 58 d'Ateliers Magazine, en vente en kiosque et sur notre boutique en ligne."),
        (6, "Abonnez-vous : 1 an, 6 numéros, 39 € au lieu de 54 €. Livraison offerte."),
        (7, "À lire aussi : À Aubusson, les lissiers de la tapisserie contemporaine"),
    ],
    tail=[
        "Vous avez aimé ce portrait ? Offrez un abonnement à Ateliers Magazine pour la fête des pères.",
        "Camille Arnaud est journaliste indépendante, spécialiste des métiers d'art. Elle publie aussi « Mains d'œuvre », une lettre mensuelle.",
        "Réagissez à cet article – 12 commentaires",
        "Ateliers Magazine – Éditions du Compas. Conditions générales de vente · Nous contacter · Plan du site",
    ],
    mixed=[
        (2, "start", "Réservé aux abonnés."),
        (3, "end", "Déjà abonné ? Connectez-vous."),
        (7, "end", "Découvrez notre hors-série « Lutherie »."),
        (8, "start", "Offert par un abonné : cet article vous est proposé gratuitement."),
    ],
    ltop=L("""
Ateliers Magazine
S'abonner
Se connecter
Portraits
Savoir-faire
Patrimoine
Boutique
Kiosque
"""),
    lmid=[
        (1, "Photo Yannick Vogt"),
        (6, "Offrir cet article"),
    ],
    lbot=L("""
Mots-clés
#Lutherie
#Vosges
#Métiers d'art
Suivez-nous
Mentions légales
Politique cookies
© Éditions du Compas 2026
"""),
    trap=False,
),
]
