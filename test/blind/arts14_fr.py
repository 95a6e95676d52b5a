"""blind11, French part 1: avis de décès de Jeanne Morel (obituary on a funeral-home site), l'exposition
« Rivages » au musée de Honfleur-sur-Mer (museum exhibition page), and a portrait of a listener-funded
community radio station (trap: media review)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-fr-avis-deces-morel",
        "register": "obituary on a funeral-home site",
        "lang": "fr",
        "paras": P("""
Madame Jeanne MOREL née LEFÈVRE

1933 – 2025

Saint-Amand-les-Eaux (59)

Nous avons la tristesse de vous faire part du décès de Madame Jeanne Morel, née Lefèvre, survenu le 12 mars 2025 à Saint-Amand-les-Eaux, dans sa 92e année, entourée de l’affection des siens.

La cérémonie religieuse sera célébrée le lundi 17 mars 2025 à 10 h 30 en l’église Saint-Martin de Saint-Amand-les-Eaux, suivie de l’inhumation au cimetière de la Croisette.

Madame Morel repose au funérarium de Saint-Amand, 14 rue de Valenciennes, où les visites sont possibles du vendredi au dimanche de 14 h à 18 h.

De la part de :

Pierre et Martine Morel, Catherine et Jean-Luc Dufour, ses enfants ;

Lucas, Émilie, Thomas, Camille et Hugo, ses petits-enfants ;

Léa et Nathan, ses arrière-petits-enfants ;

Ainsi que de toute la famille.

Ni fleurs ni couronnes. Selon le souhait de la défunte, des dons pourront être faits au profit de la Fondation pour la recherche sur Alzheimer ; une urne sera à disposition à l’église.

Née en 1933 à Raismes, fille de mineur, Jeanne Lefèvre entre à seize ans à la filature Dupire, où elle rencontre Marcel Morel, qu’elle épouse en 1954. Ensemble, ils tiennent pendant près de trente ans la mercerie de la rue de Tournai, que les Amandinois appelaient simplement « chez Jeanne ».

Couturière hors pair, elle a habillé trois générations de communiantes et de mariées, et n’a jamais cessé de tricoter pour les bébés de la maternité de Valenciennes, même après la mort de Marcel en 2008.

Sa fille Catherine se souvient d’« une femme qui ne laissait jamais partir quelqu’un sans un café et un morceau de tarte au sucre ».

La famille remercie chaleureusement le personnel de l’EHPAD Les Tilleuls pour sa gentillesse et son dévouement.

Cet avis tient lieu de faire-part.
"""),
        "head": [
            "Pompes Funèbres Delcourt & Fils – Saint-Amand-les-Eaux – Depuis 1921",
            "Accueil › Avis de décès › Jeanne MOREL",
            "Envoyer des fleurs\nLivraison garantie au funérarium ou à la cérémonie – Commandez avant 12 h pour une livraison le jour même",
        ],
        "mid": [
            ("Madame Morel repose", "📍 Itinéraire vers le funérarium\n🕯 Allumer une bougie virtuelle"),
            ("Ainsi que de toute la famille", "Déposer une condoléance\nPartager un souvenir ou une photo"),
            ("Couturière hors pair", "Prévoyance obsèques : protégez vos proches dès aujourd’hui. Devis gratuit et sans engagement au 03 27 48 00 00."),
        ],
        "tail": [
            "Livre de condoléances (23 messages)\nÉcrire un message\nAfficher tous les messages",
            "Recevez par e-mail les avis de décès de votre commune. Je m’inscris",
            "Partager cet avis : Facebook · WhatsApp · E-mail · Imprimer",
            "Nos agences : Saint-Amand-les-Eaux · Raismes · Orchies – Permanence téléphonique 24 h/24 et 7 j/7 : 03 27 48 00 00",
        ],
        "mixed": [
            ("Sa fille Catherine", "end", "Déposer une condoléance"),
            ("La cérémonie religieuse", "end", "Commander des fleurs pour la cérémonie"),
            ("Nous avons la tristesse", "start", "Publié le 13/03/2025 · 1 482 vues"),
            ("La famille remercie", "end", "Allumer une bougie (87)"),
        ],
        "ltop": L("""
