"""blind10, French: un guide de voyage (week-end à Collioure), un article santé explicatif sur les
tiques, et une actualité locale (le marché de Villeurbanne déménage pendant des travaux).
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-fr-guide-collioure-weekend",
        "register": "travel guide",
        "lang": "fr",
        "paras": P("""
Un week-end à Collioure : nos conseils pour profiter du village hors saison

Entre les Albères et la Méditerranée, Collioure attire chaque été des foules considérables. Mais c'est au printemps et à l'automne que le petit port catalan se révèle vraiment : les ruelles se vident, les terrasses restent ouvertes et la lumière qui a tant séduit Matisse et Derain est toujours là. Voici comment organiser deux jours sur place sans rien rater.

Jour 1 : le village et le bord de mer

Commencez tôt par le château royal, dont les remparts dominent les deux anses. La visite prend environ une heure et offre la plus belle vue sur le clocher de Notre-Dame-des-Anges, l'ancien phare devenu symbole du village. Comptez 4 euros l'entrée.

Flânez ensuite dans le quartier du Mouré, aux façades ocre et roses, avant de rejoindre le chemin du fauvisme. Ce parcours balisé relie une vingtaine de reproductions de tableaux installées à l'endroit exact où les peintres avaient posé leur chevalet en 1905. On mesure ainsi à quel point le paysage a peu changé. En fin d'après-midi, montez au moulin de la colline, puis redescendez par les vignes en terrasses jusqu'à la plage de Port d'Avall pour le coucher du soleil.

Jour 2 : anchois, vignes et sentier du littoral

Le matin, poussez la porte de l'une des deux dernières maisons d'anchois du village. Les salaisons se visitent gratuitement et l'on y apprend que le poisson est encore trié et mis en saumure à la main, comme au XIXe siècle.

L'après-midi, empruntez le sentier du littoral vers Port-Vendres. Il faut environ une heure et quart pour rejoindre le port voisin par les criques et les anciennes batteries militaires. Le retour peut se faire en bus de ligne pour un euro.

« Hors saison, on retrouve le Collioure des habitants, celui des joueurs de pétanque et des pêcheurs qui réparent leurs filets », résume la guide conférencière Mireille Sabaté.

Où manger

Pour un repas simple, les tapas de la rue de la Démocratie sont une valeur sûre. Pour une table plus soignée, plusieurs restaurants du port proposent un menu du marché autour de 30 euros. Goûtez l'anchois frais en saison, d'avril à octobre, et terminez par un verre de banyuls.

Où dormir

Les hôtels du centre sont rares et chers en été, mais les prix baissent nettement hors saison. Les chambres d'hôtes des hauteurs offrent souvent une vue sur la baie et un parking, ce qui n'est pas un détail : se garer au cœur du village relève de l'exploit.

Infos pratiques

Y aller : en train, Collioure est à 25 minutes de Perpignan par la ligne TER vers Cerbère. La gare est à dix minutes à pied du port.

Quand partir : d'avril à juin et en septembre-octobre, pour la douceur et le calme.

Mise à jour : les horaires du château ont changé au 1er mars ; il est désormais fermé le mardi de novembre à février.
"""),
        "head": [
            "Cet article contient des liens affiliés : si vous réservez par leur intermédiaire, nous touchons une petite commission, sans surcoût pour vous. Merci de soutenir le blog !",
            "Accueil > Destinations > France > Occitanie > Collioure",
        ],
        "mid": [
            ("Commencez tôt par le château", "📌 Envie de garder ce guide sous le coude ? Épinglez-le sur Pinterest !"),
            ("Le matin, poussez la porte", "Trouvez votre hébergement à Collioure au meilleur prix\nVoir les offres sur Booking.com"),
            ("Où manger", "Téléchargez gratuitement notre carnet de route PDF « 7 jours en Pays catalan » : il vous suffit de vous inscrire à notre lettre d'info.\nJe le veux !"),
        ],
        "tail": [
            "Sur le même thème\nLes 10 plus beaux villages de l'Aude\nRandonnée : le tour du Canigou en 5 jours\nPerpignan en 24 heures",
            "Vous avez aimé cet article ? Partagez-le !\nFacebook\nPinterest\nWhatsApp",
            "Laisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\nCommentaire *\nPublier",
        ],
        "mixed": [
            ("Entre les Albères", "start", "Par Claire & Julien · Publié le 4 mars 2025 · 8 min de lecture"),
            ("Flânez ensuite", "end", "(Vols pas chers pour Perpignan : comparez ici.)"),
            ("Pour un repas simple", "end", "👉 Réservez votre table sur TheFork et profitez de -30 %."),
        ],
        "ltop": L("""
