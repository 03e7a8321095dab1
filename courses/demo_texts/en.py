"""The demo course in English."""

from cms.demo.common import bullets, heading, paragraph

EN = {
    "index": {
        "title": "Courses",
        "slug": "courses",
        "introduction": (
            "AIVP's online courses: for everyone who works where the city meets "
            "the port, followed with a cohort, a tutor and live sessions."
        ),
    },
    "course": {
        "title": "The sustainable port city",
        "slug": "sustainable-port-city",
        "summary": (
            "An online course in three modules on how cities and ports build "
            "their future together: governance, the energy and climate "
            "transition, jobs and port culture."
        ),
        "overview": (
            "<p>Port cities are on the front line of the great transitions: the "
            "climate is changing, energy is being transformed, jobs are evolving "
            "and residents want their quays back. This course draws on AIVP's "
            "Agenda 2030 and on the experience of the network's cities and ports "
            "to offer landmarks and methods.</p>"
            "<p>Each module combines short lessons, case studies, resources to go "
            "further and a quiz. Live sessions bring the cohort together with the "
            "speakers.</p>"
        ),
        "audience": (
            "<ul><li>Elected officials and staff of port cities</li>"
            "<li>Managers of port authorities and port businesses</li>"
            "<li>Urban planners, developers, consultants</li>"
            "<li>Master's students and researchers</li></ul>"
        ),
        "outcomes": (
            "<ul><li>Explain the history of the city-port relationship and what "
            "is at stake today</li><li>Identify who decides what at the interface, "
            "and bring the right people together</li><li>Place your own port city "
            "against the ten goals of the Agenda 2030</li><li>Propose actions for "
            "energy, climate adaptation, jobs and port culture</li></ul>"
        ),
        "languages": "French, English, Spanish",
        "workload": "18 weeks, about 2 hours a week",
        "fees_note": (
            "<p>Free for AIVP members. For non-members, the fee covers the "
            "content, the live sessions and the certificate.</p>"
        ),
    },
    "sessions": (
        "Live session: welcome to the cohort",
        "Live session: governing the city-port interface",
    ),
    "modules": [
        {
            "title": "Port and city: a shared history and governance",
            "slug": "port-and-city",
            "summary": (
                "How city and port came together, drifted apart and met again, "
                "and how they decide together today."
            ),
            "lessons": [
                {
                    "title": "From the port city to the city port",
                    "slug": "port-city-history",
                    "summary": (
                        "Six stages of the city-port relationship, from the quay "
                        "in the heart of town to giant terminals, and the return "
                        "to the water."
                    ),
                    "body": [
                        heading("A history in six stages"),
                        paragraph(
                            "<p>For centuries the port was the heart of the city: "
                            "goods were unloaded at the foot of the merchants' "
                            "houses, and port work kept the nearby districts "
                            "alive. The geographer Brian Hoyle described what "
                            "followed in a series of stages, which AIVP has "
                            "extended.</p>"
                        ),
                        bullets(
                            [
                                "<b>The primitive port city</b>: city and port are "
                                "one.",
                                "<b>Expansion</b>: industry and trade push the "
                                "quays downstream.",
                                "<b>The modern industrial port</b>: refineries and "
                                "yards settle far from the centre.",
                                "<b>Retreat from the waterfront</b>: with the "
                                "container, the port leaves the old docks.",
                                "<b>Redevelopment</b>: derelict port land becomes "
                                "city districts.",
                                "<b>Renewal of the link</b>: city and port look "
                                "for a shared project.",
                            ]
                        ),
                        heading("The container changes everything"),
                        paragraph(
                            "<p>From the 1960s, the container called for huge "
                            "terminals, deep water and road and rail access. "
                            "Ports moved out to the estuary or the sea; the old "
                            "docks emptied. Baltimore, Barcelona, London and "
                            "Hamburg turned them into city districts, with "
                            "successes and limits: tourism, housing prices, a "
                            "lost memory of port work.</p>"
                        ),
                        paragraph(
                            "<p>Today the challenge is no longer only to "
                            "redevelop derelict land, but to have an active port "
                            "and a living city side by side: that is the whole "
                            "point of AIVP's Agenda 2030 and its ten goals.</p>"
                        ),
                    ],
                    "resources": {
                        "title": "To go further",
                        "items": [
                            (
                                "AIVP's Agenda 2030",
                                "The network's ten goals for sustainable port "
                                "cities, with their measures.",
                            ),
                            (
                                "The United Nations Sustainable Development Goals",
                                "The 17 goals adopted in 2015, which AIVP's "
                                "Agenda 2030 refers to.",
                            ),
                            (
                                "World Ports Sustainability Program",
                                "The world's ports' programme for sustainable "
                                "development, and its project database.",
                            ),
                        ],
                    },
                },
                {
                    "title": "Governing the interface: deciding together",
                    "slug": "governance",
                    "summary": (
                        "Who decides what between city and port, and the tools "
                        "that help build a shared strategy."
                    ),
                    "body": [
                        heading("Shared powers"),
                        paragraph(
                            "<p>In most countries, port land is run by a port "
                            "authority, public or private, while planning, "
                            "housing and public transport belong to local "
                            "government. The state keeps major investments and "
                            "security. At the interface, no one decides "
                            "alone.</p>"
                        ),
                        heading("Tools for dialogue"),
                        bullets(
                            [
                                "A standing city-port committee that meets "
                                "regularly and follows an action plan.",
                                "A shared master plan for the interface areas, "
                                "adopted by both boards.",
                                "Agreements that share the costs and benefits of "
                                "projects.",
                                "Consultation open to residents and businesses, "
                                "early in every project.",
                            ]
                        ),
                        paragraph(
                            "<p>Goal 4 of the Agenda 2030, “Renewed "
                            "governance”, calls for the whole city-port "
                            "community to take part in these decisions. The quiz "
                            "below covers the module.</p>"
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Energy and climate transition",
            "slug": "energy-and-climate-transition",
            "summary": (
                "The port as a hub of low-carbon energy, and how the port city "
                "adapts to rising seas."
            ),
            "lessons": [
                {
                    "title": "The port as an energy hub",
                    "slug": "energy-hub",
                    "summary": (
                        "Shore power, renewables and the circular economy: the "
                        "port serving the transition."
                    ),
                    "body": [
                        heading("Plugging ships in at berth"),
                        paragraph(
                            "<p>At berth, a ship runs its auxiliary engines to "
                            "make electricity: noise, fumes and particles reach "
                            "the neighbouring districts. Shore power lets it "
                            "switch them off. Gothenburg brought it into service "
                            "in 2000; the European regulation on alternative "
                            "fuels infrastructure requires it in major ports by "
                            "2030 for container and passenger ships.</p>"
                        ),
                        heading("Producing and sharing energy"),
                        paragraph(
                            "<p>Ports host offshore wind, the fuels of the future "
                            "(hydrogen, methanol, ammonia) and industries that "
                            "give off waste heat. Heat networks can bring it to "
                            "the neighbouring districts: this is industrial "
                            "ecology, at the heart of goal 2 of the Agenda "
                            "2030.</p>"
                        ),
                        bullets(
                            [
                                "Survey the energy used and lost in the port area.",
                                "Identify the heat needs of the city nearby.",
                                "Build projects with the port authority, the city "
                                "and the industries.",
                            ]
                        ),
                    ],
                },
                {
                    "title": "Adapting to rising seas",
                    "slug": "adaptation",
                    "summary": (
                        "Coastal flooding, storms, river floods: protecting quays, "
                        "districts and the estuary's ecosystems."
                    ),
                    "body": [
                        heading("A growing risk"),
                        paragraph(
                            "<p>According to the IPCC's Special Report on the "
                            "Ocean and Cryosphere (2019), extreme sea levels that "
                            "used to occur once a century will occur at least "
                            "once a year at many locations by 2050, whatever the "
                            "scenario. Ports, industrial areas and low-lying "
                            "districts are the most exposed.</p>"
                        ),
                        heading("Nature-based solutions"),
                        paragraph(
                            "<p>Dikes and storm surge barriers are still needed, "
                            "but they are not enough. Restoring salt marshes, "
                            "dunes or oyster reefs softens the waves, stores "
                            "carbon and gives the estuary back its biodiversity. "
                            "In Hamburg, the HafenCity district was built on "
                            "raised plinths: the city lives with the tide.</p>"
                        ),
                        paragraph(
                            "<p>The quiz covers the module: energy and adaptation.</p>"
                        ),
                    ],
                },
            ],
        },
        {
            "title": "People, jobs and port culture",
            "slug": "people-jobs-culture",
            "summary": (
                "The port jobs of tomorrow, and how to make the port known and "
                "loved by those who live next to it."
            ),
            "lessons": [
                {
                    "title": "Port jobs and their future",
                    "slug": "port-jobs",
                    "summary": (
                        "Automation, the energy transition, digital tools: what is "
                        "changing for port jobs, and how to prepare."
                    ),
                    "body": [
                        heading("Jobs in transformation"),
                        paragraph(
                            "<p>A port employs far more people than its dockers: "
                            "logistics, industry, maritime services, "
                            "administration, ship repair. Terminal automation, "
                            "digital tools and new energies are changing these "
                            "jobs faster than they are disappearing.</p>"
                        ),
                        paragraph(
                            "<p>Goal 5 of the Agenda 2030, “Investing in "
                            "human capital”, calls for anticipation: "
                            "training built with employers, bridges between "
                            "trades, and room for young people and women in "
                            "sectors that are still largely male.</p>"
                        ),
                        bullets(
                            [
                                "Map the jobs of the port community and their "
                                "needs over ten years.",
                                "Open training campuses with schools and universities.",
                                "Support the career changes that automation brings.",
                            ]
                        ),
                    ],
                },
                {
                    "title": "Going further: opening the port to residents",
                    "slug": "port-culture",
                    "summary": (
                        "Port Centers, tours, events: sharing port culture. An "
                        "optional lesson."
                    ),
                    "body": [
                        heading("The port, an unknown neighbour"),
                        paragraph(
                            "<p>Behind security fences, the port has become "
                            "invisible to many residents, who only see its "
                            "nuisances. Yet whether port projects are accepted "
                            "depends on this bond.</p>"
                        ),
                        paragraph(
                            "<p>Port Centers, promoted by AIVP, welcome the "
                            "public to explain the port: exhibitions, terminal "
                            "tours, workshops for schools, presentations of port "
                            "jobs. Le Havre, Genoa, Antwerp and Livorno have "
                            "opened one. Maritime festivals, quayside walks and "
                            "art in port spaces complete the picture: this is "
                            "goal 6, “Port culture and identity”.</p>"
                        ),
                    ],
                },
            ],
        },
    ],
}
