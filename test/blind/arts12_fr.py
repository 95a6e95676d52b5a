"""Blind set 9 (arts12), French: night-train travel piece, glaciology science story."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-fr-voyage-train-de-nuit",
        "register": "voyage",
        "lang": "fr",
        "paras": P("""
De Paris à Briançon en train de nuit : le voyage est déjà la destination

Il est 20 h 50 à la gare d'Austerlitz, et le quai ressemble à un départ en colonie de vacances : des skis dans des housses, des familles chargées de sacs, un chien qui refuse de monter.

Le train de nuit pour Briançon, relancé il y a quelques années après une longue période d'incertitude, relie la capitale aux Hautes-Alpes en un peu moins de onze heures. Il s'arrête en route à Valence, Gap et Embrun.

Les voitures couchettes sont rénovées mais sans luxe. Chaque compartiment de première classe compte quatre couchettes, contre six en seconde, avec une petite lampe, une prise et un kit de nuit : bouchons d'oreilles, eau, lingette.

Le contrôleur passe vers 22 heures. Ensuite, il ne reste plus que le balancement du wagon et, de temps en temps, les lumières d'une gare qu'on traverse sans s'arrêter.

On dort mal, puis on dort bien. Vers 6 heures, le train longe la Durance, et le jour se lève sur les sommets enneigés.

« Je le prends trois fois par hiver », raconte Hélène, une retraitée lyonnaise montée à Valence. « En voiture, j'arrivais épuisée. Là, j'arrive à 8 heures et je suis sur les pistes à 10. »

Arrivée à Briançon

La ville la plus haute de France, à 1 326 mètres, se découvre à pied. La cité Vauban, inscrite au patrimoine mondial de l'Unesco, domine la vallée avec ses remparts et ses ruelles pentues, parcourues par d'étroites rigoles appelées gargouilles.

Les stations de Serre Chevalier sont accessibles en bus depuis la gare en une vingtaine de minutes.

Pratique

Billets à partir de 19 euros en siège inclinable et de 39 euros en couchette, en réservant plusieurs semaines à l'avance. Les places partent vite pendant les vacances scolaires.

Le retour part de Briançon vers 20 heures et arrive à Paris le lendemain matin peu avant 7 heures.
"""),
        "head": [
            "Accueil › Voyages › France › Alpes",
            "Ce reportage est en accès libre. Nos carnets de route complets sont réservés au Club Écho : 1 € le premier mois, sans engagement.",
        ],
        "mid": [
            ("Les voitures couchettes", "Publicité"),
            ("« Je le prends", "Réservez votre hôtel à Briançon\nHôtel des Remparts ★★★ – dès 89 € la nuit\nVoir les disponibilités"),
            ("Les stations de Serre", "À lire aussi\nLes plus beaux trains panoramiques d'Europe\nSki sans voiture : 8 stations accessibles en train"),
        ],
        "tail": [
            "Recevez chaque vendredi « Billet retour », notre lettre d'évasion : des idées de week-ends, sans avion.\nVotre adresse e-mail\nJe m'inscris",
            "Partager : Facebook · X · WhatsApp · Copier le lien",
            "Commentaires (18) – Connectez-vous pour réagir",
        ],
        "mixed": [
            ("Il est 20 h 50", "start", "Photo : Maud Castel pour L'Écho."),
            ("Le train de nuit pour", "end", "Comparez les prix des billets avec notre partenaire TrainMalin."),
            ("On dort mal", "end", "Retrouvez tous nos carnets de voyage dans l'application L'Écho."),
            ("La ville la plus haute", "end", "Offrez-vous un séjour à Briançon grâce aux bons plans de nos partenaires, jusqu'à -30 %."),
        ],
        "ltop": L("""
L'Écho
Actualités
Voyages
Gastronomie
Club Écho
Se connecter
Accueil › Voyages › France › Alpes
"""),
        "lmid": [
            ("Le contrôleur passe", "Publicité"),
            ("Arrivée à Briançon", "Hôtels à Briançon dès 89 € : comparer"),
        ],
        "lbot": L("""
