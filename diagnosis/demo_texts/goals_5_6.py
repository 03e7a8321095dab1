# ruff: noqa: E501  (question texts read best one language a line)
"""Self-diagnosis questions for goals 5 and 6 of the Agenda 2030: investing in human
capital; port culture and identity."""

QUESTIONS = {
    # Goal 5: investing in human capital
    (5, 1): [
        {
            "key": "g5m1-skills-forecast",
            "kind": "scale",
            "text": {
                "fr": "Avez-vous identifié, avec les entreprises, les syndicats et les organismes de formation, les métiers portuaires touchés par l’automatisation, le numérique et la transition énergétique ?",
                "en": "Have you identified, with businesses, trade unions and training bodies, the port jobs affected by automation, digitalisation and the energy transition?",
                "es": "¿Ha identificado, con las empresas, los sindicatos y los centros de formación, los oficios portuarios afectados por la automatización, la digitalización y la transición energética?",
            },
            "guidance": {
                "fr": "Une démarche de gestion prévisionnelle des emplois et des compétences à l’échelle de la place portuaire en est un bon exemple.",
                "en": "Strategic workforce planning across the whole port community is a good example.",
                "es": "Un buen ejemplo es la planificación estratégica de empleos y competencias a escala de toda la comunidad portuaria.",
            },
            "levels": [
                {
                    "fr": "Aucune analyse des besoins en compétences.",
                    "en": "No analysis of skills needs.",
                    "es": "Ningún análisis de las necesidades de competencias.",
                },
                {
                    "fr": "Chaque employeur analyse ses propres besoins, sans démarche commune.",
                    "en": "Each employer analyses its own needs, with no joint approach.",
                    "es": "Cada empleador analiza sus propias necesidades, sin un enfoque común.",
                },
                {
                    "fr": "Une étude commune des métiers en mutation est en cours.",
                    "en": "A joint study of changing jobs is under way.",
                    "es": "Está en curso un estudio conjunto de los oficios en transformación.",
                },
                {
                    "fr": "Les besoins sont identifiés et un plan de formation partagé est adopté.",
                    "en": "Needs are identified and a shared training plan has been adopted.",
                    "es": "Las necesidades están identificadas y se ha adoptado un plan de formación compartido.",
                },
                {
                    "fr": "Le diagnostic est actualisé régulièrement et le plan de formation est suivi par des indicateurs.",
                    "en": "The assessment is updated regularly and the training plan is tracked with indicators.",
                    "es": "El diagnóstico se actualiza periódicamente y el plan de formación se sigue con indicadores.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (5, 2): [
        {
            "key": "g5m2-local-port-training",
            "kind": "scale",
            "text": {
                "fr": "Des formations, des apprentissages ou des cursus universitaires liés aux métiers portuaires, logistiques et maritimes existent-ils dans la ville portuaire ?",
                "en": "Are training courses, apprenticeships or university programmes linked to port, logistics and maritime jobs available in the port city?",
                "es": "¿Existen en la ciudad portuaria formaciones, programas de aprendizaje o estudios universitarios vinculados a los oficios portuarios, logísticos y marítimos?",
            },
            "guidance": {
                "fr": "Indiquez votre rôle : création, financement, accueil d’apprentis ou participation aux enseignements.",
                "en": "State your role: creating, funding, hosting apprentices or contributing to teaching.",
                "es": "Indique su papel: creación, financiación, acogida de aprendices o participación en la docencia.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (5, 3): [
        {
            "key": "g5m3-careers-outreach",
            "kind": "scale",
            "text": {
                "fr": "Faites-vous connaître les carrières portuaires dans les écoles et les quartiers ?",
                "en": "Do you promote port careers in schools and neighbourhoods?",
                "es": "¿Da a conocer las carreras portuarias en las escuelas y los barrios?",
            },
            "guidance": {
                "fr": "Forums des métiers, interventions en classe, stages d’observation, visites d’entreprises.",
                "en": "Careers fairs, classroom talks, work-experience placements, company visits.",
                "es": "Ferias de empleo, charlas en clase, prácticas de observación, visitas a empresas.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
        {
            "key": "g5m3-inclusive-recruitment",
            "kind": "choice",
            "text": {
                "fr": "Menez-vous un programme de recrutement ou de tutorat destiné aux jeunes, aux femmes ou aux demandeurs d’emploi ?",
                "en": "Do you run a recruitment or mentoring programme for young people, women or jobseekers?",
                "es": "¿Lleva a cabo un programa de contratación o de tutoría dirigido a jóvenes, mujeres o personas en busca de empleo?",
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
    (5, 4): [
        {
            "key": "g5m4-reskilling",
            "kind": "scale",
            "text": {
                "fr": "Proposez-vous une formation continue et un accompagnement à la reconversion aux travailleurs portuaires dont le métier évolue ?",
                "en": "Do you offer continuing training and career-change support to port workers whose jobs are changing?",
                "es": "¿Ofrece formación continua y acompañamiento a la reconversión a los trabajadores portuarios cuyo oficio está cambiando?",
            },
            "guidance": {
                "fr": "Pour une ville ou une autorité portuaire, comptez aussi les dispositifs que vous financez ou coordonnez pour la communauté portuaire.",
                "en": "For a city or a port authority, also count schemes you fund or coordinate for the port community.",
                "es": "Para una ciudad o una autoridad portuaria, cuente también los programas que financia o coordina para la comunidad portuaria.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (5, 5): [
        {
            "key": "g5m5-innovation-partnerships",
            "kind": "scale",
            "text": {
                "fr": "Le port accueille-t-il des incubateurs, des zones d’expérimentation ou des partenariats de recherche avec les universités et les jeunes entreprises ?",
                "en": "Does the port host incubators, test zones or research partnerships with universities and start-ups?",
                "es": "¿Acoge el puerto incubadoras, zonas de experimentación o colaboraciones de investigación con universidades y empresas emergentes?",
            },
            "guidance": {
                "fr": "Précisez le nombre de projets accompagnés ou de jeunes entreprises accueillies.",
                "en": "Specify how many projects have been supported or start-ups hosted.",
                "es": "Precise cuántos proyectos se han acompañado o cuántas empresas emergentes se han acogido.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    # Goal 6: port culture and identity
    (6, 1): [
        {
            "key": "g6m1-port-center",
            "kind": "choice",
            "text": {
                "fr": "Le port dispose-t-il d’un Port Center ou d’un autre lieu permanent où le public découvre le fonctionnement du port ?",
                "en": "Does the port have a Port Center or another permanent venue where the public can learn how the port works?",
                "es": "¿Dispone el puerto de un Port Center u otro espacio permanente donde el público descubra el funcionamiento del puerto?",
            },
            "guidance": {
                "fr": "Un projet de Port Center à l’étude correspond à une démarche en cours.",
                "en": "A Port Center project under study counts as in progress.",
                "es": "Un proyecto de Port Center en estudio cuenta como en curso.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
        {
            "key": "g6m1-tours-and-open-days",
            "kind": "scale",
            "text": {
                "fr": "Organisez-vous des visites guidées, des journées portes ouvertes ou des sorties en bateau pour faire découvrir le port aux habitants et aux visiteurs ?",
                "en": "Do you organise guided tours, open days or boat trips so that residents and visitors can discover the port?",
                "es": "¿Organiza visitas guiadas, jornadas de puertas abiertas o salidas en barco para que los habitantes y los visitantes descubran el puerto?",
            },
            "guidance": {
                "fr": "Comptez aussi les belvédères et les points de vue aménagés sur les installations portuaires.",
                "en": "Also count viewpoints and observation decks overlooking port facilities.",
                "es": "Cuente también los miradores y puntos de observación sobre las instalaciones portuarias.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": False,
        },
    ],
    (6, 2): [
        {
            "key": "g6m2-heritage-reuse",
            "kind": "scale",
            "text": {
                "fr": "Les bâtiments, grues, bassins et archives historiques du port sont-ils protégés et dotés de nouveaux usages ?",
                "en": "Are the port's historic buildings, cranes, docks and archives protected and given new uses?",
                "es": "¿Están protegidos los edificios, grúas, dársenas y archivos históricos del puerto, y se les han dado nuevos usos?",
            },
            "guidance": {
                "fr": "Un inventaire du patrimoine portuaire est une première étape.",
                "en": "An inventory of port heritage is a first step.",
                "es": "Un inventario del patrimonio portuario es un primer paso.",
            },
            "levels": None,
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
        {
            "key": "g6m2-workers-memory",
            "kind": "choice",
            "text": {
                "fr": "Recueillez-vous la mémoire des travailleurs et des communautés portuaires (témoignages, photographies, archives orales) ?",
                "en": "Do you collect the memories of port workers and communities (testimonies, photographs, oral archives)?",
                "es": "¿Recoge la memoria de los trabajadores y las comunidades portuarias (testimonios, fotografías, archivos orales)?",
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
    (6, 3): [
        {
            "key": "g6m3-school-programme",
            "kind": "scale",
            "text": {
                "fr": "Proposez-vous des programmes pédagogiques, des visites scolaires ou des supports qui expliquent aux élèves le rôle du port, du commerce maritime et des métiers portuaires ?",
                "en": "Do you offer teaching programmes, school visits or materials that explain to pupils the role of the port, maritime trade and port jobs?",
                "es": "¿Ofrece programas pedagógicos, visitas escolares o materiales que expliquen a los alumnos el papel del puerto, del comercio marítimo y de los oficios portuarios?",
            },
            "guidance": {
                "fr": "Le travail avec les autorités éducatives permet d’inscrire ces actions dans la durée.",
                "en": "Working with the education authorities helps make these activities last.",
                "es": "Trabajar con las autoridades educativas permite dar continuidad a estas acciones.",
            },
            "levels": [
                {
                    "fr": "Aucune action en direction des scolaires.",
                    "en": "No activities for schools.",
                    "es": "Ninguna acción dirigida a los centros escolares.",
                },
                {
                    "fr": "Des visites ont lieu ponctuellement, à la demande des enseignants.",
                    "en": "Visits take place occasionally, at teachers' request.",
                    "es": "Se realizan visitas puntuales, a petición del profesorado.",
                },
                {
                    "fr": "Un programme de visites et des supports pédagogiques sont en préparation ou en test.",
                    "en": "A visit programme and teaching materials are being prepared or piloted.",
                    "es": "Se están preparando o probando un programa de visitas y materiales pedagógicos.",
                },
                {
                    "fr": "Un programme régulier touche chaque année plusieurs établissements.",
                    "en": "A regular programme reaches several schools every year.",
                    "es": "Un programa regular llega cada año a varios centros escolares.",
                },
                {
                    "fr": "Le programme est intégré aux parcours scolaires avec les autorités éducatives, et il est évalué.",
                    "en": "The programme is built into the curriculum with the education authorities, and it is evaluated.",
                    "es": "El programa está integrado en el currículo con las autoridades educativas y se evalúa.",
                },
            ],
            "unit": None,
            "target": None,
            "higher_is_better": True,
            "worst": None,
            "evidence": True,
        },
    ],
    (6, 4): [
        {
            "key": "g6m4-cultural-support",
            "kind": "scale",
            "text": {
                "fr": "Soutenez-vous des festivals, des musées, des centres d’interprétation ou des projets artistiques qui font du port un élément partagé de l’identité de la ville ?",
                "en": "Do you support festivals, museums, interpretation centres or art projects that make the port a shared part of the city's identity?",
                "es": "¿Apoya festivales, museos, centros de interpretación o proyectos artísticos que hacen del puerto una seña de identidad compartida de la ciudad?",
            },
            "guidance": {
                "fr": "Le soutien peut être financier, matériel (accès aux sites, prêt d’espaces) ou logistique.",
                "en": "Support may be financial, in kind (site access, loan of premises) or logistical.",
                "es": "El apoyo puede ser económico, material (acceso a los emplazamientos, cesión de espacios) o logístico.",
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
