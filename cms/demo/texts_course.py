"""The demo page of the online course on the sustainable port city, in 3 languages."""

from .common import (
    accordion,
    bullets,
    call_to_action,
    heading,
    key_figures,
    paragraph,
    picture,
)

COURSE = {
    "fr": {
        "title": "Le cours en ligne sur la ville portuaire durable",
        "slug": "cours-en-ligne",
        "introduction": (
            "Dix semaines pour comprendre comment villes et ports construisent "
            "ensemble leur avenir, avec des études de cas de tout le réseau et un "
            "tuteur pour vous accompagner."
        ),
        "body": [
            picture(
                "port-map",
                "Le cours suit le fil d'une ville portuaire, de ses quais historiques "
                "à ses terminaux et à ses espaces naturels.",
            ),
            heading("À qui s'adresse le cours ?"),
            paragraph(
                "<p>Le cours s'adresse à toutes celles et ceux qui travaillent à "
                "l'interface entre la ville et le port : élus et agents des "
                "collectivités, cadres des autorités portuaires, urbanistes, "
                "aménageurs, entreprises de la place portuaire, associations et "
                "étudiants de master. Aucun prérequis n'est demandé : la curiosité "
                "et l'envie d'échanger suffisent.</p>"
            ),
            key_figures(
                "Le cours en bref",
                [
                    ("10", "semaines"),
                    ("3 h", "de travail par semaine"),
                    ("8", "modules thématiques"),
                    ("3", "langues : français, anglais, espagnol"),
                ],
            ),
            heading("Le programme"),
            paragraph(
                "<p>Une semaine d'accueil ouvre le cours ; chacun des huit modules "
                "associe une courte vidéo, des lectures, une étude de cas et un "
                "forum animé par un tuteur.</p>"
            ),
            paragraph(
                "<ol>"
                "<li><b>Ville et port, une histoire commune</b> : géographie et "
                "évolution des relations ville-port.</li>"
                "<li><b>Gouvernance</b> : qui décide quoi, et comment travailler "
                "ensemble.</li>"
                "<li><b>Transition énergétique</b> : branchement à quai, énergies "
                "renouvelables, économie circulaire.</li>"
                "<li><b>Adaptation au changement climatique</b> : montée des eaux "
                "et solutions fondées sur la nature.</li>"
                "<li><b>Mobilités et logistique</b> : marchandises, passagers et "
                "croisière en ville.</li>"
                "<li><b>Emplois et compétences</b> : les métiers du port et leur "
                "avenir.</li>"
                "<li><b>Culture portuaire</b> : Port Centers et dialogue avec les "
                "habitants.</li>"
                "<li><b>Aménager les interfaces</b> : reconvertir, partager et "
                "protéger les espaces de contact.</li>"
                "</ol>"
            ),
            paragraph(
                "<p>La dernière semaine est consacrée à un projet personnel : un "
                "diagnostic de votre ville portuaire à l'aide de l'outil "
                "d'autodiagnostic de l'Agenda 2030 de l'AIVP.</p>"
            ),
            heading("Comment fonctionnent les promotions"),
            paragraph(
                "<p>Le cours ouvre deux promotions par an, au printemps et à "
                "l'automne. Chaque promotion réunit une soixantaine de participants "
                "de plusieurs continents, qui avancent au même rythme : un module "
                "s'ouvre chaque lundi et les forums restent ouverts jusqu'à la fin "
                "du cours.</p>"
            ),
            bullets(
                [
                    "Inscriptions ouvertes six semaines avant le début de la "
                    "promotion, dans la limite des places disponibles.",
                    "Un tuteur par groupe de vingt participants, des classes "
                    "virtuelles en direct toutes les deux semaines, enregistrées.",
                    "Une attestation de réussite délivrée par l'AIVP à l'issue du "
                    "projet final.",
                ]
            ),
            accordion(
                "Questions fréquentes",
                [
                    (
                        "Faut-il être membre de l'AIVP pour s'inscrire ?",
                        "<p>Non, le cours est ouvert à tous. Les membres du réseau "
                        "bénéficient d'un tarif réduit et de places réservées.</p>",
                    ),
                    (
                        "Dans quelle langue suivre le cours ?",
                        "<p>Les contenus existent en français, en anglais et en "
                        "espagnol ; les forums sont animés dans les trois "
                        "langues.</p>",
                    ),
                    (
                        "Et si je prends du retard ?",
                        "<p>Les modules restent accessibles jusqu'à la fin de la "
                        "promotion ; le projet final peut être rendu deux semaines "
                        "après la dernière classe virtuelle.</p>",
                    ),
                ],
            ),
            call_to_action(
                "Membre du réseau ?",
                "Les membres de l'AIVP suivent le cours à tarif réduit.",
                "membership",
                "Devenir membre",
            ),
        ],
    },
    "en": {
        "title": "The online course on the sustainable port city",
        "slug": "online-course",
        "introduction": (
            "Ten weeks to understand how cities and ports build their future "
            "together, with case studies from across the network and a tutor by "
            "your side."
        ),
        "body": [
            picture(
                "port-map",
                "The course follows a port city from its historic quays to its "
                "terminals and natural areas.",
            ),
            heading("Who is the course for?"),
            paragraph(
                "<p>The course is for everyone who works where the city meets the "
                "port: elected officials and local government staff, port authority "
                "managers, urban planners, developers, port businesses, associations "
                "and master's students. There are no prerequisites: curiosity and "
                "a wish to share experience are enough.</p>"
            ),
            key_figures(
                "The course at a glance",
                [
                    ("10", "weeks"),
                    ("3 h", "of work a week"),
                    ("8", "thematic modules"),
                    ("3", "languages: French, English, Spanish"),
                ],
            ),
            heading("The programme"),
            paragraph(
                "<p>A welcome week opens the course; each of the eight modules "
                "combines a short video, readings, a case study and a forum led by "
                "a tutor.</p>"
            ),
            paragraph(
                "<ol>"
                "<li><b>City and port, a shared history</b>: geography and the "
                "changing relations between city and port.</li>"
                "<li><b>Governance</b>: who decides what, and how to work "
                "together.</li>"
                "<li><b>Energy transition</b>: shore power, renewable energy, the "
                "circular economy.</li>"
                "<li><b>Adapting to climate change</b>: rising seas and "
                "nature-based solutions.</li>"
                "<li><b>Mobility and logistics</b>: goods, passengers and cruise "
                "ships in the city.</li>"
                "<li><b>Jobs and skills</b>: port trades and their future.</li>"
                "<li><b>Port culture</b>: Port Centers and dialogue with "
                "residents.</li>"
                "<li><b>Designing the interfaces</b>: converting, sharing and "
                "protecting the places where city and port meet.</li>"
                "</ol>"
            ),
            paragraph(
                "<p>The last week is given to a personal project: a diagnosis of "
                "your own port city with the AIVP Agenda 2030 self-assessment "
                "tool.</p>"
            ),
            heading("How cohorts work"),
            paragraph(
                "<p>The course opens two cohorts a year, in spring and in autumn. "
                "Each cohort brings together about sixty participants from several "
                "continents who move forward at the same pace: a module opens every "
                "Monday and the forums stay open until the end of the course.</p>"
            ),
            bullets(
                [
                    "Registration opens six weeks before the cohort starts, while "
                    "places last.",
                    "One tutor for every twenty participants, and live virtual "
                    "classes every other week, recorded.",
                    "A certificate of completion from AIVP once the final project "
                    "is done.",
                ]
            ),
            accordion(
                "Frequently asked questions",
                [
                    (
                        "Do I need to be an AIVP member to register?",
                        "<p>No, the course is open to all. Members of the network "
                        "enjoy a reduced fee and reserved places.</p>",
                    ),
                    (
                        "In which language can I follow the course?",
                        "<p>The material exists in French, English and Spanish; "
                        "the forums are run in all three languages.</p>",
                    ),
                    (
                        "What if I fall behind?",
                        "<p>Modules stay open until the end of the cohort; the "
                        "final project can be handed in up to two weeks after the "
                        "last virtual class.</p>",
                    ),
                ],
            ),
            call_to_action(
                "A member of the network?",
                "AIVP members take the course at a reduced fee.",
                "membership",
                "Become a member",
            ),
        ],
    },
    "es": {
        "title": "El curso en línea sobre la ciudad portuaria sostenible",
        "slug": "curso-en-linea",
        "introduction": (
            "Diez semanas para comprender cómo ciudades y puertos construyen juntos "
            "su futuro, con casos de estudio de toda la red y un tutor que le "
            "acompaña."
        ),
        "body": [
            picture(
                "port-map",
                "El curso recorre una ciudad portuaria, desde sus muelles históricos "
                "hasta sus terminales y sus espacios naturales.",
            ),
            heading("¿A quién se dirige el curso?"),
            paragraph(
                "<p>El curso se dirige a quienes trabajan en la interfaz entre la "
                "ciudad y el puerto: cargos electos y personal de los ayuntamientos, "
                "directivos de autoridades portuarias, urbanistas, promotores, "
                "empresas de la comunidad portuaria, asociaciones y estudiantes de "
                "máster. No se exige ningún requisito previo: basta con la "
                "curiosidad y las ganas de compartir.</p>"
            ),
            key_figures(
                "El curso en resumen",
                [
                    ("10", "semanas"),
                    ("3 h", "de trabajo por semana"),
                    ("8", "módulos temáticos"),
                    ("3", "idiomas: francés, inglés, español"),
                ],
            ),
            heading("El programa"),
            paragraph(
                "<p>Una semana de bienvenida abre el curso; cada uno de los ocho "
                "módulos combina un vídeo breve, lecturas, un caso de estudio y un "
                "foro animado por un tutor.</p>"
            ),
            paragraph(
                "<ol>"
                "<li><b>Ciudad y puerto, una historia común</b>: geografía y "
                "evolución de las relaciones ciudad-puerto.</li>"
                "<li><b>Gobernanza</b>: quién decide qué y cómo trabajar "
                "juntos.</li>"
                "<li><b>Transición energética</b>: conexión eléctrica en muelle, "
                "energías renovables, economía circular.</li>"
                "<li><b>Adaptación al cambio climático</b>: subida del mar y "
                "soluciones basadas en la naturaleza.</li>"
                "<li><b>Movilidad y logística</b>: mercancías, pasajeros y "
                "cruceros en la ciudad.</li>"
                "<li><b>Empleo y competencias</b>: los oficios del puerto y su "
                "futuro.</li>"
                "<li><b>Cultura portuaria</b>: Port Centers y diálogo con los "
                "vecinos.</li>"
                "<li><b>Ordenar las interfaces</b>: reconvertir, compartir y "
                "proteger los espacios de contacto.</li>"
                "</ol>"
            ),
            paragraph(
                "<p>La última semana se dedica a un proyecto personal: un "
                "diagnóstico de su ciudad portuaria con la herramienta de "
                "autodiagnóstico de la Agenda 2030 de la AIVP.</p>"
            ),
            heading("Cómo funcionan las promociones"),
            paragraph(
                "<p>El curso abre dos promociones al año, en primavera y en otoño. "
                "Cada promoción reúne a unos sesenta participantes de varios "
                "continentes que avanzan al mismo ritmo: cada lunes se abre un "
                "módulo y los foros permanecen abiertos hasta el final del "
                "curso.</p>"
            ),
            bullets(
                [
                    "Inscripciones abiertas seis semanas antes del inicio de la "
                    "promoción, hasta agotar las plazas.",
                    "Un tutor por cada veinte participantes y clases virtuales en "
                    "directo cada dos semanas, grabadas.",
                    "Un certificado de aprovechamiento expedido por la AIVP al "
                    "terminar el proyecto final.",
                ]
            ),
            accordion(
                "Preguntas frecuentes",
                [
                    (
                        "¿Hay que ser miembro de la AIVP para inscribirse?",
                        "<p>No, el curso está abierto a todos. Los miembros de la "
                        "red disfrutan de una tarifa reducida y de plazas "
                        "reservadas.</p>",
                    ),
                    (
                        "¿En qué idioma puedo seguir el curso?",
                        "<p>Los contenidos existen en francés, inglés y español; "
                        "los foros se animan en los tres idiomas.</p>",
                    ),
                    (
                        "¿Y si me retraso?",
                        "<p>Los módulos siguen accesibles hasta el final de la "
                        "promoción; el proyecto final puede entregarse hasta dos "
                        "semanas después de la última clase virtual.</p>",
                    ),
                ],
            ),
            call_to_action(
                "¿Miembro de la red?",
                "Los miembros de la AIVP siguen el curso con tarifa reducida.",
                "membership",
                "Hacerse miembro",
            ),
        ],
    },
}
