"""Blind set 8 (arts11), French: critique de théâtre, piège (bannières cookies), blog de voyage."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-fr-culture-theatre",
        "register": "quotidien régional, rubrique culture",
        "lang": "fr",
        "paras": P("""
« Les Veilleurs », une pièce sur l'insomnie qui tient éveillé

Au Théâtre des Carmes, la metteuse en scène Élodie Marchand signe un spectacle étrange et drôle sur ceux qui ne dorment pas. Une réussite, malgré une dernière demi-heure qui s'étire.

Ils sont quatre, réunis chaque nuit dans la laverie automatique d'une petite ville du Nord : une infirmière de garde, un boulanger à la retraite, un adolescent qui fuit la maison et un homme qui prétend ne plus avoir dormi depuis 1997. Entre deux cycles d'essorage, ils parlent, se disputent, se taisent.

Le dispositif est simple et redoutablement efficace. Une rangée de machines à laver, dont les hublots s'allument et s'éteignent au rythme des scènes, suffit à créer un monde. La création sonore de Karim Belhadj, faite de bourdonnements et de cliquetis, installe une tension presque hypnotique.

Une troupe au diapason

Dans le rôle de l'infirmière, Sophie Lanvin est remarquable de fatigue contenue. Elle porte la pièce sans jamais forcer, et ses silences en disent souvent plus long que les répliques.

Face à elle, le jeune Noé Darrieux, révélé l'an dernier au cinéma, confirme un talent comique évident. Ses échanges avec le vieux boulanger, campé par un Jacques Ferrand bourru et tendre, offrent les meilleurs moments de la soirée.

On regrettera toutefois une fin trop appuyée. Après une heure et quart d'une grande finesse, le texte cède à la tentation de tout expliquer, et les monologues successifs finissent par diluer l'émotion.

« J'ai voulu parler de ces heures où la ville appartient à d'autres », confie Élodie Marchand, qui a elle-même souffert d'insomnie pendant plusieurs années.

« Les Veilleurs », au Théâtre des Carmes jusqu'au 21 décembre, du mardi au samedi à 20 h 30. Durée : 1 h 50. De 12 € à 28 €.
"""),
        "head": [
            "Culture › Scènes",
            "Cet article vous est offert. Pour lire gratuitement tous nos contenus, abonnez-vous dès 1 € le premier mois.",
        ],
        "mid": [
            ("Ils sont quatre", "Lire aussi | Festival d'été : la programmation dévoilée, entre valeurs sûres et paris audacieux"),
            ("Dans le rôle", "Publicité"),
            ("On regrettera", "Recevez chaque jeudi notre lettre « Sortir ce week-end » : expositions, spectacles et concerts choisis par la rédaction. S'inscrire"),
        ],
        "tail": [
            "Partager\nFacebook\nX\nLinkedIn\nCopier le lien",
            "Réagir\nVous devez être abonné pour commenter cet article.\nDéjà abonné ? Se connecter",
            "Les plus lus\nCinéma : les dix films à voir en décembre\nPatrimoine : le château de Vaulmont rouvre ses portes",
            "Contenus sponsorisés\nCe village de Provence cache un trésor gastronomique\nPourquoi tout le monde s'arrache ce matelas",
        ],
        "mixed": [
            ("Au Théâtre des Carmes", "end", "Lire aussi : Festival d'été, une édition qui se réinvente"),
            ("Le dispositif", "end", "Photo : Christophe Raynaud / Théâtre des Carmes"),
            ("Face à elle", "start", "PUBLICITÉ"),
            ("« Les Veilleurs », au", "end", "Retrouvez toute l'actualité culturelle dans notre application, disponible gratuitement."),
        ],
        "ltop": L("""
La Gazette du Nord
Actualités
Culture
Scènes
Livres
Musique
S'abonner
Se connecter
Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Continuer sans accepter
"""),
        "lmid": [
            ("Le dispositif", "Publicité"),
            ("Face à elle", "Lire aussi"),
        ],
        "lbot": L("""
