"""Demo content pages: about the network, membership, Port Centers, the course."""

from .common import bullets, heading, paragraph, picture
from .texts_course import COURSE

STANDARD_PAGES = {
    "about": {
        "fr": {
            "title": "À propos de l'AIVP",
            "slug": "a-propos",
            "introduction": (
                "Fondée au Havre en 1988 par Antoine Rufenacht, l'AIVP est le réseau "
                "mondial des villes portuaires."
            ),
            "body": [
                paragraph(
                    "<p>L'AIVP rassemble les acteurs de la ville portuaire : villes, "
                    "autorités portuaires, entreprises, universités. Elle favorise "
                    "l'échange d'expériences et de bonnes pratiques entre ses membres "
                    "sur les cinq continents.</p>"
                ),
                heading("Nos axes de travail"),
                paragraph(
                    "<ul><li>Le développement du réseau et des Port Centers</li>"
                    "<li>L'échange d'expériences et de bonnes pratiques</li>"
                    "<li>La coopération internationale entre villes portuaires</li>"
                    "<li>L'influence auprès des partenaires internationaux</li></ul>"
                ),
            ],
        },
        "en": {
            "title": "About AIVP",
            "slug": "about",
            "introduction": (
                "Founded in Le Havre in 1988 by Antoine Rufenacht, AIVP is the "
                "worldwide network of port cities."
            ),
            "body": [
                paragraph(
                    "<p>AIVP brings together the stakeholders of the port city: "
                    "cities, port authorities, companies and universities. It "
                    "fosters the exchange of experience and good practice between its "
                    "members on "
                    "five continents.</p>"
                ),
                heading("What we do"),
                paragraph(
                    "<ul><li>Growing the network and its Port Centers</li>"
                    "<li>Exchanging experience and good practice</li>"
                    "<li>International cooperation between port cities</li>"
                    "<li>Influence with international partners</li></ul>"
                ),
            ],
        },
        "es": {
            "title": "Acerca de la AIVP",
            "slug": "acerca-de",
            "introduction": (
                "Fundada en Le Havre en 1988 por Antoine Rufenacht, la AIVP es la red "
                "mundial de ciudades portuarias."
            ),
            "body": [
                paragraph(
                    "<p>La AIVP reúne a los actores de la ciudad portuaria: ciudades, "
                    "autoridades portuarias, empresas y universidades. Fomenta el "
                    "intercambio de experiencias y buenas prácticas entre sus miembros "
                    "en los cinco continentes.</p>"
                ),
                heading("Nuestras líneas de trabajo"),
                paragraph(
                    "<ul><li>El desarrollo de la red y de los Port Centers</li>"
                    "<li>El intercambio de experiencias y buenas prácticas</li>"
                    "<li>La cooperación internacional entre ciudades portuarias</li>"
                    "<li>La influencia ante los socios internacionales</li></ul>"
                ),
            ],
        },
    },
    "membership": {
        "fr": {
            "title": "Devenir membre",
            "slug": "devenir-membre",
            "introduction": (
                "Rejoignez plus de 200 membres dans plus de 40 pays engagés pour des "
                "villes portuaires durables."
            ),
            "body": [
                paragraph(
                    "<p>Les membres accèdent aux rencontres du réseau, aux tarifs "
                    "préférentiels de la conférence mondiale, à l'outil "
                    "d'autodiagnostic de l'Agenda 2030 et aux études de bonnes "
                    "pratiques.</p>"
                ),
            ],
        },
        "en": {
            "title": "Become a member",
            "slug": "membership",
            "introduction": (
                "Join more than 200 members in over 40 countries working for "
                "sustainable port cities."
            ),
            "body": [
                paragraph(
                    "<p>Members take part in the network's meetings, enjoy member "
                    "rates at the world conference, use the Agenda 2030 "
                    "self-diagnosis tool and receive good-practice reports.</p>"
                ),
            ],
        },
        "es": {
            "title": "Hacerse miembro",
            "slug": "hacerse-miembro",
            "introduction": (
                "Únase a más de 200 miembros en más de 40 países comprometidos con "
                "ciudades portuarias sostenibles."
            ),
            "body": [
                paragraph(
                    "<p>Los miembros participan en los encuentros de la red, disfrutan "
                    "de tarifas preferentes en la conferencia mundial, utilizan la "
                    "herramienta de autodiagnóstico de la Agenda 2030 y reciben "
                    "estudios de buenas prácticas.</p>"
                ),
            ],
        },
    },
    "port-center": {
        "fr": {
            "title": "Port Center",
            "slug": "port-center",
            "introduction": (
                "Un Port Center ouvre le port aux citoyens : un lieu pour comprendre, "
                "visiter et s'approprier le port."
            ),
            "body": [
                paragraph(
                    "<p>Depuis 2011, l'AIVP anime le réseau des Port Centers, porte "
                    "leur charte des missions et délivre le label "
                    "« Port Center by AIVP ».</p>"
                ),
                picture(
                    "waterfront",
                    "Anciens entrepôts reconvertis sur les quais : un Port Center "
                    "s'installe souvent au contact de la ville et du port.",
                ),
                heading("Les missions d'un Port Center"),
                bullets(
                    [
                        "Expliquer le port d'aujourd'hui et de demain : ses trafics, "
                        "ses projets, son rôle dans la ville.",
                        "Faire connaître les métiers et les formations portuaires "
                        "aux jeunes et aux demandeurs d'emploi.",
                        "Organiser des visites du port et des rencontres avec ceux "
                        "qui y travaillent.",
                        "Ouvrir un lieu de dialogue entre les habitants, la ville et "
                        "le port.",
                    ]
                ),
                paragraph(
                    "<p>Un Port Center peut être une exposition permanente, un "
                    "centre d'interprétation ou un programme itinérant. Les villes "
                    "et les ports qui préparent le leur sont accompagnés par le "
                    "réseau et invités à son groupe de travail annuel.</p>"
                ),
            ],
        },
        "en": {
            "title": "Port Center",
            "slug": "port-center",
            "introduction": (
                "A Port Center opens the port to its citizens: a place to understand, "
                "visit and take ownership of the port."
            ),
            "body": [
                paragraph(
                    "<p>Since 2011, AIVP has run the Port Center network, holds its "
                    "missions charter and awards the “Port Center by AIVP” label.</p>"
                ),
                picture(
                    "waterfront",
                    "Converted warehouses on the quays: a Port Center often "
                    "stands where the city meets the port.",
                ),
                heading("What a Port Center does"),
                bullets(
                    [
                        "Explains the port of today and tomorrow: its traffic, its "
                        "projects, its role in the city.",
                        "Presents port jobs and training to young people and "
                        "jobseekers.",
                        "Runs port tours and meetings with the people who work there.",
                        "Offers a place for dialogue between residents, the city "
                        "and the port.",
                    ]
                ),
                paragraph(
                    "<p>A Port Center may be a permanent exhibition, an "
                    "interpretation centre or a touring programme. Cities and "
                    "ports preparing their own are supported by the network and "
                    "invited to its annual working group.</p>"
                ),
            ],
        },
        "es": {
            "title": "Port Center",
            "slug": "port-center",
            "introduction": (
                "Un Port Center abre el puerto a la ciudadanía: un lugar para "
                "comprender, visitar y apropiarse del puerto."
            ),
            "body": [
                paragraph(
                    "<p>Desde 2011, la AIVP anima la red de Port Centers, custodia su "
                    "carta de misiones y otorga el sello «Port Center by AIVP».</p>"
                ),
                picture(
                    "waterfront",
                    "Antiguos almacenes reconvertidos en los muelles: un Port "
                    "Center suele situarse donde la ciudad se encuentra con el "
                    "puerto.",
                ),
                heading("Las misiones de un Port Center"),
                bullets(
                    [
                        "Explicar el puerto de hoy y de mañana: sus tráficos, sus "
                        "proyectos, su papel en la ciudad.",
                        "Dar a conocer los oficios y las formaciones portuarias a "
                        "los jóvenes y a quienes buscan empleo.",
                        "Organizar visitas al puerto y encuentros con quienes "
                        "trabajan en él.",
                        "Abrir un espacio de diálogo entre los vecinos, la ciudad y "
                        "el puerto.",
                    ]
                ),
                paragraph(
                    "<p>Un Port Center puede ser una exposición permanente, un "
                    "centro de interpretación o un programa itinerante. Las "
                    "ciudades y puertos que preparan el suyo reciben el apoyo de "
                    "la red y participan en su grupo de trabajo anual.</p>"
                ),
            ],
        },
    },
    # Courses are not built yet: a standard page presents the online course.
    "course": COURSE,
}
