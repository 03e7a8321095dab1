from .fixtures import colleague, contact, organisation, questionnaire

__all__ = ["colleague", "contact", "organisation", "questionnaire"]
