"""The bodies of the demo events, in French, English and Spanish, by key."""

from .common import bullets, heading, paragraph

EVENT_BODIES = {
    "event-world-conference": {
        "fr": [
            paragraph(
                "<p>Tous les deux ans, la conférence mondiale Villes & Ports réunit "
                "élus, dirigeants portuaires, entreprises, chercheurs et associations "
                "du réseau. Cette édition a pour thème « Ville et port face aux "
                "transitions : énergie, climat, emplois ». Les séances plénières, "
                "les ateliers et les visites techniques sont traduits simultanément "
                "en français, en anglais et en espagnol.</p>"
            ),
            heading("Le programme"),
            bullets(
                [
                    "<b>Jour 1</b> : ouverture, plénière sur la transition "
                    "énergétique des ports et dîner d'accueil.",
                    "<b>Jour 2</b> : ateliers parallèles (adaptation au climat, "
                    "logistique urbaine, Port Centers, gouvernance) et remise du "
                    "prix Antoine Rufenacht.",
                    "<b>Jour 3</b> : visites techniques du port et des quartiers "
                    "riverains, puis séance de clôture.",
                ]
            ),
            paragraph(
                "<p>Les membres de l'AIVP bénéficient d'un tarif préférentiel. "
                "Les places pour les visites techniques sont limitées : "
                "choisissez-les dès l'inscription.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>Every two years the World Conference Cities & Ports brings "
                "together elected officials, port leaders, companies, researchers and "
                "associations of the network. This edition's theme is “City and port "
                "facing the transitions: energy, climate, jobs”. Plenary sessions, "
                "workshops and technical visits are interpreted simultaneously into "
                "French, English and Spanish.</p>"
            ),
            heading("The programme"),
            bullets(
                [
                    "<b>Day 1</b>: opening, plenary on the energy transition of "
                    "ports and welcome dinner.",
                    "<b>Day 2</b>: parallel workshops (climate adaptation, urban "
                    "logistics, Port Centers, governance) and the Antoine Rufenacht "
                    "Prize ceremony.",
                    "<b>Day 3</b>: technical visits of the port and the "
                    "neighbourhoods around it, then the closing session.",
                ]
            ),
            paragraph(
                "<p>AIVP members enjoy a member rate. Places on the technical visits "
                "are limited: choose them when you register.</p>"
            ),
        ],
        "es": [
            paragraph(
                "<p>Cada dos años, la Conferencia mundial Ciudades y Puertos reúne a "
                "cargos electos, directivos portuarios, empresas, investigadores y "
                "asociaciones de la red. El tema de esta edición es «Ciudad y puerto "
                "ante las transiciones: energía, clima, empleo». Las sesiones "
                "plenarias, los talleres y las visitas técnicas cuentan con "
                "interpretación simultánea en francés, inglés y español.</p>"
            ),
            heading("El programa"),
            bullets(
                [
                    "<b>Día 1</b>: apertura, plenaria sobre la transición "
                    "energética de los puertos y cena de bienvenida.",
                    "<b>Día 2</b>: talleres paralelos (adaptación al clima, "
                    "logística urbana, Port Centers, gobernanza) y entrega del "
                    "premio Antoine Rufenacht.",
                    "<b>Día 3</b>: visitas técnicas del puerto y de los barrios "
                    "vecinos, y sesión de clausura.",
                ]
            ),
            paragraph(
                "<p>Los miembros de la AIVP disfrutan de una tarifa preferente. Las "
                "plazas de las visitas técnicas son limitadas: elíjalas al "
                "inscribirse.</p>"
            ),
        ],
    },
    "event-webinar-shore-power": {
        "fr": [
            paragraph(
                "<p>Électrifier un quai coûte cher : raccordement au réseau, "
                "transformateurs, équipement des navires. Ce webinaire d'une heure "
                "et demie présente les montages financiers utilisés par des ports du "
                "réseau et les aides européennes mobilisables.</p>"
            ),
            bullets(
                [
                    "Trois retours d'expérience de ports équipés ou en chantier.",
                    "Les programmes européens de financement des infrastructures "
                    "de transport et d'énergie.",
                    "Une demi-heure de questions-réponses avec les intervenants.",
                ]
            ),
            paragraph(
                "<p>Webinaire en français avec interprétation en anglais et en "
                "espagnol ; l'enregistrement sera envoyé aux inscrits.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>Electrifying a quay is expensive: grid connection, transformers, "
                "fitting out the ships. This ninety-minute webinar presents the "
                "funding arrangements used by ports of the network and the European "
                "support available.</p>"
            ),
            bullets(
                [
                    "Three case studies from ports that are equipped or building.",
                    "European programmes funding transport and energy infrastructure.",
                    "Half an hour of questions and answers with the speakers.",
                ]
            ),
            paragraph(
                "<p>Webinar in French with interpretation into English and Spanish; "
                "the recording will be sent to those registered.</p>"
            ),
        ],
        "es": [
            paragraph(
                "<p>Electrificar un muelle es caro: conexión a la red, "
                "transformadores, equipamiento de los buques. Este seminario web de "
                "hora y media presenta los esquemas de financiación utilizados por "
                "puertos de la red y las ayudas europeas disponibles.</p>"
            ),
            bullets(
                [
                    "Tres experiencias de puertos equipados o en obras.",
                    "Los programas europeos de financiación de infraestructuras de "
                    "transporte y energía.",
                    "Media hora de preguntas y respuestas con los ponentes.",
                ]
            ),
            paragraph(
                "<p>Seminario en francés con interpretación al inglés y al español; "
                "la grabación se enviará a las personas inscritas.</p>"
            ),
        ],
    },
    "event-port-center-group": {
        "fr": [
            paragraph(
                "<p>Le groupe de travail réunit une fois par an les Port Centers "
                "labellisés et les villes et ports qui préparent le leur. Cette "
                "journée à Lisbonne alterne présentations, ateliers et visite.</p>"
            ),
            bullets(
                [
                    "Matin : tour de table des nouveautés et présentation des trois "
                    "Port Centers récemment labellisés.",
                    "Après-midi : ateliers sur l'accueil des scolaires et sur "
                    "l'évaluation des expositions.",
                    "Fin de journée : visite du port en bateau.",
                ]
            ),
            paragraph(
                "<p>Réunion réservée aux membres du réseau des Port Centers ; "
                "travail en anglais, avec des supports en français et en "
                "espagnol.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>Once a year the working group brings together the labelled Port "
                "Centers and the cities and ports preparing their own. This day in "
                "Lisbon mixes presentations, workshops and a visit.</p>"
            ),
            bullets(
                [
                    "Morning: round table of news and presentation of the three "
                    "newly labelled Port Centers.",
                    "Afternoon: workshops on welcoming school groups and on "
                    "evaluating exhibitions.",
                    "End of the day: a boat tour of the port.",
                ]
            ),
            paragraph(
                "<p>Meeting open to members of the Port Center network; working "
                "language English, with material in French and Spanish.</p>"
            ),
        ],
        "es": [
            paragraph(
                "<p>Una vez al año, el grupo de trabajo reúne a los Port Centers con "
                "sello y a las ciudades y puertos que preparan el suyo. Esta jornada "
                "en Lisboa combina presentaciones, talleres y una visita.</p>"
            ),
            bullets(
                [
                    "Mañana: ronda de novedades y presentación de los tres Port "
                    "Centers que acaban de recibir el sello.",
                    "Tarde: talleres sobre la acogida de escolares y la evaluación "
                    "de las exposiciones.",
                    "Al final del día: visita del puerto en barco.",
                ]
            ),
            paragraph(
                "<p>Reunión reservada a los miembros de la red de Port Centers; "
                "trabajo en inglés, con materiales en francés y en español.</p>"
            ),
        ],
    },
    "event-masterclass-cruise": {
        "fr": [
            paragraph(
                "<p>Une escale de croisière peut amener plusieurs milliers de "
                "visiteurs en quelques heures dans un centre historique. Cette "
                "masterclass, organisée avec l'université de Valparaíso, explore les "
                "outils qui permettent d'en tirer des bénéfices sans saturer la "
                "ville : calendrier des escales, navettes, circuits répartis, "
                "contribution des compagnies.</p>"
            ),
            paragraph(
                "<p>Après une introduction sur les tendances du secteur, les "
                "participants travaillent en petits groupes sur des cas concrets "
                "avant une promenade commentée dans les quartiers du port.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>A cruise call can bring several thousand visitors into a historic "
                "centre within a few hours. This masterclass, held with the "
                "University of Valparaíso, explores the tools that bring benefits "
                "without overwhelming the city: call schedules, shuttles, spread-out "
                "tours, contributions from cruise lines.</p>"
            ),
            paragraph(
                "<p>After an introduction to the trends of the sector, participants "
                "work in small groups on real cases before a guided walk through the "
                "port districts.</p>"
            ),
        ],
        "es": [
            paragraph(
                "<p>Una escala de crucero puede llevar a varios miles de visitantes "
                "a un centro histórico en pocas horas. Esta clase magistral, "
                "organizada con la Universidad de Valparaíso, explora las "
                "herramientas que permiten aprovecharla sin saturar la ciudad: "
                "calendario de escalas, lanzaderas, recorridos repartidos, "
                "contribución de las navieras.</p>"
            ),
            paragraph(
                "<p>Tras una introducción sobre las tendencias del sector, los "
                "participantes trabajan en pequeños grupos sobre casos reales antes "
                "de un paseo guiado por los barrios del puerto.</p>"
            ),
        ],
    },
    "event-partner-blue-economy": {
        "fr": [
            paragraph(
                "<p>Rencontre organisée par un partenaire du réseau autour des "
                "travaux de l'OCDE sur l'économie bleue et le rôle des villes "
                "portuaires : emplois maritimes, énergies marines, tourisme côtier "
                "et protection des écosystèmes.</p>"
            ),
            paragraph(
                "<p>L'événement est annulé ; une nouvelle date sera annoncée dans "
                "l'agenda.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>A meeting held by a partner of the network on the OECD's work on "
                "the blue economy and the role of port cities: maritime jobs, marine "
                "energy, coastal tourism and the protection of ecosystems.</p>"
            ),
            paragraph(
                "<p>The event is cancelled; a new date will be announced in the "
                "agenda.</p>"
            ),
        ],
        "es": [
            paragraph(
                "<p>Encuentro organizado por un socio de la red en torno a los "
                "trabajos de la OCDE sobre la economía azul y el papel de las "
                "ciudades portuarias: empleos marítimos, energías marinas, turismo "
                "costero y protección de los ecosistemas.</p>"
            ),
            paragraph(
                "<p>El evento queda anulado; se anunciará una nueva fecha en la "
                "agenda.</p>"
            ),
        ],
    },
    "event-webinar-biodiversity": {
        "fr": [
            paragraph(
                "<p>Friches, digues, bassins et vasières : les espaces portuaires "
                "abritent souvent une biodiversité insoupçonnée. Ce webinaire a "
                "présenté des inventaires naturalistes, des opérations de génie "
                "écologique et des méthodes de suivi dans la durée.</p>"
            ),
            paragraph(
                "<p>Les supports des intervenants et l'enregistrement sont réservés "
                "aux membres de l'AIVP.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>Brownfields, dykes, docks and mudflats: port areas are often "
                "home to unexpected wildlife. This webinar presented wildlife "
                "surveys, ecological engineering projects and long-term monitoring "
                "methods.</p>"
            ),
            paragraph(
                "<p>The speakers' slides and the recording are available to AIVP "
                "members.</p>"
            ),
        ],
        "es": [
            paragraph(
                "<p>Solares, diques, dársenas y marismas: los espacios portuarios "
                "albergan a menudo una biodiversidad insospechada. Este seminario "
                "web presentó inventarios naturalistas, obras de ingeniería "
                "ecológica y métodos de seguimiento a largo plazo.</p>"
            ),
            paragraph(
                "<p>Las presentaciones de los ponentes y la grabación están "
                "reservadas a los miembros de la AIVP.</p>"
            ),
        ],
    },
}
