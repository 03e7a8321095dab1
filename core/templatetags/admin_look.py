"""The admin's avatars in templates (core/admin_look.py)."""

from django import template

from core import admin_look

register = template.Library()


@register.simple_tag
def avatar_look(user) -> dict:
    """What an avatar shows: the uploaded picture's address, or initials and a
    colour."""
    return {
        "picture": admin_look.uploaded_avatar_url(user),
        "initials": admin_look.initials(user),
        "colour": admin_look.colour(user),
    }
