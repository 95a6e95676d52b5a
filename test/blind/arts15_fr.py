"""Blind set 12, French: exhibition review, appeal-court ruling summary, cookie banners explainer (trap)."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 13. Museum / exhibition review
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "fr-lecuyer-brumes-expo-critique",
    "register": "museum exhibition review",
    "lang": "fr",
    "paras": P("""
À Valmont, Jeanne Lécuyer sort enfin de la brume

Le musée des Beaux-Arts consacre sa première rétrospective à la paysagiste normande, oubliée pendant un siècle. Une révélation, malgré un accrochage parfois timide.

Par Claire Vasseur

Il faut traverser trois salles avant de comprendre ce qui se joue ici. Les premières toiles de Jeanne Lécuyer (1861-1934), des vues de l’estuaire peintes vers 1885, ressemblent à beaucoup d’autres : un ciel bas, une barque, la ligne grise de la côte. Puis, soudain, dans la quatrième salle, les contours se dissolvent. La mer et le ciel ne font plus qu’une seule matière, laiteuse, presque abstraite.

Ces « Brumes de Honfleur », une série de vingt-deux petits formats peints entre 1898 et 1903, constituent le cœur de l’exposition. Réunies pour la première fois depuis la mort de l’artiste, elles proviennent pour moitié de collections particulières et n’avaient jamais été montrées au public.

La commissaire, Hélène Marquis, a choisi de les accrocher très bas, à hauteur d’enfant, et de tamiser la lumière. Le dispositif fonctionne : on se penche, on s’approche, on finit par oublier le cadre.

Une carrière empêchée

Le parcours rappelle aussi, sans pathos, les obstacles rencontrés par une femme peintre à la fin du XIXe siècle. Refusée à l’École des beaux-arts, Lécuyer se forme dans l’atelier d’un copiste rouennais, expose deux fois au Salon, puis se retire à Honfleur où elle vend ses toiles à des touristes anglais.

On regrettera seulement que les dernières salles, consacrées aux œuvres tardives, soient aussi sobres. Les grands formats des années 1920, plus sombres et plus violents, auraient mérité davantage d’espace et un vrai propos.

« Jeanne Lécuyer. Les brumes et la lumière », musée des Beaux-Arts de Valmont, jusqu’au 15 juin. Du mardi au dimanche, de 10 heures à 18 heures. Entrée : 9 €, gratuit pour les moins de 26 ans.
"""),
    "head": [
        "Culture › Arts › Expositions",
        "Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous à partir de 1 € le premier mois.",
        "Jeanne Lécuyer, « Brume sur l’estuaire », vers 1900, huile sur carton. Collection particulière. © Musée des Beaux-Arts de Valmont / Photo Pierre Aubry",
    ],
    "mid": [
        ("Ces « Brumes de Honfleur »", "À lire aussi\nMonet, Boudin et les autres : la Normandie, berceau de l’impressionnisme\nLes dix expositions à ne pas manquer ce printemps"),
        ("Une carrière empêchée", "Publicité"),
    ],
    "tail": [
        "Réservez vos billets coupe-file pour l’exposition avec notre partenaire Sortiz : -10 % avec le code CULTURE10.",
        "Newsletter « Sortir » : chaque jeudi, notre sélection d’expositions, de concerts et de spectacles près de chez vous. Je m’inscris",
        "Partager : Facebook · X · LinkedIn · Envoyer par e-mail · Copier le lien",
        "© L’Écho normand 2025 – Toute reproduction interdite sans autorisation.",
    ],
    "mixed": [
        ("Par Claire Vasseur", "end", "Publié le 4 avril 2025 à 17h02, mis à jour à 18h30"),
        ("La commissaire, Hélène Marquis", "start", "Article réservé aux abonnés."),
        ("On regrettera seulement", "end", "Offrez-vous l’édition numérique du week-end : le journal complet dès 5 heures"),
    ],
    "ltop": L("""
L’Écho normand
Actualité · Régions · Économie · Culture · Sports · Loisirs
Culture › Arts › Expositions
Article réservé aux abonnés
"""),
    "lmid": [
        ("Il faut traverser", "© Musée des Beaux-Arts de Valmont / Photo Pierre Aubry"),
        ("Une carrière empêchée", "Publicité"),
    ],
    "lbot": L("""
