"""The demo course in French, the language it was written in."""

from cms.demo.common import bullets, heading, paragraph

FR = {
    "index": {
        "title": "Formations",
        "slug": "formations",
        "introduction": (
            "Les formations en ligne de l'AIVP : des cours pour celles et ceux qui "
            "font vivre la relation entre la ville et le port, suivis en promotion, "
            "avec un tuteur et des classes virtuelles."
        ),
    },
    "course": {
        "title": "La ville portuaire durable",
        "slug": "ville-portuaire-durable",
        "summary": (
            "Un cours en ligne de trois modules pour comprendre comment villes et "
            "ports construisent ensemble leur avenir : gouvernance, transition "
            "énergétique et climatique, emplois et culture portuaire."
        ),
        "overview": (
            "<p>Les villes portuaires sont en première ligne des grandes "
            "transitions : le climat change, l'énergie se transforme, les métiers "
            "évoluent et les habitants demandent à retrouver leurs quais. Ce cours "
            "s'appuie sur l'Agenda 2030 de l'AIVP et sur les expériences des villes "
            "et ports du réseau pour donner des repères et des méthodes.</p>"
            "<p>Chaque module associe des leçons courtes, des études de cas, des "
            "ressources pour aller plus loin et un quiz. Des classes virtuelles "
            "réunissent la promotion avec les intervenants.</p>"
        ),
        "audience": (
            "<ul><li>Élus et agents des collectivités portuaires</li>"
            "<li>Cadres des autorités portuaires et des entreprises de la place "
            "portuaire</li><li>Urbanistes, aménageurs, bureaux d'études</li>"
            "<li>Étudiants de master et chercheurs</li></ul>"
        ),
        "outcomes": (
            "<ul><li>Expliquer l'histoire de la relation ville-port et ses enjeux "
            "actuels</li><li>Identifier qui décide quoi à l'interface, et réunir "
            "les bons acteurs</li><li>Situer votre territoire au regard des dix "
            "objectifs de l'Agenda 2030</li><li>Proposer des actions pour "
            "l'énergie, l'adaptation au climat, l'emploi et la culture "
            "portuaire</li></ul>"
        ),
        "languages": "Français, anglais, espagnol",
        "workload": "18 semaines, environ 2 heures par semaine",
        "fees_note": (
            "<p>Gratuit pour les membres de l'AIVP. Pour les non-membres, le tarif "
            "couvre l'accès aux contenus, les classes virtuelles et "
            "l'attestation.</p>"
        ),
    },
    "sessions": (
        "Classe virtuelle : ouverture de la promotion",
        "Classe virtuelle : gouverner l'interface ville-port",
    ),
    "modules": [
        {
            "title": "Ville et port : une histoire et une gouvernance partagées",
            "slug": "ville-et-port",
            "summary": (
                "Comment la ville et le port se sont rapprochés, éloignés puis "
                "retrouvés, et comment ils décident aujourd'hui ensemble."
            ),
            "lessons": [
                {
                    "title": "De la ville portuaire au port-ville",
                    "slug": "histoire-ville-port",
                    "summary": (
                        "Six étapes de la relation ville-port, du quai au cœur de "
                        "la ville aux terminaux géants, et le retour vers l'eau."
                    ),
                    "body": [
                        heading("Une histoire en six étapes"),
                        paragraph(
                            "<p>Pendant des siècles, le port était au cœur de la "
                            "ville : les marchandises se déchargeaient au pied des "
                            "maisons de négoce, et les métiers du port faisaient "
                            "vivre les quartiers voisins. Le géographe Brian Hoyle "
                            "a décrit la suite de cette histoire en plusieurs "
                            "étapes, que l'AIVP a complétées.</p>"
                        ),
                        bullets(
                            [
                                "<b>La ville portuaire primitive</b> : ville et "
                                "port ne font qu'un.",
                                "<b>L'expansion</b> : l'industrie et le commerce "
                                "poussent les quais vers l'aval.",
                                "<b>Le port industriel moderne</b> : raffineries "
                                "et chantiers s'installent loin du centre.",
                                "<b>Le retrait du front d'eau</b> : avec le "
                                "conteneur, le port quitte les anciens bassins.",
                                "<b>La reconquête</b> : les friches portuaires "
                                "deviennent des quartiers.",
                                "<b>Le renouveau du lien</b> : ville et port "
                                "cherchent un projet commun.",
                            ]
                        ),
                        heading("Le conteneur change tout"),
                        paragraph(
                            "<p>À partir des années 1960, le conteneur exige des "
                            "terminaux immenses, des tirants d'eau profonds et des "
                            "accès routiers et ferroviaires. Les ports partent "
                            "vers l'estuaire ou la mer ; les anciens bassins se "
                            "vident. Baltimore, Barcelone, Londres ou Hambourg en "
                            "ont fait des quartiers de ville, avec des réussites "
                            "et des limites : tourisme, prix du logement, perte "
                            "de la mémoire du travail portuaire.</p>"
                        ),
                        paragraph(
                            "<p>Aujourd'hui, l'enjeu n'est plus seulement de "
                            "reconvertir les friches, mais de faire coexister un "
                            "port actif et une ville vivante : c'est tout l'objet "
                            "de l'Agenda 2030 de l'AIVP et de ses dix "
                            "objectifs.</p>"
                        ),
                    ],
                    "resources": {
                        "title": "Pour aller plus loin",
                        "items": [
                            (
                                "L'Agenda 2030 de l'AIVP",
                                "Les dix objectifs du réseau pour des villes "
                                "portuaires durables, avec leurs mesures.",
                            ),
                            (
                                "Les Objectifs de développement durable des "
                                "Nations unies",
                                "Les 17 objectifs adoptés en 2015, auxquels "
                                "l'Agenda 2030 de l'AIVP se réfère.",
                            ),
                            (
                                "World Ports Sustainability Program",
                                "Le programme des ports du monde pour le "
                                "développement durable, et sa base de projets.",
                            ),
                        ],
                    },
                },
                {
                    "title": "Gouverner l'interface : décider ensemble",
                    "slug": "gouvernance",
                    "summary": (
                        "Qui décide quoi entre la ville et le port, et les outils "
                        "qui permettent de construire une stratégie commune."
                    ),
                    "body": [
                        heading("Des compétences partagées"),
                        paragraph(
                            "<p>Dans la plupart des pays, le domaine portuaire "
                            "relève d'une autorité portuaire, publique ou privée, "
                            "tandis que l'urbanisme, le logement et les transports "
                            "publics relèvent des collectivités. L'État garde la "
                            "main sur les grands investissements et la sécurité. "
                            "À l'interface, personne ne décide seul.</p>"
                        ),
                        heading("Les outils du dialogue"),
                        bullets(
                            [
                                "Un comité ville-port permanent, qui se réunit "
                                "régulièrement et suit un programme d'actions.",
                                "Un schéma directeur commun pour les espaces "
                                "d'interface, adopté par les deux conseils.",
                                "Des conventions de partage des coûts et des "
                                "bénéfices des projets.",
                                "Une concertation ouverte aux habitants et aux "
                                "entreprises, dès l'amont des projets.",
                            ]
                        ),
                        paragraph(
                            "<p>L'objectif 4 de l'Agenda 2030, « Gouvernance "
                            "renouvelée », invite à associer tous les acteurs de "
                            "la communauté ville-port à ces décisions. Le quiz "
                            "ci-dessous reprend les notions du module.</p>"
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Transition énergétique et climatique",
            "slug": "transition-energetique-et-climatique",
            "summary": (
                "Le port comme pôle d'énergie décarbonée, et l'adaptation de la "
                "ville portuaire à la montée des eaux."
            ),
            "lessons": [
                {
                    "title": "Le port, pôle d'énergie",
                    "slug": "port-pole-energie",
                    "summary": (
                        "Branchement électrique à quai, énergies renouvelables et "
                        "économie circulaire : le port au service de la "
                        "transition."
                    ),
                    "body": [
                        heading("Brancher les navires à quai"),
                        paragraph(
                            "<p>À quai, un navire fait tourner ses moteurs "
                            "auxiliaires pour produire son électricité : bruit, "
                            "fumées et particules touchent directement les "
                            "quartiers voisins. Le branchement électrique à quai "
                            "permet de les éteindre. Göteborg l'a mis en service "
                            "dès 2000 ; le règlement européen sur les "
                            "infrastructures pour carburants alternatifs l'impose "
                            "dans les grands ports d'ici 2030 pour les "
                            "porte-conteneurs et les navires à passagers.</p>"
                        ),
                        heading("Produire et partager l'énergie"),
                        paragraph(
                            "<p>Les ports accueillent les éoliennes en mer, les "
                            "futurs carburants (hydrogène, méthanol, ammoniac) et "
                            "des industries qui produisent de la chaleur perdue. "
                            "Des réseaux de chaleur peuvent la distribuer aux "
                            "quartiers voisins : c'est l'écologie industrielle et "
                            "territoriale, au cœur de l'objectif 2 de l'Agenda "
                            "2030.</p>"
                        ),
                        bullets(
                            [
                                "Faire l'inventaire des consommations et des rejets "
                                "d'énergie de la zone portuaire.",
                                "Identifier les besoins de chaleur de la ville à "
                                "proximité.",
                                "Monter les projets avec l'autorité portuaire, la "
                                "collectivité et les industriels.",
                            ]
                        ),
                    ],
                },
                {
                    "title": "S'adapter à la montée des eaux",
                    "slug": "adaptation",
                    "summary": (
                        "Submersions, tempêtes, crues : protéger les quais, les "
                        "quartiers et les écosystèmes de l'estuaire."
                    ),
                    "body": [
                        heading("Un risque qui s'accélère"),
                        paragraph(
                            "<p>Selon le rapport spécial du GIEC sur l'océan et "
                            "la cryosphère (2019), les niveaux marins extrêmes "
                            "qui ne survenaient qu'une fois par siècle se "
                            "produiront au moins une fois par an dans de nombreux "
                            "sites d'ici 2050, quel que soit le scénario. Les "
                            "ports, les zones industrielles et les quartiers "
                            "bas sont les premiers exposés.</p>"
                        ),
                        heading("Des solutions fondées sur la nature"),
                        paragraph(
                            "<p>Digues et portes anti-tempête restent "
                            "nécessaires, mais elles ne suffisent pas. Restaurer "
                            "les marais salés, les dunes ou les récifs d'huîtres "
                            "amortit les vagues, stocke du carbone et rend à "
                            "l'estuaire sa biodiversité. À Hambourg, le quartier "
                            "de HafenCity a été construit sur des socles hors "
                            "d'eau : la ville vit avec la marée.</p>"
                        ),
                        paragraph(
                            "<p>Le quiz reprend les notions du module : énergie "
                            "et adaptation.</p>"
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Habitants, emplois et culture portuaire",
            "slug": "habitants-emplois-culture",
            "summary": (
                "Les métiers du port de demain, et les moyens de faire connaître "
                "et aimer le port par ceux qui vivent à côté."
            ),
            "lessons": [
                {
                    "title": "Les métiers du port et leur avenir",
                    "slug": "metiers-du-port",
                    "summary": (
                        "Automatisation, transition énergétique, numérique : ce "
                        "qui change pour les emplois portuaires, et comment s'y "
                        "préparer."
                    ),
                    "body": [
                        heading("Des emplois qui se transforment"),
                        paragraph(
                            "<p>Un port fait vivre bien plus que ses dockers : "
                            "logistique, industrie, services maritimes, "
                            "administration, réparation navale. L'automatisation "
                            "des terminaux, le numérique et les nouvelles "
                            "énergies transforment ces métiers plus vite qu'ils "
                            "ne disparaissent.</p>"
                        ),
                        paragraph(
                            "<p>L'objectif 5 de l'Agenda 2030, « Investir dans "
                            "le capital humain », invite à anticiper : des "
                            "formations construites avec les entreprises, des "
                            "passerelles entre métiers et une place pour les "
                            "jeunes et les femmes dans des filières encore très "
                            "masculines.</p>"
                        ),
                        bullets(
                            [
                                "Cartographier les emplois de la place portuaire "
                                "et leurs besoins à dix ans.",
                                "Ouvrir des campus des métiers avec les lycées et "
                                "les universités.",
                                "Accompagner les reconversions liées à "
                                "l'automatisation.",
                            ]
                        ),
                    ],
                },
                {
                    "title": "Pour aller plus loin : ouvrir le port aux habitants",
                    "slug": "culture-portuaire",
                    "summary": (
                        "Port Centers, visites, événements : faire partager la "
                        "culture portuaire. Une leçon facultative."
                    ),
                    "body": [
                        heading("Le port, un voisin méconnu"),
                        paragraph(
                            "<p>Derrière les clôtures de sûreté, le port est "
                            "devenu invisible pour beaucoup d'habitants, qui n'en "
                            "voient plus que les nuisances. Or l'acceptation des "
                            "projets portuaires dépend de ce lien.</p>"
                        ),
                        paragraph(
                            "<p>Les Port Centers, promus par l'AIVP, accueillent "
                            "le public pour expliquer le port : expositions, "
                            "visites des terminaux, ateliers pour les scolaires, "
                            "présentation des métiers. Le Havre, Gênes, Anvers ou "
                            "Livourne en ont ouvert. Fêtes maritimes, "
                            "promenades sur les quais et art dans l'espace "
                            "portuaire complètent ces démarches : c'est "
                            "l'objectif 6, « Culture et identité "
                            "portuaires ».</p>"
                        ),
                    ],
                },
            ],
        },
    ],
}
