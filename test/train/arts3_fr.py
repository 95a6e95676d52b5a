from common import P, L

ARTICLES = []

# 1 -- municipal council: school canteen
ARTICLES.append(dict(
    slug="fr3-cantine-conseil-municipal", lang="fr", register="council",
    paras=P("""
Saint-Herblain : la cantine passera à 60 % de produits bio et locaux d'ici 2026

Le conseil municipal a adopté lundi soir, par 31 voix pour et 8 abstentions, le nouveau marché de restauration scolaire. Il concerne les 4 200 repas servis chaque jour dans les écoles maternelles et élémentaires de la commune.

Jusqu'ici, la part de produits issus de l'agriculture biologique plafonnait à 28 %. Le nouveau cahier des charges impose au prestataire d'atteindre 45 % dès la rentrée prochaine, puis 60 % en 2026, dont au moins la moitié en provenance de fermes situées à moins de 80 kilomètres.

« Nos enfants mangent à la cantine quatre jours sur cinq, c'est là que se joue une partie de leur santé », a défendu l'adjointe à l'éducation, Nadia Berthelot. Un second repas végétarien hebdomadaire sera également proposé à titre expérimental dans trois groupes scolaires.

L'opposition s'est abstenue. Son chef de file, Olivier Guérin, a salué « l'ambition » du projet mais s'inquiète de son coût : le prix de revient d'un repas passera de 7,80 € à 8,35 €. « Qui va payer la différence ? Les familles ou le contribuable ? », a-t-il interrogé.

Le maire a assuré que les tarifs facturés aux familles, calculés selon le quotient familial, n'augmenteraient pas de plus de 2 % l'an prochain. La tranche la plus basse restera fixée à 1 € le repas.

Les parents d'élèves de la FCPE, présents dans le public, se sont dits satisfaits mais demandent à être associés au comité de suivi des menus, qui se réunira une fois par trimestre.
"""),
    head=["Accueil › Loire-Atlantique › Saint-Herblain",
          "Par Camille Le Goff",
          "Publié le 18/11/2024 à 19h02, modifié le 19/11/2024 à 07h15",
          "Le restaurant scolaire de l'école Jean-Moulin, à Saint-Herblain. | ARCHIVES PRESSE OCÉAN"],
    mid=[("Jusqu'ici, la part", "Publicité"),
         ("L'opposition s'est abstenue.", "À lire également\nNantes Métropole : les tarifs des transports augmentent au 1er janvier\nRentrée scolaire : trois nouvelles classes ouvertes à Saint-Herblain"),
         ("Le maire a assuré", "Cet article vous a été utile ? Recevez chaque matin l'essentiel de l'actualité de votre commune en vous inscrivant à notre newsletter locale.")],
    tail=["Offre numérique : 1 € le premier mois, puis 9,99 € par mois\nSans engagement, résiliable à tout moment\nJe m'abonne",
          "Partager cet article\nFacebook\nX\nWhatsApp\nEnvoyer par e-mail",
          "Saint-Herblain · Éducation · Conseil municipal",
          "Signaler une erreur",
          "Presse Océan – Mentions légales – Politique de confidentialité – Gestion des cookies"],
    mixed=[("Le conseil municipal a adopté", "start", "Abonné"),
           ("Le maire a assuré", "end", "À lire aussi : Quotient familial : comment est calculé le prix de la cantine ?"),
           ("Les parents d'élèves", "end", "Suivez toute l'actualité de Saint-Herblain sur notre page Facebook.")],
    ltop=L("""
Presse Océan
Actu Sports Loisirs Nécrologie
Mon compte
S'abonner
"""),
    lmid=[(0, "Publié le 18/11/2024 à 19h02"),
          ("Jusqu'ici, la part", "Publicité"),
          ("« Nos enfants mangent", "Écouter cet article")],
    lbot=L("""
Partager
Les plus lus
Carquefou : un incendie détruit un entrepôt de la zone industrielle
Météo : vigilance orange aux vents violents ce week-end
Mentions légales
Contact
Paramétrer les cookies
"""),
))

