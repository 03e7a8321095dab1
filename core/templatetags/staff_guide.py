"""The staff guide's names of menus and buttons (core/admin_guide.py)."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def ui(*labels: str) -> str:
    """`{% ui "Ticketing" "Sales" %}` is "Billetterie → Ventes" in French.

    The labels are the menus' and buttons' own message ids (the apps', Wagtail's),
    so the guide names each entry in the words the screen shows, in every language.
    """
    steps = format_html_join(" → ", "{}", ((gettext(label),) for label in labels))
    return format_html("<strong>{}</strong>", steps)
