"""The demo articles in French: title, summary and body of each, by key."""

from .common import bullets, call_to_action, heading, paragraph, picture, quote

ARTICLES = {
    "news-prize-2024": {
        "title": (
            "Le prix Antoine Rufenacht récompense la reconversion du port de Tanger"
        ),
        "summary": (
            "Le jury a salué une opération qui rend les quais aux habitants tout en "
            "maintenant l'activité portuaire."
        ),
        "body": [
            paragraph(
                "<p>Le prix Antoine Rufenacht distingue chaque année une opération "
                "exemplaire de relation ville-port. Cette édition récompense la "
                "reconversion du port historique de Tanger, au pied de la médina : "
                "l'activité de marchandises lourdes a rejoint un port en eau profonde "
                "hors de la ville, et les bassins libérés accueillent désormais une "
                "marina, un terminal de croisière, un port de pêche modernisé et une "
                "longue promenade publique.</p>"
            ),
            paragraph(
                "<p>Le jury, composé de représentants de villes, d'autorités "
                "portuaires et d'universités du réseau, a examiné une vingtaine de "
                "candidatures venues de quatre continents. Il a retenu le projet de "
                "Tanger pour la qualité du dialogue entre les acteurs et pour sa "
                "capacité à garder le port vivant au cœur de la ville.</p>"
            ),
            heading("Ce que le jury a retenu"),
            bullets(
                [
                    "Des quais ouverts au public, reliés à la médina par des "
                    "cheminements piétons.",
                    "Un port de pêche et un terminal de ferries maintenus en "
                    "activité, à côté des nouveaux usages.",
                    "Une gouvernance partagée entre la ville, le port et l'État, "
                    "avec des habitants consultés à chaque étape.",
                ]
            ),
            quote(
                "Ce projet montre qu'on peut ouvrir le port à la ville sans lui "
                "retirer son âme portuaire.",
                "Le jury du prix Antoine Rufenacht",
            ),
            paragraph(
                "<p>Le prix sera remis lors de la prochaine conférence mondiale "
                "Villes & Ports. Les candidatures de l'édition suivante ouvriront au "
                "printemps ; toutes les villes et tous les ports, membres ou non du "
                "réseau, peuvent présenter une opération achevée depuis moins de "
                "cinq ans.</p>"
            ),
        ],
    },
    "news-shore-power": {
        "title": (
            "Branchement électrique à quai : cinq villes portuaires partagent leur "
            "expérience"
        ),
        "summary": (
            "Des ports d'Europe, d'Amérique et d'Afrique comparent coûts, calendriers "
            "et bénéfices pour la qualité de l'air."
        ),
        "body": [
            paragraph(
                "<p>Un navire à quai continue de faire tourner ses moteurs auxiliaires "
                "pour produire l'électricité dont il a besoin : éclairage, "
                "climatisation, cuisines, manutention. À quelques centaines de mètres "
                "des logements, ces émissions pèsent sur la qualité de l'air et sur "
                "le bruit. Le branchement électrique à quai permet d'éteindre ces "
                "moteurs pendant l'escale.</p>"
            ),
            paragraph(
                "<p>Réunis par l'AIVP, cinq membres du réseau ont comparé leurs "
                "projets : deux exploitent déjà des bornes pour les ferries et les "
                "navires de croisière, deux sont en chantier et le dernier achève ses "
                "études de faisabilité. Tous soulignent que la technique n'est plus "
                "le principal obstacle.</p>"
            ),
            heading("Les enseignements"),
            bullets(
                [
                    "<b>Le raccordement au réseau</b> est souvent le poste le plus "
                    "long : il faut anticiper plusieurs années avec le gestionnaire "
                    "d'électricité.",
                    "<b>Les armateurs</b> doivent équiper leurs navires ; des "
                    "accords par ligne régulière facilitent l'investissement.",
                    "<b>Le prix de l'électricité</b> à quai doit rester compétitif "
                    "face au carburant des moteurs auxiliaires.",
                    "<b>La mesure</b> de la qualité de l'air avant et après permet "
                    "de montrer aux habitants les bénéfices obtenus.",
                ]
            ),
            quote(
                "Le jour où les premiers navires se sont branchés, les riverains "
                "l'ont entendu avant de le lire dans le journal.",
                "Une responsable environnement d'un port participant",
            ),
            paragraph(
                "<p>Ces retours d'expérience alimentent l'objectif 2 de l'Agenda 2030 "
                "de l'AIVP, consacré à la transition énergétique. Un webinaire "
                "consacré au financement de l'électrification des quais prolongera "
                "l'échange dans les prochaines semaines.</p>"
            ),
        ],
    },
    "news-port-center-label": {
        "title": "Trois nouveaux Port Centers reçoivent le label AIVP",
        "summary": (
            "Lieux ouverts aux habitants et aux scolaires, ils expliquent le port et "
            "ses métiers."
        ),
        "body": [
            paragraph(
                "<p>Trois nouveaux lieux rejoignent le réseau des Port Centers "
                "labellisés par l'AIVP. Installés dans un ancien hangar, dans une "
                "gare maritime et dans un bâtiment neuf sur les quais, ils ont en "
                "commun d'accueillir gratuitement le public pour faire découvrir le "
                "port, ses activités et ses métiers.</p>"
            ),
            paragraph(
                "<p>Le label « Port Center by AIVP » repose sur une charte des "
                "missions : informer sur le port d'aujourd'hui et de demain, "
                "présenter les emplois et les formations, ouvrir le dialogue avec les "
                "habitants et travailler avec les écoles. Un comité du réseau examine "
                "chaque candidature et visite les lieux.</p>"
            ),
            heading("Des programmes pour tous les publics"),
            paragraph(
                "<p>Maquettes, simulateurs de conduite de portique, visites du port "
                "en bateau ou en bus, rencontres avec des dockers et des pilotes : "
                "les trois Port Centers ont présenté des programmes variés. L'un "
                "d'eux accueille déjà plus de deux cents classes par an ; un autre "
                "propose des ateliers d'orientation avec les entreprises de la place "
                "portuaire.</p>"
            ),
            quote(
                "Quand un élève découvre qu'un port emploie des informaticiens, des "
                "biologistes et des mécaniciens, il ne regarde plus les grues de la "
                "même façon.",
                "L'équipe d'un des Port Centers labellisés",
            ),
            paragraph(
                "<p>Les Port Centers du réseau se retrouveront lors du prochain "
                "groupe de travail annuel pour partager leurs expositions et leurs "
                "méthodes de médiation.</p>"
            ),
        ],
    },
    "news-opinion-climate": {
        "title": (
            "Tribune : adapter les villes portuaires à la montée des eaux, maintenant"
        ),
        "summary": (
            "Les ports sont en première ligne ; les solutions fondées sur la nature "
            "doivent entrer dans les plans d'aménagement."
        ),
        "body": [
            paragraph(
                "<p>Les villes portuaires sont bâties au bord de l'eau, souvent sur "
                "des terrains gagnés sur la mer ou sur les marais. Elles sont donc "
                "parmi les premières exposées à l'élévation du niveau de la mer, aux "
                "tempêtes plus fortes et aux crues. Les quais, les routes d'accès, "
                "les réseaux électriques et les zones d'activité sont en jeu, tout "
                "comme les quartiers qui les entourent.</p>"
            ),
            paragraph(
                "<p>Rehausser les digues ne suffira pas partout. Dans plusieurs "
                "estuaires du réseau, des zones humides restaurées absorbent les "
                "pointes de crue, protègent les berges et accueillent à nouveau "
                "oiseaux et poissons. Ces solutions fondées sur la nature coûtent "
                "souvent moins cher à entretenir que les ouvrages en béton.</p>"
            ),
            heading("Trois priorités pour les cinq prochaines années"),
            paragraph(
                "<ol>"
                "<li>Partager entre ville et port un même diagnostic des risques, "
                "avec des cartes à jour.</li>"
                "<li>Inscrire les espaces naturels tampons dans les plans "
                "d'aménagement, avant que le foncier ne soit affecté à d'autres "
                "usages.</li>"
                "<li>Associer les habitants aux choix, car une protection acceptée "
                "est une protection entretenue.</li>"
                "</ol>"
            ),
            picture(
                "wetland",
                "Une zone humide d'estuaire, à la fois refuge pour la faune et "
                "espace d'expansion des crues.",
            ),
            paragraph(
                "<p>L'objectif 1 de l'Agenda 2030 de l'AIVP invite les villes "
                "portuaires à anticiper les effets du changement climatique. Il est "
                "temps de passer des études aux chantiers.</p>"
            ),
        ],
    },
    "news-course-promotion": {
        "title": (
            "Le cours en ligne sur la ville portuaire durable ouvre sa nouvelle "
            "promotion"
        ),
        "summary": (
            "Dix semaines pour comprendre les relations ville-port, avec des études "
            "de cas du réseau."
        ),
        "body": [
            paragraph(
                "<p>Les inscriptions sont ouvertes pour la nouvelle promotion du cours "
                "en ligne de l'AIVP. Pendant dix semaines, à raison d'environ trois "
                "heures par semaine, les participants explorent la gouvernance, la "
                "transition énergétique, l'adaptation au climat, les mobilités ou "
                "encore la culture portuaire.</p>"
            ),
            paragraph(
                "<p>La promotion précédente a réuni des participants de plus de vingt "
                "pays : agents de collectivités, cadres portuaires, urbanistes et "
                "étudiants. Les forums, animés par des tuteurs, ont été l'occasion de "
                "comparer des situations très différentes, d'un petit port de pêche à "
                "un grand terminal à conteneurs.</p>"
            ),
            heading("Nouveautés de cette promotion"),
            bullets(
                [
                    "Un module entièrement revu sur l'adaptation au changement "
                    "climatique.",
                    "De nouvelles études de cas en Afrique et en Amérique latine.",
                    "Des classes virtuelles proposées à deux horaires pour couvrir "
                    "tous les fuseaux.",
                ]
            ),
            quote(
                "J'ai compris que nos difficultés étaient partagées par des villes "
                "que je ne connaissais pas, et j'en suis reparti avec des "
                "solutions.",
                "Un participant de la promotion précédente, urbaniste",
            ),
            call_to_action(
                "Le cours en ligne",
                "Public, programme, durée, langues et déroulement d'une promotion.",
                "course",
                "Découvrir le cours",
            ),
        ],
    },
    "news-blue-port": {
        "title": (
            "Blue Port Initiative : l'AIVP rejoint la FAO pour une alimentation de "
            "qualité"
        ),
        "summary": (
            "Les ports sont des maillons essentiels des chaînes alimentaires mondiales."
        ),
        "body": [
            paragraph(
                "<p>Céréales, fruits, produits de la pêche : une grande partie de "
                "l'alimentation mondiale passe par les ports. L'AIVP s'associe à la "
                "Blue Port Initiative, portée par l'Organisation des Nations unies "
                "pour l'alimentation et l'agriculture (FAO), qui veut faire des ports "
                "de pêche des moteurs d'un développement durable.</p>"
            ),
            paragraph(
                "<p>Dans de nombreuses villes du réseau, le port de pêche reste au "
                "cœur de la ville : criée, ateliers de transformation, marchés. Ces "
                "activités font vivre des milliers de familles, mais elles doivent "
                "faire face à la pression foncière, à la baisse de certaines "
                "ressources et aux pertes après capture.</p>"
            ),
            heading("Ce que le réseau apporte"),
            bullets(
                [
                    "Des exemples de ports de pêche intégrés à la ville, partagés "
                    "avec les pays partenaires de l'initiative.",
                    "Des méthodes de dialogue entre pêcheurs, port et habitants.",
                    "Une contribution à l'objectif 7 de l'Agenda 2030 de l'AIVP, "
                    "consacré à l'alimentation de qualité pour tous.",
                ]
            ),
            paragraph(
                "<p>Un premier atelier commun réunira dans les prochains mois des "
                "autorités portuaires, des villes et des organisations de pêcheurs "
                "autour de la réduction des pertes et du gaspillage.</p>"
            ),
        ],
    },
}
