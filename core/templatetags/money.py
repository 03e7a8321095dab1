"""``{{ amount|money:currency }}``: an amount formatted for the active language."""

from django import template

from core.money import format_money

register = template.Library()


@register.filter
def money(amount, currency=None) -> str:
    return format_money(amount, currency)
