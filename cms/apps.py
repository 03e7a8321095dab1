from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self) -> None:
        from . import imaging, signals

        signals.connect()
        imaging.encode_avif_at_configured_speed()
