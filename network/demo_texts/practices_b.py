"""Demo good practices, second half: (title, slug, summary, paragraph, paragraph)."""

PRACTICES_B = {
    "marseille-shore-power": {
        "fr": ("Marseille branche ses ferries à quai",
               "marseille-electricite-quai",
               "Les ferries et paquebots à quai coupent leurs moteurs et se branchent "
               "au réseau électrique : moins de bruit et d'air pollué pour les "
               "quartiers voisins.",
               "Les premiers postes à quai ont équipé les lignes vers la Corse et le "
               "Maghreb ; les terminaux de croisière suivent.",
               "La ville, le port et la région ont financé ensemble l'opération, "
               "suivie par des capteurs de qualité de l'air."),
        "en": ("Marseille plugs its ferries in at the quay",
               "marseille-shore-power",
               "Ferries and cruise ships at berth switch off their engines and plug "
               "into the grid: less noise and polluted air for the nearby districts.",
               "The first berths served the lines to Corsica and North Africa; the "
               "cruise terminals are following.",
               "The city, the port and the region funded the work together, "
               "monitored by air-quality sensors."),
        "es": ("Marsella conecta sus ferris en el muelle",
               "marsella-electricidad-muelle",
               "Ferris y cruceros atracados apagan sus motores y se conectan a la red "
               "eléctrica: menos ruido y aire contaminado para los barrios vecinos.",
               "Los primeros puestos de atraque equiparon las líneas hacia Córcega y "
               "el Magreb; las terminales de cruceros van detrás.",
               "La ciudad, el puerto y la región financiaron juntos la operación, "
               "seguida por sensores de calidad del aire."),
    },
    "antwerp-port-community": {
        "fr": ("Anvers : un conseil port-ville pour décider ensemble",
               "anvers-conseil-port-ville",
               "Un conseil réunit le port, la ville et les riverains pour préparer les "
               "décisions qui touchent l'interface ville-port.",
               "Chaque grand projet passe devant le conseil avant d'être arrêté : "
               "les habitants y sont représentés et les avis sont publiés.",
               "Cette instance a réduit les conflits et accéléré plusieurs "
               "réaménagements de quais."),
        "en": ("Antwerp: a port-city council to decide together",
               "antwerp-port-city-council",
               "A council brings the port, the city and residents together to prepare "
               "the decisions that affect the port-city interface.",
               "Every major project goes before the council before it is decided: "
               "residents are represented and opinions are published.",
               "The council has reduced conflicts and sped up several quay "
               "redevelopments."),
        "es": ("Amberes: un consejo puerto-ciudad para decidir juntos",
               "amberes-consejo-puerto-ciudad",
               "Un consejo reúne al puerto, la ciudad y los vecinos para preparar las "
               "decisiones que afectan a la interfaz ciudad-puerto.",
               "Cada gran proyecto pasa por el consejo antes de aprobarse: los "
               "vecinos están representados y los dictámenes se publican.",
               "Este órgano ha reducido los conflictos y acelerado varias "
               "reordenaciones de muelles."),
    },
    "helsinki-ferry-tram": {
        "fr": ("Helsinki relie ses terminaux ferries au tramway",
               "helsinki-ferries-tramway",
               "Des millions de passagers des ferries rejoignent le centre en tramway "
               "plutôt qu'en voiture.",
               "Les terminaux ont été reliés au réseau de tramway et les horaires "
               "calés sur les arrivées des navires.",
               "Les files de voitures et de taxis ont diminué dans les rues du "
               "centre."),
        "en": ("Helsinki links its ferry terminals to the tram",
               "helsinki-ferry-tram",
               "Millions of ferry passengers reach the centre by tram rather than by "
               "car.",
               "The terminals were joined to the tram network and timetables follow "
               "the ships' arrivals.",
               "Queues of cars and taxis have shrunk in the centre's streets."),
        "es": ("Helsinki une sus terminales de ferris al tranvía",
               "helsinki-ferris-tranvia",
               "Millones de pasajeros de ferris llegan al centro en tranvía y no en "
               "coche.",
               "Las terminales se conectaron a la red de tranvía y los horarios se "
               "ajustan a las llegadas de los buques.",
               "Las colas de coches y taxis han disminuido en las calles del "
               "centro."),
    },
    "tangier-training": {
        "fr": ("Tanger forme les jeunes aux métiers du port",
               "tanger-formation-metiers",
               "Un institut de formation prépare chaque année des centaines de jeunes "
               "de la région aux métiers de la logistique et de la manutention.",
               "Les cursus sont construits avec les opérateurs des terminaux, qui "
               "accueillent les stagiaires et recrutent les diplômés.",
               "Près de la moitié des apprenants sont issus des communes voisines du "
               "port."),
        "en": ("Tangier trains young people for port jobs",
               "tangier-port-skills",
               "A training institute prepares hundreds of young people from the "
               "region every year for logistics and cargo-handling jobs.",
               "Courses are built with the terminal operators, who host trainees and "
               "hire graduates.",
               "Nearly half of the learners come from the towns around the port."),
        "es": ("Tánger forma a los jóvenes en los oficios del puerto",
               "tanger-formacion-oficios",
               "Un instituto de formación prepara cada año a cientos de jóvenes de la "
               "región para los oficios de la logística y la estiba.",
               "Los cursos se diseñan con los operadores de las terminales, que "
               "acogen a los alumnos en prácticas y contratan a los titulados.",
               "Casi la mitad de los alumnos procede de los municipios vecinos del "
               "puerto."),
    },
    "valparaiso-heritage": {
        "fr": ("Valparaíso associe ses habitants au projet portuaire",
               "valparaiso-participation",
               "Ateliers publics et maquettes partagées : le port de Valparaíso "
               "construit son extension avec la ville classée au patrimoine mondial.",
               "Les habitants des collines ont été invités à dire ce qu'ils voulaient "
               "voir depuis leurs belvédères et sur le front de mer.",
               "Le projet a été revu pour préserver les vues et ouvrir une promenade "
               "publique."),
        "en": ("Valparaíso involves its residents in the port project",
               "valparaiso-participation",
               "Public workshops and shared models: the port of Valparaíso shapes its "
               "extension with the World Heritage city.",
               "Residents of the hills were asked what they wanted to see from their "
               "lookouts and on the seafront.",
               "The project was redrawn to keep the views and open a public "
               "promenade."),
        "es": ("Valparaíso involucra a sus vecinos en el proyecto portuario",
               "valparaiso-participacion",
               "Talleres públicos y maquetas compartidas: el puerto de Valparaíso "
               "diseña su ampliación con la ciudad Patrimonio de la Humanidad.",
               "Se preguntó a los vecinos de los cerros qué querían ver desde sus "
               "miradores y en el borde costero.",
               "El proyecto se rediseñó para preservar las vistas y abrir un paseo "
               "público."),
    },
    "durban-estuary": {
        "fr": ("Durban restaure l'estuaire au pied du port",
               "durban-estuaire",
               "Mangroves replantées et zones humides protégées : le port de Durban "
               "rend de la place à la nature et aux pêcheurs.",
               "Les mangroves de la baie ont été replantées avec les écoles et les "
               "associations de quartier.",
               "Les zones humides filtrent l'eau et abritent de nouveau poissons et "
               "oiseaux ; la pêche de subsistance en profite."),
        "en": ("Durban restores the estuary below the port",
               "durban-estuary",
               "Replanted mangroves and protected wetlands: the port of Durban gives "
               "room back to nature and to fishers.",
               "The bay's mangroves were replanted with schools and neighbourhood "
               "groups.",
               "The wetlands filter the water and shelter fish and birds again; "
               "subsistence fishing benefits."),
        "es": ("Durban restaura el estuario al pie del puerto",
               "durban-estuario",
               "Manglares replantados y humedales protegidos: el puerto de Durban "
               "devuelve espacio a la naturaleza y a los pescadores.",
               "Los manglares de la bahía se replantaron con escuelas y asociaciones "
               "vecinales.",
               "Los humedales filtran el agua y vuelven a acoger peces y aves; la "
               "pesca de subsistencia sale ganando."),
    },
}  # fmt: skip
