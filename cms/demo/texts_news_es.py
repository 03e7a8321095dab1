"""The demo articles in Spanish: title, summary and body of each, by key."""

from .common import bullets, call_to_action, heading, paragraph, picture, quote

ARTICLES = {
    "news-prize-2024": {
        "title": (
            "El premio Antoine Rufenacht recompensa la reconversión del puerto "
            "de Tánger"
        ),
        "summary": (
            "El jurado elogió una operación que devuelve los muelles a los vecinos "
            "manteniendo la actividad portuaria."
        ),
        "body": [
            paragraph(
                "<p>Cada año, el premio Antoine Rufenacht distingue una operación "
                "ciudad-puerto ejemplar. Esta edición recompensa la reconversión del "
                "puerto histórico de Tánger, a los pies de la medina: el tráfico de "
                "mercancías pesadas se ha trasladado a un puerto de aguas profundas "
                "fuera de la ciudad, y las dársenas liberadas acogen ahora un puerto "
                "deportivo, una terminal de cruceros, un puerto pesquero modernizado "
                "y un largo paseo público.</p>"
            ),
            paragraph(
                "<p>El jurado, formado por representantes de ciudades, autoridades "
                "portuarias y universidades de la red, examinó una veintena de "
                "candidaturas de cuatro continentes. Eligió el proyecto de Tánger por "
                "la calidad del diálogo entre los actores y por mantener un puerto "
                "vivo en el corazón de la ciudad.</p>"
            ),
            heading("Lo que destacó el jurado"),
            bullets(
                [
                    "Muelles abiertos al público, unidos a la medina por itinerarios "
                    "peatonales.",
                    "Un puerto pesquero y una terminal de transbordadores en "
                    "actividad, junto a los nuevos usos.",
                    "Una gobernanza compartida entre la ciudad, el puerto y el "
                    "Estado, con los vecinos consultados en cada etapa.",
                ]
            ),
            quote(
                "Este proyecto demuestra que se puede abrir el puerto a la ciudad "
                "sin quitarle su alma portuaria.",
                "El jurado del premio Antoine Rufenacht",
            ),
            paragraph(
                "<p>El premio se entregará en la próxima Conferencia mundial "
                "Ciudades y Puertos. Las candidaturas de la siguiente edición se "
                "abrirán en primavera; cualquier ciudad o puerto, miembro o no de la "
                "red, puede presentar una operación terminada en los últimos cinco "
                "años.</p>"
            ),
        ],
    },
    "news-shore-power": {
        "title": (
            "Conexión eléctrica en muelle: cinco ciudades portuarias comparten su "
            "experiencia"
        ),
        "summary": (
            "Puertos de Europa, América y África comparan costes, plazos y beneficios "
            "para la calidad del aire."
        ),
        "body": [
            paragraph(
                "<p>Un buque atracado mantiene en marcha sus motores auxiliares para "
                "producir la electricidad que necesita: iluminación, climatización, "
                "cocinas, manipulación de la carga. A pocos cientos de metros de las "
                "viviendas, esas emisiones afectan a la calidad del aire y al ruido. "
                "La conexión eléctrica en muelle permite apagar los motores durante "
                "la escala.</p>"
            ),
            paragraph(
                "<p>Reunidos por la AIVP, cinco miembros de la red compararon sus "
                "proyectos: dos ya conectan transbordadores y cruceros, dos están en "
                "obras y el último termina sus estudios de viabilidad. Todos "
                "subrayan que la técnica ya no es el principal obstáculo.</p>"
            ),
            heading("Las lecciones"),
            bullets(
                [
                    "<b>La conexión a la red</b> suele ser lo más largo: hay que "
                    "prever varios años con el operador eléctrico.",
                    "<b>Los navieros</b> deben equipar sus buques; los acuerdos por "
                    "línea regular facilitan la inversión.",
                    "<b>El precio de la electricidad</b> en el muelle debe seguir "
                    "siendo competitivo frente al combustible de los motores "
                    "auxiliares.",
                    "<b>Medir</b> la calidad del aire antes y después permite "
                    "mostrar a los vecinos los beneficios.",
                ]
            ),
            quote(
                "El día en que se conectaron los primeros buques, los vecinos lo "
                "oyeron antes de leerlo en el periódico.",
                "Una responsable de medio ambiente de uno de los puertos",
            ),
            paragraph(
                "<p>Estas experiencias alimentan el objetivo 2 de la Agenda 2030 de "
                "la AIVP, dedicado a la transición energética. Un seminario web sobre "
                "la financiación de la electrificación de los muelles prolongará el "
                "intercambio en las próximas semanas.</p>"
            ),
        ],
    },
    "news-port-center-label": {
        "title": "Tres nuevos Port Centers reciben el sello de la AIVP",
        "summary": "Abiertos a vecinos y escolares, explican el puerto y sus oficios.",
        "body": [
            paragraph(
                "<p>Tres nuevos espacios se suman a la red de Port Centers con el "
                "sello de la AIVP. Instalados en un antiguo tinglado, en una estación "
                "marítima y en un edificio nuevo en los muelles, todos acogen "
                "gratuitamente al público para dar a conocer el puerto, sus "
                "actividades y sus oficios.</p>"
            ),
            paragraph(
                "<p>El sello «Port Center by AIVP» se basa en una carta de misiones: "
                "explicar el puerto de hoy y de mañana, presentar los empleos y las "
                "formaciones, abrir el diálogo con los vecinos y trabajar con las "
                "escuelas. Un comité de la red examina cada candidatura y visita el "
                "lugar.</p>"
            ),
            heading("Programas para todos los públicos"),
            paragraph(
                "<p>Maquetas, simuladores de grúa, visitas al puerto en barco o en "
                "autobús, encuentros con estibadores y prácticos: los tres Port "
                "Centers presentaron programas variados. Uno de ellos ya recibe más "
                "de doscientas clases al año; otro organiza talleres de orientación "
                "con las empresas de la comunidad portuaria.</p>"
            ),
            quote(
                "Cuando un alumno descubre que un puerto emplea a informáticos, "
                "biólogos y mecánicos, ya no mira las grúas de la misma manera.",
                "El equipo de uno de los Port Centers distinguidos",
            ),
            paragraph(
                "<p>Los Port Centers de la red se reunirán en el próximo grupo de "
                "trabajo anual para compartir sus exposiciones y sus métodos de "
                "divulgación.</p>"
            ),
        ],
    },
    "news-opinion-climate": {
        "title": "Opinión: adaptar las ciudades portuarias a la subida del mar, ya",
        "summary": (
            "Los puertos están en primera línea; las soluciones basadas en la "
            "naturaleza deben entrar en los planes urbanísticos."
        ),
        "body": [
            paragraph(
                "<p>Las ciudades portuarias se construyen a orillas del agua, a "
                "menudo sobre terrenos ganados al mar o a las marismas. Por eso están "
                "entre las primeras expuestas a la subida del nivel del mar, a "
                "temporales más fuertes y a las inundaciones. Están en juego los "
                "muelles, los accesos, las redes eléctricas y las zonas de "
                "actividad, así como los barrios que los rodean.</p>"
            ),
            paragraph(
                "<p>Elevar los diques no bastará en todas partes. En varios "
                "estuarios de la red, humedales restaurados absorben las puntas de "
                "crecida, protegen las orillas y vuelven a acoger aves y peces. Estas "
                "soluciones basadas en la naturaleza suelen costar menos de mantener "
                "que las obras de hormigón.</p>"
            ),
            heading("Tres prioridades para los próximos cinco años"),
            paragraph(
                "<ol>"
                "<li>Compartir entre ciudad y puerto un mismo diagnóstico de riesgos, "
                "con mapas actualizados.</li>"
                "<li>Incluir los espacios naturales de amortiguación en los planes "
                "urbanísticos antes de que el suelo se destine a otros usos.</li>"
                "<li>Implicar a los vecinos en las decisiones: una protección "
                "aceptada es una protección mantenida.</li>"
                "</ol>"
            ),
            picture(
                "wetland",
                "Un humedal de estuario, refugio para la fauna y espacio para las "
                "crecidas.",
            ),
            paragraph(
                "<p>El objetivo 1 de la Agenda 2030 de la AIVP invita a las ciudades "
                "portuarias a anticipar los efectos del cambio climático. Es hora de "
                "pasar de los estudios a las obras.</p>"
            ),
        ],
    },
    "news-course-promotion": {
        "title": (
            "El curso en línea sobre la ciudad portuaria sostenible abre una nueva "
            "promoción"
        ),
        "summary": (
            "Diez semanas para comprender las relaciones ciudad-puerto, con casos "
            "de estudio de la red."
        ),
        "body": [
            paragraph(
                "<p>Están abiertas las inscripciones para la nueva promoción del "
                "curso en línea de la AIVP. Durante diez semanas, con unas tres "
                "horas semanales, los participantes exploran la gobernanza, la "
                "transición energética, la adaptación al clima, la movilidad y la "
                "cultura portuaria.</p>"
            ),
            paragraph(
                "<p>La promoción anterior reunió a participantes de más de veinte "
                "países: personal de ayuntamientos, directivos portuarios, urbanistas "
                "y estudiantes. Los foros, animados por tutores, permitieron comparar "
                "situaciones muy distintas, desde un pequeño puerto pesquero hasta "
                "una gran terminal de contenedores.</p>"
            ),
            heading("Novedades de esta promoción"),
            bullets(
                [
                    "Un módulo totalmente renovado sobre la adaptación al cambio "
                    "climático.",
                    "Nuevos casos de estudio en África y América Latina.",
                    "Clases virtuales en dos horarios para todos los husos horarios.",
                ]
            ),
            quote(
                "Comprendí que nuestras dificultades las compartían ciudades que no "
                "conocía, y volví con soluciones.",
                "Un participante de la promoción anterior, urbanista",
            ),
            call_to_action(
                "El curso en línea",
                "Público, programa, duración, idiomas y desarrollo de una promoción.",
                "course",
                "Descubrir el curso",
            ),
        ],
    },
    "news-blue-port": {
        "title": (
            "Blue Port Initiative: la AIVP se une a la FAO por una alimentación de "
            "calidad"
        ),
        "summary": (
            "Los puertos son eslabones esenciales de las cadenas alimentarias "
            "mundiales."
        ),
        "body": [
            paragraph(
                "<p>Cereales, frutas, pescado y marisco: buena parte de la "
                "alimentación mundial pasa por los puertos. La AIVP se suma a la Blue "
                "Port Initiative, impulsada por la Organización de las Naciones "
                "Unidas para la Alimentación y la Agricultura (FAO), que quiere hacer "
                "de los puertos pesqueros motores de desarrollo sostenible.</p>"
            ),
            paragraph(
                "<p>En muchas ciudades de la red, el puerto pesquero sigue en el "
                "corazón de la ciudad: lonjas, talleres de transformación, mercados. "
                "Estas actividades sostienen a miles de familias, pero afrontan la "
                "presión sobre el suelo, el descenso de algunas poblaciones de peces "
                "y las pérdidas poscaptura.</p>"
            ),
            heading("Lo que aporta la red"),
            bullets(
                [
                    "Ejemplos de puertos pesqueros integrados en la ciudad, "
                    "compartidos con los países socios de la iniciativa.",
                    "Métodos de diálogo entre pescadores, puerto y vecinos.",
                    "Una contribución al objetivo 7 de la Agenda 2030 de la AIVP, "
                    "dedicado a la alimentación de calidad para todos.",
                ]
            ),
            paragraph(
                "<p>Un primer taller conjunto reunirá en los próximos meses a "
                "autoridades portuarias, ciudades y organizaciones de pescadores para "
                "trabajar en la reducción de pérdidas y desperdicios.</p>"
            ),
        ],
    },
}
