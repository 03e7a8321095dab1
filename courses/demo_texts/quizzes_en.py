"""The demo course's two quizzes in English: (question, explanation, answers)."""

QUIZZES_EN = {
    "m1": {
        "title": "Module 1 quiz",
        "introduction": (
            "Three questions on the history and governance of the city-port "
            "relationship. You need 70 % to pass; you have three attempts and the "
            "best one counts."
        ),
        "questions": [
            (
                "What is AIVP's Agenda 2030?",
                "Adopted by the network's members, the Agenda 2030 applies the "
                "United Nations goals to port cities, in ten goals.",
                [
                    (
                        "Ten goals adopted by the network's members for "
                        "sustainable port cities",
                        "Right.",
                    ),
                    (
                        "A European regulation binding on ports",
                        "No: it is a voluntary commitment.",
                    ),
                    (
                        "The 17 United Nations goals under another name",
                        "No: it draws on them, for port cities.",
                    ),
                ],
            ),
            (
                "Which tools help city and port decide together?",
                "A standing committee and a shared master plan give the dialogue "
                "a lasting framework.",
                [
                    ("A standing city-port committee", "Yes."),
                    ("A shared master plan for the interface areas", "Yes."),
                    (
                        "Each side planning alone on its side of the fence",
                        "No: that is what to avoid.",
                    ),
                    (
                        "One joint press release a year",
                        "Useful, but not a tool for deciding.",
                    ),
                ],
            ),
            (
                "What moved ports away from city centres from the 1960s on?",
                "The container called for large terminals, deep water and new "
                "access routes.",
                [
                    ("The container and its large terminals", "Right."),
                    ("A ban on ships in cities", "No, there was no such rule."),
                    (
                        "The end of maritime trade",
                        "No: it has never been so important.",
                    ),
                ],
            ),
        ],
    },
    "m2": {
        "title": "Module 2 quiz",
        "introduction": (
            "Three questions on energy and adaptation. You need 70 % to pass; you "
            "have three attempts and the best one counts."
        ),
        "questions": [
            (
                "What does shore power allow?",
                "The ship switches off its auxiliary engines: less noise and "
                "pollution for the neighbours.",
                [
                    (
                        "Switching off the ship's auxiliary engines during the call",
                        "Right.",
                    ),
                    ("Sailing without fuel", "No: it is only used at berth."),
                    (
                        "Charging reefer containers at sea",
                        "No: the ship is at berth.",
                    ),
                ],
            ),
            (
                "Which of these are nature-based solutions?",
                "Marshes and reefs soften the waves while protecting biodiversity.",
                [
                    ("Restoring salt marshes", "Yes."),
                    ("Rebuilding oyster reefs", "Yes."),
                    (
                        "Raising a concrete dike",
                        "Sometimes useful, but not a nature-based solution.",
                    ),
                    (
                        "Filling in the estuary's mudflats",
                        "No: it destroys habitats that protect.",
                    ),
                ],
            ),
            (
                "By 2050, how often will formerly once-a-century sea levels occur "
                "at many locations?",
                "This is one of the findings of the IPCC's Special Report on the "
                "Ocean and Cryosphere (2019).",
                [
                    ("At least once a year", "Right."),
                    ("Still once a century", "No: they become far more frequent."),
                    ("Once every ten years", "Even more often, says the IPCC."),
                ],
            ),
        ],
    },
}
