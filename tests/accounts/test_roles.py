"""The site's roles are Wagtail groups with exactly the permissions they need."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def permissions_of(name: str) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=name).permissions.select_related("content_type")
    }


def test_each_role_exists_once():
    names = list(Group.objects.values_list("name", flat=True))

    for role in (
        "Editors",
        "Moderators",
        "Course staff",
        "Ticketing staff",
        "Prize managers",
        "Jury",
    ):
        assert names.count(role) == 1


# Each module grants its staff their permissions in its own migration: ticketing
# (tests/ticketing/test_roles.py), courses (tests/courses/test_admin_roles.py) and
# the prize (tests/awards/test_admin_and_privacy.py).


def test_jurors_have_no_admin_permission():
    assert permissions_of("Jury") == set()


def test_moderators_manage_member_organisations_but_cannot_delete_them():
    permissions = permissions_of("Moderators")

    assert {
        "accounts.add_organisation",
        "accounts.change_organisation",
        "accounts.view_organisation",
        "accounts.change_affiliation",
        "accounts.view_affiliation",
        "wagtailadmin.access_admin",
    } <= permissions
    assert "accounts.delete_organisation" not in permissions


def test_editors_keep_wagtails_permissions_and_get_no_member_data():
    permissions = permissions_of("Editors")

    assert "wagtailadmin.access_admin" in permissions
    assert not any(p.startswith("accounts.") for p in permissions)
