"""Panels of the "My account" page. Each app registers its own in AppConfig.ready().

    from accounts.panels import AccountPanel, register_panel

    register_panel(AccountPanel(
        key="orders",
        title=_("My orders"),
        template_name="ticketing/account_panel.html",
        get_context=lambda request: {"orders": orders_of(user=request.user)},
        order=40,
    ))

The page shows every registered panel whose `get_context` does not return None, in
`order`; the panel's template receives the returned dictionary plus `panel`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.utils.functional import Promise


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


_registry: dict[str, AccountPanel] = {}


def register_panel(panel: AccountPanel) -> AccountPanel:
    """Adds a panel; registering the same key again replaces it."""
    _registry[panel.key] = panel
    return panel


def unregister_panel(key: str) -> None:
    _registry.pop(key, None)


def registered_panels() -> list[AccountPanel]:
    return sorted(_registry.values(), key=lambda panel: (panel.order, panel.key))


def panels_for(request: HttpRequest) -> list[RenderedPanel]:
    rendered = []
    for panel in registered_panels():
        context = panel.get_context(request)
        if context is not None:
            rendered.append(RenderedPanel(panel=panel, context=context))
    return rendered
