"""The admin's avatars: a person's initials, drawn on the page, unless they uploaded a
picture. Nothing is fetched from an avatar service (WAGTAIL_GRAVATAR_PROVIDER_URL is
None), and Wagtail's grey silhouette says nothing about who is who."""

from urllib.parse import quote

from django.utils.html import escape
from wagtail import hooks

# Dark enough for white letters (contrast above 7:1 on each), and none the navy of
# the menus they sit on; a person keeps theirs.
PALETTE = ("#1d5c63", "#5b3a6e", "#7a3d12", "#2e5a1f", "#8a2846")


def initials(user) -> str:
    """ "IB" for Inès Barbier; the e-mail's first letter for a person without a name."""
    first = (getattr(user, "first_name", "") or "").strip()[:1]
    last = (getattr(user, "last_name", "") or "").strip()[:1]
    letters = f"{first}{last}" or (getattr(user, "email", "") or "?")[:1]
    return letters.upper()


def colour(user) -> str:
    return PALETTE[(getattr(user, "pk", None) or 0) % len(PALETTE)]


def uploaded_avatar_url(user) -> str | None:
    """The picture the person uploaded in their account, if any."""
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return profile.avatar.url
    return None


def initials_image(user) -> str:
    """The initials as an SVG image inside a data: address: the sidebar's account
    menu shows an image, and this one costs no request."""
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 50 50'>"
        f"<rect width='50' height='50' fill='{colour(user)}'/>"
        "<circle cx='25' cy='25' r='24' fill='none' stroke='#fff' stroke-opacity='.6' "
        "stroke-width='2'/>"
        "<text x='25' y='25' dy='.35em' text-anchor='middle' fill='#fff' "
        "font-family='system-ui, sans-serif' font-size='20' font-weight='600'>"
        f"{escape(initials(user))}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg, safe=" '=:/,")


@hooks.register("get_avatar_url")
def initials_avatar_url(user, size):
    """Wagtail's `avatar_url`: the initials, unless Wagtail's own lookup finds an
    uploaded picture (returning None hands over to it)."""
    if uploaded_avatar_url(user):
        return None
    return initials_image(user)