# 2 -- opinion: four-day week
ARTICLES.append(dict(
    slug="fr3-tribune-semaine-quatre-jours", lang="fr", register="opinion",
    paras=P("""
« La semaine de quatre jours ne se décrète pas, elle se négocie »

TRIBUNE. Alors que plusieurs ministères expérimentent la semaine de quatre jours, la sociologue du travail Hélène Marchais estime que la réforme échouera si elle se résume à comprimer cinq jours de travail en quatre.

Depuis quelques mois, la semaine de quatre jours est devenue l'horizon obligé de tout discours sur la qualité de vie au travail. Des entreprises de la tech aux collectivités locales, on ne compte plus les annonces. Pourtant, derrière le même slogan se cachent des réalités très différentes.

Dans la version la plus répandue en France, le temps de travail reste inchangé : les 35 heures sont simplement réparties sur quatre journées de près de neuf heures. Pour un cadre qui peut moduler son agenda, c'est un gain. Pour une aide-soignante ou un agent d'accueil, c'est souvent une fatigue supplémentaire, sans bénéfice réel.

Les expériences menées au Royaume-Uni et en Islande, souvent citées en exemple, reposaient au contraire sur une réduction effective du temps de travail, accompagnée d'une réorganisation des tâches. Elles ont été construites avec les salariés, service par service, et évaluées par des chercheurs indépendants.

C'est cette méthode qui manque aujourd'hui. Trop souvent, la semaine de quatre jours est présentée comme un outil d'attractivité, une ligne de plus dans une offre d'emploi, plutôt que comme un projet collectif. Or un changement aussi profond de l'organisation du travail ne peut réussir que s'il est négocié, testé et ajusté.

Il ne s'agit pas de renoncer à l'idée, mais de la prendre au sérieux : fixer des objectifs clairs, mesurer les effets sur la santé comme sur la productivité, et accepter qu'elle ne convienne pas à tous les métiers. À ce prix seulement, elle cessera d'être un slogan.

Hélène Marchais est sociologue, maîtresse de conférences à l'université de Lille.
"""),
    head=["Idées",
          "Article réservé à nos abonnés",
          "Publié aujourd'hui à 06h00 · Temps de lecture 4 min.",
          "Ajouter à vos sélections"],
    mid=[("Depuis quelques mois", "Lecture du Quotidien en cours sur un autre appareil.\nVous pouvez lire Le Quotidien sur un seul appareil à la fois.\nContinuer à lire ici"),
         ("Les expériences menées", "Publicité"),
         ("C'est cette méthode", "Découvrez l'offre Famille : accédez à tous nos contenus à plusieurs, avec jusqu'à 4 comptes. Voir les offres")],
    tail=["Contribuer\nRéutiliser ce contenu",
          "Vous avez choisi de refuser le dépôt de cookies, vous pouvez modifier vos choix à tout moment.",
          "Les plus lus\nRetraites : ce que contient le compromis trouvé au Sénat\nÉnergie : le prix du gaz repart à la hausse",
          "Services Le Quotidien\nNewsletters\nApplications mobiles\nJeux : mots croisés, sudoku"],
    mixed=[("TRIBUNE.", "end", "Lire plus tard"),
           ("Il ne s'agit pas de renoncer", "end", "Il vous reste 30 % de cet article à lire. La suite est réservée aux abonnés."),
           ("Depuis quelques mois", "start", "Partager sur LinkedIn")],
    ltop=L("""
Le Quotidien
Rubriques
S'abonner
Se connecter
Idées
"""),
    lmid=[(0, "Hélène Marchais, sociologue"),
          ("Les expériences menées", "Publicité"),
          ("C'est cette méthode", "Offrir l'article")],
    lbot=L("""
Contribuer
Réutiliser ce contenu
Mentions légales
Charte du groupe
Politique de confidentialité
Gestion des cookies
Conditions générales de vente
"""),
))

