"""People of the courses' admin screens, reading the admin in English."""

from django.contrib.auth.models import Permission
from wagtail.users.models import UserProfile

from tests.factories import UserFactory


def staff_user(email: str, *perms: str, superuser: bool = False):
    """Staff with a second factor and the admin in English, with ``perms``
    ("app.codename") besides access to the admin."""
    user = UserFactory(email=email, is_staff=True, is_superuser=superuser, mfa=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    for perm in ("wagtailadmin.access_admin", *perms):
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


def refused(response) -> bool:
    """Wagtail sends people without the permission away (or answers 403)."""
    return response.status_code in (302, 403)
