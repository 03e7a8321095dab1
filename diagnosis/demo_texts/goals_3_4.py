# ruff: noqa: E501  (question texts read best one language a line)
"""Self-diagnosis questions for goals 3 and 4 of the Agenda 2030: sustainable
mobility; renewed governance."""

QUESTIONS = {
    # Goal 3: sustainable mobility
    (3, 1): [
        {
            "key": "g3m1-rail-waterway-modal-share",
            "kind": "number",
            "text": {
                "fr": "Quelle part des marchandises entrant dans le port ou en sortant par voie terrestre est acheminée par le rail ou par voie fluviale (%) ?",
                "en": "What share of the goods entering or leaving the port by land is carried by rail or inland waterway (%)?",
                "es": "¿Qué porcentaje de las mercancías que entran o salen del puerto por vía terrestre se transporta por ferrocarril o por vía fluvial (%)?",
            },
            "guidance": {
                "fr": "Calculez en tonnes ou en EVP sur la dernière année connue, hors transbordement maritime.",
                "en": "Calculate in tonnes or TEU for the latest year available, excluding sea-to-sea transhipment.",
                "es": "Calcule en toneladas o TEU para el último año disponible, sin contar el transbordo marítimo.",
            },
            "levels": None,
            "unit": {"fr": "%", "en": "%", "es": "%"},
            "target": 50,
            "higher_is_better": True,
            "worst": 0,
            "evidence": True,
        },
        {
            "key": "g3m1-rail-waterway-investment",
            "kind": "scale",
            "text": {
                "fr": "Investissez-vous, seul ou avec vos partenaires, dans les liaisons ferroviaires, les navettes fluviales ou les ports secs qui desservent le port ?",
                "en": "Do you invest, alone or with partners, in the rail links, river shuttles or dry ports that serve the port?",
                "es": "¿Invierte, solo o con sus socios, en las conexiones ferroviarias, las lanzaderas fluviales o los puertos secos que dan servicio al puerto?",
            },
            "guidance": {"fr": "", "en": "", "es": ""},
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (3, 2): [
        {
            "key": "g3m2-truck-appointment-system",
            "kind": "choice",
            "text": {
                "fr": "Un système de rendez-vous ou de créneaux horaires pour les camions est-il en service dans le port ?",
                "en": "Is a truck appointment or time-slot system in operation in the port?",
                "es": "¿Está en funcionamiento en el puerto un sistema de citas o franjas horarias para camiones?",
            },
            "guidance": {
                "fr": "Il peut être géré par l’autorité portuaire, un terminal ou le système informatique de la communauté portuaire. Comptez aussi les parkings d’attente dédiés qui éloignent les poids lourds des rues résidentielles.",
                "en": "It may be run by the port authority, a terminal or the port community system. Also count dedicated truck parks that keep heavy goods vehicles out of residential streets.",
                "es": "Puede gestionarlo la autoridad portuaria, una terminal o el sistema informático de la comunidad portuaria. Cuente también los aparcamientos de espera que alejan a los camiones de las calles residenciales.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (3, 3): [
        {
            "key": "g3m3-short-sea-and-ferries",
            "kind": "scale",
            "text": {
                "fr": "Soutenez-vous des lignes maritimes à courte distance, ou des navettes et bacs reliant le port, la ville et les territoires voisins ?",
                "en": "Do you support short-sea shipping lines, or shuttles and ferries linking the port, the city and neighbouring areas?",
                "es": "¿Apoya líneas marítimas de corta distancia, o lanzaderas y transbordadores que unan el puerto, la ciudad y los territorios vecinos?",
            },
            "guidance": {
                "fr": "Le soutien peut prendre la forme d’un financement, d’une tarification incitative, ou de quais et de terminaux dédiés.",
                "en": "Support may take the form of funding, incentive pricing, or dedicated berths and terminals.",
                "es": "El apoyo puede consistir en financiación, tarifas incentivadoras, o muelles y terminales específicos.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (3, 4): [
        {
            "key": "g3m4-public-transport-cycling-access",
            "kind": "scale",
            "text": {
                "fr": "Les zones portuaires sont-elles desservies par les transports en commun, des pistes cyclables et des cheminements piétons sûrs ?",
                "en": "Are port areas served by public transport, cycle lanes and safe walking routes?",
                "es": "¿Cuentan las zonas portuarias con transporte público, carriles bici e itinerarios peatonales seguros?",
            },
            "guidance": {
                "fr": "Mentionnez les plans de mobilité des entreprises de la communauté portuaire, s’il en existe.",
                "en": "Mention any travel plans of companies in the port community.",
                "es": "Mencione los planes de movilidad de las empresas de la comunidad portuaria, si existen.",
            },
            "levels": [
                {
                    "fr": "Les zones portuaires ne sont accessibles qu’en voiture.",
                    "en": "Port areas can only be reached by car.",
                    "es": "Solo se puede llegar a las zonas portuarias en coche.",
                },
                {
                    "fr": "Les besoins de desserte ont été étudiés avec l’autorité organisatrice des transports.",
                    "en": "Access needs have been studied with the public transport authority.",
                    "es": "Las necesidades de acceso se han estudiado con la autoridad de transporte público.",
                },
                {
                    "fr": "Une partie des zones est desservie ; des aménagements sont en cours.",
                    "en": "Some areas are served; improvements are under way.",
                    "es": "Parte de las zonas tiene servicio; hay mejoras en curso.",
                },
                {
                    "fr": "Les principales zones d’emploi sont desservies en transports en commun et accessibles à vélo en sécurité.",
                    "en": "The main employment areas are served by public transport and can be reached safely by bike.",
                    "es": "Las principales zonas de empleo tienen transporte público y acceso seguro en bicicleta.",
                },
                {
                    "fr": "Des plans de mobilité communs aux entreprises font reculer l’usage de la voiture individuelle, chiffres à l’appui.",
                    "en": "Travel plans shared by companies measurably reduce solo car use.",
                    "es": "Planes de movilidad compartidos por las empresas reducen de forma medible el uso del coche individual.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (3, 5): [
        {
            "key": "g3m5-clean-last-mile",
            "kind": "scale",
            "text": {
                "fr": "La livraison du dernier kilomètre depuis le port s’appuie-t-elle sur des plateformes logistiques proches de la ville, des véhicules propres ou des vélos-cargos ?",
                "en": "Does last-mile delivery from the port rely on logistics hubs close to the city, clean vehicles or cargo bikes?",
                "es": "¿Se apoya la entrega de última milla desde el puerto en plataformas logísticas cercanas a la ciudad, vehículos limpios o bicicletas de carga?",
            },
            "guidance": {
                "fr": "Indiquez si cette organisation est cohérente avec le plan de mobilité urbaine.",
                "en": "State whether this is consistent with the urban mobility plan.",
                "es": "Indique si esta organización es coherente con el plan de movilidad urbana.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    # Goal 4: renewed governance
    (4, 1): [
        {
            "key": "g4m1-port-city-committee",
            "kind": "scale",
            "text": {
                "fr": "Existe-t-il une instance permanente de dialogue réunissant l’autorité portuaire, les collectivités locales et régionales, les entreprises et la société civile ?",
                "en": "Is there a permanent dialogue body bringing together the port authority, local and regional authorities, businesses and civil society?",
                "es": "¿Existe un órgano permanente de diálogo que reúna a la autoridad portuaria, las administraciones locales y regionales, las empresas y la sociedad civil?",
            },
            "guidance": {
                "fr": "Précisez sa composition et s’il dispose d’un secrétariat ou d’un budget propre.",
                "en": "Specify its membership and whether it has its own secretariat or budget.",
                "es": "Precise su composición y si dispone de secretaría o presupuesto propios.",
            },
            "levels": [
                {
                    "fr": "Aucune instance de dialogue ville-port.",
                    "en": "No port-city dialogue body.",
                    "es": "Ningún órgano de diálogo ciudad-puerto.",
                },
                {
                    "fr": "Des rencontres ont lieu au cas par cas, sans instance formelle.",
                    "en": "Meetings take place case by case, with no formal body.",
                    "es": "Hay reuniones puntuales, sin un órgano formal.",
                },
                {
                    "fr": "Une instance est en cours de création, ou ne réunit que le port et la ville.",
                    "en": "A body is being set up, or it brings together only the port and the city.",
                    "es": "Se está creando un órgano, o solo reúne al puerto y a la ciudad.",
                },
                {
                    "fr": "Une instance permanente associe le port, les collectivités, les entreprises et la société civile.",
                    "en": "A permanent body brings together the port, public authorities, businesses and civil society.",
                    "es": "Un órgano permanente reúne al puerto, las administraciones, las empresas y la sociedad civil.",
                },
                {
                    "fr": "L’instance publie ses travaux et ses avis pèsent sur les décisions.",
                    "en": "The body publishes its work and its opinions carry weight in decisions.",
                    "es": "El órgano publica sus trabajos y sus dictámenes influyen en las decisiones.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
        {
            "key": "g4m1-committee-meetings-per-year",
            "kind": "number",
            "text": {
                "fr": "Combien de fois cette instance de dialogue ville-port s’est-elle réunie au cours des douze derniers mois ?",
                "en": "How many times has this port-city dialogue body met in the last twelve months?",
                "es": "¿Cuántas veces se ha reunido este órgano de diálogo ciudad-puerto en los últimos doce meses?",
            },
            "guidance": {
                "fr": "Indiquez 0 s’il n’existe pas d’instance.",
                "en": "Enter 0 if there is no such body.",
                "es": "Indique 0 si no existe tal órgano.",
            },
            "levels": None,
            "unit": {
                "fr": "réunions par an",
                "en": "meetings per year",
                "es": "reuniones al año",
            },
            "target": 4,
            "higher_is_better": True,
            "worst": 0,
            "evidence": False,
        },
    ],
    (4, 2): [
        {
            "key": "g4m2-joint-planning",
            "kind": "scale",
            "text": {
                "fr": "Le plan directeur du port et les documents d’urbanisme de la ville sont-ils élaborés conjointement ?",
                "en": "Are the port master plan and the city's planning documents drawn up jointly?",
                "es": "¿Se elaboran conjuntamente el plan director del puerto y los instrumentos urbanísticos de la ciudad?",
            },
            "guidance": {
                "fr": "L’objectif est la cohérence entre l’usage des sols, les infrastructures et le logement.",
                "en": "The aim is consistency between land use, infrastructure and housing.",
                "es": "El objetivo es la coherencia entre los usos del suelo, las infraestructuras y la vivienda.",
            },
            "levels": [
                {
                    "fr": "Le port et la ville planifient séparément, sans échange.",
                    "en": "The port and the city plan separately, without exchange.",
                    "es": "El puerto y la ciudad planifican por separado, sin intercambio.",
                },
                {
                    "fr": "Les documents sont transmis pour avis une fois rédigés.",
                    "en": "Documents are sent for comment once drafted.",
                    "es": "Los documentos se remiten para recabar opiniones una vez redactados.",
                },
                {
                    "fr": "Des réunions techniques communes accompagnent la rédaction.",
                    "en": "Joint technical meetings accompany the drafting.",
                    "es": "Reuniones técnicas conjuntas acompañan la redacción.",
                },
                {
                    "fr": "Les documents sont élaborés ensemble et leurs calendriers sont coordonnés.",
                    "en": "The documents are drawn up together and their timetables are coordinated.",
                    "es": "Los documentos se elaboran juntos y sus calendarios están coordinados.",
                },
                {
                    "fr": "Une vision commune, adoptée formellement par le port et la ville, fonde les deux documents.",
                    "en": "A shared vision, formally adopted by both the port and the city, underpins both documents.",
                    "es": "Una visión común, adoptada formalmente por el puerto y la ciudad, sustenta ambos documentos.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (4, 3): [
        {
            "key": "g4m3-early-consultation",
            "kind": "scale",
            "text": {
                "fr": "Consultez-vous les habitants en amont des grands projets portuaires (réunions publiques, données ouvertes, outils participatifs) ?",
                "en": "Do you consult residents at an early stage of major port projects (public meetings, open data, participatory tools)?",
                "es": "¿Consulta a los habitantes desde las primeras fases de los grandes proyectos portuarios (reuniones públicas, datos abiertos, herramientas participativas)?",
            },
            "guidance": {
                "fr": "« En amont » signifie tant que les principaux choix du projet restent ouverts.",
                "en": "“Early” means while the main choices of the project are still open.",
                "es": "«Desde las primeras fases» significa mientras las principales opciones del proyecto siguen abiertas.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
        {
            "key": "g4m3-consultation-feedback",
            "kind": "choice",
            "text": {
                "fr": "Publiez-vous, après chaque concertation, un bilan expliquant comment les contributions des habitants ont été prises en compte ?",
                "en": "After each consultation, do you publish a report explaining how residents' contributions were taken into account?",
                "es": "Tras cada consulta, ¿publica un informe que explique cómo se han tenido en cuenta las aportaciones de los habitantes?",
            },
            "guidance": {"fr": "", "en": "", "es": ""},
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (4, 4): [
        {
            "key": "g4m4-impact-indicators",
            "kind": "choice",
            "text": {
                "fr": "Publiez-vous au moins une fois par an des indicateurs, partagés avec la ville, sur les performances économiques, sociales et environnementales du port ?",
                "en": "Do you publish, at least once a year, indicators shared with the city on the port's economic, social and environmental performance?",
                "es": "¿Publica, al menos una vez al año, indicadores compartidos con la ciudad sobre el desempeño económico, social y ambiental del puerto?",
            },
            "guidance": {
                "fr": "Un rapport de développement durable ou un tableau de bord en ligne conviennent.",
                "en": "A sustainability report or an online dashboard will do.",
                "es": "Sirven un informe de sostenibilidad o un cuadro de mando en línea.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (4, 5): [
        {
            "key": "g4m5-corridor-cooperation",
            "kind": "scale",
            "text": {
                "fr": "Coopérez-vous avec les territoires de l’arrière-pays, les ports voisins ou des villes portuaires étrangères pour partager vos expériences et coordonner vos stratégies ?",
                "en": "Do you cooperate with hinterland areas, neighbouring ports or port cities abroad to share experience and coordinate strategies?",
                "es": "¿Coopera con los territorios del interior, los puertos vecinos o ciudades portuarias extranjeras para compartir experiencias y coordinar estrategias?",
            },
            "guidance": {
                "fr": "Les conventions de coopération, les alliances de ports le long d’un corridor, les jumelages ou les projets de coopération internationale comptent.",
                "en": "Cooperation agreements, port alliances along a corridor, twinning or international cooperation projects all count.",
                "es": "Cuentan los convenios de cooperación, las alianzas de puertos a lo largo de un corredor, los hermanamientos o los proyectos de cooperación internacional.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
}
