from common import P, L

ARTICLES = [
    {
        "slug": "b7-fr-festival-court-metrage",
        "register": "film festival report",
        "lang": "fr",
        "paras": P("""
À Clermont-Ferrand, le court métrage ne s'est jamais aussi bien porté

CLERMONT-FERRAND, envoyée spéciale

Il faut arriver tôt à la Maison de la culture pour espérer une place à la séance de 10 heures. Samedi, la file d'attente faisait le tour du bâtiment, bien avant l'ouverture des portes.

Le festival international du court métrage, qui fête cette année sa 48e édition, revendique plus de 165 000 entrées en neuf jours. Un record, selon ses organisateurs, qui ont dû ajouter des projections dans deux salles de quartier.

La compétition internationale réunit 76 films venus de 41 pays. Beaucoup durent moins de vingt minutes ; le plus court, un film d'animation estonien, tient en quatre minutes.

Le choc du week-end

Le choc du week-end est venu de Cartes postales de Tulear, de la réalisatrice malgache Hanta Rakoto. En quinze minutes, le film suit une factrice qui distribue le courrier à vélo dans une ville où plus personne n'écrit de lettres. Salle comble, longue ovation.

« Je voulais filmer un métier qui disparaît avant qu'il ne disparaisse », a expliqué la cinéaste après la projection, la voix encore tremblante.

Côté français, la sélection nationale fait la part belle aux premiers films. Sur les 55 titres retenus, 31 sont signés par des réalisateurs ou réalisatrices qui n'avaient encore jamais tourné.

Le marché du film, qui se tient en parallèle, attire quant à lui près de 3 500 professionnels. Plateformes, chaînes de télévision et distributeurs y viennent acheter des droits, signe que le format court intéresse de nouveau les diffuseurs.

Le palmarès sera dévoilé samedi prochain.

« Le court, c'est la liberté. »

La formule est de Jacques Meunier, spectateur fidèle depuis 1982, croisé à la sortie d'une séance. Il dit avoir vu 42 films cette semaine. « Et je n'ai pas fini. »
"""),
        "head": [
            "Le Courrier d'Auvergne",
            "Culture · Cinéma",
            "Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous : 1 € le premier mois, sans engagement.",
        ],
        "mid": [
            (4, "PUBLICITÉ"),
            (8, "À lire aussi : Le cinéma Le Rio rouvre ses portes après deux ans de travaux"),
        ],
        "tail": [
            "Gagnez vos places pour la soirée de clôture : jeu-concours réservé aux abonnés, jusqu'au 6 février.",
            "Retrouvez toute l'actualité culturelle de la région dans notre newsletter « Sortir en Auvergne », chaque jeudi.",
            "© Le Courrier d'Auvergne – Reproduction interdite sans autorisation",
        ],
        "mixed": [
            (2, "end", "Temps de lecture : 4 min"),
            (11, "start", "Écoutez notre podcast « Plan Séquence » sur toutes les plateformes."),
        ],
        "ltop": L("""
Accueil
Actualité
Sports
Culture
Loisirs
Journal numérique
S'abonner
Se connecter
"""),
        "lmid": [
            (3, "Photo © Festival du court métrage / Pierre Lavaux"),
            (9, "Partager sur Facebook"),
        ],
        "lbot": L("""
Partager
Copier le lien
Réagir
Sur le même sujet
Mentions légales
Gérer mes cookies
Charte de confidentialité
"""),
    },
    {
        "slug": "b7-fr-degustation-vin",
        "register": "wine review",
        "lang": "fr",
        "paras": P("""
Domaine des Terres Blanches, Saumur blanc « Les Rotissants » 2023

Note : 16,5/20

On connaît surtout le Saumur pour ses fines bulles et ses rouges de cabernet franc. Ce chenin blanc rappelle que la région sait aussi produire de très beaux vins tranquilles.

Le domaine, conduit en agriculture biologique depuis 2011 par Claire et Antoine Boisseau, exploite 14 hectares sur les coteaux calcaires de Montreuil-Bellay. La cuvée Les Rotissants provient d'une parcelle de vieilles vignes plantées en 1964.

À l'œil, une robe or pâle, limpide et brillante.

Au nez, le vin s'ouvre sur la poire, le coing et la fleur d'acacia, avec une pointe de cire d'abeille. Après aération, des notes plus minérales apparaissent, presque crayeuses.

En bouche, l'attaque est franche et la matière ample, portée par une acidité vive qui tend la finale. Le boisé, issu d'un élevage de dix mois en fûts de 500 litres dont un tiers neufs, reste discret.

Accords

Un filet de sandre au beurre blanc, une volaille à la crème ou un chèvre de Touraine affiné.

Servir à 11-12 °C, idéalement en carafe une demi-heure avant. À boire dès maintenant et jusqu'en 2032.

Prix : 19,50 € au domaine.

Un vin de caractère, d'un excellent rapport qualité-prix, qui gagnera encore en complexité avec quelques années de cave.
"""),
        "head": [
            "Verres & Terroirs – Le guide des vins",
            "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        ],
        "mid": [
            (3, "Offre partenaire : -15 % sur votre première commande chez La Cave du Marché avec le code TERROIR15"),
            (8, "Recevez chaque mois notre sélection de 6 bouteilles dégustées à l'aveugle : abonnement Coffret Découverte, 49 €/mois."),
        ],
        "tail": [
            "Ajouter à ma cave",
            "Vous avez goûté ce vin ? Donnez votre avis (12 avis)",
            "Certains liens de cette page sont affiliés : Verres & Terroirs peut percevoir une commission sur les ventes.",
            "Vente d'alcool interdite aux mineurs de moins de 18 ans.",
        ],
        "mixed": [
            (1, "start", "Dégusté par Élodie Ferrand le 12 mars 2026."),
            (11, "end", "Commander ce vin en ligne"),
        ],
        "ltop": L("""
Guide des vins
Régions
Accords mets-vins
Foires aux vins
Salons
Mon compte
"""),
        "lmid": [
            (2, "Étiquette : Domaine des Terres Blanches"),
            (6, "Voir les autres millésimes"),
        ],
        "lbot": L("""
Dans la même appellation
Château de Villeneuve, Saumur-Champigny 2022
Partager cette fiche
Newsletter
CGV
Mentions légales
"""),
    },
    {
        "slug": "b7-fr-tuto-refuser-cookies",
        "register": "how-to guide",
        "lang": "fr",
        "trap": True,
        "paras": P("""
Comment refuser les cookies et désactiver les notifications sans y passer des heures

Bandeaux de cookies, demandes de notifications, pop-up d'inscription à une newsletter : naviguer sur le web ressemble parfois à une course d'obstacles. Voici comment reprendre la main, en quelques minutes, sur ordinateur comme sur smartphone.

1. Refuser les cookies dès le bandeau

Depuis les recommandations de la CNIL, les sites qui visent un public français doivent proposer un bouton « Tout refuser » aussi visible que « Tout accepter ». S'il n'apparaît pas, cherchez un lien « Continuer sans accepter », souvent placé en haut à droite du bandeau.

2. Bloquer les cookies tiers dans le navigateur

Dans Firefox, Safari et la plupart des navigateurs récents, les cookies tiers sont déjà bloqués par défaut. Dans Chrome, ouvrez Paramètres, puis Confidentialité et sécurité, puis Cookies tiers, et choisissez « Bloquer les cookies tiers ».

3. Dire non aux notifications

Lorsqu'un site vous demande « Autoriser les notifications ? », cliquez sur « Bloquer ». Pour faire le ménage dans celles que vous avez déjà acceptées, allez dans les paramètres du navigateur, rubrique Notifications, et retirez les sites indésirables.

Sur un téléphone Android, appuyez longuement sur une notification et choisissez « Désactiver ». Sur iPhone, passez par Réglages, puis Notifications.

4. Se désabonner des newsletters

Chaque newsletter doit comporter un lien de désabonnement, généralement en bas du message. Si le lien ne fonctionne pas, vous pouvez signaler l'expéditeur à la plateforme 33700 ou déposer une plainte auprès de la CNIL.

5. Et les extensions ?

Des extensions gratuites peuvent refuser automatiquement les bandeaux de cookies. Elles sont pratiques mais ne fonctionnent pas partout, et il faut n'installer que celles qui proviennent de sources sûres.

Bon à savoir : refuser les cookies ne doit pas vous empêcher d'accéder à un site, sauf s'il propose une alternative payante clairement présentée.
"""),
        "head": [
            "NumériPratique",
            "Tutoriels › Vie privée",
        ],
        "mid": [
            (4, "Sponsorisé – Protégez toute la famille avec VPN Bouclier : 2,49 €/mois au lieu de 9,99 €"),
            (10, "Abonnez-vous à NumériPratique Hebdo : un tuto utile chaque mardi, directement dans votre boîte mail."),
        ],
        "tail": [
            "Cet article vous a-t-il été utile ? Oui · Non",
            "Téléchargez l'appli NumériPratique sur l'App Store et Google Play.",
            "Rédaction : Thomas Giraud · Dernière mise à jour le 4 février 2026",
            "NumériPratique est édité par Clic Médias SAS. Tous droits réservés.",
        ],
        "mixed": [
            (1, "end", "Résumé par IA : cinq réglages pour limiter bandeaux et notifications."),
            (13, "start", "Suivez-nous sur Instagram @numeripratique"),
        ],
        "ltop": L("""
NumériPratique
Smartphones
Ordinateurs
Sécurité
Bons plans
Rechercher
"""),
        "lmid": [
            (5, "Capture d'écran : NumériPratique"),
            (11, "À découvrir aussi : Les meilleurs gestionnaires de mots de passe en 2026"),
        ],
        "lbot": L("""
Partager l'article
Commentaires (31)
Signaler une erreur
Paramétrer les cookies
Mentions légales
Contact
"""),
    },
]
