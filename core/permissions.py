"""Admin permission policies shared by the apps."""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy

WRITES = ("add", "change", "delete")


class RestrictedPermissionPolicy(ModelPermissionPolicy):
    """A model's admin screens where some actions are never offered to anyone.

    ``never``: the actions refused to everybody, superusers included (records that
    only the code writes, or that nobody adds by hand). ``requires``: one permission
    that grants every other action, instead of the model's own add/change/view ones.
    """

    def __init__(self, model, *, never=WRITES, requires: str | None = None):
        super().__init__(model)
        self.never = frozenset(never)
        self.requires = requires

    def user_has_permission(self, user, action):
        if action in self.never:
            return False
        if self.requires:
            return user.is_active and user.has_perm(self.requires)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ReadOnlyPermissionPolicy(RestrictedPermissionPolicy):
    """Records written by the code only: nobody adds, edits or deletes them here
    (the default ``never``)."""


def require_permission(request, permission: str) -> None:
    """Refuse an admin view's request unless the person holds ``permission``."""
    if not request.user.has_perm(permission):
        raise PermissionDenied
