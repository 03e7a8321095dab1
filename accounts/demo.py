"""Demo accounts and a member organisation, with the logins `make run` prints.

Staff and jury accounts must use two-factor authentication, so the demo gives them a
TOTP authenticator with a published secret (DEMO_TOTP_SECRET): add it to an
authenticator app, or run `make demo-code` for the current code.
"""

import os
from datetime import date

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.users.models import UserProfile

from .models import Affiliation, Organisation, User

DEMO_ADMIN_EMAIL = "admin@aivp.example"
DEMO_MEMBER_EMAIL = "claire.morel@havre-seine.example"
DEMO_NON_MEMBER_EMAIL = "visitor@aivp.example"
DEMO_EDITOR_EMAIL = "editor@aivp.example"
DEMO_JURY_EMAIL = "jury@aivp.example"
DEMO_TICKETING_EMAIL = "ticketing@aivp.example"
DEMO_USER_PASSWORD = "aivp-demo-user"  # noqa: S105 - published demo password
# Published on purpose: demo staff share it. Never reuse outside the demo.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPAIVPDEMO"  # noqa: S105
DEMO_ORGANISATION = "Havre-Seine Port Authority"


def demo_admin_password() -> str:
    return os.environ.get("DEMO_ADMIN_PASSWORD", "aivp-demo-admin")


# e-mail, first name, last name, password, groups, is superuser, needs TOTP
PEOPLE = [  # fmt: skip
    (DEMO_ADMIN_EMAIL, "Demo", "Administrator", None, [], True, True),
    (DEMO_MEMBER_EMAIL, "Claire", "Morel", DEMO_USER_PASSWORD, [], False, False),
    (DEMO_NON_MEMBER_EMAIL, "Tomás", "Ibarra", DEMO_USER_PASSWORD, [], False, False),
    (
        DEMO_EDITOR_EMAIL,
        "Inès",
        "Barbier",
        DEMO_USER_PASSWORD,
        ["Editors"],
        False,
        True,
    ),
    (DEMO_JURY_EMAIL, "Kwame", "Mensah", DEMO_USER_PASSWORD, ["Jury"], False, True),
    (
        DEMO_TICKETING_EMAIL,
        "Lucas",
        "Fontaine",
        DEMO_USER_PASSWORD,
        ["Ticketing staff"],
        False,
        True,
    ),
]

ORGANISATIONS = [
    {
        "name": DEMO_ORGANISATION,
        "kind": Organisation.Kind.PORT_AUTHORITY,
        "country": "FR",
        "city": "Le Havre",
        "website": "https://havre-seine.example",
        "membership_status": Organisation.Status.ACTIVE,
        "membership_start": date(2019, 1, 1),
        "membership_end": None,
    },
    {
        "name": "City of Puerto Albora",
        "kind": Organisation.Kind.PORT_CITY,
        "country": "EC",
        "city": "Puerto Albora",
        "website": "https://puerto-albora.example",
        "membership_status": Organisation.Status.ACTIVE,
        "membership_start": date(2022, 7, 1),
        "membership_end": date(2027, 6, 30),
    },
    {
        "name": "Baltic Maritime University",
        "kind": Organisation.Kind.ACADEMIC,
        "country": "EE",
        "city": "Tallinn",
        "website": "https://baltic-maritime.example",
        "membership_status": Organisation.Status.ENDED,
        "membership_start": date(2015, 1, 1),
        "membership_end": date(2023, 12, 31),
    },
]


def _person(email, first_name, last_name, password, groups, superuser, totp) -> User:
    user, _ = User.objects.get_or_create(
        email=email, defaults={"first_name": first_name, "last_name": last_name}
    )
    user.is_active = True
    user.is_staff = superuser
    user.is_superuser = superuser
    user.set_password(password or demo_admin_password())
    user.save()
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    if (
        totp
        and not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).exists()
    ):
        TOTP.activate(user, DEMO_TOTP_SECRET)
    if user.has_perm("wagtailadmin.access_admin"):
        _admin_in_site_language(user)
    return user


def _admin_in_site_language(user: User) -> None:
    """Staff see the admin in the site's language (French), whatever their browser
    asks for; a language they chose since in their account is kept."""
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save(update_fields=["preferred_language"])


@transaction.atomic
def load(stdout) -> None:
    people = {row[0]: _person(*row) for row in PEOPLE}
    for fields in ORGANISATIONS:
        Organisation.objects.update_or_create(name=fields["name"], defaults=fields)
    Affiliation.objects.update_or_create(
        user=people[DEMO_MEMBER_EMAIL],
        organisation=Organisation.objects.get(name=DEMO_ORGANISATION),
        defaults={
            "role": Affiliation.Role.PRIMARY_CONTACT,
            "status": Affiliation.Status.APPROVED,
        },
    )
    stdout.write(f"Administrator: {DEMO_ADMIN_EMAIL} / {demo_admin_password()}")
    for email, label in [
        (DEMO_MEMBER_EMAIL, "Member (primary contact)"),
        (DEMO_NON_MEMBER_EMAIL, "Non-member"),
        (DEMO_EDITOR_EMAIL, "Editor"),
        (DEMO_JURY_EMAIL, "Jury member"),
        (DEMO_TICKETING_EMAIL, "Ticketing staff"),
    ]:
        stdout.write(f"{label}: {email} / {DEMO_USER_PASSWORD}")
    stdout.write(
        "Two-factor code for the administrator, editor, jury member and "
        "ticketing staff: make demo-code (or .venv/bin/python manage.py demo_totp)"
    )
