"""Roles (Django groups) given their permissions by a data migration.

A module's migration names what each group may do, as ``app_label.codename``::

    from core.roles import RoleGrants

    ROLES = RoleGrants({"Editors": ["search.view_search_report"]})

    class Migration(migrations.Migration):
        dependencies = [...]
        operations = [migrations.RunPython(ROLES.grant, ROLES.revoke)]

``grant`` creates the named apps' permissions first (Django otherwise creates them
after the last migration, too late for a data migration), creates a missing group,
and adds the permissions; a permission that does not exist is an error, not a
silent gap. ``revoke`` (migrating back) removes them and keeps the groups. Only the
historical models the migration is given are used, so a migration written with it
keeps working as the models change.
"""

from django.contrib.auth.management import create_permissions
from django.db.models import Q


class RoleGrants:
    def __init__(self, grants: dict[str, list[str]]):
        self.grants = grants

    def _app_labels(self) -> list[str]:
        return sorted(
            {name.split(".", 1)[0] for names in self.grants.values() for name in names}
        )

    def _permissions(self, apps, names: list[str]) -> list:
        Permission = apps.get_model("auth", "Permission")
        wanted = Q(pk__in=[])
        for name in names:
            app_label, codename = name.split(".", 1)
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        found = list(Permission.objects.filter(wanted).select_related("content_type"))
        named = {f"{p.content_type.app_label}.{p.codename}" for p in found}
        missing = set(names) - named
        if missing:
            raise LookupError(f"No such permission: {', '.join(sorted(missing))}")
        return found

    def grant(self, apps, schema_editor) -> None:
        for label in self._app_labels():
            try:
                app_config = apps.get_app_config(label)
            except LookupError:  # no models in this state: its own migration
                continue  # made its permissions (wagtailadmin.access_admin)
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        for name, permissions in self.grants.items():
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(*self._permissions(apps, permissions))

    def revoke(self, apps, schema_editor) -> None:
        Group = apps.get_model("auth", "Group")
        for name, permissions in self.grants.items():
            for group in Group.objects.filter(name=name):
                group.permissions.remove(*self._permissions(apps, permissions))
