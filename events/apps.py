from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Event registration")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import signals

        for signal in (post_save, post_delete):
            signal.connect(
                signals.registrant_changed,
                sender="events.Registrant",
                dispatch_uid=f"events-registrant-page-{id(signal)}",
            )
