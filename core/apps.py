from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares and no app owns: errors, the audit log, locking, money."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from . import content_signals

        content_signals.connect()