Nous utilisons des cookies pour améliorer votre expérience. Accepter | Refuser | Personnaliser
Pompes Funèbres Delcourt & Fils
Avis de décès | Nos services | Prévoyance | Monuments | Fleurs | Contact
Accueil › Avis de décès › Jeanne MOREL
Rechercher un défunt
"""),
        "lmid": [
            ("Saint-Amand-les-Eaux (59)", "Envoyer des fleurs"),
            ("Ni fleurs ni couronnes", "Faire un don en ligne à la Fondation"),
            ("Née en 1933", "Livre de condoléances – 23 messages"),
        ],
        "lbot": L("""
Déposer une condoléance
Autres avis de décès à Saint-Amand-les-Eaux
Monsieur Gérard DELANNOY – 84 ans
Habilitation préfectorale n° 19-59-0123 · Mentions légales · Politique de confidentialité
© 2025 Pompes Funèbres Delcourt & Fils
"""),
    },
    {
        "slug": "b14-fr-expo-rivages-musee",
        "register": "museum exhibition page",
        "lang": "fr",
        "paras": P("""
Rivages. Peindre la côte normande, 1860-1900

Exposition temporaire

Du 14 mars au 20 juillet 2025 – Galerie Boudin, niveau 1

Entre 1860 et 1900, une poignée de kilomètres de côte, de Trouville à Étretat, devient l’un des grands ateliers à ciel ouvert de la peinture européenne. Venus de Paris par le train, de Londres par le paquebot ou simplement du port voisin, des artistes de toutes sensibilités y plantent leur chevalet face à la mer, aux falaises et aux baigneurs.

L’exposition réunit près de 90 œuvres – peintures, pastels, dessins et photographies – provenant de collections publiques et privées françaises et étrangères, dont une quinzaine sont présentées au public pour la première fois.

Le parcours

La première salle est consacrée à Eugène Boudin et à ses « beautés météorologiques », ces ciels immenses qui occupent parfois les trois quarts de la toile. Elle permet de comprendre comment le jeune Claude Monet, qu’il emmène peindre en plein air dès 1858, trouve ici sa voie.

Une deuxième section s’intéresse aux plages à la mode. Les tentes rayées, les crinolines et les cabines de bain y dessinent le portrait d’une bourgeoisie qui découvre les loisirs balnéaires, et que les peintres observent avec un mélange de fascination et d’ironie.

La troisième partie quitte les plages pour les falaises et les ports de pêche. Les vues d’Étretat par Courbet et Monet y dialoguent avec des œuvres moins connues, notamment celles de la peintre Berthe Delorme, redécouverte récemment grâce à un fonds d’atelier conservé par ses descendants.

Enfin, une salle de photographies montre combien peintres et photographes se sont mutuellement observés, empruntant les uns aux autres cadrages et effets de lumière.

« Nous avons voulu montrer que ce littoral n’a pas seulement été un sujet, mais un véritable laboratoire », explique Claire Vasseur, conservatrice en chef et commissaire de l’exposition.

Commissariat : Claire Vasseur, conservatrice en chef du patrimoine, assistée de Julien Marchal

Autour de l’exposition

Visites commentées tous les samedis à 15 h, ateliers en famille pendant les vacances scolaires et cycle de conférences le jeudi soir à l’auditorium. Le programme détaillé est disponible à l’accueil.

