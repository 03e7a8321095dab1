"""The members directory in other modules: the sitemap and the "My account" panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.panels import PANEL_HOOK, AccountPanel
from cms.sitemaps import SITEMAP_HOOK

from ..selectors import affiliations_in_directory


def _directory_panel_context(request) -> dict | None:
    rows = affiliations_in_directory(user=request.user)
    return {"rows": rows} if rows else None


@hooks.register(PANEL_HOOK)
def directory_panel() -> AccountPanel:
    return AccountPanel(
        key="directory",
        title=_("In the members directory"),
        template_name="network/account_panel.html",
        get_context=_directory_panel_context,
        order=25,
    )


@hooks.register(SITEMAP_HOOK)
def members_sitemap():
    from ..sitemaps import MemberSitemap

    return "members", MemberSitemap