# 3 -- product review with affiliate links
ARTICLES.append(dict(
    slug="fr3-test-aspirateur-balai", lang="fr", register="review",
    paras=P("""
Test du Vorta S9 : l'aspirateur balai qui fait (presque) tout bien

Annoncé à 399 €, le Vorta S9 s'attaque au cœur du marché des aspirateurs balais sans fil. Nous l'avons utilisé pendant trois semaines dans un appartement de 70 m² avec parquet, carrelage et un chat qui perd ses poils.

Conception et ergonomie

Avec 2,6 kg sur la balance, le S9 se manie sans peine, même pour aspirer en hauteur. La brosse motorisée pivote bien autour des pieds de table et son éclairage LED révèle la poussière sous le canapé. Seul regret : le réservoir de 0,5 litre se remplit vite dans un foyer avec animaux.

Performances

Sur sols durs, le résultat est excellent dès le mode normal. Sur un tapis à poils moyens, il faut passer en mode « Boost » pour déloger le sable et les poils incrustés, ce qui fait fondre l'autonomie. La brosse anti-enchevêtrement tient ses promesses : aucun cheveu enroulé après trois semaines.

Autonomie

Nous avons mesuré 52 minutes en mode éco, 31 minutes en mode normal et à peine 9 minutes en mode Boost. La batterie est amovible, ce qui permet d'en acheter une seconde, vendue 79 € par le fabricant. La recharge complète demande trois heures et demie.

Notre avis

Le Vorta S9 est l'un des meilleurs rapports qualité-prix de sa catégorie. Il ne rivalise pas avec les modèles à plus de 600 € sur les tapis épais, mais pour un logement majoritairement équipé de sols durs, il est difficile de trouver mieux à ce prix.

Les plus : léger et maniable, brosse anti-enchevêtrement efficace, batterie amovible.

Les moins : petit réservoir, mode Boost très gourmand, pas de station de vidage.

Note : 8/10
"""),
    head=["Accueil > Maison > Électroménager > Aspirateurs",
          "Par Julien Ferrand, le 04/03/2025",
          "Lorsque vous achetez via nos liens, nous pouvons percevoir une commission d'affiliation. Cela n'influence pas nos tests.",
          "Le Vorta S9 est livré avec trois accessoires et un support mural. © Julien Ferrand / Les Numériques Maison"],
    mid=[("Annoncé à 399 €", "Vorta S9\nMeilleur prix : 349 € chez Boulanger\nVoir l'offre\nComparer 6 offres"),
         ("Autonomie", "Publicité"),
         ("Les moins :", "Vous hésitez encore ? Consultez notre comparatif des meilleurs aspirateurs balais en 2025.")],
    tail=["Acheter le Vorta S9\nAmazon 359,99 €\nDarty 369 €\nCdiscount 354,90 €\nPrix mis à jour il y a 2 heures",
          "Cet article vous a plu ? Notez-le : ★★★★★",
          "Inscrivez-vous à notre newsletter bons plans et recevez chaque semaine les meilleures promos high-tech et maison.",
          "Sur le même sujet\nTest du Rowenta X-Force Flex 15.60\nQuel robot aspirateur choisir en 2025 ?",
          "Commentaires (14)\nConnectez-vous pour réagir"],
    mixed=[("Annoncé à 399 €", "start", "Bon plan :"),
           ("Note : 8/10", "end", "Voir le prix"),
           ("Nous avons mesuré 52 minutes", "end", "Achetez la batterie supplémentaire ici.")],
    ltop=L("""
Les Numériques Maison
Tests
Comparatifs
Bons plans
Se connecter
"""),
    lmid=[(0, "Mis à jour le 04/03/2025"),
          ("Conception et ergonomie", "Sommaire"),
          ("Performances", "Publicité"),
          ("Notre avis", "Voir l'offre chez Boulanger")],
    lbot=L("""
Comparer les prix
Alertes prix
Qui sommes-nous ?
Notre protocole de test
Mentions légales
CGU
"""),
))

