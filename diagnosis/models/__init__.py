from .assessments import Answer, Assessment, Contributor, Section
from .questionnaire import Level, Question, Questionnaire

__all__ = [
    "Answer",
    "Assessment",
    "Contributor",
    "Level",
    "Question",
    "Questionnaire",
    "Section",
]
