from .assessments import Answer, Assessment, Contributor, Section
from .invitations import Invitation
from .questionnaire import Level, Question, Questionnaire
from .reviews import ExpertReview

__all__ = [
    "Answer",
    "Assessment",
    "Contributor",
    "ExpertReview",
    "Invitation",
    "Level",
    "Question",
    "Questionnaire",
    "Section",
]
