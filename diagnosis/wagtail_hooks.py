"""The self-diagnosis in the admin menu, in "My account" and in the privacy export."""

from wagtail import hooks

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK

from . import account
from .admin import DiagnosisViewSetGroup


@hooks.register("register_admin_viewset")
def register_diagnosis_viewsets():
    return DiagnosisViewSetGroup()


hooks.register(PANEL_HOOK, account.diagnosis_panel)
hooks.register(PRIVACY_HOOK, account.privacy_contributor)
