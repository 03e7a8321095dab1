"""``{% translate "Date" %}{% colon %} …``: a label's colon as the language writes it.

French puts a no-break space before a colon; English and Spanish do not.
"""

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def colon() -> str:
    return "\u00a0:" if (get_language() or "").startswith("fr") else ":"
