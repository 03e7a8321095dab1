"""The demo articles in English: title, summary and body of each, by key."""

from .common import bullets, call_to_action, heading, paragraph, picture, quote

ARTICLES = {
    "news-prize-2024": {
        "title": (
            "The Antoine Rufenacht Prize rewards the conversion of Tangier's port"
        ),
        "summary": (
            "The jury praised an operation that gives the quays back to residents "
            "while keeping the port at work."
        ),
        "body": [
            paragraph(
                "<p>Every year the Antoine Rufenacht Prize singles out an outstanding "
                "city-port project. This edition rewards the conversion of Tangier's "
                "historic port, below the medina: heavy cargo has moved to a "
                "deep-water port outside the city, and the freed basins now hold a "
                "marina, a cruise terminal, a modernised fishing port and a long "
                "public promenade.</p>"
            ),
            paragraph(
                "<p>The jury, made up of representatives of cities, port authorities "
                "and universities of the network, reviewed some twenty applications "
                "from four continents. It chose the Tangier project for the quality "
                "of the dialogue between stakeholders and for keeping a living port "
                "at the heart of the city.</p>"
            ),
            heading("What the jury noted"),
            bullets(
                [
                    "Quays open to the public, linked to the medina by walking routes.",
                    "A fishing port and a ferry terminal kept at work next to the "
                    "new uses.",
                    "Governance shared between the city, the port and the State, "
                    "with residents consulted at every stage.",
                ]
            ),
            quote(
                "This project shows that a port can be opened to the city without "
                "losing its soul as a port.",
                "The jury of the Antoine Rufenacht Prize",
            ),
            paragraph(
                "<p>The prize will be presented at the next World Conference Cities "
                "& Ports. Applications for the following edition open in spring; "
                "any city or port, member of the network or not, may submit a "
                "project completed within the last five years.</p>"
            ),
        ],
    },
    "news-shore-power": {
        "title": "Shore power: five port cities share their experience",
        "summary": (
            "Ports in Europe, the Americas and Africa compare costs, timelines and "
            "the benefits for air quality."
        ),
        "body": [
            paragraph(
                "<p>A ship at berth keeps its auxiliary engines running to make the "
                "electricity it needs: lighting, air conditioning, galleys, cargo "
                "handling. A few hundred metres from homes, those emissions weigh on "
                "air quality and noise. Shore power lets ships switch their engines "
                "off during the call.</p>"
            ),
            paragraph(
                "<p>Brought together by AIVP, five members of the network compared "
                "their projects: two already run connections for ferries and cruise "
                "ships, two are building theirs and the last is finishing its "
                "feasibility studies. All of them stress that technology is no "
                "longer the main obstacle.</p>"
            ),
            heading("Lessons learnt"),
            bullets(
                [
                    "<b>Connecting to the grid</b> often takes longest: plan several "
                    "years ahead with the electricity network operator.",
                    "<b>Shipowners</b> must fit out their ships; agreements for "
                    "each regular line make the investment easier.",
                    "<b>The price of electricity</b> at the quay must stay "
                    "competitive with the fuel of auxiliary engines.",
                    "<b>Measuring</b> air quality before and after shows residents "
                    "the benefits.",
                ]
            ),
            quote(
                "The day the first ships plugged in, the neighbours heard it before "
                "they read it in the paper.",
                "An environment manager of one of the ports",
            ),
            paragraph(
                "<p>These lessons feed goal 2 of the AIVP Agenda 2030, on the energy "
                "transition. A webinar on funding shore power will continue the "
                "exchange in the coming weeks.</p>"
            ),
        ],
    },
    "news-port-center-label": {
        "title": "Three new Port Centers receive the AIVP label",
        "summary": "Open to residents and schools, they explain the port and its jobs.",
        "body": [
            paragraph(
                "<p>Three new venues join the network of Port Centers labelled by "
                "AIVP. Set in a former warehouse, a maritime station and a new "
                "building on the quays, they all welcome the public free of charge "
                "to discover the port, its activities and its jobs.</p>"
            ),
            paragraph(
                "<p>The “Port Center by AIVP” label rests on a missions charter: "
                "explaining the port of today and tomorrow, presenting jobs and "
                "training, opening a dialogue with residents and working with "
                "schools. A committee of the network reviews each application and "
                "visits the venue.</p>"
            ),
            heading("Programmes for every audience"),
            paragraph(
                "<p>Scale models, crane simulators, port tours by boat or bus, "
                "meetings with dockers and pilots: the three Port Centers presented "
                "varied programmes. One of them already welcomes more than two "
                "hundred classes a year; another runs career workshops with the "
                "port's companies.</p>"
            ),
            quote(
                "When pupils find out that a port employs computer scientists, "
                "biologists and mechanics, they never look at the cranes the same "
                "way again.",
                "The team of one of the labelled Port Centers",
            ),
            paragraph(
                "<p>The network's Port Centers will meet at the next annual working "
                "group to share their exhibitions and outreach methods.</p>"
            ),
        ],
    },
    "news-opinion-climate": {
        "title": "Opinion: adapting port cities to rising seas, now",
        "summary": (
            "Ports are on the front line; nature-based solutions must enter "
            "development plans."
        ),
        "body": [
            paragraph(
                "<p>Port cities are built at the water's edge, often on land reclaimed "
                "from the sea or the marshes. They are among the first exposed to "
                "sea-level rise, stronger storms and floods. Quays, access roads, "
                "power networks and business areas are at stake, and so are the "
                "neighbourhoods around them.</p>"
            ),
            paragraph(
                "<p>Raising dykes will not be enough everywhere. In several estuaries "
                "of the network, restored wetlands soak up flood peaks, protect the "
                "banks and welcome birds and fish again. These nature-based "
                "solutions often cost less to maintain than concrete "
                "structures.</p>"
            ),
            heading("Three priorities for the next five years"),
            paragraph(
                "<ol>"
                "<li>Share one risk assessment between city and port, with "
                "up-to-date maps.</li>"
                "<li>Set natural buffer areas in development plans before the land "
                "is given to other uses.</li>"
                "<li>Involve residents in the choices: a protection people accept "
                "is a protection that is maintained.</li>"
                "</ol>"
            ),
            picture(
                "wetland",
                "An estuary wetland, both a refuge for wildlife and room for "
                "floodwater.",
            ),
            paragraph(
                "<p>Goal 1 of the AIVP Agenda 2030 asks port cities to anticipate "
                "the effects of climate change. It is time to move from studies to "
                "building sites.</p>"
            ),
        ],
    },
    "news-course-promotion": {
        "title": "The online course on the sustainable port city opens a new cohort",
        "summary": (
            "Ten weeks to understand city-port relations, with case studies from "
            "the network."
        ),
        "body": [
            paragraph(
                "<p>Registration is open for the new cohort of the AIVP online "
                "course. Over ten weeks, at about three hours a week, participants "
                "explore governance, the energy transition, climate adaptation, "
                "mobility and port culture.</p>"
            ),
            paragraph(
                "<p>The previous cohort brought together participants from more than "
                "twenty countries: local government staff, port managers, planners "
                "and students. The forums, led by tutors, were a chance to compare "
                "very different situations, from a small fishing port to a large "
                "container terminal.</p>"
            ),
            heading("New in this cohort"),
            bullets(
                [
                    "A fully revised module on adapting to climate change.",
                    "New case studies from Africa and Latin America.",
                    "Virtual classes at two different times to suit every time zone.",
                ]
            ),
            quote(
                "I realised that our difficulties were shared by cities I did not "
                "know, and I came away with solutions.",
                "A participant of the previous cohort, urban planner",
            ),
            call_to_action(
                "The online course",
                "Audience, programme, duration, languages and how a cohort works.",
                "course",
                "Discover the course",
            ),
        ],
    },
    "news-blue-port": {
        "title": "Blue Port Initiative: AIVP joins FAO for quality food",
        "summary": "Ports are essential links in the world's food chains.",
        "body": [
            paragraph(
                "<p>Grain, fruit, fish and seafood: a large share of the world's food "
                "goes through ports. AIVP is joining the Blue Port Initiative, led "
                "by the Food and Agriculture Organization of the United Nations "
                "(FAO), which aims to make fishing ports drivers of sustainable "
                "development.</p>"
            ),
            paragraph(
                "<p>In many cities of the network, the fishing port is still at the "
                "heart of town: fish auctions, processing workshops, markets. These "
                "activities support thousands of families, but they face pressure on "
                "land, declining stocks of some species and post-harvest "
                "losses.</p>"
            ),
            heading("What the network brings"),
            bullets(
                [
                    "Examples of fishing ports woven into the city, shared with the "
                    "initiative's partner countries.",
                    "Methods for dialogue between fishers, the port and residents.",
                    "A contribution to goal 7 of the AIVP Agenda 2030, on quality "
                    "food for all.",
                ]
            ),
            paragraph(
                "<p>A first joint workshop will bring together port authorities, "
                "cities and fishers' organisations in the coming months to work on "
                "reducing losses and waste.</p>"
            ),
        ],
    },
}