Deux Sacs à Dos
Destinations
Road trips
Conseils voyage
Boutique
Qui sommes-nous ?
"""),
        "lmid": [
            ("Jour 1 :", "Sommaire [afficher]"),
            ("Infos pratiques", "Assurance voyage : notre comparatif"),
        ],
        "lbot": L("""
Articles similaires
Suivez-nous sur Instagram @deuxsacsados
Mentions légales
Politique de confidentialité
© Deux Sacs à Dos 2025
"""),
    },
    {
        "slug": "b13-fr-sante-tiques-lyme",
        "register": "health explainer",
        "lang": "fr",
        "paras": P("""
Tiques : comment les retirer et quand consulter après une piqûre

Avec le retour des beaux jours, les tiques reprennent du service dans les forêts, les prairies et même les jardins. La plupart des piqûres sont sans conséquence, mais certaines tiques peuvent transmettre la maladie de Lyme. Voici les bons réflexes, avec l'éclairage du Dr Nadia Ferrand, infectiologue au CHU de Besançon.

Où et quand les trouve-t-on ?

Les tiques sont actives surtout d'avril à octobre, mais on en rencontre désormais presque toute l'année lorsque l'hiver est doux. Elles se postent dans les herbes hautes et les broussailles, à moins d'un mètre du sol, et s'accrochent au passage d'un promeneur ou d'un animal. Les régions de l'Est et du Centre sont les plus touchées, mais aucun département n'est épargné. Selon Santé publique France, environ 50 000 nouveaux cas de maladie de Lyme sont diagnostiqués chaque année en médecine générale, un chiffre qui varie fortement d'une année à l'autre selon la météo.

Avant la promenade

Portez des vêtements longs et clairs, qui permettent de repérer plus facilement les tiques, et rentrez le bas du pantalon dans les chaussettes. Les répulsifs cutanés à base de DEET ou d'icaridine sont efficaces quelques heures. Restez de préférence au centre des chemins et évitez de vous asseoir directement dans l'herbe haute. Pour les chiens et les chats, demandez conseil à votre vétérinaire : il existe des colliers et des pipettes adaptés.

Au retour, inspectez-vous

C'est l'étape la plus importante. Examinez tout le corps, en insistant sur les plis : aisselles, arrière des genoux, aine, nombril, cuir chevelu et derrière les oreilles chez les enfants. Une tique non gorgée mesure parfois à peine un millimètre.

Comment retirer une tique

Utilisez un tire-tique, vendu en pharmacie, ou à défaut une pince fine.

Glissez l'outil au ras de la peau, puis tournez doucement sans tirer jusqu'à ce que la tique se détache.

Désinfectez la zone et lavez-vous les mains. Notez la date de la piqûre et surveillez la zone pendant un mois.

N'appliquez surtout ni éther, ni alcool, ni huile avant le retrait : « Ces produits peuvent faire régurgiter la tique et augmenter le risque de transmission », prévient le Dr Ferrand.

Quand faut-il consulter ?

