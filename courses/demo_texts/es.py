"""The demo course in Spanish."""

from cms.demo.common import bullets, heading, paragraph

ES = {
    "index": {
        "title": "Cursos",
        "slug": "cursos",
        "introduction": (
            "Los cursos en línea de la AIVP: para quienes trabajan donde la ciudad "
            "se encuentra con el puerto, en promociones, con un tutor y clases "
            "virtuales."
        ),
    },
    "course": {
        "title": "La ciudad portuaria sostenible",
        "slug": "ciudad-portuaria-sostenible",
        "summary": (
            "Un curso en línea de tres módulos para entender cómo ciudades y "
            "puertos construyen juntos su futuro: gobernanza, transición "
            "energética y climática, empleo y cultura portuaria."
        ),
        "overview": (
            "<p>Las ciudades portuarias están en primera línea de las grandes "
            "transiciones: el clima cambia, la energía se transforma, los oficios "
            "evolucionan y los vecinos quieren recuperar sus muelles. Este curso "
            "se apoya en la Agenda 2030 de la AIVP y en la experiencia de las "
            "ciudades y puertos de la red para ofrecer referencias y métodos.</p>"
            "<p>Cada módulo combina lecciones breves, estudios de caso, recursos "
            "para profundizar y un cuestionario. Las clases virtuales reúnen a la "
            "promoción con los ponentes.</p>"
        ),
        "audience": (
            "<ul><li>Cargos electos y personal de las ciudades portuarias</li>"
            "<li>Directivos de autoridades portuarias y empresas del puerto</li>"
            "<li>Urbanistas, promotores, consultores</li>"
            "<li>Estudiantes de máster e investigadores</li></ul>"
        ),
        "outcomes": (
            "<ul><li>Explicar la historia de la relación ciudad-puerto y sus "
            "retos actuales</li><li>Identificar quién decide qué en la interfaz y "
            "reunir a los actores adecuados</li><li>Situar su ciudad portuaria "
            "frente a los diez objetivos de la Agenda 2030</li><li>Proponer "
            "acciones sobre energía, adaptación al clima, empleo y cultura "
            "portuaria</li></ul>"
        ),
        "languages": "Francés, inglés, español",
        "workload": "18 semanas, unas 2 horas por semana",
        "fees_note": (
            "<p>Gratuito para los miembros de la AIVP. Para los no miembros, la "
            "tarifa incluye los contenidos, las clases virtuales y el "
            "certificado.</p>"
        ),
    },
    "sessions": (
        "Clase virtual: bienvenida a la promoción",
        "Clase virtual: gobernar la interfaz ciudad-puerto",
    ),
    "modules": [
        {
            "title": "Ciudad y puerto: una historia y una gobernanza compartidas",
            "slug": "ciudad-y-puerto",
            "summary": (
                "Cómo la ciudad y el puerto se acercaron, se alejaron y volvieron "
                "a encontrarse, y cómo deciden hoy juntos."
            ),
            "lessons": [
                {
                    "title": "De la ciudad portuaria al puerto-ciudad",
                    "slug": "historia-ciudad-puerto",
                    "summary": (
                        "Seis etapas de la relación ciudad-puerto, del muelle en "
                        "el centro a las grandes terminales, y el regreso al agua."
                    ),
                    "body": [
                        heading("Una historia en seis etapas"),
                        paragraph(
                            "<p>Durante siglos, el puerto fue el corazón de la "
                            "ciudad: las mercancías se descargaban a los pies de "
                            "las casas de comercio y los oficios del puerto daban "
                            "vida a los barrios cercanos. El geógrafo Brian Hoyle "
                            "describió lo que siguió en varias etapas, que la "
                            "AIVP ha completado.</p>"
                        ),
                        bullets(
                            [
                                "<b>La ciudad portuaria primitiva</b>: ciudad y "
                                "puerto son uno.",
                                "<b>La expansión</b>: la industria y el comercio "
                                "empujan los muelles aguas abajo.",
                                "<b>El puerto industrial moderno</b>: refinerías y "
                                "astilleros se instalan lejos del centro.",
                                "<b>La retirada del frente marítimo</b>: con el "
                                "contenedor, el puerto deja las antiguas dársenas.",
                                "<b>La reconversión</b>: los terrenos portuarios "
                                "abandonados se convierten en barrios.",
                                "<b>La renovación del vínculo</b>: ciudad y puerto "
                                "buscan un proyecto común.",
                            ]
                        ),
                        heading("El contenedor lo cambia todo"),
                        paragraph(
                            "<p>A partir de los años sesenta, el contenedor exige "
                            "terminales inmensas, calados profundos y accesos por "
                            "carretera y ferrocarril. Los puertos se desplazan "
                            "hacia el estuario o el mar; las antiguas dársenas se "
                            "vacían. Baltimore, Barcelona, Londres o Hamburgo las "
                            "convirtieron en barrios, con aciertos y límites: "
                            "turismo, precio de la vivienda, pérdida de la "
                            "memoria del trabajo portuario.</p>"
                        ),
                        paragraph(
                            "<p>Hoy el reto ya no es solo reconvertir terrenos "
                            "abandonados, sino hacer convivir un puerto activo y "
                            "una ciudad viva: ese es el sentido de la Agenda 2030 "
                            "de la AIVP y de sus diez objetivos.</p>"
                        ),
                    ],
                    "resources": {
                        "title": "Para saber más",
                        "items": [
                            (
                                "La Agenda 2030 de la AIVP",
                                "Los diez objetivos de la red para ciudades "
                                "portuarias sostenibles, con sus medidas.",
                            ),
                            (
                                "Los Objetivos de Desarrollo Sostenible de las "
                                "Naciones Unidas",
                                "Los 17 objetivos adoptados en 2015, a los que se "
                                "refiere la Agenda 2030 de la AIVP.",
                            ),
                            (
                                "World Ports Sustainability Program",
                                "El programa de los puertos del mundo para el "
                                "desarrollo sostenible y su base de proyectos.",
                            ),
                        ],
                    },
                },
                {
                    "title": "Gobernar la interfaz: decidir juntos",
                    "slug": "gobernanza",
                    "summary": (
                        "Quién decide qué entre la ciudad y el puerto, y las "
                        "herramientas para construir una estrategia común."
                    ),
                    "body": [
                        heading("Competencias compartidas"),
                        paragraph(
                            "<p>En la mayoría de los países, el dominio portuario "
                            "depende de una autoridad portuaria, pública o "
                            "privada, mientras que el urbanismo, la vivienda y el "
                            "transporte público dependen de los gobiernos "
                            "locales. El Estado conserva las grandes inversiones "
                            "y la seguridad. En la interfaz, nadie decide "
                            "solo.</p>"
                        ),
                        heading("Las herramientas del diálogo"),
                        bullets(
                            [
                                "Un comité ciudad-puerto permanente, que se reúne "
                                "con regularidad y sigue un plan de acción.",
                                "Un plan director común para los espacios de "
                                "interfaz, aprobado por ambos consejos.",
                                "Convenios para repartir los costes y beneficios "
                                "de los proyectos.",
                                "Una participación abierta a vecinos y empresas "
                                "desde el inicio de los proyectos.",
                            ]
                        ),
                        paragraph(
                            "<p>El objetivo 4 de la Agenda 2030, «Gobernanza "
                            "renovada», invita a asociar a toda la comunidad "
                            "ciudad-puerto a estas decisiones. El cuestionario "
                            "siguiente repasa el módulo.</p>"
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Transición energética y climática",
            "slug": "transicion-energetica-y-climatica",
            "summary": (
                "El puerto como polo de energía descarbonizada, y la adaptación "
                "de la ciudad portuaria a la subida del mar."
            ),
            "lessons": [
                {
                    "title": "El puerto, polo energético",
                    "slug": "polo-energetico",
                    "summary": (
                        "Conexión eléctrica en muelle, renovables y economía "
                        "circular: el puerto al servicio de la transición."
                    ),
                    "body": [
                        heading("Conectar los buques en el muelle"),
                        paragraph(
                            "<p>Atracado, un buque mantiene encendidos sus "
                            "motores auxiliares para producir electricidad: "
                            "ruido, humos y partículas llegan a los barrios "
                            "vecinos. La conexión eléctrica en muelle permite "
                            "apagarlos. Gotemburgo la puso en servicio en 2000; "
                            "el reglamento europeo de infraestructura para "
                            "combustibles alternativos la exige en los grandes "
                            "puertos de aquí a 2030 para portacontenedores y "
                            "buques de pasaje.</p>"
                        ),
                        heading("Producir y compartir energía"),
                        paragraph(
                            "<p>Los puertos acogen la eólica marina, los "
                            "combustibles del futuro (hidrógeno, metanol, "
                            "amoníaco) e industrias que desprenden calor "
                            "residual. Las redes de calor pueden llevarlo a los "
                            "barrios vecinos: es la ecología industrial, en el "
                            "centro del objetivo 2 de la Agenda 2030.</p>"
                        ),
                        bullets(
                            [
                                "Inventariar los consumos y las pérdidas de "
                                "energía de la zona portuaria.",
                                "Identificar las necesidades de calor de la ciudad "
                                "cercana.",
                                "Montar los proyectos con la autoridad portuaria, "
                                "el ayuntamiento y las industrias.",
                            ]
                        ),
                    ],
                },
                {
                    "title": "Adaptarse a la subida del mar",
                    "slug": "adaptacion",
                    "summary": (
                        "Inundaciones costeras, temporales, crecidas: proteger "
                        "muelles, barrios y ecosistemas del estuario."
                    ),
                    "body": [
                        heading("Un riesgo que se acelera"),
                        paragraph(
                            "<p>Según el Informe especial del IPCC sobre el "
                            "océano y la criosfera (2019), los niveles del mar "
                            "extremos que solo ocurrían una vez por siglo se "
                            "producirán al menos una vez al año en muchos lugares "
                            "de aquí a 2050, sea cual sea el escenario. Puertos, "
                            "zonas industriales y barrios bajos son los más "
                            "expuestos.</p>"
                        ),
                        heading("Soluciones basadas en la naturaleza"),
                        paragraph(
                            "<p>Diques y barreras contra temporales siguen siendo "
                            "necesarios, pero no bastan. Restaurar marismas, "
                            "dunas o arrecifes de ostras amortigua el oleaje, "
                            "almacena carbono y devuelve al estuario su "
                            "biodiversidad. En Hamburgo, el barrio de HafenCity "
                            "se construyó sobre zócalos elevados: la ciudad vive "
                            "con la marea.</p>"
                        ),
                        paragraph(
                            "<p>El cuestionario repasa el módulo: energía y "
                            "adaptación.</p>"
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Personas, empleo y cultura portuaria",
            "slug": "personas-empleo-cultura",
            "summary": (
                "Los oficios portuarios del mañana, y cómo dar a conocer y querer "
                "el puerto a quienes viven a su lado."
            ),
            "lessons": [
                {
                    "title": "Los oficios del puerto y su futuro",
                    "slug": "oficios-del-puerto",
                    "summary": (
                        "Automatización, transición energética, digitalización: "
                        "lo que cambia para el empleo portuario y cómo "
                        "prepararse."
                    ),
                    "body": [
                        heading("Empleos que se transforman"),
                        paragraph(
                            "<p>Un puerto da trabajo a mucho más que a sus "
                            "estibadores: logística, industria, servicios "
                            "marítimos, administración, reparación naval. La "
                            "automatización de las terminales, lo digital y las "
                            "nuevas energías transforman estos oficios más "
                            "deprisa de lo que desaparecen.</p>"
                        ),
                        paragraph(
                            "<p>El objetivo 5 de la Agenda 2030, «Invertir en "
                            "capital humano», invita a anticiparse: formaciones "
                            "construidas con las empresas, pasarelas entre "
                            "oficios y un lugar para los jóvenes y las mujeres en "
                            "sectores todavía muy masculinos.</p>"
                        ),
                        bullets(
                            [
                                "Cartografiar los empleos de la comunidad "
                                "portuaria y sus necesidades a diez años.",
                                "Abrir campus de formación con institutos y "
                                "universidades.",
                                "Acompañar las reconversiones que trae la "
                                "automatización.",
                            ]
                        ),
                    ],
                },
                {
                    "title": "Para saber más: abrir el puerto a los vecinos",
                    "slug": "cultura-portuaria",
                    "summary": (
                        "Port Centers, visitas, eventos: compartir la cultura "
                        "portuaria. Una lección opcional."
                    ),
                    "body": [
                        heading("El puerto, un vecino desconocido"),
                        paragraph(
                            "<p>Tras las vallas de seguridad, el puerto se ha "
                            "vuelto invisible para muchos vecinos, que solo ven "
                            "sus molestias. Sin embargo, la aceptación de los "
                            "proyectos portuarios depende de ese vínculo.</p>"
                        ),
                        paragraph(
                            "<p>Los Port Centers, promovidos por la AIVP, "
                            "reciben al público para explicar el puerto: "
                            "exposiciones, visitas a las terminales, talleres "
                            "escolares, presentación de los oficios. Le Havre, "
                            "Génova, Amberes o Livorno han abierto el suyo. "
                            "Fiestas marítimas, paseos por los muelles y arte en "
                            "el espacio portuario completan el enfoque: es el "
                            "objetivo 6, «Cultura e identidad portuarias».</p>"
                        ),
                    ],
                },
            ],
        },
    ],
}
