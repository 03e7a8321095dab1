"""The helper data migrations give roles their permissions with (core.roles)."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from core.roles import RoleGrants

pytestmark = pytest.mark.django_db


def names(group: Group) -> set[str]:
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_grant_creates_the_group_and_adds_permissions_revoke_removes_them():
    roles = RoleGrants(
        {"Testers": ["search.view_synonym", "wagtailadmin.access_admin"]}
    )
    roles.grant(apps, None)
    roles.grant(apps, None)  # twice: nothing doubles
    group = Group.objects.get(name="Testers")
    assert names(group) == {"search.view_synonym", "wagtailadmin.access_admin"}

    group.permissions.add(*Group.objects.get(name="Editors").permissions.all()[:1])
    kept = names(group) - {"search.view_synonym", "wagtailadmin.access_admin"}
    roles.revoke(apps, None)
    group.refresh_from_db()
    # Only what was granted goes; the group stays.
    assert names(group) == kept


def test_a_permission_that_does_not_exist_is_an_error():
    with pytest.raises(LookupError, match="search.fly_synonym"):
        RoleGrants({"Testers": ["search.fly_synonym"]}).grant(apps, None)


def test_every_role_migration_granted_what_it_names():
    # What the converted migrations grant is in place after migrating.
    editors = names(Group.objects.get(name="Editors"))
    assert {"search.view_search_report", "diagnosis.add_question"} <= editors
    reviewers = names(Group.objects.get(name="Self-diagnosis reviewers"))
    assert "wagtailadmin.access_admin" in reviewers
    assert "courses.change_enrolment" in names(Group.objects.get(name="Course staff"))
    assert "awards.decide_entry" in names(Group.objects.get(name="Prize managers"))
