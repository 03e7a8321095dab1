# ruff: noqa: E501  (texts read best one language a line)
"""Texts of the Agenda 2030 self-diagnosis: the questionnaire's title and introduction,
the default maturity scale and, for each of the 46 measures, one or two questions.

``QUESTIONS`` maps ``(goal number, measure number)`` to a list of questions; the part
modules hold them by pairs of goals. Every text is given in French (the reference),
English and Spanish.
"""

from . import goals_1_2, goals_3_4, goals_5_6, goals_7_8, goals_9_10

__all__ = ["QUESTIONNAIRE", "QUESTIONS", "SCALE_LEVELS", "SCALE_LEVEL_TEXTS"]

QUESTIONNAIRE = {
    "title": {
        "fr": "Autodiagnostic Agenda 2030",
        "en": "Agenda 2030 self-assessment",
        "es": "Autodiagnóstico Agenda 2030",
    },
    "introduction": {
        "fr": "Cet autodiagnostic permet à votre organisation d’évaluer ses actions au regard des 10 objectifs et des 46 mesures de l’Agenda 2030 de l’AIVP, et vous oriente vers les bonnes pratiques du réseau sur les points à renforcer. Une évaluation par an suffit pour mesurer vos progrès. Comptez environ une heure, et rassemblez au préalable quelques chiffres clés (énergie, trafic, surfaces).",
        "en": "This self-assessment lets your organisation review its actions against the 10 goals and 46 measures of the AIVP Agenda 2030, and points you to good practices from the network where there is room for improvement. One assessment a year is enough to track your progress. Allow about an hour, and gather a few key figures beforehand (energy, traffic, land areas).",
        "es": "Este autodiagnóstico permite a su organización evaluar sus acciones con respecto a los 10 objetivos y las 46 medidas de la Agenda 2030 de la AIVP, y le orienta hacia las buenas prácticas de la red en los puntos que puede mejorar. Basta con una evaluación al año para medir sus avances. Calcule alrededor de una hora y reúna antes algunas cifras clave (energía, tráfico, superficies).",
    },
}

# The default maturity scale, from 0 (scores 0) to 4 (scores 100).
SCALE_LEVELS = [
    {"fr": "Pas commencé", "en": "Not started", "es": "Sin empezar"},
    {
        "fr": "Amorcé ou planifié",
        "en": "Initiated or planned",
        "es": "Iniciado o planificado",
    },
    {"fr": "En cours", "en": "Under way", "es": "En curso"},
    {"fr": "Réalisé", "en": "Achieved", "es": "Logrado"},
    {"fr": "Exemplaire", "en": "Exemplary", "es": "Ejemplar"},
]

# One sentence per level of SCALE_LEVELS, used as the level's description.
SCALE_LEVEL_TEXTS = [
    {
        "fr": "Aucune action n’a encore été engagée sur ce point.",
        "en": "No action has been taken on this point yet.",
        "es": "Todavía no se ha emprendido ninguna acción en este punto.",
    },
    {
        "fr": "L’action est décidée, étudiée ou programmée, mais sa mise en œuvre n’a pas commencé.",
        "en": "The action has been decided, studied or scheduled, but implementation has not begun.",
        "es": "La acción está decidida, estudiada o programada, pero su ejecución no ha comenzado.",
    },
    {
        "fr": "La mise en œuvre a commencé et donne ses premiers résultats.",
        "en": "Implementation has begun and is producing its first results.",
        "es": "La ejecución ha comenzado y da sus primeros resultados.",
    },
    {
        "fr": "L’action est pleinement mise en œuvre et ses résultats sont suivis.",
        "en": "The action is fully implemented and its results are monitored.",
        "es": "La acción se aplica plenamente y sus resultados se someten a seguimiento.",
    },
    {
        "fr": "L’action est reconnue comme une référence et partagée avec d’autres membres du réseau.",
        "en": "The action is recognised as a benchmark and shared with other members of the network.",
        "es": "La acción es reconocida como referencia y se comparte con otros miembros de la red.",
    },
]

QUESTIONS = {
    **goals_1_2.QUESTIONS,
    **goals_3_4.QUESTIONS,
    **goals_5_6.QUESTIONS,
    **goals_7_8.QUESTIONS,
    **goals_9_10.QUESTIONS,
}
