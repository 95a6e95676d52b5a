from common import P, L

ARTICLES = [
dict(
    slug="b3-fr-actu-ter",
    lang="fr",
    register="national/regional news",
    paras=P("""
Trains régionaux : la Normandie annonce 40 % de TER en plus d’ici 2028

La région Normandie va augmenter de 40 % le nombre de trains régionaux en circulation d’ici à 2028, a annoncé jeudi son président, Hervé Morin, lors d’une conférence de presse à Caen.

Cette montée en puissance s’appuie sur la livraison de vingt-deux rames neuves, commandées au constructeur Alstom pour un montant de 480 millions d’euros.

Les lignes Caen–Rouen et Le Havre–Rouen seront les premières concernées, avec un train toutes les trente minutes aux heures de pointe dès la rentrée 2027.

« Nous voulons que le train redevienne le réflexe naturel pour aller travailler », a déclaré l’élu, qui reconnaît que la ponctualité reste « le point noir » du réseau.

En 2025, près d’un TER normand sur dix est arrivé avec plus de cinq minutes de retard, selon les chiffres de l’Autorité de régulation des transports.

Les associations d’usagers saluent l’annonce mais restent prudentes. « On nous a déjà promis des trains supplémentaires qui n’ont jamais circulé faute de conducteurs », rappelle Martine Lecœur, présidente de l’association Rail Avenir 76.

La SNCF indique avoir lancé le recrutement de 120 conducteurs dans la région sur les deux prochaines années.
"""),
    head=[
        "Accueil › Normandie › Transports",
        "Offre spéciale : l’accès illimité à tous nos articles pour 1 € le premier mois. Je m’abonne",
    ],
    mid=[
        ("Cette montée en puissance", "Lire aussi : Ligne Paris–Cherbourg : les travaux de l’été perturberont le trafic"),
        ("« Nous voulons que le train", "PUBLICITÉ"),
        ("Les associations d’usagers", "Recevez chaque matin l’essentiel de l’actualité normande avec « Le 7h du Courrier ». Inscription gratuite."),
    ],
    tail=[
        "Cet article vous a été utile ? Soutenez une information locale de qualité en vous abonnant.",
        "Réagir à cet article (23 commentaires)",
        "Le Courrier de Normandie – Tous droits réservés – Reproduction interdite",
    ],
    mixed=[
        ("La région Normandie va", "end", "Par la rédaction avec AFP – Publié le 14/11/2026 à 11h42, mis à jour à 15h05"),
        ("Les lignes Caen–Rouen", "start", "Article réservé aux abonnés"),
        ("En 2025, près d’un TER", "end", "Suivez toute l’actualité de votre commune sur notre application, disponible gratuitement."),
        ("La SNCF indique", "end", "Partager : Facebook X LinkedIn Copier le lien"),
    ],
    ltop=L("""
Le Courrier de Normandie
Actualités
Sports
Loisirs
Annonces légales
Se connecter
S’abonner
"""),
    lmid=[
        ("En 2025, près d’un TER", "Photo d’illustration © Archives Courrier"),
    ],
    lbot=L("""
Mentions légales
Politique de confidentialité
Gérer mes cookies
Nous contacter
Plan du site
"""),
),
dict(
    slug="b3-fr-critique-theatre",
    lang="fr",
    register="culture review",
    paras=P("""
« La Cerisaie » au Théâtre de l’Odéon : Tchekhov, entre rires et poussière

Il y a des soirs où l’on sort d’une salle avec l’impression d’avoir partagé la vie d’une famille pendant trois heures. La nouvelle mise en scène de « La Cerisaie » par Clara Delmas en fait partie.

Sur un plateau presque nu, seulement meublé de chaises dépareillées et d’un vieux piano, la troupe fait exister la maison menacée avec une économie de moyens remarquable.

Dominique Valadié, bouleversante en Lioubov Andreïevna, joue la légèreté comme une armure. On rit souvent, puis le rire se fige.

Face à elle, Grégoire Monsaingeon compose un Lopakhine ni brutal ni triomphant, plutôt gêné de sa propre réussite. La scène où il annonce avoir acheté la cerisaie est d’une justesse saisissante.

On regrettera seulement un deuxième acte un peu long, où les intermèdes musicaux ralentissent le rythme sans rien ajouter.

Reste un spectacle généreux, qui rappelle que Tchekhov voulait écrire une comédie.

« La Cerisaie », d’Anton Tchekhov, mise en scène de Clara Delmas. Théâtre de l’Odéon, Paris 6e, jusqu’au 21 décembre. Durée : 3 h avec entracte.
"""),
    head=[
        "Culture › Scènes › Critiques",
        "Découvrez notre Club Culture : des places à tarif réduit et des avant-premières réservées à nos abonnés.",
    ],
    mid=[
        ("Sur un plateau presque nu", "Notre avis : ★★★★☆"),
        ("Face à elle, Grégoire", "À ne pas manquer : « Phèdre » à la Comédie-Française, notre critique"),
    ],
    tail=[
        "Réservez vos places pour « La Cerisaie » sur notre billetterie partenaire – à partir de 12 €",
        "Chaque vendredi, la lettre « Sortir » vous souffle les meilleurs spectacles de la semaine. Je m’inscris",
        "Vous avez vu la pièce ? Donnez votre avis dans les commentaires.",
    ],
    mixed=[
        ("Il y a des soirs", "end", "Écouter cet article"),
        ("Dominique Valadié,", "start", "© Simon Gosselin"),
        ("On regrettera seulement", "end", "Publicité – la suite après cette annonce"),
        ("Reste un spectacle généreux", "end", "Ajouter à mes favoris"),
    ],
    ltop=L("""
Culture
Cinéma
Livres
Musique
Scènes
Mon compte
"""),
    lmid=[
        ("Dominique Valadié,", "Contenu sponsorisé"),
        ("On regrettera seulement", "Les plus lus : Festival d’Avignon 2027, les premiers noms dévoilés"),
    ],
    lbot=L("""
Suivez-nous
Instagram
Nos newsletters
CGU
Crédits
"""),
),
dict(
    slug="b3-fr-tribune-pub",
    lang="fr",
    register="opinion column (trap: advertising/ad blockers)",
    trap=True,
    trap_promo=(3, "Pour soutenir une presse indépendante et sans publicité intrusive, abonnez-vous à partir de 5 € par mois."),
    paras=P("""
Tribune : arrêtons de culpabiliser les lecteurs qui bloquent la publicité

Par Lucie Arnaud, maîtresse de conférences en sciences de l’information

Vous les connaissez, ces fenêtres qui surgissent dès que l’on arrive sur un site d’information : « Vous utilisez un bloqueur de publicité. Désactivez-le pour continuer. » Elles partent d’un constat compréhensible, celui d’une presse qui peine à financer ses rédactions.

Mais elles se trompent de cible. Si près d’un tiers des internautes français utilisent un bloqueur, ce n’est pas par hostilité envers le journalisme. C’est parce que la publicité en ligne est devenue insupportable : vidéos qui se lancent toutes seules, bannières qui recouvrent le texte, pages qui mettent dix secondes à charger.

Les éditeurs ont longtemps accepté ces formats parce qu’ils rapportaient davantage. Ils ont, en somme, vendu l’attention de leurs lecteurs au plus offrant, avant de s’étonner que ces derniers s’en protègent.

Il existe pourtant d’autres modèles. Certains titres ont fait le choix d’un abonnement bon marché sans aucune publicité ; d’autres n’affichent que des annonces statiques, sans pistage, vendues directement à des annonceurs locaux.

Ces choix coûtent cher à court terme. Mais ils reconstruisent ce que le bandeau « désactivez votre bloqueur » détruit : la confiance.

Plutôt que de sermonner leurs lecteurs, les éditeurs devraient leur demander ce qu’ils sont prêts à accepter. Ils pourraient être surpris par la réponse.
"""),
    head=[
        "Idées › Tribunes",
        "Les tribunes publiées n’engagent que leurs auteurs.",
    ],
    mid=[
        ("Vous les connaissez", "Pour soutenir une presse indépendante et sans publicité intrusive, abonnez-vous à partir de 5 € par mois."),
        ("Les éditeurs ont longtemps", "Sur le même sujet : Médias, le grand virage du payant"),
        ("Il existe pourtant", "Annonce"),
    ],
    tail=[
        "Vous souhaitez proposer une tribune ? Écrivez à idees@lejournaldesidees.fr",
        "Débattez avec nos lecteurs : 57 réactions",
        "Téléchargez l’appli et retrouvez vos tribunes préférées hors connexion.",
    ],
    mixed=[
        ("Par Lucie Arnaud", "end", "Suivre cet auteur"),
        ("Mais elles se trompent", "start", "PUBLICITÉ"),
        ("Ces choix coûtent cher", "end", "Vous lisez un article en accès libre. Pour ne rien manquer, créez votre compte gratuit."),
        ("Plutôt que de sermonner", "end", "Offrir cet article"),
    ],
    ltop=L("""
Le Journal des Idées
Débats
Tribunes
Entretiens
Podcasts
Connexion
"""),
    lmid=[
        ("Mais elles se trompent", "Contenu partenaire"),
    ],
    lbot=L("""
Nous écrire
Charte déontologique
Paramètres de confidentialité
© Le Journal des Idées 2026
"""),
),
]