Réservez vos billets coupe-file avec Sortiz
Newsletter « Sortir » : je m’inscris
Mentions légales · Charte de confidentialité · Gérer mes cookies
"""),
})

# ---------------------------------------------------------------------------
# 14. Court ruling summary (labour appeal court)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "fr-cour-appel-licenciement-messagerie",
    "register": "court ruling summary",
    "lang": "fr",
    "paras": P("""
Licenciée pour un message sur la messagerie interne : la cour d’appel donne raison à la salariée

Dans un arrêt rendu le 11 mars, la chambre sociale de la cour d’appel de Lorvannes juge qu’un message privé échangé entre deux collègues ne pouvait pas justifier un licenciement pour faute grave.

Les faits

Mme L., assistante commerciale depuis neuf ans dans une entreprise de négoce de matériaux, avait été licenciée en 2022 après avoir écrit à une collègue, sur la messagerie instantanée de l’entreprise, que son supérieur « ferait mieux d’apprendre à lire un bon de commande avant de donner des leçons ». Le message avait été découvert lors d’un contrôle informatique.

L’employeur invoquait un dénigrement de la hiérarchie et une atteinte à l’autorité du manager. Le conseil de prud’hommes avait validé le licenciement en première instance.

La décision

La cour infirme ce jugement. Elle relève que le message a été envoyé dans une conversation à deux, intitulée par la salariée elle-même « perso », et qu’il n’était pas destiné à être diffusé. Selon les juges, il relève de la correspondance privée, même s’il transite par un outil professionnel.

La cour ajoute que les propos, « s’ils traduisent un agacement », ne présentent pas de caractère injurieux ou excessif. Le licenciement est donc jugé sans cause réelle et sérieuse.

L’entreprise est condamnée à verser 28 400 euros de dommages et intérêts à la salariée, ainsi que l’indemnité de préavis et l’indemnité légale de licenciement.

Ce qu’il faut retenir

Pour Me Sandrine Olivier, avocate en droit du travail, l’arrêt s’inscrit dans une jurisprudence désormais constante. « L’outil appartient à l’employeur, mais la conversation n’est pas forcément professionnelle. Tout dépend de son contexte et de son intitulé. » L’employeur dispose de deux mois pour se pourvoir en cassation.

CA Lorvannes, ch. soc., 11 mars 2025, n° 23/01876.
"""),
    "head": [
        "Accueil › Droit › Droit du travail › Jurisprudence",
        "Contenu réservé aux abonnés Premium. Déjà abonné ? Se connecter",
    ],
    "mid": [
        ("L’employeur invoquait", "Publicité – Logiciel de paie : passez à Payflow et gagnez 3 heures par mois. Essai gratuit 30 jours"),
        ("La cour ajoute", "Formation : « Sanctionner un salarié sans risque » – classe virtuelle le 24 avril, 7 heures, éligible CPF. Inscrivez-vous"),
    ],
    "tail": [
        "Vous êtes RH, juriste ou dirigeant ? Recevez gratuitement la lettre « Social Express » chaque lundi matin.",
        "Réagissez à cet article : connectez-vous pour déposer un commentaire.",
        "Sur le même thème\nTélétravail : l’employeur peut-il imposer une caméra allumée ?\nRupture conventionnelle : les nouveaux délais en 2025",
        "Tous droits réservés © Éditions Juriscope 2025",
    ],
    "mixed": [
        ("Dans un arrêt rendu", "start", "Temps de lecture : 3 min."),
        ("L’entreprise est condamnée", "end", "Téléchargez notre modèle de lettre de contestation au format Word."),
        ("CA Lorvannes", "end", "Consultez l’arrêt intégral dans notre base Juriscope Pro"),
    ],
    "ltop": L("""
Juriscope – l’actualité du droit pour les professionnels
Accueil › Droit › Droit du travail › Jurisprudence
Contenu réservé aux abonnés Premium
"""),
    "lmid": [
        ("Les faits", "Publicité"),
        ("La décision", "Formation « Sanctionner un salarié sans risque » – je m’inscris"),
    ],
    "lbot": L("""
Imprimer · Partager · Enregistrer dans mes favoris
Recevez la lettre « Social Express »
Tous droits réservés © Éditions Juriscope 2025
"""),
})

# ---------------------------------------------------------------------------
# 15. TRAP: consumer-rights explainer about cookie banners
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "fr-bandeaux-cookies-droits-trap",
    "register": "consumer-rights explainer",
    "lang": "fr",
    "trap": True,
    "paras": P("""
