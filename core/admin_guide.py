"""The staff guide, in the admin's Help menu: for each role, the screens its work
happens on. Each person reads the sections of the roles they hold, judged by the
permission that role's screens check (a superuser reads them all). The English text
is also docs/staff-guide.md."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy


def _any_perm(*names: str) -> Callable:
    return lambda user: any(user.has_perm(name) for name in names)


def _pages(*actions: str) -> Callable:
    return lambda user: PagePermissionPolicy().user_has_any_permission(user, actions)


def _either(*tests: Callable) -> Callable:
    return lambda user: any(test(user) for test in tests)


@dataclass(frozen=True)
class Section:
    slug: str
    role: str
    template: str
    holds: Callable  # user -> bool


SECTIONS = (
    Section(
        "editors",
        _("Editors"),
        "core/admin/guide/editors.html",
        holds=_pages("add", "change"),
    ),
    Section(
        "moderators",
        _("Moderators"),
        "core/admin/guide/moderators.html",
        holds=_either(
            _pages("publish"),
            _any_perm(
                "accounts.change_affiliation", "network.decide_membershipapplication"
            ),
        ),
    ),
    Section(
        "ticketing",
        _("Ticketing staff"),
        "core/admin/guide/ticketing.html",
        holds=_any_perm("ticketing.view_order"),
    ),
    Section(
        "courses",
        _("Course staff"),
        "core/admin/guide/courses.html",
        holds=_any_perm("courses.change_promotion", "courses.change_enrolment"),
    ),
    Section(
        "prize",
        _("Prize managers"),
        "core/admin/guide/prize.html",
        holds=_any_perm("awards.change_edition", "awards.screen_entry"),
    ),
)


def sections_for(user) -> list[Section]:
    return [section for section in SECTIONS if section.holds(user)]


class StaffGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/admin/staff_guide.html"
    page_title = _("Staff guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            sections=sections_for(self.request.user), **kwargs
        )


@hooks.register("register_admin_urls")
def register_staff_guide_url():
    # Wagtail requires admin access on these views: a visitor is sent to sign in.
    return [path("staff-guide/", StaffGuideView.as_view(), name="core_staff_guide")]


@hooks.register("register_help_menu_item")
def register_staff_guide_menu_item():
    return MenuItem(
        _("Staff guide"),
        reverse("core_staff_guide"),
        name="staff-guide",
        icon_name="help",
        order=900,  # before Wagtail's own guide
    )


@hooks.register("construct_help_menu")
def keep_wagtail_help_for_editors(request, menu_items):
    """Drops "What's new in Wagtail", which is for developers, and keeps Wagtail's
    own guide (about pages, on Wagtail's site, in English) for people who edit
    pages."""
    edits_pages = _pages("add", "change")(request.user)
    menu_items[:] = [
        item
        for item in menu_items
        if not item.name.startswith("whats-new-in-wagtail")
        and (item.name != "editor-guide" or edits_pages)
    ]