Partager
Réagir
Les plus lus
Mentions légales
Gestion des cookies
© La Gazette du Nord 2024
"""),
    },
    {
        "slug": "b11-fr-trap-cookies-sanction",
        "register": "site d'actualité numérique",
        "lang": "fr",
        "trap": True,
        "paras": P("""
Bannières cookies : un site de vente en ligne sanctionné pour avoir compliqué le refus

L'Autorité de protection des données numériques a infligé une amende de 1,2 million d'euros à Maisonéo, un site de vente de meubles en ligne, pour avoir rendu le refus des cookies plus difficile que leur acceptation.

Lors de contrôles menés en 2023, les agents de l'autorité ont constaté que la bannière affichée à l'arrivée sur le site proposait un bouton « Tout accepter » bien visible, mais qu'il fallait passer par deux écrans supplémentaires pour refuser les traceurs publicitaires.

« Refuser les cookies doit être aussi simple que les accepter. C'est un principe que nous rappelons depuis des années », souligne l'autorité dans sa décision.

L'enquête a également montré que certains cookies publicitaires étaient déposés avant même que l'internaute ait fait un choix, et que le site continuait à en lire certains après un refus.

Maisonéo conteste la sanction. Dans un communiqué, l'entreprise affirme avoir « modifié son dispositif dès la réception du premier courrier » et juge le montant « disproportionné » pour une société qui emploie moins de 200 personnes. Elle étudie un recours devant le Conseil d'État.

Pour les associations de consommateurs, la décision confirme une tendance. « Les sanctions se multiplient, mais les mauvaises pratiques aussi », observe Hélène Rocher, de l'association Numérique et Libertés. « On voit encore beaucoup de bannières conçues pour épuiser l'internaute jusqu'à ce qu'il clique sur accepter. »

Ce que dit la règle

Le consentement doit être libre, éclairé et donné avant tout dépôt de cookie non essentiel, comme ceux qui servent à mesurer l'audience publicitaire ou à cibler les internautes.

Les cookies strictement nécessaires au fonctionnement du site, par exemple pour conserver un panier d'achat, n'ont pas besoin d'être acceptés.

Depuis 2020, l'autorité a prononcé plus de quarante sanctions liées aux cookies, pour un montant cumulé de plusieurs centaines de millions d'euros.
"""),
        "trap_promo": ("head", "Nous utilisons des cookies pour vous proposer des contenus et publicités personnalisés. Accepter et fermer | Paramétrer | Continuer sans accepter"),
        "head": [
            "Tech & Numérique",
            "Offre spéciale : 6 mois d'abonnement numérique pour 1 € seulement. J'en profite",
        ],
        "mid": [
            ("Lors de contrôles", "Lire aussi :\nDonnées personnelles : ce que change le nouveau règlement européen\nComment supprimer les traceurs de son téléphone"),
            ("Maisonéo conteste", "Publicité"),
            ("Le consentement doit", "Newsletter Tech : chaque mardi, l'essentiel de l'actualité numérique dans votre boîte mail. Je m'inscris"),
        ],
        "tail": [
            "Vous avez aimé cet article ? Soutenez une rédaction indépendante en vous abonnant.",
            "Partager sur Facebook\nPartager sur X\nEnvoyer par e-mail",
            "Sur le même sujet\nPublicité ciblée : Bruxelles resserre la vis\nLes applis de rencontre dans le viseur",
        ],
        "mixed": [
            ("L'Autorité de protection", "end", "Lire aussi : Données personnelles, ce que change le règlement européen"),
            ("« Refuser les cookies", "start", "PUBLICITÉ"),
            ("Pour les associations", "end", "Suivez-nous sur X : @Lecho_numerique"),
        ],
        "ltop": L("""
L'Écho numérique
Tech & Numérique
Économie
Société
S'abonner
Connexion
Paramétrer les cookies
"""),
        "lmid": [
            ("Lors de contrôles", "Lire aussi"),
            ("Maisonéo conteste", "Publicité"),
        ],
        "lbot": L("""