# 4 -- TRAP: CNIL fine over cookie banners
ARTICLES.append(dict(
    slug="fr3-cnil-amende-cookies", lang="fr", register="national", trap=True,
    paras=P("""
Cookies : la CNIL inflige une amende de 15 millions d'euros à un géant du e-commerce

La Commission nationale de l'informatique et des libertés reproche à la plateforme d'avoir rendu le refus des traceurs publicitaires bien plus compliqué que leur acceptation.

La sanction est tombée jeudi. La CNIL a condamné une grande plateforme de vente en ligne à 15 millions d'euros d'amende pour des manquements aux règles sur les cookies, ces petits fichiers déposés sur l'ordinateur ou le téléphone des internautes pour suivre leur navigation.

Au cœur du dossier : le bandeau affiché à l'arrivée sur le site. Un bouton « Tout accepter » y figurait en évidence, tandis que l'option permettant de refuser les traceurs se cachait derrière un lien discret intitulé « Personnaliser ». Selon la CNIL, il fallait au moins quatre clics pour refuser, contre un seul pour accepter.

« Refuser les cookies doit être aussi simple que les accepter », rappelle l'autorité dans sa délibération. Elle constate également que des cookies publicitaires étaient déposés avant même que l'utilisateur ait exprimé son choix, ce qui est interdit par la loi Informatique et Libertés.

L'entreprise dispose de trois mois pour se mettre en conformité, sous peine d'une astreinte de 100 000 euros par jour de retard. Elle a annoncé son intention de faire appel devant le Conseil d'État, estimant que son bandeau était « conforme aux pratiques du secteur ».

Ce n'est pas la première fois que la CNIL sanctionne des acteurs majeurs sur ce terrain. Depuis 2020, plusieurs grands groupes du numérique ont été condamnés à des amendes allant jusqu'à 150 millions d'euros pour des bandeaux jugés trompeurs.

Pour les internautes, le conseil reste le même : prendre le temps de lire les fenêtres de consentement et ne pas cliquer machinalement sur le bouton le plus visible. Les navigateurs permettent aussi d'effacer régulièrement les cookies stockés.
"""),
    trap_promo=("head", "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées. Vous pouvez accepter, refuser ou paramétrer vos choix.\nAccepter et fermer\nContinuer sans accepter\nParamétrer"),
    head=["Nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées. Vous pouvez accepter, refuser ou paramétrer vos choix.\nAccepter et fermer\nContinuer sans accepter\nParamétrer",
          "Tech & Net",
          "Par Théo Marchand (avec AFP)",
          "Publié le 12 décembre 2024 à 11h47"],
    mid=[("La sanction est tombée jeudi.", "Publicité"),
         ("L'entreprise dispose de trois mois", "LIRE AUSSI >> RGPD : comment savoir quelles données une entreprise détient sur vous")],
    tail=["Newsletter Tech : chaque vendredi, l'essentiel du numérique décrypté par notre rédaction. Je m'inscris",
          "Téléchargez l'application pour ne rien manquer de l'actualité\nDisponible sur l'App Store et Google Play",
          "Tags : CNIL · Données personnelles · E-commerce",
          "© Le Parisien Libre - Toute reproduction interdite"],
    mixed=[("La Commission nationale", "end", "Écouter cet article (3 min)"),
           ("Ce n'est pas la première fois", "end", "À lire aussi : Données personnelles : ce que change le nouveau règlement européen"),
           ("La sanction est tombée jeudi.", "start", "Exclusif abonnés")],
    ltop=L("""
Le Parisien Libre
Actualités
Tech & Net
Mon espace
"""),
    lmid=[(0, "Le 12 décembre 2024 à 11h47"),
          ("La sanction est tombée jeudi.", "Publicité"),
          ("« Refuser les cookies doit", "Lire aussi : RGPD : vos droits en cinq questions")],
    lbot=L("""
Partager
Copier le lien
Les plus lus
Plan du site
Mentions légales
Gérer mes choix
"""),
))