Consultez un médecin si une plaque rouge s'étend progressivement autour du point de piqûre, dans les jours ou les semaines qui suivent. Appelée érythème migrant, elle n'est généralement ni douloureuse ni prurigineuse. Fièvre, fatigue inhabituelle, douleurs articulaires ou paralysie faciale doivent aussi amener à consulter.

Un antibiotique n'est pas recommandé de manière systématique après une simple piqûre : le risque de transmission est faible si la tique est retirée dans les 24 heures. Les femmes enceintes et les personnes immunodéprimées peuvent toutefois demander conseil à leur médecin dès la piqûre, par précaution.

« Il ne faut ni paniquer ni banaliser, résume l'infectiologue. Un bon examen au retour de balade suffit à éviter la grande majorité des problèmes. »
"""),
        "head": [
            "Publicité",
            "Santé › Maladies › Maladies infectieuses",
        ],
        "mid": [
            ("Avant la promenade", "À lire aussi : Piqûres de guêpe, de frelon ou d'abeille : les gestes qui sauvent"),
            ("Utilisez un tire-tique", "Une question de santé ? Consultez un médecin en vidéo 7j/7, sans rendez-vous, remboursé par l'Assurance maladie.\nTéléconsulter maintenant"),
            ("Un antibiotique n'est pas", "Recevez chaque semaine nos conseils santé, forme et bien-être : inscrivez-vous à la newsletter Bien Vivre, c'est gratuit.\nVotre e-mail\nJe m'inscris"),
        ],
        "tail": [
            "Cet article vous a-t-il été utile ?\nOui\nNon",
            "Signaler une erreur\nImprimer l'article\nEnvoyer à un proche",
            "Les plus lus\nCholestérol : les 8 aliments à privilégier\nInsomnie : la méthode des 4-7-8 fonctionne-t-elle ?\nVitamine D : faut-il se supplémenter au printemps ?",
        ],
        "mixed": [
            ("Avec le retour des beaux jours", "start", "Mis à jour le 12/04/2025 à 09h30 — Lecture 5 min"),
            ("Portez des vêtements longs", "end", "La suite après cette publicité"),
            ("Désinfectez la zone", "start", "PUB"),
            ("« Il ne faut ni paniquer", "end", "Partager : Facebook · X · LinkedIn · Envoyer par e-mail"),
        ],
        "ltop": L("""
SantéPlus
Maladies
Forme & bien-être
Nutrition
Médicaments
Forum santé
Se connecter
"""),
        "lmid": [
            ("Où et quand", "Sommaire de l'article"),
            ("Au retour, inspectez-vous", "Contenu sponsorisé"),
        ],
        "lbot": L("""
Annuaire des médecins
Nous contacter
Charte de confidentialité
Gérer mes cookies
SantéPlus est certifié HONcode pour la fiabilité de l'information médicale
"""),
    },
    {
        "slug": "b13-fr-local-marche-villeurbanne",
        "register": "local news",
        "lang": "fr",
        "paras": P("""
Villeurbanne : le marché de Grandclément déménage pour dix-huit mois

Les 62 commerçants non sédentaires du marché de la place Grandclément vont devoir plier bagage. À partir du mardi 6 mai, et jusqu'à l'automne 2026, ils s'installeront provisoirement sur l'avenue Roger-Salengro, le temps du réaménagement complet de la place.

Villeurbanne. Le chantier, voté en conseil municipal en décembre, doit transformer ce carrefour du sud de la ville en une vaste place piétonne plantée de 80 arbres, avec une fontaine à jets au sol et des bancs à l'ombre. Le stationnement en surface sera supprimé et la circulation des bus réorganisée autour de la place. Les premiers coups de pioche sont attendus mi-mai, après le départ des forains.

Un emplacement provisoire négocié

Le choix de l'avenue Roger-Salengro a fait l'objet de plusieurs semaines de discussions entre la mairie et l'association des commerçants du marché. Les forains redoutaient une installation dans une rue trop étroite ou trop éloignée des arrêts de tramway.

