"""The staff guide in the admin's Help menu: who may read it, and which sections."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from tests.factories import UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

GUIDE = "/admin/staff-guide/"
ROLES = {
    "editors": "Editors",
    "moderators": "Moderators",
    "ticketing": "Ticketing staff",
    "courses": "Course staff",
    "prize": "Prize managers",
}


def member_of(*groups: str, **fields):
    """Someone holding these roles, with the second factor the admin requires."""
    user = UserFactory(mfa=True, **fields)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def sections(html: str) -> set[str]:
    return set(re.findall(r'<section id="([a-z]+)" class="staff-guide__section"', html))


def test_a_visitor_is_sent_to_sign_in(client):
    response = client.get(GUIDE)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_person_without_admin_access_is_refused(client):
    client.force_login(VerifiedUserFactory())

    response = client.get(GUIDE)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_help_menu_offers_the_guide_first(client):
    client.force_login(member_of("Ticketing staff"))

    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    help_menu = html[html.index('"name": "help"') :]
    assert help_menu.index('"url": "/admin/staff-guide/"') < help_menu.index(
        '"name": "keyboard-shortcuts-trigger"'
    )
    # Wagtail's release notes are for developers, its guide for people who edit pages.
    assert "whats-new-in-wagtail" not in html
    assert "guide.wagtail.org" not in html
    # The dashboard's account summary links to it too, in place of Wagtail's guide.
    assert f'href="{GUIDE}">Staff guide</a>' in html


def test_people_who_edit_pages_keep_wagtails_own_guide(client):
    client.force_login(member_of("Editors"))

    html = client.get("/admin/").content.decode()

    assert '"url": "/admin/staff-guide/"' in html
    assert "guide.wagtail.org" in html
    assert "whats-new-in-wagtail" not in html


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (["Editors"], {"editors"}),
        (["Moderators"], {"editors", "moderators"}),
        (["Ticketing staff"], {"ticketing"}),
        (["Course staff"], {"courses"}),
        (["Prize managers"], {"prize"}),
        (["Editors", "Ticketing staff"], {"editors", "ticketing"}),
    ],
)
def test_each_person_reads_the_sections_of_their_roles(client, groups, expected):
    client.force_login(member_of(*groups))

    response = client.get(GUIDE, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    html = response.content.decode()
    assert sections(html) == expected
    for slug in expected:
        assert f'<h2 id="{slug}-title" class="w-h2">{ROLES[slug]}</h2>' in html


def test_a_superuser_reads_every_section(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, mfa=True))

    html = client.get(GUIDE).content.decode()

    assert sections(html) == set(ROLES)
    # The table of contents links to each.
    for slug in ROLES:
        assert f'<a href="#{slug}">' in html


def test_a_role_given_by_permission_counts(client):
    user = member_of("Course staff")
    user.user_permissions.add(
        Permission.objects.get(codename="decide_membershipapplication")
    )
    client.force_login(user)

    assert sections(client.get(GUIDE).content.decode()) == {"courses", "moderators"}


def test_admin_access_without_a_known_role_says_so(client):
    user = UserFactory(mfa=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    html = client.get(GUIDE, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert sections(html) == set()
    assert "No section of this guide matches your roles yet" in html


def test_the_guide_names_menus_as_the_menus_do_in_french(client):
    user = member_of("Ticketing staff")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(user)

    html = client.get(GUIDE, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="fr"' in html
    assert "<strong>Billetterie → Ventes</strong>" in html
    assert "<strong>Paramètres → Courriels sortants</strong>" in html
    assert 'href="/fr/tickets/check-in/"' in html
