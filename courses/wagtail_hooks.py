"""The courses in the admin: promotions, enrolments, certificates, the home panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from search.registry import SEARCH_TYPES_HOOK, SearchType
from ticketing.services.history import STATE_CHANGED_HOOK

from . import admin_enrolments, admin_reports
from .admin_certificates import CertificateViewSet
from .admin_views import PromotionViewSet
from .hooks import learners  # noqa: F401
from .scorm import wagtail_hooks as scorm_hooks  # noqa: F401
from .services import fees


class CoursesViewSetGroup(ViewSetGroup):
    menu_label = _("Courses")
    menu_icon = "group"
    menu_order = 260
    items = (
        PromotionViewSet,
        admin_enrolments.EnrolmentViewSet,
        CertificateViewSet,
    )


@hooks.register("register_admin_viewset")
def register_courses_viewsets():
    return CoursesViewSetGroup()


for bulk_action in admin_enrolments.BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)

hooks.register("before_bulk_action", admin_enrolments.refuse_bulk_delete)
hooks.register("construct_homepage_panels", admin_reports.applications_panel)
hooks.register(STATE_CHANGED_HOOK, fees.order_state_changed)


@hooks.register(SEARCH_TYPES_HOOK)
def search_types():
    from .models import CoursePage, ModulePage

    return [
        SearchType(
            "courses", _("Courses"), (CoursePage, ModulePage), goals="goals", order=50
        )
    ]
