from common import P, L

ARTICLES = [
    {
        "slug": "b10-fr-theatre-critique",
        "lang": "fr",
        "register": "theatre review",
        "paras": P("""
« Les Géants de la montagne » : Pirandello retrouve des couleurs au Théâtre de la Croix-Rousse

La metteuse en scène Inès Carvalho signe une version lumineuse et drôle de la dernière pièce, inachevée, de l'auteur sicilien.

Lyon, envoyée spéciale

On sort de la salle avec l'impression d'avoir assisté à un rêve collectif. Pendant deux heures quarante, la troupe de la compagnie Les Éclaireurs fait vivre la villa des « Scalognati », ces marginaux réfugiés dans une maison hantée, et la comtesse Ilse venue y jouer une pièce que personne ne veut voir.

Inès Carvalho a fait le choix d'une scénographie presque vide : un grand rideau de tulle, des chaises dépareillées et une lumière qui change de couleur au gré des illusions de Cotrone. L'effet est saisissant.

Une troupe en état de grâce

Dans le rôle de Cotrone, Bastien Morel est magistral, à la fois gourou inquiétant et vieil enfant émerveillé. Face à lui, Claire Anouilh compose une Ilse fiévreuse, épuisée, qui s'accroche à son texte comme à une bouée.

« Le théâtre, c'est ce qui reste quand tout est perdu », glisse-t-elle au deuxième acte.

Seul bémol : la deuxième partie traîne en longueur, et la fin, que Carvalho a choisi d'écrire elle-même à partir des notes de Pirandello, manque de la folie du reste du spectacle.

Le public de la première, mardi soir, ne s'y est pas trompé et a réservé une longue ovation aux douze comédiens.

Durée : 2 h 40 avec entracte.

Jusqu'au 29 mars au Théâtre de la Croix-Rousse, puis en tournée à Grenoble, Annecy et Clermont-Ferrand. Tarifs de 12 à 32 euros.

Les comédiens lors de la scène du banquet, sous une pluie de confettis dorés.
"""),
        "head": [
            "Culture › Scènes",
            "Article réservé aux abonnés",
        ],
        "mid": [
            ("Inès Carvalho a fait le choix", "À lire aussi : Festival d'Avignon 2026 : la programmation dévoilée, avec un tiers de créations"),
            ("« Le théâtre, c'est ce qui reste", "Offre spéciale : 1 € par mois pendant 6 mois pour lire tous nos articles sans publicité. Je m'abonne"),
            ("Le public de la première,", "Gagnez vos places ! Participez à notre jeu-concours pour assister à la représentation du 22 mars."),
        ],
        "tail": [
            "Retrouvez chaque jeudi notre lettre « Rideau ! », la sélection théâtre et danse de la rédaction. Inscrivez-vous gratuitement.",
            "Cet article vous a plu ? Offrez-le à un proche : vous pouvez offrir 5 articles par mois.",
            "Contribuer · Réagir (12 commentaires) · Partager",
        ],
        "mixed": [
            ("On sort de la salle", "start", "Critique."),
            ("Jusqu'au 29 mars au Théâtre", "end", "Réservations sur la billetterie en ligne du théâtre, frais de location inclus."),
            ("Dans le rôle de Cotrone,", "start", "Lecture : 3 min."),
            ("Seul bémol :", "end", "Écoutez notre podcast « Côté jardin » sur toutes les plateformes."),
        ],
        "ltop": L("""
Aller au contenu principal
Le Rhône Quotidien
Actualités
Lyon Métropole
Culture
Sports
Édition du soir
S'abonner
Se connecter
SCÈNES
Par Mathilde Ferrand
Publié le 12 mars 2026 à 18h30, modifié le 13 mars 2026 à 09h12
Temps de lecture : 4 min.
Écouter cet article
© Jean-Louis Fernandez
"""),
        "lmid": [
            ("Inès Carvalho a fait le choix", "Lire plus tard"),
            ("« Le théâtre, c'est ce qui reste", "Publicité"),
            ("Le public de la première,", "Les plus lus"),
            ("Le public de la première,", "Lyon : la Fête des lumières 2026 aura lieu sur cinq soirs"),
        ],
        "lbot": L("""
Newsletters
Nous contacter
Mentions légales
Charte de déontologie
Politique de confidentialité
Gestion des cookies
Conditions générales de vente
© Le Rhône Quotidien - Tous droits réservés
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-fr-ong-dons",
        "lang": "fr",
        "register": "environmental NGO",
        "paras": P("""
Collecte de dons : les associations environnementales face à la baisse de la générosité

Les dons aux ONG de protection de la nature ont reculé de 8 % en 2025, selon le baromètre publié mardi par France Générosités. Les petites structures sont les plus touchées.

Pour la première fois depuis dix ans, la collecte des associations environnementales a baissé en valeur. Selon le baromètre annuel de France Générosités, les dons des particuliers sont passés de 412 millions d'euros en 2024 à 379 millions en 2025.

« L'inflation a changé les comportements. Les donateurs continuent de donner, mais moins, et à moins de causes », explique Laurence Dubreuil, déléguée générale de la fédération.

Le prélèvement mensuel résiste

Les dons réguliers, par prélèvement automatique, résistent mieux que les dons ponctuels. Chez Rivières Vivantes, association qui restaure des cours d'eau en Bretagne, ils représentent désormais 70 % des recettes.

« Un donateur à 10 euros par mois, c'est 120 euros par an et une visibilité sur nos budgets », résume sa directrice, Gwenaëlle Le Bihan. L'association a dû suspendre deux chantiers de renaturation faute de financement.

Les chiffres clés

379 millions d'euros collectés en 2025

66 % de réduction d'impôt sur le montant du don

Un donateur sur trois a plus de 70 ans

Les campagnes sur les réseaux sociaux et les pétitions en ligne rapportent de nombreuses adresses e-mail, mais peu de dons, constatent les associations. Certaines ont cessé d'acheter de la publicité ciblée, jugée trop coûteuse.

Le gouvernement n'a pas touché au taux de réduction fiscale dans le budget 2026, au grand soulagement du secteur, qui craignait un rabot.
"""),
        "head": [
            "Planète · Biodiversité",
            "Cet article est en accès libre grâce à nos abonnés. Rejoignez-les pour soutenir une information indépendante.",
        ],
        "mid": [
            ("« L'inflation a changé les comportements.", "Lire aussi | COP31 : ce qu'il faut retenir du sommet de Belém"),
            ("« Un donateur à 10 euros par mois,", "Vous souhaitez nous alerter sur un sujet ? Écrivez à la rédaction Planète."),
            ("Les campagnes sur les réseaux sociaux", "Recevez chaque vendredi « Terre à terre », notre lettre consacrée à l'environnement. S'inscrire"),
        ],
        "tail": [
            "Ne manquez plus aucune enquête : téléchargez l'application Horizon Infos et activez les notifications.",
            "Recommandé pour vous : Pesticides : le plan Écophyto relancé · Sécheresse : quatre départements en alerte",
            "Horizon Infos applique la charte de Munich. Signaler une erreur",
        ],
        "mixed": [
            ("Pour la première fois depuis dix ans,", "start", "Décryptage."),
            ("Le gouvernement n'a pas touché", "end", "Suivez Horizon Infos sur WhatsApp pour recevoir l'essentiel de l'actualité."),
            ("Les dons réguliers,", "start", "Contenu partenaire."),
            ("Les campagnes sur les réseaux sociaux", "end", "Partagez cet article sur les réseaux sociaux."),
        ],
        "ltop": L("""
Horizon Infos
International
Politique
Planète
Économie
Sciences
Idées
Abonnez-vous
Par Yann Kerhervé
Publié aujourd'hui à 07h00
Lecture 3 min
Des bénévoles de Rivières Vivantes lors d'un chantier sur le Léguer, en octobre 2025. Photo : Horizon Infos
"""),
        "lmid": [
            ("« L'inflation a changé les comportements.", "Article réservé aux abonnés"),
            ("« Un donateur à 10 euros par mois,", "Offrir cet article"),
            ("Les campagnes sur les réseaux sociaux", "PUBLICITÉ"),
        ],
        "lbot": L("""
Sur le même sujet
Commentaires
Services
Annonces immobilières
Codes promo
Mentions légales
Paramétrer les cookies
Accessibilité : partiellement conforme
Aide
"""),
        "trap": True,
        "trap_promo": None,
    },
    {
        "slug": "b10-fr-assurance-habitation",
        "lang": "fr",
        "register": "insurance advice",
        "paras": P("""
Assurance habitation : pourquoi votre cotisation augmente encore en 2026, et comment limiter la hausse

Les tarifs devraient progresser de 6 à 8 % cette année, tirés par les catastrophes naturelles. Nos conseils pour comparer et renégocier.

Après une hausse de 8 % en moyenne l'an dernier, les assureurs annoncent une nouvelle augmentation des contrats multirisques habitation. En cause : le coût croissant des sinistres climatiques, inondations, grêle et retrait-gonflement des argiles.

Depuis la loi Hamon, vous pouvez résilier votre contrat à tout moment après un an, sans frais ni justification. Le nouvel assureur se charge des démarches.

Trois réflexes pour payer moins

Vérifier la valeur déclarée de vos biens : beaucoup de ménages surestiment leur mobilier.

Augmenter la franchise, si vous pouvez absorber un petit sinistre.

Regrouper habitation et auto chez le même assureur, ce qui donne souvent droit à une remise.

« Attention aux garanties supprimées en douce », prévient Camille Rousset, juriste à l'association de consommateurs UFC-Que Choisir. Certaines formules d'entrée de gamme excluent le vol sans effraction ou le bris de glace.

Les comparateurs en ligne sont pratiques, mais ils sont rémunérés par les assureurs et ne référencent pas tous les contrats. Les mutuelles sans intermédiaires n'y figurent souvent pas.

Et les locataires ?

L'assurance est obligatoire pour un locataire, au minimum pour les risques locatifs. Le propriétaire peut exiger chaque année une attestation.

En cas de refus d'indemnisation, le médiateur de l'assurance peut être saisi gratuitement, après une réclamation écrite restée sans réponse pendant deux mois.
"""),
        "head": [
            "Argent › Assurance",
            "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission si vous souscrivez via ces liens, sans surcoût pour vous.",
            "Mis à jour le 4 mars 2026",
        ],
        "mid": [
            ("Depuis la loi Hamon,", "Comparez les assurances habitation en 2 minutes. Jusqu'à 300 € d'économies par an*. Je compare"),
            ("Regrouper habitation et auto", "À lire aussi : Assurance auto : les jeunes conducteurs paient jusqu'à 1 800 euros par an"),
            ("Les comparateurs en ligne sont pratiques,", "Simulateur : calculez le juste montant de votre franchise"),
        ],
        "tail": [
            "* Économie moyenne constatée sur un échantillon de 1 200 souscripteurs entre janvier et juin 2025.",
            "Recevez gratuitement notre lettre « Budget & Vous » chaque mardi : conseils, droits et bons plans.",
            "Vous avez une question sur vos droits ? Posez-la à nos experts dans la rubrique « Vos questions ».",
            "© 2026 Mon Argent Pratique — Reproduction interdite",
        ],
        "mixed": [
            ("Après une hausse de 8 %", "start", "Publicité"),
            ("En cas de refus d'indemnisation,", "end", "Besoin d'aide ? Nos conseillers partenaires vous rappellent gratuitement."),
            ("« Attention aux garanties supprimées en douce »", "end", "Télécharger notre guide PDF « Bien choisir son assurance »."),
            ("L'assurance est obligatoire pour un locataire,", "start", "Offre partenaire : -15 % la première année chez Assurea avec le code MAP15."),
        ],
        "ltop": L("""
Mon Argent Pratique
Budget
Immobilier
Retraite
Impôts
Placements
Assurances & Mutuelles
Newsletter
Par Sophie Lemaître
Illustration : une maison inondée dans le Pas-de-Calais en novembre 2023. © AFP / Denis Charlet
"""),
        "lmid": [
            ("Depuis la loi Hamon,", "Sommaire"),
            ("Regrouper habitation et auto", "Contenu sponsorisé"),
            ("Les comparateurs en ligne sont pratiques,", "Notre sélection"),
            ("Les comparateurs en ligne sont pratiques,", "Assurea Habitation Essentielle · dès 9,90 €/mois · Voir l'offre"),
        ],
        "lbot": L("""
Partager
Imprimer
Ajouter à mes favoris
Qui sommes-nous ?
Nous contacter
CGU
Données personnelles
Choix de consentement
"""),
        "trap": False,
        "trap_promo": None,
    },
]