À lire aussi
Billet retour, la lettre du vendredi
Mentions légales
Gérer mes cookies
© L'Écho 2025
"""),
        "ftop_extra": [
            "Votre vie privée compte pour nous. Avec nos partenaires, nous déposons des traceurs pour mesurer l'audience et personnaliser les publicités. Tout accepter Paramétrer Continuer sans accepter →",
        ],
    },
    {
        "slug": "b12-fr-science-glacier-argentiere",
        "register": "science",
        "lang": "fr",
        "paras": P("""
Sous le glacier d'Argentière, une rivière cachée livre ses secrets

Depuis plus de quarante ans, des scientifiques descendent régulièrement sous le glacier d'Argentière, dans le massif du Mont-Blanc, par un tunnel creusé dans la roche pour une centrale hydroélectrique. Ce laboratoire hors norme leur permet d'observer directement le contact entre la glace et le lit rocheux.

Une étude publiée ce mois-ci dans une revue de glaciologie montre que l'eau qui circule sous le glacier joue un rôle plus important qu'on ne le pensait dans sa vitesse d'écoulement.

« Quand il y a beaucoup d'eau à la base, le glacier glisse comme sur un savon », résume Claire Vasseur, glaciologue et coautrice de l'étude.

Pendant trois étés, l'équipe a mesuré en continu la pression de l'eau sous la glace et la vitesse du glacier à l'aide de capteurs installés dans le tunnel et de balises GPS posées en surface.

Résultat : lors des épisodes de fonte intense, la pression augmente brutalement et le glacier peut avancer deux fois plus vite qu'en temps normal, pendant quelques heures ou quelques jours.

Un phénomène amplifié par le réchauffement

Avec la hausse des températures, ces épisodes se multiplient. Or un glacier qui glisse plus vite transporte davantage de glace vers les altitudes basses, où elle fond.

Les chercheurs soulignent toutefois que l'effet n'est pas uniforme. À la fin de l'été, lorsque des chenaux bien formés évacuent l'eau efficacement, la pression baisse et le glacier ralentit.

« Ce n'est pas une mauvaise nouvelle de plus, c'est une pièce du puzzle qui nous manquait », insiste la chercheuse.

Ces données devraient permettre d'améliorer les modèles utilisés pour prévoir l'évolution des glaciers alpins, qui ont perdu près d'un tiers de leur volume depuis le début du siècle.

Le glacier d'Argentière a reculé de plus d'un kilomètre depuis la fin du XIXe siècle.
"""),
        "head": [
            "Sciences › Climat › Glaciers",
            "Sciences & Monde ne vit que grâce à ses lecteurs. Pour une information scientifique libre et indépendante, un don de 5 € compte déjà.",
        ],
        "mid": [
            ("« Quand il y a", "Écoutez « La Tête dans les nuages », notre podcast sur le climat, sur Deezer, Spotify et Apple Podcasts."),
            ("Résultat : lors des", "Publicité"),
            ("Les chercheurs soulignent", "Dans le même dossier\nFonte des glaciers : les Pyrénées en première ligne\nLe permafrost alpin se réchauffe aussi"),
        ],
        "tail": [
            "Le numéro de mars est en kiosque : 100 pages sur l'eau en montagne. Commandez-le en ligne, frais de port offerts.",
            "Cet article vous a intéressé ? Suivez Sciences & Monde sur Instagram et LinkedIn.",
            "Mots-clés : glaciologie, Alpes, changement climatique",
        ],
        "mixed": [
            ("Depuis plus de quarante ans", "end", "Crédit photo : Bruno Aymard/Sciences & Monde."),
            ("Pendant trois étés", "start", "Lisez la suite sans publicité avec l'offre Numérique Intégral."),
            ("Avec la hausse des", "end", "Recevez nos alertes climat directement sur votre téléphone."),
            ("Le glacier d'Argentière a reculé", "end", "Un don ponctuel ou mensuel nous aide à poursuivre ce travail."),
        ],
        "ltop": L("""
Sciences & Monde
Espace
Climat
Santé
Le magazine
Faire un don
Connexion
Sciences › Climat › Glaciers
"""),
        "lmid": [
            ("Un phénomène amplifié", "Publicité"),
            ("« Ce n'est pas", "À lire aussi : Le permafrost alpin se réchauffe aussi"),
        ],
        "lbot": L("""
Mots-clés : glaciologie, Alpes, changement climatique
Faire un don à Sciences & Monde
Contact
Paramètres de confidentialité
© Sciences & Monde 2025
"""),
    },
]
