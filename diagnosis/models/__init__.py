from .assessments import Answer, Assessment, Contributor, Section
from .questionnaire import Level, Question, Questionnaire
from .reviews import ExpertReview

__all__ = [
    "Answer",
    "Assessment",
    "Contributor",
    "ExpertReview",
    "Level",
    "Question",
    "Questionnaire",
    "Section",
]
