"""Demo cooperation projects: (title, slug, summary, paragraph, results)."""

PROJECTS = {
    "interreg-interfaces": {
        "fr": ("INTERFACES : repenser les limites entre ville et port",
               "interfaces-ville-port",
               "Un projet Interreg où six villes portuaires européennes testent des "
               "aménagements pour les espaces entre ville et port.",
               "Chaque partenaire choisit un site d'interface et y teste, avec ses "
               "habitants, une transformation temporaire avant de l'inscrire dans ses "
               "documents d'urbanisme.",
               "<ul><li>Six sites pilotes</li><li>Un guide de conception partagé</li>"
               "</ul>"),
        "en": ("INTERFACES: rethinking the edges between city and port",
               "interfaces-city-port",
               "An Interreg project in which six European port cities test designs "
               "for the spaces between city and port.",
               "Each partner chooses an interface site and tests a temporary "
               "transformation there with its residents before writing it into its "
               "planning documents.",
               "<ul><li>Six pilot sites</li><li>A shared design guide</li></ul>"),
        "es": ("INTERFACES: repensar los límites entre ciudad y puerto",
               "interfaces-ciudad-puerto",
               "Un proyecto Interreg en el que seis ciudades portuarias europeas "
               "ensayan diseños para los espacios entre ciudad y puerto.",
               "Cada socio elige un lugar de interfaz y ensaya allí, con sus vecinos, "
               "una transformación temporal antes de incluirla en su planeamiento.",
               "<ul><li>Seis lugares piloto</li><li>Una guía de diseño compartida"
               "</li></ul>"),
    },
    "horizon-shore-power": {
        "fr": ("PLUG-IN PORTS : l'électricité à quai pour tous les navires",
               "plug-in-ports",
               "Un projet Horizon Europe qui prépare le branchement électrique à quai "
               "des ferries, paquebots et porte-conteneurs.",
               "Les partenaires mettront en commun leurs données de consommation et "
               "testeront des postes à quai standardisés, pilotés avec les "
               "gestionnaires de réseau.",
               "<p>Résultats attendus : des spécifications communes et trois "
               "démonstrateurs.</p>"),
        "en": ("PLUG-IN PORTS: shore power for every ship",
               "plug-in-ports",
               "A Horizon Europe project preparing shore-power connections for "
               "ferries, cruise ships and container ships.",
               "The partners will pool their consumption data and test standard "
               "berth connections, run with the grid operators.",
               "<p>Expected results: shared specifications and three "
               "demonstrators.</p>"),
        "es": ("PLUG-IN PORTS: electricidad en el muelle para todos los buques",
               "plug-in-ports",
               "Un proyecto Horizonte Europa que prepara la conexión eléctrica en el "
               "muelle de ferris, cruceros y portacontenedores.",
               "Los socios pondrán en común sus datos de consumo y ensayarán puestos "
               "de atraque normalizados, gestionados con los operadores de red.",
               "<p>Resultados esperados: especificaciones comunes y tres "
               "demostradores.</p>"),
    },
    "africa-cooperation": {
        "fr": ("Villes portuaires d'Afrique de l'Ouest : coopérer pour se former",
               "villes-portuaires-afrique-ouest",
               "Trois villes portuaires d'Afrique de l'Ouest ont échangé leurs "
               "méthodes de planification et formé leurs équipes ensemble.",
               "Des missions croisées entre Dakar, Abidjan et Cotonou ont permis aux "
               "techniciens des villes et des ports de travailler sur des cas "
               "concrets.",
               "<ul><li>120 techniciens formés</li><li>Trois schémas d'interface "
               "ville-port adoptés</li></ul>"),
        "en": ("West African port cities: cooperating to learn",
               "west-african-port-cities",
               "Three West African port cities exchanged their planning methods and "
               "trained their teams together.",
               "Exchange missions between Dakar, Abidjan and Cotonou let city and port "
               "staff work on real cases.",
               "<ul><li>120 staff trained</li><li>Three port-city interface plans "
               "adopted</li></ul>"),
        "es": ("Ciudades portuarias de África Occidental: cooperar para formarse",
               "ciudades-portuarias-africa-occidental",
               "Tres ciudades portuarias de África Occidental intercambiaron sus "
               "métodos de planificación y formaron juntos a sus equipos.",
               "Misiones cruzadas entre Dakar, Abiyán y Cotonú permitieron a los "
               "técnicos de ciudades y puertos trabajar sobre casos reales.",
               "<ul><li>120 técnicos formados</li><li>Tres planes de interfaz "
               "ciudad-puerto aprobados</li></ul>"),
    },
}  # fmt: skip

# key: name, kind, link, (description fr, en, es), colour of the generated logo
PARTNERS = [
    ("Région Normandie", "institutional", "https://www.normandie.fr/",
     ("Soutient l'AIVP depuis sa création au Havre.",
      "Has supported AIVP since it was founded in Le Havre.",
      "Apoya a la AIVP desde su creación en Le Havre."), "#0b3c5d"),
    ("Ville du Havre", "institutional", "https://www.lehavre.fr/",
     ("Ville fondatrice et siège du réseau.",
      "Founding city and home of the network.",
      "Ciudad fundadora y sede de la red."), "#1f5f8b"),
    ("Interreg Europe", "programme", "https://www.interregeurope.eu/",
     ("Finance la coopération entre régions européennes.",
      "Funds cooperation between European regions.",
      "Financia la cooperación entre regiones europeas."), "#14532d"),
    ("Agence française de développement", "programme", "https://www.afd.fr/",
     ("Accompagne les projets de coopération avec les villes africaines.",
      "Supports cooperation projects with African cities.",
      "Acompaña los proyectos de cooperación con ciudades africanas."), "#7c2d12"),
    ("Université Le Havre Normandie", "academic", "https://www.univ-lehavre.fr/",
     ("Partenaire de recherche sur les villes portuaires.",
      "Research partner on port cities.",
      "Socio de investigación sobre ciudades portuarias."), "#4c1d95"),
    ("Port Cities Review", "media", "",
     ("Magazine partenaire de la conférence mondiale.",
      "Partner magazine of the world conference.",
      "Revista socia de la conferencia mundial."), "#374151"),
]  # fmt: skip
