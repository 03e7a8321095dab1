"""``{{ event.time_zone|zone_name }}``: a time zone as people name it.

"Europe/Paris" reads "heure : France" in French, "France Time" in English and "hora de
Francia" in Spanish (CLDR, through Babel); an unknown name is shown as it is.
"""

from babel.dates import get_timezone_location
from django import template
from django.utils.translation import get_language, to_locale

register = template.Library()


@register.filter
def zone_name(name: str) -> str:
    if not name:
        return ""
    try:
        return get_timezone_location(name, locale=to_locale(get_language() or "en"))
    except LookupError:
        return name
