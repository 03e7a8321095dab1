"""The prize's demo texts in French, English and Spanish."""

PRIZE = {
    "fr": {
        "title": "Prix Antoine Rufenacht",
        "slug": "prix-antoine-rufenacht",
        "introduction": (
            "Le Prix Antoine Rufenacht de l’AIVP récompense une opération "
            "remarquable d’aménagement ville-port, jugée au regard des objectifs "
            "de l’Agenda 2030 du réseau."
        ),
        "history": (
            "<p>Annoncé à la conférence de Tanger, le prix porte le nom de l’ancien "
            "maire du Havre, fondateur de l’AIVP. Le premier lauréat a été proclamé "
            "lors de la conférence mondiale de 2024.</p>"
        ),
    },
    "en": {
        "title": "Antoine Rufenacht Prize",
        "slug": "antoine-rufenacht-prize",
        "introduction": (
            "The AIVP Antoine Rufenacht Prize rewards a remarkable port-city "
            "development operation, judged against the network's Agenda 2030 goals."
        ),
        "history": (
            "<p>Announced at the Tangier conference, the prize is named after the "
            "former mayor of Le Havre and founder of AIVP. Its first winner was "
            "announced at the 2024 world conference.</p>"
        ),
    },
    "es": {
        "title": "Premio Antoine Rufenacht",
        "slug": "premio-antoine-rufenacht",
        "introduction": (
            "El Premio Antoine Rufenacht de la AIVP recompensa una operación "
            "notable de desarrollo ciudad-puerto, evaluada según los objetivos de "
            "la Agenda 2030 de la red."
        ),
        "history": (
            "<p>Anunciado en la conferencia de Tánger, el premio lleva el nombre "
            "del antiguo alcalde de El Havre, fundador de la AIVP. Su primer "
            "ganador se anunció en la conferencia mundial de 2024.</p>"
        ),
    },
}

EDITION_PAGES = {
    2024: {
        "fr": ("Prix 2024", "La première édition du prix et ses lauréats."),
        "en": ("2024 Prize", "The prize's first edition and its winners."),
        "es": ("Premio 2024", "La primera edición del premio y sus ganadores."),
    },
    2026: {
        "fr": ("Prix 2026", "L’appel à candidatures de l’édition 2026 est ouvert."),
        "en": ("2026 Prize", "The call for entries of the 2026 edition is open."),
        "es": ("Premio 2026", "La convocatoria de la edición 2026 está abierta."),
    },
}

RULES = {
    "fr": (
        "<p>Une candidature par opération. Les documents sont en français, en "
        "anglais ou en espagnol. Le jury évalue chaque candidature selon les "
        "critères publiés, avec leur pondération.</p>"
    ),
    "en": (
        "<p>One entry per operation. Documents are in French, English or Spanish. "
        "The jury scores each entry against the published, weighted criteria.</p>"
    ),
    "es": (
        "<p>Una candidatura por operación. Los documentos están en francés, inglés "
        "o español. El jurado evalúa cada candidatura según los criterios "
        "publicados y su ponderación.</p>"
    ),
}

ELIGIBILITY = {
    "fr": (
        "<p>Toute ville portuaire, autorité portuaire ou organisation ayant mené "
        "une opération ville-port achevée ou bien avancée.</p>"
    ),
    "en": (
        "<p>Any port city, port authority or organisation that led a completed or "
        "well-advanced port-city operation.</p>"
    ),
    "es": (
        "<p>Toda ciudad portuaria, autoridad portuaria u organización que haya "
        "llevado a cabo una operación ciudad-puerto terminada o muy avanzada.</p>"
    ),
}

CRITERIA = [
    # (fr, en, es, weight, highest mark)
    (
        "Intégration ville-port",
        "City-port integration",
        "Integración ciudad-puerto",
        3,
        10,
    ),
    (
        "Apport à l’Agenda 2030",
        "Contribution to the Agenda 2030",
        "Aporte a la Agenda 2030",
        2,
        10,
    ),
    (
        "Innovation et exemplarité",
        "Innovation and example",
        "Innovación y ejemplaridad",
        1,
        10,
    ),
]

ROUNDS = [
    ("Présélection", "Shortlist", "Preselección"),
    ("Finale", "Final", "Final"),
]

# (reference suffix, project, organisation, city, country, image, goals, outcome,
#  marks per juror, citation fr/en/es)
ENTRIES_2024 = [
    (
        "001",
        "Les quais de la Seine retrouvés",
        "Ville portuaire de l’estuaire (démo)",
        "Le Havre",
        "FR",
        "waterfront",
        [1, 4],
        "winner",
        [9, 8, 8],
        (
            "Une reconquête exemplaire des quais, ouverte aux habitants sans "
            "rompre avec l’activité portuaire.",
            "An exemplary reclaiming of the quays, open to residents without "
            "breaking with port activity.",
            "Una recuperación ejemplar de los muelles, abierta a los habitantes "
            "sin romper con la actividad portuaria.",
        ),
    ),
    (
        "002",
        "Un marais rendu à l’estuaire",
        "Port du Pacifique Sud (démo)",
        "Valparaíso",
        "CL",
        "wetland",
        [6, 7],
        "mention",
        [7, 9, 7],
        (
            "Mention spéciale pour la restauration d’une zone humide portuaire.",
            "Special mention for restoring a port wetland.",
            "Mención especial por la restauración de un humedal portuario.",
        ),
    ),
    (
        "003",
        "Courant à quai pour les ferries",
        "Autorité portuaire du détroit (démo)",
        "Tanger",
        "MA",
        "shore-power",
        [5],
        "not_awarded",
        [6, 7, 5],
        ("", "", ""),
    ),
]