# 5 -- sport: rugby Top 14
ARTICLES.append(dict(
    slug="fr3-top14-clermont-toulouse", lang="fr", register="sport",
    paras=P("""
Top 14 : Clermont renverse Toulouse au bout du suspense au Michelin

Menés de dix points à l'heure de jeu, les Auvergnats se sont imposés 26-23 samedi soir face au champion en titre, grâce à un essai de leur troisième ligne Bastien Roques à deux minutes de la fin.

Le scénario semblait pourtant écrit d'avance. Bien plus réalistes en première période, les Toulousains avaient inscrit deux essais en contre, dont un de 70 mètres signé par l'ailier Mathis Carbonnel, pour mener 20-10 à la pause.

Au retour des vestiaires, Clermont a changé de visage. Poussée par un stade Marcel-Michelin à guichets fermés, la mêlée auvergnate a pris le dessus et obtenu trois pénalités coup sur coup, toutes transformées par l'ouvreur Anthony Belleau, revenu de blessure.

Toulouse a encore cru tenir le match avec une pénalité à la 71e minute (23-19), mais la fin de rencontre a été entièrement jaune et bleu. Après une série de pick-and-go à cinq mètres de la ligne, Roques a fini par aplatir au ras d'un regroupement, validé après un long recours à l'arbitrage vidéo.

« On a montré du caractère. Ce groupe ne lâche jamais, ce soir on l'a prouvé devant notre public », a savouré le capitaine clermontois au micro de Canal+. Côté toulousain, l'entraîneur a regretté « trop d'indiscipline en seconde période ».

Grâce à ce succès, Clermont remonte à la cinquième place du classement. Toulouse conserve la tête mais voit revenir Bordeaux-Bègles à un point.

Clermont : 2 essais (Fofana 28e, Roques 78e), 2 transformations et 4 pénalités (Belleau). Toulouse : 2 essais (Carbonnel 17e, Lebel 36e), 2 transformations et 3 pénalités (Ramos).
"""),
    head=["Rugby > Top 14 > 11e journée",
          "Publié le 23/11/2024 à 23h12",
          "Bastien Roques (au centre) célèbre l'essai de la victoire. (Photo Jérémy Martin / ICON Sport)"],
    mid=[("Le scénario semblait", "Publicité"),
         ("Toulouse a encore cru", "🏉 Tout le rugby en direct : téléchargez l'application et activez les notifications pour suivre les matchs en live."),
         ("Grâce à ce succès", "Vidéos\nLe résumé vidéo de Clermont - Toulouse\nLes réactions d'après-match en vidéo")],
    tail=["Classement Top 14\nCalendrier et résultats\nStatistiques des joueurs",
          "Profitez de 3 mois d'accès illimité à nos articles Premium pour 1 € seulement. J'en profite",
          "Suivez-nous\nFacebook Instagram X YouTube",
          "Réagissez à cet article (32 commentaires)",
          "Données fournies par Opta"],
    mixed=[("Menés de dix points", "start", "Premium"),
           ("« On a montré du caractère.", "end", "Revivez le match en direct commenté ici."),
           ("Au retour des vestiaires", "start", "Crédit photo : Icon Sport")],
    ltop=L("""
Midi Ovale
Le Top 14 en direct
Pro D2
XV de France
Connexion
"""),
    lmid=[(0, "23/11/2024 à 23h12"),
          ("Le scénario semblait", "Publicité"),
          ("Toulouse a encore cru", "Diaporama : les notes des Clermontois")],
    lbot=L("""
Partager sur Facebook
Partager sur X
Réagir
À découvrir également
Mentions légales
Données personnelles
Cookies
"""),
))

