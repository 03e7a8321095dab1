from wagtail import hooks

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK
from cms.models.agenda import EVENT_PANEL_HOOK
from ticketing.services.history import STATE_CHANGED_HOOK

from . import account, admin_views, fees, panels, privacy
from .admin import EventsViewSetGroup

hooks.register(PRIVACY_HOOK, privacy.privacy_contributor)
hooks.register(PANEL_HOOK, account.events_panel)
hooks.register("construct_homepage_panels", admin_views.coming_events_panel)
hooks.register(STATE_CHANGED_HOOK, fees.order_state_changed)


@hooks.register("register_admin_viewset")
def register_events_viewsets():
    return EventsViewSetGroup()


@hooks.register(EVENT_PANEL_HOOK)
def registration_panel(event, request):
    return panels.event_panel(event, request)


@hooks.register("before_serve_document")
def slides_for_their_people_only(document, request):
    """Wagtail's own /documents/ address answers 404 for an event's slides to
    anyone who may not have them."""
    from django.http import Http404

    from .selectors import may_have_materials, registration_of_slides

    registration = registration_of_slides(document)
    if registration and not may_have_materials(
        registration=registration, user=request.user
    ):
        raise Http404
