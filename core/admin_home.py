"""The admin home's work panels: what waits for whom, with counts and links.

Every module that gives staff a queue (applications to decide, entries to screen,
transfers to match) declares its panel in a few lines, and every panel looks the
same: a heading, an optional sentence, rows (a label, a count, a link to the
listing that shows those rows, a tone when something is late or needs attention)
and a sentence for when nothing waits. See docs/admin-home.md.

    @work_panel("courses_applications_waiting", heading=_("Course applications"),
                permission="courses.change_enrolment", order=85)
    def applications_panel(request):
        return [Row("waiting", _("Applications to decide"), count=3, url=...)]

``work_panel`` turns the function into a ``construct_homepage_panels`` hook that
each app registers in its ``wagtail_hooks.py``. The hook asks for the permission
first, so nobody sees a queue they may not act on, and the function answers in a
fixed number of queries (aggregates, never one query per row).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

ATTENTION = "attention"
OVERDUE = "overdue"
TONE_LABELS = {ATTENTION: _("needs attention"), OVERDUE: _("overdue")}


@dataclass(frozen=True)
class Row:
    """One line of a work panel: what waits, how many, where to act on it."""

    key: str  # stable within the panel: data-work-row="<key>" in the page
    label: str
    count: int | None = None  # None: a line without a figure (an item, a note)
    url: str = ""
    tone: str = ""  # ATTENTION or OVERDUE: said in words while count is not 0
    note: str = ""  # a short detail after the label ("of 600 places")

    @property
    def tone_label(self) -> str:
        return TONE_LABELS.get(self.tone, "") if self.count != 0 else ""


class WorkPanel(Component):
    """A panel of the admin home built from rows (core/admin/work_panel.html).

    ``name`` names the panel in the page: the section's id is the name with
    hyphens (``courses-applications-waiting-section``) and it carries
    ``data-work-panel="<name>"``. A subclass may add a block of its own (a chart)
    with a template that extends the shared one.
    """

    template_name = "core/admin/work_panel.html"

    class Media:
        css = {"all": ["core/admin_home.css"]}

    def __init__(
        self,
        *,
        name: str,
        heading: str,
        rows: Iterable[Row],
        order: int = 100,
        summary: str = "",
        empty: str = "",
        extra: dict | None = None,
    ):
        self.name, self.heading, self.order = name, heading, order
        self.rows = list(rows)
        self.summary = summary
        self.empty = empty or _("Nothing waits for you here.")
        self.extra = extra or {}

    @property
    def dom_id(self) -> str:
        return self.name.replace("_", "-")

    def get_context_data(self, parent_context=None):
        return {
            "panel": self,
            "rows": self.rows,
            "attrs": {"data-work-panel": self.name},
            **self.extra,
        }


def work_panel(
    name: str,
    *,
    heading: str,
    order: int = 100,
    permission: str | None = None,
    allowed: Callable | None = None,
    empty: str = "",
    hide_when_empty: bool = False,
    panel_class: type[WorkPanel] = WorkPanel,
):
    """Make ``rows(request) -> list[Row]`` a ``construct_homepage_panels`` hook.

    The panel is shown only to people holding ``permission`` (a Django permission
    name) and for whom ``allowed(user)`` is true, when given. ``rows`` may return a
    ``(rows, context)`` pair to give the panel's template more (the summary
    sentence as ``summary``, a chart's data), or None to show nothing. With
    ``hide_when_empty`` the panel disappears when no row has a count above 0
    (an alarm rather than a queue).
    """

    def decorator(rows_for: Callable):
        def hook(request, panels) -> None:
            user = request.user
            if permission and not user.has_perm(permission):
                return
            if allowed is not None and not allowed(user):
                return
            answer = rows_for(request)
            if answer is None:
                return
            rows, extra = answer if isinstance(answer, tuple) else (answer, {})
            rows = list(rows)
            if hide_when_empty and not any(row.count for row in rows):
                return
            extra = dict(extra)
            panels.append(
                panel_class(
                    name=name,
                    heading=heading,
                    rows=rows,
                    order=order,
                    summary=extra.pop("summary", ""),
                    empty=empty,
                    extra=extra,
                )
            )

        hook.__name__ = getattr(rows_for, "__name__", name)
        hook.__doc__ = rows_for.__doc__
        hook.rows_for = rows_for  # the rows alone, for tests and other screens
        return hook

    return decorator