Partager
Sur le même sujet
Mentions légales
Politique de confidentialité
© L'Écho numérique
"""),
    },
    {
        "slug": "b11-fr-blog-voyage-jura",
        "register": "blog de voyage",
        "lang": "fr",
        "paras": P("""
Trois jours en raquettes dans le Haut-Jura : notre itinéraire de gîte en gîte

Cet hiver, nous avons laissé les pistes bondées aux autres pour trois jours de raquettes dans le Haut-Jura, de gîte en gîte, entre le village de Combe-Noire et le col des Tétras. Une trentaine de kilomètres au total, accessibles à quiconque marche régulièrement.

Jour 1 : de Combe-Noire au refuge du Crêt Blanc

On part du parking de l'église, où l'on peut louer des raquettes à l'épicerie du village (12 € la journée). Le sentier monte doucement à travers une forêt d'épicéas, puis débouche sur de grands pâturages où l'on croise souvent des traces de lièvre et de renard.

Le refuge, tenu par Martine et Luc depuis vingt ans, ne compte que quatorze couchages. La fondue du soir, servie sur une longue table commune, vaut à elle seule le détour.

Jour 2 : la traversée des crêtes

C'est l'étape reine : sept heures de marche et une vue dégagée sur la plaine par temps clair. Attention, le balisage disparaît parfois sous la neige ; une carte ou une application de randonnée hors ligne est indispensable.

Jour 3 : descente vers le col des Tétras

La dernière journée est plus courte et presque entièrement en descente. Au col, une navette ramène les randonneurs à Combe-Noire deux fois par jour, à 14 h et à 17 h.

Nos conseils pratiques

Réservez les refuges au moins un mois à l'avance en février, pendant les vacances scolaires. Emportez des guêtres, des lunettes de soleil et de l'argent liquide : aucun des refuges n'accepte la carte bancaire.
"""),
        "head": [
            "Cet article contient des liens affiliés. Si vous réservez via ces liens, nous touchons une petite commission, sans surcoût pour vous. Merci de soutenir le blog !",
            "Accueil » Europe » France » Jura",
        ],
        "mid": [
            ("Le refuge, tenu", "📌 Envie de garder cet itinéraire ? Épinglez-le sur Pinterest !"),
            ("C'est l'étape reine", "Réservez votre hébergement dans le Haut-Jura au meilleur prix avec Séjourna →"),
            ("La dernière journée", "À lire aussi sur le blog : Nos 10 plus belles randonnées en raquettes"),
        ],
        "tail": [
            "Vous avez aimé cet article ? Partagez-le !\nFacebook\nPinterest\nWhatsApp",
            "Rejoignez les 12 000 lecteurs de notre lettre mensuelle et recevez notre guide gratuit « Partir en rando l'hiver ».\nVotre adresse e-mail\nJe m'abonne",
            "12 commentaires\nLaisser un commentaire\nVotre adresse e-mail ne sera pas publiée.",
            "Suivez nos aventures sur Instagram @deuxsacsados",
        ],
        "mixed": [
            ("Cet hiver, nous", "start", "Épinglez-moi !"),
            ("On part du parking", "end", "Louez votre matériel en ligne avec 10 % de réduction grâce au code SACSADOS10."),
            ("Le refuge, tenu", "end", "Photo : © Deux sacs à dos"),
            ("Réservez les refuges", "end", "N'hésitez pas à nous poser vos questions en commentaire !"),
        ],
        "ltop": L("""
Deux sacs à dos
Accueil
Destinations
Europe
France
Conseils voyage
À propos
Boutique
Rechercher
"""),
        "lmid": [
            ("Le refuge, tenu", "Épinglez-moi !"),
            ("La dernière journée", "Publicité"),
        ],
        "lbot": L("""
Partagez-le !
12 commentaires
Laisser un commentaire
Mentions légales
© 2024 Deux sacs à dos – Tous droits réservés
"""),
    },
]
