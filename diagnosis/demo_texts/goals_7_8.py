# ruff: noqa: E501  (question texts read best one language a line)
"""Self-diagnosis questions for goals 7 and 8 of the Agenda 2030: quality food for
all; the port-city interface."""

QUESTIONS = {
    # Goal 7: quality food for all
    (7, 1): [
        {
            "key": "g7m1-food-supply-resilience",
            "kind": "scale",
            "text": {
                "fr": "Avez-vous évalué, avec les acteurs de la logistique, la capacité des infrastructures et des entrepôts frigorifiques du port à assurer l’approvisionnement alimentaire en période de crise ?",
                "en": "Have you assessed, with logistics operators, the ability of the port's infrastructure and cold stores to keep food supplies flowing during a crisis?",
                "es": "¿Ha evaluado, con los operadores logísticos, la capacidad de las infraestructuras y los almacenes frigoríficos del puerto para garantizar el abastecimiento alimentario en periodos de crisis?",
            },
            "guidance": {
                "fr": "Un plan de continuité des flux alimentaires, testé ou mis à jour récemment, correspond à une action réalisée.",
                "en": "A continuity plan for food flows, recently tested or updated, counts as achieved.",
                "es": "Un plan de continuidad de los flujos alimentarios, probado o actualizado recientemente, se considera logrado.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (7, 2): [
        {
            "key": "g7m2-cold-chain-losses",
            "kind": "scale",
            "text": {
                "fr": "Avez-vous amélioré la manutention, le stockage et la chaîne du froid pour réduire les pertes de denrées dans le port ?",
                "en": "Have you improved handling, storage and the cold chain to reduce food losses in the port?",
                "es": "¿Ha mejorado la manipulación, el almacenamiento y la cadena de frío para reducir las pérdidas de alimentos en el puerto?",
            },
            "guidance": {
                "fr": "Indiquez si les pertes sont mesurées, même de façon approximative.",
                "en": "State whether losses are measured, even roughly.",
                "es": "Indique si las pérdidas se miden, aunque sea de forma aproximada.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
        {
            "key": "g7m2-food-donation",
            "kind": "choice",
            "text": {
                "fr": "Les produits invendus encore consommables sont-ils redistribués à des banques alimentaires ou à des associations locales dans le cadre d’une convention ?",
                "en": "Are unsold products that are still fit for consumption passed on to food banks or local charities under an agreement?",
                "es": "¿Se redistribuyen los productos no vendidos aún aptos para el consumo a bancos de alimentos o asociaciones locales mediante un convenio?",
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
    (7, 3): [
        {
            "key": "g7m3-fishing-aquaculture-space",
            "kind": "scale",
            "text": {
                "fr": "Le port réserve-t-il des espaces et des équipements à une pêche et une aquaculture durables ?",
                "en": "Does the port set aside space and facilities for sustainable fishing and aquaculture?",
                "es": "¿Reserva el puerto espacios y equipamientos para una pesca y una acuicultura sostenibles?",
            },
            "guidance": {
                "fr": "Par exemple : quais de débarquement, criée, zones conchylicoles ou ateliers de transformation.",
                "en": "For example: landing quays, fish auction, shellfish farming areas or processing workshops.",
                "es": "Por ejemplo: muelles de descarga, lonja, zonas de cultivo de marisco o talleres de transformación.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
        {
            "key": "g7m3-short-supply-chains",
            "kind": "choice",
            "text": {
                "fr": "Existe-t-il des circuits courts qui acheminent les produits locaux de la mer ou de la terre, via le port, vers les marchés de la ville ?",
                "en": "Are there short supply chains that bring local seafood or farm produce, through the port, to city markets?",
                "es": "¿Existen circuitos cortos que llevan productos locales del mar o de la tierra, a través del puerto, a los mercados de la ciudad?",
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
    (7, 4): [
        {
            "key": "g7m4-food-safety-controls",
            "kind": "scale",
            "text": {
                "fr": "Les contrôles sanitaires et phytosanitaires au port disposent-ils des installations et des moyens adaptés aux volumes traités, et les consommateurs sont-ils informés de l’origine des denrées importées ?",
                "en": "Do sanitary and phytosanitary inspections at the port have the facilities and resources needed for the volumes handled, and are consumers informed of the origin of imported food?",
                "es": "¿Disponen los controles sanitarios y fitosanitarios del puerto de las instalaciones y los medios adecuados a los volúmenes tratados, y se informa a los consumidores del origen de los alimentos importados?",
            },
            "guidance": {
                "fr": "Postes de contrôle frontaliers, délais de contrôle, coordination avec les services de l’État, étiquetage de l’origine.",
                "en": "Border control posts, inspection lead times, coordination with government services, origin labelling.",
                "es": "Puestos de control fronterizo, plazos de inspección, coordinación con los servicios del Estado, etiquetado del origen.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    # Goal 8: the port-city interface
    (8, 1): [
        {
            "key": "g8m1-shared-interface-project",
            "kind": "scale",
            "text": {
                "fr": "L’avenir des espaces où le port et la ville se rencontrent est-il défini dans un projet commun associant activités portuaires, espaces publics, logements et services ?",
                "en": "Is the future of the areas where port and city meet set out in a joint project combining port activities, public spaces, housing and services?",
                "es": "¿Se define el futuro de los espacios donde se encuentran el puerto y la ciudad en un proyecto común que combine actividades portuarias, espacios públicos, viviendas y servicios?",
            },
            "guidance": {
                "fr": "Les usages ne sont associés que lorsqu’ils sont compatibles (sécurité, bruit, exploitation portuaire).",
                "en": "Uses are combined only where they are compatible (safety, noise, port operations).",
                "es": "Los usos solo se combinan cuando son compatibles (seguridad, ruido, explotación portuaria).",
            },
            "levels": [
                {
                    "fr": "Aucune réflexion commune sur l’interface ville-port.",
                    "en": "No joint thinking about the port-city interface.",
                    "es": "Ninguna reflexión común sobre la interfaz ciudad-puerto.",
                },
                {
                    "fr": "Le port et la ville ont engagé des discussions sur un ou plusieurs sites d’interface.",
                    "en": "The port and the city have begun talks on one or more interface sites.",
                    "es": "El puerto y la ciudad han iniciado conversaciones sobre uno o varios espacios de interfaz.",
                },
                {
                    "fr": "Une étude ou un schéma d’aménagement commun est en cours d’élaboration.",
                    "en": "A joint study or master plan is being prepared.",
                    "es": "Se está elaborando un estudio o un plan de ordenación conjunto.",
                },
                {
                    "fr": "Un projet commun est adopté et sa mise en œuvre a commencé.",
                    "en": "A joint project has been adopted and its implementation has begun.",
                    "es": "Se ha adoptado un proyecto común y se ha iniciado su ejecución.",
                },
                {
                    "fr": "Le projet est réalisé, piloté conjointement dans la durée et cité en référence.",
                    "en": "The project has been delivered, is jointly managed over time and is cited as a reference.",
                    "es": "El proyecto se ha realizado, se gestiona conjuntamente a largo plazo y se cita como referencia.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (8, 2): [
        {
            "key": "g8m2-waterfront-access",
            "kind": "scale",
            "text": {
                "fr": "Les quais, les promenades et les fronts d’eau sont-ils ouverts au public partout où la sécurité et l’exploitation portuaire le permettent ?",
                "en": "Are quays, promenades and waterfronts open to the public wherever safety and port operations allow?",
                "es": "¿Están abiertos al público los muelles, los paseos y los frentes de agua allí donde la seguridad y la explotación portuaria lo permiten?",
            },
            "guidance": {
                "fr": "Indiquez, si vous la connaissez, la longueur de rives accessible au public.",
                "en": "If known, state the length of waterfront open to the public.",
                "es": "Si la conoce, indique la longitud de ribera accesible al público.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (8, 3): [
        {
            "key": "g8m3-productive-uses-in-city",
            "kind": "scale",
            "text": {
                "fr": "Vos projets de reconversion d’anciens espaces portuaires conservent-ils en ville des activités productives, maritimes ou logistiques ?",
                "en": "Do your redevelopment projects for former port areas keep productive, maritime or logistics activities in the city?",
                "es": "¿Sus proyectos de reconversión de antiguos espacios portuarios mantienen en la ciudad actividades productivas, marítimas o logísticas?",
            },
            "guidance": {
                "fr": "Par exemple : réparation navale, pêche, logistique urbaine ou ateliers maintenus à proximité des quartiers.",
                "en": "For example: ship repair, fishing, urban logistics or workshops kept close to neighbourhoods.",
                "es": "Por ejemplo: reparación naval, pesca, logística urbana o talleres mantenidos cerca de los barrios.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (8, 4): [
        {
            "key": "g8m4-buffer-zones",
            "kind": "scale",
            "text": {
                "fr": "Des aménagements paysagers ou architecturaux et des zones tampons végétalisées réduisent-ils les nuisances entre les installations portuaires et les quartiers ?",
                "en": "Do landscaping, architectural features and planted buffer zones reduce nuisances between port facilities and neighbourhoods?",
                "es": "¿Las actuaciones paisajísticas o arquitectónicas y las zonas de amortiguación vegetadas reducen las molestias entre las instalaciones portuarias y los barrios?",
            },
            "guidance": {
                "fr": "Ces aménagements doivent préserver les vues sur le port.",
                "en": "These features should preserve views of the port.",
                "es": "Estas actuaciones deben preservar las vistas sobre el puerto.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (8, 5): [
        {
            "key": "g8m5-temporary-uses",
            "kind": "choice",
            "text": {
                "fr": "Des usages temporaires culturels, sportifs ou économiques ont-ils été autorisés sur des friches portuaires au cours des trois dernières années ?",
                "en": "Have temporary cultural, sports or business uses been allowed on disused port sites in the last three years?",
                "es": "¿Se han autorizado usos temporales culturales, deportivos o económicos en terrenos portuarios en desuso en los últimos tres años?",
            },
            "guidance": {
                "fr": "Précisez les sites concernés et s’ils ont servi à préparer un projet définitif.",
                "en": "Name the sites and say whether they helped prepare a permanent project.",
                "es": "Indique los emplazamientos y si sirvieron para preparar un proyecto definitivo.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
}
