"""The demo course's two quizzes in French: (question, explanation, answers)."""

QUIZZES_FR = {
    "m1": {
        "title": "Quiz du module 1",
        "introduction": (
            "Trois questions sur l'histoire et la gouvernance de "
            "la relation ville-port. Il faut 70 % pour réussir ; "
            "vous avez trois essais et le meilleur compte."
        ),
        "questions": [
            (
                "Qu'est-ce que l'Agenda 2030 de l'AIVP ?",
                "Adopté par les membres du réseau, l'Agenda 2030 "
                "décline les objectifs des Nations unies pour les "
                "villes portuaires, en dix objectifs.",
                [
                    (
                        "Dix objectifs adoptés par les membres du "
                        "réseau pour des villes portuaires durables",
                        "Exact.",
                    ),
                    (
                        "Un règlement européen qui s'impose aux ports",
                        "Non : c'est un engagement volontaire.",
                    ),
                    (
                        "Les 17 objectifs des Nations unies sous un autre nom",
                        "Non : il s'en inspire, pour les villes portuaires.",
                    ),
                ],
            ),
            (
                "Quels outils aident la ville et le port à décider ensemble ?",
                "Un comité permanent et un schéma directeur "
                "commun donnent un cadre durable au dialogue.",
                [
                    ("Un comité ville-port permanent", "Oui."),
                    (
                        "Un schéma directeur commun des espaces d'interface",
                        "Oui.",
                    ),
                    (
                        "Que chacun planifie seul de son côté de la clôture",
                        "Non : c'est ce qu'il faut éviter.",
                    ),
                    (
                        "Un communiqué de presse commun par an",
                        "Utile, mais ce n'est pas un outil de décision.",
                    ),
                ],
            ),
            (
                "Qu'est-ce qui a éloigné les ports des centres-"
                "villes à partir des années 1960 ?",
                "Le conteneur a demandé de grands terminaux, des "
                "eaux profondes et de nouveaux accès.",
                [
                    ("Le conteneur et ses grands terminaux", "Exact."),
                    (
                        "L'interdiction des navires en ville",
                        "Non, aucune règle de ce genre.",
                    ),
                    (
                        "La fin du commerce maritime",
                        "Non : il n'a jamais été aussi important.",
                    ),
                ],
            ),
        ],
    },
    "m2": {
        "title": "Quiz du module 2",
        "introduction": (
            "Trois questions sur l'énergie et l'adaptation. Il "
            "faut 70 % pour réussir ; vous avez trois essais et "
            "le meilleur compte."
        ),
        "questions": [
            (
                "Que permet le branchement électrique à quai ?",
                "Le navire éteint ses moteurs auxiliaires : moins "
                "de bruit et de pollution pour les riverains.",
                [
                    (
                        "Éteindre les moteurs auxiliaires du navire pendant l'escale",
                        "Exact.",
                    ),
                    (
                        "Naviguer sans carburant",
                        "Non : il ne sert qu'à quai.",
                    ),
                    (
                        "Recharger les conteneurs frigorifiques en mer",
                        "Non : le navire est à quai.",
                    ),
                ],
            ),
            (
                "Lesquelles sont des solutions fondées sur la nature ?",
                "Marais et récifs amortissent les vagues tout en "
                "protégeant la biodiversité.",
                [
                    ("Restaurer des marais salés", "Oui."),
                    ("Reconstituer des récifs d'huîtres", "Oui."),
                    (
                        "Rehausser une digue en béton",
                        "Utile parfois, mais ce n'est pas une "
                        "solution fondée sur la nature.",
                    ),
                    (
                        "Remblayer les vasières de l'estuaire",
                        "Non : cela détruit des milieux qui protègent.",
                    ),
                ],
            ),
            (
                "D'ici 2050, à quelle fréquence les niveaux marins "
                "jusqu'ici centennaux surviendront-ils dans de "
                "nombreux sites ?",
                "C'est l'une des conclusions du rapport spécial "
                "du GIEC sur l'océan et la cryosphère (2019).",
                [
                    ("Au moins une fois par an", "Exact."),
                    (
                        "Toujours une fois par siècle",
                        "Non : leur fréquence augmente fortement.",
                    ),
                    (
                        "Une fois tous les dix ans",
                        "Plus souvent encore, selon le GIEC.",
                    ),
                ],
            ),
        ],
    },
}
