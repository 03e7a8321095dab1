"""The demo course's two quizzes in Spanish: (question, explanation, answers)."""

QUIZZES_ES = {
    "m1": {
        "title": "Cuestionario del módulo 1",
        "introduction": (
            "Tres preguntas sobre la historia y la gobernanza de la relación "
            "ciudad-puerto. Se necesita un 70 % para aprobar; tiene tres intentos "
            "y cuenta el mejor."
        ),
        "questions": [
            (
                "¿Qué es la Agenda 2030 de la AIVP?",
                "Adoptada por los miembros de la red, la Agenda 2030 aplica los "
                "objetivos de las Naciones Unidas a las ciudades portuarias, en "
                "diez objetivos.",
                [
                    (
                        "Diez objetivos adoptados por los miembros de la red para "
                        "ciudades portuarias sostenibles",
                        "Correcto.",
                    ),
                    (
                        "Un reglamento europeo obligatorio para los puertos",
                        "No: es un compromiso voluntario.",
                    ),
                    (
                        "Los 17 objetivos de las Naciones Unidas con otro nombre",
                        "No: se inspira en ellos, para las ciudades portuarias.",
                    ),
                ],
            ),
            (
                "¿Qué herramientas ayudan a la ciudad y al puerto a decidir juntos?",
                "Un comité permanente y un plan director común dan un marco "
                "duradero al diálogo.",
                [
                    ("Un comité ciudad-puerto permanente", "Sí."),
                    ("Un plan director común de los espacios de interfaz", "Sí."),
                    (
                        "Que cada uno planifique solo a su lado de la valla",
                        "No: es lo que hay que evitar.",
                    ),
                    (
                        "Un comunicado de prensa conjunto al año",
                        "Útil, pero no es una herramienta de decisión.",
                    ),
                ],
            ),
            (
                "¿Qué alejó a los puertos de los centros urbanos a partir de los "
                "años sesenta?",
                "El contenedor exigió grandes terminales, calados profundos y "
                "nuevos accesos.",
                [
                    ("El contenedor y sus grandes terminales", "Correcto."),
                    (
                        "La prohibición de los buques en la ciudad",
                        "No, no hubo tal norma.",
                    ),
                    (
                        "El fin del comercio marítimo",
                        "No: nunca ha sido tan importante.",
                    ),
                ],
            ),
        ],
    },
    "m2": {
        "title": "Cuestionario del módulo 2",
        "introduction": (
            "Tres preguntas sobre energía y adaptación. Se necesita un 70 % para "
            "aprobar; tiene tres intentos y cuenta el mejor."
        ),
        "questions": [
            (
                "¿Qué permite la conexión eléctrica en muelle?",
                "El buque apaga sus motores auxiliares: menos ruido y "
                "contaminación para los vecinos.",
                [
                    (
                        "Apagar los motores auxiliares del buque durante la escala",
                        "Correcto.",
                    ),
                    ("Navegar sin combustible", "No: solo se usa en el muelle."),
                    (
                        "Cargar los contenedores frigoríficos en alta mar",
                        "No: el buque está atracado.",
                    ),
                ],
            ),
            (
                "¿Cuáles son soluciones basadas en la naturaleza?",
                "Marismas y arrecifes amortiguan el oleaje y protegen la "
                "biodiversidad.",
                [
                    ("Restaurar marismas", "Sí."),
                    ("Reconstituir arrecifes de ostras", "Sí."),
                    (
                        "Recrecer un dique de hormigón",
                        "A veces útil, pero no es una solución basada en la "
                        "naturaleza.",
                    ),
                    (
                        "Rellenar las llanuras de marea del estuario",
                        "No: destruye hábitats que protegen.",
                    ),
                ],
            ),
            (
                "De aquí a 2050, ¿con qué frecuencia se producirán en muchos "
                "lugares los niveles del mar hasta ahora centenarios?",
                "Es una de las conclusiones del Informe especial del IPCC sobre el "
                "océano y la criosfera (2019).",
                [
                    ("Al menos una vez al año", "Correcto."),
                    (
                        "Siempre una vez por siglo",
                        "No: su frecuencia aumenta mucho.",
                    ),
                    ("Una vez cada diez años", "Aún más a menudo, según el IPCC."),
                ],
            ),
        ],
    },
}