# 6 -- travel: island of Groix
ARTICLES.append(dict(
    slug="fr3-escapade-ile-de-groix", lang="fr", register="travel",
    paras=P("""
Trois jours sur l'île de Groix, loin de la foule

À 45 minutes de bateau de Lorient, Groix reste l'une des îles bretonnes les plus préservées. Falaises, criques de sable rouge et ports de pêche : notre itinéraire pour un long week-end.

Jour 1 : Port-Tudy et le bourg

La traversée depuis Lorient se fait avec la compagnie Océane, avec une dizaine de départs par jour en été. Au débarquement à Port-Tudy, on loue un vélo – la voiture est inutile sur une île de huit kilomètres de long. Direction le bourg et son église, surmontée d'une girouette en forme de thon, rappel du passé thonier de l'île. L'écomusée, installé dans une ancienne conserverie, raconte cette histoire en détail.

Jour 2 : la côte sauvage

Le sentier côtier fait le tour de l'île sur 25 kilomètres. Sa portion sud, entre la pointe des Chats et Port-Lay, est la plus spectaculaire. On y croise la réserve naturelle François-Le Bail, célèbre pour ses roches rares, dont le grenat et la glaucophane. Emportez de l'eau : il n'y a aucun commerce sur le chemin.

Jour 3 : la plage des Grands Sables

C'est l'unique plage convexe d'Europe : elle avance dans la mer au gré des courants et se déplace de plusieurs mètres chaque année. Le sable y prend une teinte rougeâtre due aux grenats. En fin de journée, on s'attable au port pour une assiette de langoustines avant le dernier bateau.

Infos pratiques

Y aller : traversée Lorient–Groix à partir de 32 € aller-retour pour un adulte, réservation conseillée en juillet-août. Se loger : gîtes, chambres d'hôtes et un camping municipal ; comptez 90 à 140 € la nuit en haute saison. Quand partir : mai, juin et septembre, pour éviter l'affluence estivale.
"""),
    head=["Voyage › France › Bretagne",
          "Par Sophie Kerjean – Mis à jour le 2 juin 2025",
          "Partager\nEnregistrer\nImprimer",
          "La plage des Grands Sables, à l'est de l'île. © Sophie Kerjean"],
    mid=[("Jour 1 : Port-Tudy", "Publicité"),
         ("Jour 2 : la côte sauvage", "Trouvez votre hébergement à Groix\nRéserver sur Booking.com\n(lien affilié)"),
         ("Infos pratiques", "Envie d'évasion ? Recevez chaque jeudi nos idées de week-ends et de voyages avec la newsletter Escapades. Je m'abonne gratuitement")],
    tail=["À lire aussi\nBelle-Île-en-Mer : 10 choses à faire\nÎle de Sein, le bout du monde breton\nOuessant à vélo, notre itinéraire",
          "Épinglez cet article sur Pinterest pour le retrouver facilement !",
          "Ce contenu contient des liens affiliés : si vous réservez via ces liens, nous touchons une petite commission, sans surcoût pour vous.",
          "Voyages & Escales est édité par Prisme Médias SAS. Tous droits réservés. Mentions légales · CGU · Contact"],
    mixed=[("À 45 minutes de bateau", "end", "Sommaire de l'article"),
           ("La traversée depuis Lorient", "end", "Réservez vos billets de bateau en ligne ici."),
           ("C'est l'unique plage convexe", "start", "Photo : Sophie Kerjean")],
    ltop=L("""
Voyages & Escales
Destinations
Idées week-end
Carnets de route
S'abonner au magazine
"""),
    lmid=[(0, "Mis à jour le 2 juin 2025"),
          ("Jour 2 : la côte sauvage", "Publicité"),
          ("Jour 3 : la plage", "Réserver sur Booking.com")],
    lbot=L("""
À lire aussi
Partager l'article
Abonnez-vous au magazine
Qui sommes-nous
Mentions légales
Préférences cookies
"""),
))
