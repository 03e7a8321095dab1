# ruff: noqa: E501  (question texts read best one language a line)
"""Self-diagnosis questions for goals 1 and 2 of the Agenda 2030: climate change
adaptation; energy transition and circular economy."""

QUESTIONS = {
    # Goal 1: climate change adaptation
    (1, 1): [
        {
            "key": "g1m1-risk-map",
            "kind": "scale",
            "text": {
                "fr": "Avez-vous cartographié, avec vos partenaires du port ou de la ville, les risques climatiques auxquels votre territoire est exposé (élévation du niveau de la mer, submersions, inondations, vagues de chaleur) ?",
                "en": "Have you mapped, together with your port or city partners, the climate risks your area is exposed to (sea-level rise, coastal flooding, inland flooding, heatwaves)?",
                "es": "¿Ha cartografiado, junto con sus socios del puerto o de la ciudad, los riesgos climáticos a los que está expuesto su territorio (subida del nivel del mar, sumersión marina, inundaciones, olas de calor)?",
            },
            "guidance": {
                "fr": "Une cartographie partagée entre le port et la ville vaut mieux que des études séparées. Indiquez l’année de la dernière mise à jour.",
                "en": "A map shared by the port and the city is worth more than separate studies. State the year of the latest update.",
                "es": "Un mapa compartido por el puerto y la ciudad vale más que estudios separados. Indique el año de la última actualización.",
            },
            "levels": [
                {
                    "fr": "Aucune évaluation des risques climatiques.",
                    "en": "No assessment of climate risks.",
                    "es": "Ninguna evaluación de los riesgos climáticos.",
                },
                {
                    "fr": "Une évaluation est prévue, ou seules des études partielles existent.",
                    "en": "An assessment is planned, or only partial studies exist.",
                    "es": "Hay una evaluación prevista o solo existen estudios parciales.",
                },
                {
                    "fr": "Une cartographie est en cours, mais le port et la ville travaillent chacun de leur côté.",
                    "en": "Mapping is under way, but the port and the city each work on their own.",
                    "es": "Hay una cartografía en curso, pero el puerto y la ciudad trabajan cada uno por su lado.",
                },
                {
                    "fr": "Une cartographie commune au port et à la ville couvre tous les aléas majeurs.",
                    "en": "A joint port-city map covers all major hazards.",
                    "es": "Una cartografía conjunta del puerto y la ciudad cubre todos los peligros principales.",
                },
                {
                    "fr": "La cartographie commune est actualisée régulièrement et rendue publique.",
                    "en": "The joint map is updated regularly and made public.",
                    "es": "La cartografía conjunta se actualiza periódicamente y se hace pública.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (1, 2): [
        {
            "key": "g1m2-climate-proof-design",
            "kind": "scale",
            "text": {
                "fr": "Les projections climatiques à long terme (horizon 2100) sont-elles intégrées dans la conception ou la rénovation de vos quais, digues, voiries et réseaux ?",
                "en": "Are long-term climate projections (up to 2100) built into the design or renovation of your quays, sea walls, roads and utility networks?",
                "es": "¿Se integran las proyecciones climáticas a largo plazo (horizonte 2100) en el diseño o la renovación de sus muelles, diques, viales y redes?",
            },
            "guidance": {
                "fr": "Par exemple : quais rehaussés, drainage dimensionné pour des pluies plus intenses, matériaux résistant à la chaleur.",
                "en": "For example: raised quays, drainage sized for heavier rainfall, heat-resistant materials.",
                "es": "Por ejemplo: muelles elevados, drenaje dimensionado para lluvias más intensas, materiales resistentes al calor.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (1, 3): [
        {
            "key": "g1m3-joint-emergency-plans",
            "kind": "scale",
            "text": {
                "fr": "Disposez-vous de plans de crise et de systèmes d’alerte communs aux opérateurs portuaires, aux services municipaux et aux habitants en cas d’événement climatique extrême ?",
                "en": "Do you have crisis plans and warning systems shared by port operators, municipal services and residents for extreme weather events?",
                "es": "¿Dispone de planes de crisis y sistemas de alerta compartidos por los operadores portuarios, los servicios municipales y los habitantes ante fenómenos climáticos extremos?",
            },
            "guidance": {
                "fr": "Incluez les plans de continuité d’activité qui précisent qui fait quoi entre le port et la ville.",
                "en": "Include business continuity plans that set out who does what between the port and the city.",
                "es": "Incluya los planes de continuidad de la actividad que precisan quién hace qué entre el puerto y la ciudad.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
        {
            "key": "g1m3-joint-drill",
            "kind": "choice",
            "text": {
                "fr": "Un exercice de crise commun au port et à la ville a-t-il été organisé au cours des deux dernières années ?",
                "en": "Has a joint port-city emergency drill been held in the last two years?",
                "es": "¿Se ha organizado un simulacro de crisis conjunto entre el puerto y la ciudad en los dos últimos años?",
            },
            "guidance": {
                "fr": "Un exercice programmé mais pas encore réalisé correspond à une démarche en cours.",
                "en": "A drill that is scheduled but not yet held counts as in progress.",
                "es": "Un simulacro programado pero aún no realizado cuenta como en curso.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (1, 4): [
        {
            "key": "g1m4-nature-based-solutions",
            "kind": "scale",
            "text": {
                "fr": "Recourez-vous à des solutions fondées sur la nature (zones humides, dunes, berges végétalisées, espaces verts) pour protéger le littoral, absorber les crues ou rafraîchir la ville ?",
                "en": "Do you use nature-based solutions (wetlands, dunes, planted banks, green spaces) to protect the coast, absorb floods or cool the city?",
                "es": "¿Recurre a soluciones basadas en la naturaleza (humedales, dunas, riberas vegetadas, espacios verdes) para proteger el litoral, absorber las crecidas o refrescar la ciudad?",
            },
            "guidance": {
                "fr": "Comptez aussi les projets où ces solutions complètent un ouvrage classique (digue, enrochement).",
                "en": "Also count projects where these solutions complement a conventional structure (dyke, rock armour).",
                "es": "Cuente también los proyectos en los que estas soluciones complementan una obra convencional (dique, escollera).",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (1, 5): [
        {
            "key": "g1m5-resident-involvement",
            "kind": "scale",
            "text": {
                "fr": "Informez-vous les habitants sur les risques climatiques et les associez-vous, avec les entreprises et les travailleurs portuaires, à l’élaboration de votre stratégie de résilience ?",
                "en": "Do you inform residents about climate risks and involve them, together with businesses and port workers, in drawing up your resilience strategy?",
                "es": "¿Informa a los habitantes sobre los riesgos climáticos y los asocia, junto con las empresas y los trabajadores portuarios, a la elaboración de su estrategia de resiliencia?",
            },
            "guidance": {
                "fr": "Réunions publiques, ateliers, supports d’information sur les risques et les choix d’adaptation : décrivez ce qui a été fait.",
                "en": "Public meetings, workshops, information on risks and adaptation choices: describe what has been done.",
                "es": "Reuniones públicas, talleres, material informativo sobre los riesgos y las opciones de adaptación: describa lo que se ha hecho.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    # Goal 2: energy transition and circular economy
    (2, 1): [
        {
            "key": "g2m1-renewable-energy-share",
            "kind": "number",
            "text": {
                "fr": "Quelle part de l’énergie consommée par votre organisation l’an dernier provenait de sources renouvelables (%) ?",
                "en": "What share of the energy your organisation consumed last year came from renewable sources (%)?",
                "es": "¿Qué parte de la energía consumida por su organización el año pasado procedía de fuentes renovables (%)?",
            },
            "guidance": {
                "fr": "Comptez l’électricité, la chaleur et les carburants ; la production sur site et les contrats d’électricité renouvelable sont inclus.",
                "en": "Count electricity, heat and fuels; on-site generation and renewable electricity contracts are included.",
                "es": "Cuente la electricidad, el calor y los combustibles; se incluyen la producción in situ y los contratos de electricidad renovable.",
            },
            "levels": None,
            "unit": {"fr": "%", "en": "%", "es": "%"},
            "target": 100,
            "higher_is_better": True,
            "worst": 0,
            "evidence": True,
        },
        {
            "key": "g2m1-port-land-for-energy",
            "kind": "scale",
            "text": {
                "fr": "Mobilisez-vous le foncier, les toitures ou les plans d’eau portuaires pour produire de l’énergie solaire, éolienne ou marine ?",
                "en": "Do you use port land, rooftops or water areas to generate solar, wind or marine energy?",
                "es": "¿Utiliza suelo, cubiertas o láminas de agua portuarias para producir energía solar, eólica o marina?",
            },
            "guidance": {
                "fr": "Comptez aussi l’accueil d’industries qui assemblent ou entretiennent ces installations.",
                "en": "Also count hosting industries that assemble or maintain these installations.",
                "es": "Cuente también la acogida de industrias que montan o mantienen estas instalaciones.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (2, 2): [
        {
            "key": "g2m2-shore-power-berths",
            "kind": "number",
            "text": {
                "fr": "Quelle part des postes à quai recevant des navires de commerce ou de croisière est équipée d’un branchement électrique à quai (%) ?",
                "en": "What share of the berths used by cargo or cruise ships is equipped with shore power (%)?",
                "es": "¿Qué porcentaje de los atraques que reciben buques de carga o de crucero está equipado con conexión eléctrica en muelle (%)?",
            },
            "guidance": {
                "fr": "Si votre organisation ne gère pas de quais, indiquez la valeur du port de votre territoire.",
                "en": "If your organisation does not operate berths, give the figure for the port in your area.",
                "es": "Si su organización no gestiona muelles, indique el valor del puerto de su territorio.",
            },
            "levels": None,
            "unit": {"fr": "%", "en": "%", "es": "%"},
            "target": 80,
            "higher_is_better": True,
            "worst": 0,
            "evidence": True,
        },
        {
            "key": "g2m2-low-carbon-bunkering",
            "kind": "choice",
            "text": {
                "fr": "Le port propose-t-il aux navires l’avitaillement en carburants bas carbone (biocarburants, bio-GNL, méthanol, ammoniac ou hydrogène verts) ?",
                "en": "Does the port offer ships bunkering of low-carbon fuels (biofuels, bio-LNG, green methanol, ammonia or hydrogen)?",
                "es": "¿Ofrece el puerto a los buques el suministro de combustibles bajos en carbono (biocombustibles, bio-GNL, metanol, amoníaco o hidrógeno verdes)?",
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
    (2, 3): [
        {
            "key": "g2m3-waste-heat-recovery",
            "kind": "scale",
            "text": {
                "fr": "La chaleur fatale, la vapeur ou les gaz des industries portuaires sont-ils valorisés au profit des réseaux de chaleur urbains, d’entreprises voisines ou de bâtiments publics ?",
                "en": "Are waste heat, steam or gases from port industries recovered to supply district heating networks, neighbouring businesses or public buildings?",
                "es": "¿Se aprovechan el calor residual, el vapor o los gases de las industrias portuarias para abastecer redes urbanas de calor, empresas vecinas o edificios públicos?",
            },
            "guidance": {
                "fr": "Une étude de la chaleur disponible est un premier pas ; un raccordement en service correspond à une action réalisée.",
                "en": "A study of the heat available is a first step; a connection in service counts as achieved.",
                "es": "Un estudio del calor disponible es un primer paso; una conexión en servicio se considera lograda.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (2, 4): [
        {
            "key": "g2m4-industrial-symbiosis",
            "kind": "scale",
            "text": {
                "fr": "Favorisez-vous les échanges de déchets, de sous-produits ou de ressources entre les entreprises de la zone portuaire (écologie industrielle) ?",
                "en": "Do you foster exchanges of waste, by-products or resources between businesses in the port area (industrial symbiosis)?",
                "es": "¿Fomenta los intercambios de residuos, subproductos o recursos entre las empresas de la zona portuaria (simbiosis industrial)?",
            },
            "guidance": {
                "fr": "Pensez aussi aux activités de recyclage, de réparation et de réemploi implantées dans le port.",
                "en": "Also think of recycling, repair and reuse activities located in the port.",
                "es": "Piense también en las actividades de reciclaje, reparación y reutilización implantadas en el puerto.",
            },
            "levels": [
                {
                    "fr": "Aucune démarche d’écologie industrielle.",
                    "en": "No industrial symbiosis initiative.",
                    "es": "Ninguna iniciativa de simbiosis industrial.",
                },
                {
                    "fr": "Les flux de matières des entreprises ont été recensés, ou une étude est lancée.",
                    "en": "Companies' material flows have been listed, or a study has been launched.",
                    "es": "Se han inventariado los flujos de materiales de las empresas o se ha iniciado un estudio.",
                },
                {
                    "fr": "Quelques échanges ponctuels entre entreprises ont été mis en place.",
                    "en": "A few one-off exchanges between companies have been set up.",
                    "es": "Se han establecido algunos intercambios puntuales entre empresas.",
                },
                {
                    "fr": "Un pôle ou un club d’entreprises anime des synergies durables.",
                    "en": "A cluster or business club runs lasting synergies.",
                    "es": "Un polo o un club de empresas impulsa sinergias duraderas.",
                },
                {
                    "fr": "Les synergies sont suivies par des indicateurs et la démarche inspire d’autres ports.",
                    "en": "Synergies are tracked with indicators and the approach inspires other ports.",
                    "es": "Las sinergias se siguen con indicadores y el enfoque inspira a otros puertos.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (2, 5): [
        {
            "key": "g2m5-sediment-reuse",
            "kind": "scale",
            "text": {
                "fr": "Les sédiments de dragage et les matériaux de démolition sont-ils traités et réutilisés dans des chantiers portuaires ou urbains plutôt qu’éliminés ?",
                "en": "Are dredged sediments and demolition materials treated and reused in port or urban projects rather than disposed of?",
                "es": "¿Se tratan y reutilizan los sedimentos de dragado y los materiales de demolición en obras portuarias o urbanas en lugar de eliminarlos?",
            },
            "guidance": {
                "fr": "Précisez, si vous la connaissez, la part des volumes dragués qui a été valorisée l’an dernier.",
                "en": "If known, state the share of dredged volumes that was reused last year.",
                "es": "Si la conoce, indique la proporción de los volúmenes dragados que se reutilizó el año pasado.",
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