Tarif plein : 12 € ; tarif réduit : 8 € ; gratuit pour les moins de 26 ans et le premier dimanche du mois.
"""),
        "head": [
            "Accueil › Expositions › Expositions temporaires",
            "Billetterie en ligne\nÉvitez l’attente : réservez votre créneau de visite dès maintenant.\nRéserver",
            "Écouter la page",
        ],
        "mid": [
            ("L’exposition réunit près de 90", "Le catalogue de l’exposition\nCoédition Musée de Honfleur-sur-Mer / Éditions Lienart, 256 pages, 39 €\nAjouter au panier"),
            ("La troisième partie", "Devenez Ami du musée : accès illimité aux expositions, invitations aux vernissages et 10 % de remise à la boutique. Adhésion à partir de 35 € par an."),
            ("Commissariat", "Cette exposition est reconnue d’intérêt national par le ministère de la Culture."),
        ],
        "tail": [
            "Partagez votre visite avec #ExpoRivages sur Instagram et Facebook",
            "Restez informé ! Recevez chaque mois la lettre d’information du musée : expositions, événements et coulisses.\nVotre adresse e-mail\nJe m’abonne",
            "Privatisez le musée pour vos événements d’entreprise – découvrez nos offres de mécénat et de location d’espaces.",
        ],
        "mixed": [
            ("« Nous avons voulu", "end", "Réservez votre billet"),
            ("Le parcours", "start", "Voir la vidéo (2 min 40)"),
            ("Entre 1860 et 1900", "start", "Image : Eugène Boudin, La Plage de Trouville, 1864, huile sur toile © Musée de Honfleur-sur-Mer / photo H. Brunet"),
            ("Visites commentées", "end", "Réservation obligatoire sur la billetterie en ligne."),
        ],
        "ltop": L("""
Ce site utilise des cookies de mesure d’audience. Tout accepter | Tout refuser | Paramétrer
Musée de Honfleur-sur-Mer
Visiter | Expositions | Collections | Agenda | Boutique | Soutenir le musée
FR | EN
Billetterie
Accueil › Expositions › Expositions temporaires
"""),
        "lmid": [
            ("Exposition temporaire", "Réserver mes billets"),
            ("Une deuxième section", "Ajouter à mon agenda"),
            ("Enfin, une salle", "À voir aussi : « Satie, l’original » jusqu’au 5 janvier"),
        ],
        "lbot": L("""
Musée de Honfleur-sur-Mer · Place Sainte-Catherine · 14600 Honfleur-sur-Mer · 02 31 00 00 00
Recrutement | Marchés publics | Espace presse
Nous suivre : Facebook · Instagram · YouTube
Mentions légales · Accessibilité : partiellement conforme · Plan du site
© Musée de Honfleur-sur-Mer 2025
"""),
    },
    {
        "slug": "b14-fr-trap-radio-associative",
        "register": "media review",
        "lang": "fr",
        "trap": True,
        "paras": P("""
Radio Grésivaudan, quarante ans d’antenne sans un seul spot de pub

Fondée en 1985 par une bande d’amis dans un garage de Crolles, la radio associative de la vallée de l’Isère vit presque entièrement des dons de ses auditeurs. Nous avons passé une journée dans ses studios

Par Élodie Brachet

Il est 6 h 58 et Marc Veyret, 71 ans, ajuste son casque. Depuis vingt-deux ans, c’est lui qui ouvre l’antenne de Radio Grésivaudan avec « Le Café du matin », deux heures de météo des cols, d’avis d’obsèques, de résultats de foot départemental et de chansons que l’on n’entend nulle part ailleurs.

La station, qui émet sur 97.4 FM et en DAB+ de Grenoble à Chambéry, revendique 38 000 auditeurs réguliers. Elle n’a jamais diffusé de publicité commerciale. « C’était le choix fondateur, et on n’est jamais revenus dessus », explique sa présidente, Nadia Khelifi.

Comment tient-elle ? Le Fonds de soutien à l’expression radiophonique couvre environ 40 % du budget annuel de 310 000 euros. Le reste vient des collectivités, de quelques mécènes et surtout des auditeurs : plus de 2 400 donateurs, dont 900 en prélèvement mensuel.

Chaque automne, pendant une semaine, la radio lance son « radiothon ». Les animateurs rappellent à l’antenne qu’un don de 50 euros ne coûte que 17 euros après réduction d’impôt, les bénévoles tiennent le standard et, chaque année, le compteur affiché dans le studio finit par dépasser l’objectif, parfois de justesse.