« On a obtenu d'être à deux minutes du T6 et de garder nos jours habituels, c'est l'essentiel », estime Karim Benali, primeur depuis vingt-deux ans sur la place et président de l'association.

Le marché se tiendra donc toujours le mardi, le jeudi et le samedi matin, de 6 h à 13 h 30. La ville a prévu des bornes électriques pour les commerçants et un nouveau point de collecte des déchets alimentaires. Les places seront attribuées selon le même plan qu'aujourd'hui, afin que les clients retrouvent leurs commerçants dans le même ordre.

Des riverains partagés

Tous les habitants du quartier ne partagent pas cet optimisme. Dans la pétition lancée en février par un collectif de riverains, qui a recueilli un peu plus de 900 signatures, plusieurs se plaignent déjà du bruit des camions dès 5 heures du matin dans une rue jusqu'ici résidentielle.

« Je ne suis pas contre les travaux, mais dix-huit mois avec des camions sous mes fenêtres trois fois par semaine, c'est long », témoigne Martine, qui habite au deuxième étage.

L'adjoint chargé du commerce, Julien Moreau, assure que les livraisons seront interdites avant 5 h 30 et qu'un médiateur sera présent les premières semaines.

Ce qui change pour les usagers

Les lignes de bus C11 et 69 seront déviées par la rue Anatole-France pendant toute la durée du chantier.

Le parking de la place sera fermé dès le 28 avril ; 120 places supplémentaires seront ouvertes dans le parking souterrain de l'hôtel de ville, gratuites la première heure.

Une réunion publique d'information est prévue le jeudi 24 avril à 18 h 30 à la Maison du citoyen.

Le coût total de l'opération est estimé à 7,4 millions d'euros, dont 1,2 million apportés par la Métropole de Lyon.
"""),
        "head": [
            "Article réservé aux abonnés",
            "Offre de printemps : tous nos articles en illimité pour 1 € le premier mois, puis 9,99 €/mois, sans engagement.\nJe m'abonne",
        ],
        "mid": [
            ("Villeurbanne. Le chantier", "Vous avez un témoignage ou une info à nous transmettre ? Écrivez à la rédaction de Villeurbanne."),
            ("Le marché se tiendra donc", "L'actu de Villeurbanne dans votre boîte mail chaque matin : inscrivez-vous gratuitement à notre lettre locale."),
            ("« Je ne suis pas contre", "Publicité - Rhône Habitat : votre appartement neuf à Vaulx-en-Velin dès 189 000 €"),
        ],
        "tail": [
            "Les plus lus\nLyon : un incendie dans un entrepôt de Gerland\nVénissieux : la piscine Delaune rouvre enfin\nOL : les compos probables face à Lens",
            "Suivez toute l'actualité de votre commune sur l'application Rhône Quotidien. Disponible sur l'App Store et Google Play.",
            "Le Rhône Quotidien – Tous droits réservés. Toute reproduction interdite sans autorisation.",
        ],
        "mixed": [
            ("Les 62 commerçants", "start", "Par Sophie Garnier - 14 avr. 2025 à 18:02 | mis à jour à 19:40"),
            ("Le choix de l'avenue", "end", "Lire aussi : Villeurbanne : la rue Léon-Blum sera piétonne cet été"),
            ("L'adjoint chargé du commerce", "end", "Réagir à cet article"),
            ("Le coût total", "end", "Vous souhaitez lire la suite ? Connectez-vous à votre compte abonné."),
        ],
        "ltop": L("""
Rhône Quotidien
S'abonner
Mon compte
Édition de Lyon-Villeurbanne
Faits divers
Sport
Politique
"""),
        "lmid": [
            ("Un emplacement provisoire", "Newsletter Rhône Matin"),
            ("Ce qui change pour les usagers", "Contenus sponsorisés"),
        ],
        "lbot": L("""
Dans la même rubrique
Annonces légales
Avis de décès
Gérer mes préférences publicitaires
"""),
    },
]
