"""Demo good practices, first half: (title, slug, summary, paragraph, paragraph)."""

PRACTICES_A = {
    "le-havre-port-center": {
        "fr": ("Le Port Center du Havre ouvre le port aux habitants",
               "port-center-le-havre",
               "Un lieu d'accueil, des visites et des ateliers pour que les habitants "
               "et les scolaires découvrent le port qui fait vivre leur ville.",
               "Installé au cœur de la ville, le Port Center du Havre accueille chaque "
               "année des milliers de visiteurs : expositions, maquettes, visites "
               "commentées des terminaux en bateau et en car.",
               "Les enseignants y trouvent des parcours pédagogiques sur les métiers "
               "portuaires ; les entreprises du port y présentent leurs activités et "
               "leurs offres d'emploi."),
        "en": ("Le Havre's Port Center opens the port to its residents",
               "le-havre-port-center",
               "A welcome centre, tours and workshops so that residents and pupils "
               "discover the port that keeps their city alive.",
               "In the heart of the city, Le Havre's Port Center welcomes thousands "
               "of visitors a year: exhibitions, models, guided tours of the "
               "terminals by boat and by coach.",
               "Teachers find learning paths on port jobs; the port's companies "
               "present their work and their job offers."),
        "es": ("El Port Center de Le Havre abre el puerto a sus habitantes",
               "port-center-le-havre",
               "Un espacio de acogida, visitas y talleres para que vecinos y escolares "
               "descubran el puerto que da vida a su ciudad.",
               "En pleno centro, el Port Center de Le Havre recibe miles de visitantes "
               "al año: exposiciones, maquetas, visitas guiadas a las terminales en "
               "barco y en autocar.",
               "Los docentes encuentran itinerarios pedagógicos sobre los oficios "
               "portuarios; las empresas del puerto presentan su actividad y sus "
               "ofertas de empleo."),
    },
    "hamburg-hafencity": {
        "fr": ("HafenCity à Hambourg : un quartier mixte sur d'anciens quais",
               "hafencity-hambourg",
               "Logements, bureaux, écoles et espaces publics inondables sur 157 "
               "hectares d'anciens terrains portuaires au centre de Hambourg.",
               "Depuis le début des années 2000, HafenCity transforme d'anciens quais "
               "en un quartier où vivent et travaillent des milliers de personnes, "
               "relié au centre historique par des ponts et une ligne de métro.",
               "Les bâtiments reposent sur des socles hors d'eau et les promenades "
               "acceptent les crues : le quartier vit avec la marée plutôt que "
               "derrière une digue."),
        "en": ("HafenCity in Hamburg: a mixed district on former quays",
               "hamburg-hafencity",
               "Homes, offices, schools and floodable public spaces on 157 hectares "
               "of former port land in the centre of Hamburg.",
               "Since the early 2000s, HafenCity has turned old quays into a district "
               "where thousands of people live and work, linked to the historic "
               "centre by bridges and a metro line.",
               "Buildings stand on raised plinths and the promenades accept floods: "
               "the district lives with the tide rather than behind a dike."),
        "es": ("HafenCity en Hamburgo: un barrio mixto sobre antiguos muelles",
               "hafencity-hamburgo",
               "Viviendas, oficinas, escuelas y espacios públicos inundables en 157 "
               "hectáreas de antiguos terrenos portuarios en el centro de Hamburgo.",
               "Desde principios de los años 2000, HafenCity convierte antiguos "
               "muelles en un barrio donde viven y trabajan miles de personas, unido "
               "al centro histórico por puentes y una línea de metro.",
               "Los edificios se apoyan en zócalos elevados y los paseos aceptan las "
               "crecidas: el barrio convive con la marea en lugar de esconderse tras "
               "un dique."),
    },
    "rotterdam-climate": {
        "fr": ("Rotterdam s'adapte au climat avec ses places à eau",
               "rotterdam-adaptation-climat",
               "Places inondables, toits verts et digues habitées : la ville et le "
               "port de Rotterdam apprennent à vivre avec davantage d'eau.",
               "La place Benthemplein stocke l'eau des orages dans des bassins qui "
               "servent de terrains de sport le reste du temps. Des centaines de "
               "toits ont été végétalisés.",
               "Le port rehausse ses terrains les plus bas au fil des "
               "réaménagements, et partage ses cartes de risque avec la ville."),
        "en": ("Rotterdam adapts to the climate with its water squares",
               "rotterdam-climate-adaptation",
               "Floodable squares, green roofs and inhabited dikes: the city and port "
               "of Rotterdam learn to live with more water.",
               "Benthemplein square stores storm water in basins that are sports "
               "grounds the rest of the time. Hundreds of roofs have been greened.",
               "The port raises its lowest land as sites are redeveloped, and shares "
               "its risk maps with the city."),
        "es": ("Rotterdam se adapta al clima con sus plazas de agua",
               "rotterdam-adaptacion-climatica",
               "Plazas inundables, cubiertas verdes y diques habitados: la ciudad y el "
               "puerto de Rotterdam aprenden a convivir con más agua.",
               "La plaza Benthemplein almacena el agua de las tormentas en vasos que "
               "el resto del tiempo son pistas deportivas. Cientos de cubiertas se han "
               "ajardinado.",
               "El puerto eleva sus terrenos más bajos a medida que se reordenan y "
               "comparte sus mapas de riesgo con la ciudad."),
    },
    "barcelona-port-vell": {
        "fr": ("Le Port Vell de Barcelone rendu aux habitants",
               "port-vell-barcelone",
               "Le vieux port de Barcelone est devenu, depuis les Jeux de 1992, une "
               "promenade et un lieu de vie ouvert à tous.",
               "Les anciens hangars et quais du Port Vell ont laissé place à des "
               "promenades, un aquarium, des musées et une marina, sans rompre le lien "
               "avec l'activité portuaire voisine.",
               "Une gouvernance partagée entre le port et la ville encadre les usages "
               "et la programmation des espaces publics."),
        "en": ("Barcelona's Port Vell given back to its residents",
               "barcelona-port-vell",
               "Since the 1992 Games, Barcelona's old port has become a promenade and "
               "a place to live open to everyone.",
               "The old sheds and quays of Port Vell made way for promenades, an "
               "aquarium, museums and a marina, without breaking the link with the "
               "port activity next door.",
               "Governance shared by the port and the city frames the uses and the "
               "programme of the public spaces."),
        "es": ("El Port Vell de Barcelona devuelto a la ciudadanía",
               "port-vell-barcelona",
               "Desde los Juegos de 1992, el puerto viejo de Barcelona es un paseo y "
               "un espacio de vida abierto a todos.",
               "Los antiguos tinglados y muelles del Port Vell dieron paso a paseos, "
               "un acuario, museos y una marina, sin romper el vínculo con la "
               "actividad portuaria vecina.",
               "Una gobernanza compartida entre el puerto y la ciudad regula los usos "
               "y la programación de los espacios públicos."),
    },
    "montreal-waterfront": {
        "fr": ("Montréal reconnecte la ville à son fleuve",
               "montreal-front-fleuve",
               "Le Vieux-Port et de nouveaux accès au Saint-Laurent rapprochent les "
               "Montréalais de leur fleuve, à côté du port en activité.",
               "Promenades, plages urbaines et belvédères ont ouvert plusieurs "
               "kilomètres de rives autrefois fermées au public.",
               "Le port et la ville coordonnent leurs projets pour concilier trafic "
               "de marchandises, croisières et usages de loisir."),
        "en": ("Montréal reconnects the city with its river",
               "montreal-waterfront",
               "The Old Port and new access points to the St. Lawrence bring "
               "Montrealers closer to their river, beside the working port.",
               "Promenades, urban beaches and lookouts have opened several kilometres "
               "of banks that used to be closed to the public.",
               "The port and the city coordinate their projects to reconcile freight, "
               "cruises and leisure."),
        "es": ("Montreal vuelve a unir la ciudad con su río",
               "montreal-frente-fluvial",
               "El Viejo Puerto y nuevos accesos al San Lorenzo acercan a los "
               "montrealeses a su río, junto al puerto en actividad.",
               "Paseos, playas urbanas y miradores han abierto varios kilómetros de "
               "orillas antes cerradas al público.",
               "El puerto y la ciudad coordinan sus proyectos para conciliar el "
               "tráfico de mercancías, los cruceros y el ocio."),
    },
    "dakar-fishing": {
        "fr": ("Dakar modernise son quai de pêche artisanale",
               "dakar-peche-artisanale",
               "Un quai, une halle et une chaîne du froid pour que le poisson débarqué "
               "à Dakar nourrisse la ville dans de bonnes conditions.",
               "Les pêcheurs et les mareyeuses ont été associés à la conception de la "
               "halle, de ses chambres froides et de ses étals.",
               "La perte de poisson a nettement baissé et les femmes transformatrices "
               "disposent d'un espace de travail salubre."),
        "en": ("Dakar upgrades its small-scale fishing quay",
               "dakar-small-scale-fishing",
               "A quay, a market hall and a cold chain so that the fish landed in "
               "Dakar feeds the city in good conditions.",
               "Fishers and fish traders helped design the hall, its cold rooms and "
               "its stalls.",
               "Fish losses have dropped sharply and the women who process the catch "
               "have a clean place to work."),
        "es": ("Dakar moderniza su muelle de pesca artesanal",
               "dakar-pesca-artesanal",
               "Un muelle, una lonja y una cadena de frío para que el pescado "
               "desembarcado en Dakar alimente a la ciudad en buenas condiciones.",
               "Pescadores y vendedoras participaron en el diseño de la lonja, sus "
               "cámaras frigoríficas y sus puestos.",
               "Las pérdidas de pescado han bajado mucho y las mujeres que lo "
               "transforman disponen de un espacio de trabajo salubre."),
    },
}  # fmt: skip