Bandeaux cookies : ce que les sites ont le droit de vous imposer, et ce qu’ils n’ont pas le droit de faire

Refuser doit être aussi simple qu’accepter. Pourtant, de nombreux sites continuent de pousser les internautes à « tout accepter ». Nos réponses aux questions les plus fréquentes.

Par Thomas Bellanger

Qu’est-ce qu’un cookie, au juste ?

C’est un petit fichier déposé sur votre ordinateur ou votre téléphone lorsque vous visitez un site. Certains sont indispensables, par exemple pour garder en mémoire le contenu de votre panier. D’autres servent à mesurer l’audience ou à vous suivre d’un site à l’autre pour vous proposer de la publicité ciblée.

Le site doit-il me demander mon accord ?

Oui, pour tous les cookies qui ne sont pas strictement nécessaires au fonctionnement du service. Le consentement doit être libre, éclairé et donné par un geste clair. Continuer à faire défiler la page ne vaut pas accord.

Un bouton « Continuer sans accepter » suffit-il ?

Il est admis, à condition qu’il soit aussi visible que le bouton « Accepter ». Un lien minuscule en gris clair, placé en bas du bandeau, ne respecte pas cette exigence, estime l’association de consommateurs Clic & Droits dans une étude publiée en février : sur 150 sites français examinés, 41 rendaient le refus nettement plus difficile que l’acceptation, et 12 déposaient des cookies publicitaires avant même que l’internaute ait fait un choix.

Et les sites qui me demandent de payer si je refuse ?

Le modèle dit « accepter ou payer » se répand, notamment chez les éditeurs de presse. Il n’est pas interdit en soi, mais le prix demandé doit rester raisonnable et l’alternative doit être réelle, rappelle l’autorité de protection des données.

Comment changer d’avis ?

Un site doit vous permettre de retirer votre consentement aussi facilement que vous l’avez donné, en général grâce à un lien « Gérer mes cookies » en bas de page. Vous pouvez aussi effacer les cookies depuis les réglages de votre navigateur.

Si un site ne respecte pas ces règles, vous pouvez déposer une plainte en ligne auprès de l’autorité. Elle a prononcé l’an dernier une quinzaine de sanctions, dont plusieurs de plus d’un million d’euros.
"""),
    "head": [
        "Consommation › Numérique › Vie privée",
        "Nous et nos partenaires utilisons des traceurs pour mesurer l’audience et personnaliser les annonces. Paramétrer · Refuser · Accepter et fermer",
        "Illustration : un bandeau de consentement sur un smartphone. Photo Maxime Rolland / Hans Lucas",
    ],
    "mid": [
        ("Le site doit-il me demander", "Publicité"),
        ("Un bouton « Continuer", "Lire aussi : Démarchage téléphonique, ce qui change au 1er août"),
    ],
    "tail": [
        "Cet article vous a été utile ? Soutenez une information indépendante au service des consommateurs : abonnez-vous dès 2,90 € par mois, sans engagement.",
        "Recevez nos alertes conso directement sur votre téléphone : activez les notifications.",
        "Les plus lus\nLivret A : le taux va-t-il encore baisser ?\nRappel conso : des lots de fromage râpé retirés de la vente",
        "© Le Quotidien de l’Ouest – Conditions générales · Politique de confidentialité",
    ],
    "mixed": [
        ("Par Thomas Bellanger", "end", "Le 27/03/2025 à 06h00"),
        ("Un site doit vous permettre", "start", "Article abonné."),
        ("Si un site ne respecte pas", "end", "Testez gratuitement notre offre numérique pendant 15 jours"),
    ],
    "ltop": L("""
Le Quotidien de l’Ouest
Actu · Conso · Santé · Argent · Sport · Météo
Consommation › Numérique › Vie privée
Photo Maxime Rolland / Hans Lucas
"""),
    "lmid": [
        ("Le site doit-il me demander", "Publicité"),
        ("Comment changer d’avis ?", "Lire aussi : Démarchage téléphonique, ce qui change au 1er août"),
    ],
    "lbot": L("""
Partager sur Facebook · WhatsApp · X
Activez les notifications conso
Abonnez-vous dès 2,90 € par mois
Mentions légales · Paramètres de confidentialité
"""),
})
