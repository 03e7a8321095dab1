"""Panels of the "My account" page. Each app adds its own with a Wagtail hook:

    @hooks.register("register_account_panel")
    def orders_panel():
        return AccountPanel(
            key="orders",
            title=_("My orders"),
            template_name="ticketing/account_panel.html",
            get_context=lambda request: {"orders": orders_of(user=request.user)},
            order=40,
        )

The page shows every panel whose `get_context` does not return None, in `order`; the
panel's template receives the returned dictionary plus `panel`. A later panel with the
same key replaces an earlier one.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.utils.functional import Promise
from wagtail import hooks

PANEL_HOOK = "register_account_panel"


@dataclass(frozen=True)
class AccountPanel:
    key: str
    title: str | Promise
    template_name: str
    get_context: Callable[[HttpRequest], dict | None] = field(
        default=lambda request: {}
    )
    order: int = 100


@dataclass(frozen=True)
class RenderedPanel:
    panel: AccountPanel
    context: dict


def registered_panels() -> list[AccountPanel]:
    panels = {
        panel.key: panel for panel in (fn() for fn in hooks.get_hooks(PANEL_HOOK))
    }
    return sorted(panels.values(), key=lambda panel: (panel.order, panel.key))


def panels_for(request: HttpRequest) -> list[RenderedPanel]:
    rendered = []
    for panel in registered_panels():
        context = panel.get_context(request)
        if context is not None:
            rendered.append(RenderedPanel(panel=panel, context=context))
    return rendered