« Quand on demande de l’argent, on explique exactement à quoi il sert », dit Nadia Khelifi. « L’an dernier, c’était un nouvel émetteur pour le Haut-Bréda. Les gens l’ont financé en six jours. »

L’adhésion à l’association coûte 20 euros par an et donne le droit de voter en assemblée générale. Une lettre d’information mensuelle, envoyée à 6 000 abonnés, détaille les comptes et la grille des programmes.

Mais la dépendance aux dons a ses limites. Deux postes salariés sur cinq sont financés par des contrats aidés dont le renouvellement n’est pas garanti, et le local de Crolles, trop petit, est loué à la commune pour un euro symbolique jusqu’en 2027 seulement.

Une radio de la vallée, par la vallée

Ce qui frappe, en écoutant Radio Grésivaudan une journée entière, c’est la place laissée aux voix d’ici : l’émission des lycéens de Pontcharra le mercredi, la chronique en patois savoyard du vendredi, les concerts enregistrés dans les salles des fêtes.

La station a bien lancé une application et un podcast, mais sans conviction excessive. « Quatre-vingts pour cent de notre écoute, c’est encore le poste dans la cuisine ou dans le tracteur », sourit Marc Veyret.

Notre avis : une radio attachante et rigoureuse, à l’antenne soignée, qui prouve qu’un média local peut vivre de la fidélité de son public. On regrettera seulement une programmation musicale du soir un peu répétitive.

Radio Grésivaudan, 97.4 FM. Émissions en direct de 6 h à minuit.
"""),
        "trap_promo": ("Chaque automne", "Publicité"),
        "head": [
            "Médias › Radio",
            "Abonnez-vous à partir de 1 € le premier mois et accédez à tous nos articles, critiques et podcasts. Sans engagement.",
            "Article réservé aux abonnés",
        ],
        "mid": [
            ("Chaque automne", "Publicité"),
            ("L’adhésion à l’association", "À lire aussi\nFrance Bleu devient Ici : ce qui change pour les auditeurs\nLe DAB+ arrive enfin dans les vallées alpines"),
            ("Une radio de la vallée", "Vous avez lu 2 articles gratuits sur 3 ce mois-ci. Abonnez-vous pour continuer à nous lire sans limite."),
        ],
        "tail": [
            "Élodie Brachet est journaliste au service Médias. Retrouvez-la sur X : @elobrachet",
            "Recevez notre newsletter « Écrans & Ondes » chaque mardi : le meilleur de la radio, de la télé et des podcasts. S’inscrire",
            "Réagissez (14 commentaires)",
        ],
        "mixed": [
            ("« Quand on demande", "end", "Offrez un abonnement numérique à un proche : 3 mois pour 9 €."),
            ("Comment tient-elle", "start", "Publicité"),
            ("Il est 6 h 58", "start", "Temps de lecture : 5 min"),
            ("Notre avis", "end", "Partager : Facebook · X · LinkedIn · Copier le lien"),
        ],
        "ltop": L("""
Avec votre accord, nos partenaires et nous utilisons des cookies pour stocker et accéder à des informations sur votre appareil.
Accepter et fermer | Continuer sans accepter | Paramétrer
Le Dauphiné des Ondes
Actualité | Culture | Médias | Sport | Grenoble | Savoie
S’abonner | Se connecter
Médias › Radio
"""),
        "lmid": [
            ("La station, qui émet", "Publicité"),
            ("Mais la dépendance aux dons", "Les plus lus : Fréquences FM : le CSA relance un appel à candidatures"),
            ("Ce qui frappe", "Écouter cet article"),
        ],
        "lbot": L("""
Les plus partagés
Mentions légales | CGV | Charte de confidentialité | Gestion des cookies | Contact
© Le Dauphiné des Ondes 2025 – Reproduction interdite
"""),
    },
]
