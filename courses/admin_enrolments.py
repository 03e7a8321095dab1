"""Enrolments and certificates in the admin: decide applications, one or many.

Enrolments change only through the services (``enrolment_decide``,
``enrolment_withdraw``): their screen lists, filters, searches and exports, shows
the answers and the history, and offers the decisions. It is a snippet so that
its list has Wagtail's checkboxes and bulk actions.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import InspectView
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from core.audit import audit_trail
from core.permissions import RestrictedPermissionPolicy, require_permission

from .admin_views import CHANGE_ENROLMENT
from .exceptions import CoursesError
from .models import Enrolment
from .services import enrolment_decide, enrolment_withdraw
from .services.enrolments import DECISIONS

State = Enrolment.State
ACTIONS = {
    "accept": gettext_lazy("Accept"),
    "waitlist": gettext_lazy("Put on the waiting list"),
    "reject": gettext_lazy("Reject"),
    "withdraw": gettext_lazy("Withdraw"),
}
WITHDRAWABLE = (State.APPLIED, State.ACCEPTED, State.WAITLISTED, State.ENROLLED)


def enrolment_act(*, enrolment: Enrolment, action: str, actor) -> Enrolment:
    if action == "withdraw":
        return enrolment_withdraw(enrolment=enrolment, actor=actor)
    return enrolment_decide(enrolment=enrolment, decision=action, actor=actor)


def possible_actions(enrolment: Enrolment) -> list[str]:
    actions = [name for name, states in DECISIONS.items() if enrolment.state in states]
    if enrolment.state in WITHDRAWABLE:
        actions.append("withdraw")
    return actions


def act_view(request, pk: int, action: str):
    """Confirm, then take one decision on one enrolment."""
    require_permission(request, CHANGE_ENROLMENT)
    if action not in ACTIONS:
        raise Http404
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("learner", "promotion"), pk=pk
    )
    if request.method == "POST":
        try:
            enrolment = enrolment_act(
                enrolment=enrolment, action=action, actor=request.user
            )
        except CoursesError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(learner)s: %(state)s.")
                % {
                    "learner": enrolment.learner,
                    "state": enrolment.get_state_display(),
                },
            )
        return redirect("courses_enrolments:inspect", enrolment.pk)
    return TemplateResponse(
        request,
        "courses/admin/enrolment_act.html",
        {"enrolment": enrolment, "title": ACTIONS[action]},
    )


class EnrolmentInspectView(InspectView):
    shown = [
        "learner",
        "promotion",
        "state",
        "created_at",
        "decided_at",
        "enrolled_at",
        "completed_at",
        "last_activity_at",
        "order",
        "answers",
        "history",
    ]

    def get_fields(self):
        return self.shown

    def get_field_label(self, field_name, field):
        if field_name == "history":
            return _("History")
        return super().get_field_label(field_name, field)

    def get_learner_display_value(self):
        learner = self.object.learner
        return f"{learner.get_full_name() or learner} <{learner.email}>"

    def get_answers_display_value(self):
        answers = self.object.answers or {}
        questions = self.object.promotion.questions.all()
        return format_html(
            "<dl>{}</dl>",
            format_html_join(
                "",
                "<dt>{}</dt><dd>{}</dd>",
                (
                    (question.local_text, answers.get(str(question.pk), "—"))
                    for question in questions
                ),
            ),
        )

    def get_history_display_value(self):
        states = dict(State.choices)
        entries = audit_trail(self.object).select_related("actor").order_by("at")
        return format_html(
            "<ol>{}</ol>",
            format_html_join(
                "",
                "<li>{} · {} ({} → {}) · {}</li>",
                (
                    (
                        date_format(localtime(entry.at), "SHORT_DATETIME_FORMAT"),
                        entry.action.removeprefix("courses.enrolment."),
                        states.get(entry.from_state, entry.from_state or "—"),
                        states.get(entry.to_state, entry.to_state),
                        entry.actor or "—",
                    )
                    for entry in entries
                ),
            ),
        )

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not self.request.user.has_perm(CHANGE_ENROLMENT):
            return buttons
        for priority, action in enumerate(possible_actions(self.object), start=30):
            buttons.append(
                Button(
                    ACTIONS[action],
                    url=reverse(
                        "courses_enrolments:act", args=[self.object.pk, action]
                    ),
                    icon_name="resubmit",
                    priority=priority,
                )
            )
        return buttons


class EnrolmentEditView(EditView):
    """Nothing of an enrolment is edited by hand: its screen is the inspect one."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("courses_enrolments:inspect", kwargs["pk"])


class EnrolmentIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("learner", "promotion")


class EnrolmentViewSet(SnippetViewSet):
    model = Enrolment
    admin_url_namespace = "courses_enrolments"
    base_url_path = "courses/enrolments"
    icon = "user"
    menu_label = gettext_lazy("Enrolments")
    menu_item_is_registered = True  # in the Courses menu, not under Snippets
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = EnrolmentIndexView
    edit_view_class = EnrolmentEditView
    inspect_view_class = EnrolmentInspectView
    form_fields = ["answers"]
    list_display = [
        TitleColumn(
            "learner",
            label=gettext_lazy("Learner"),
            accessor="learner",
            get_url=lambda enrolment: reverse(
                "courses_enrolments:inspect", args=[enrolment.pk]
            ),
        ),
        Column("email", label=gettext_lazy("E-mail"), accessor="learner.email"),
        Column("promotion", label=capfirst(gettext_lazy("promotion"))),
        Column(
            "state", label=capfirst(gettext_lazy("state")), accessor="get_state_display"
        ),
        DateColumn("created_at", label=capfirst(gettext_lazy("created at"))),
    ]
    list_filter = ["promotion", "state"]
    search_fields = ["learner__email", "learner__first_name", "learner__last_name"]
    list_export = [
        "learner",
        "learner.email",
        "promotion",
        "state",
        "created_at",
        "decided_at",
        "enrolled_at",
        "completed_at",
        "last_activity_at",
    ]
    export_headings = {"learner.email": gettext_lazy("E-mail")}
    export_filename = "enrolments"
    ordering = ["-created_at", "-pk"]

    @property
    def permission_policy(self):
        # Enrolments come from learners; staff decide, never add or delete them.
        return RestrictedPermissionPolicy(self.model, never=("add", "delete"))

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/act/<str:action>/", act_view, name="act"),
        ]


class EnrolmentDecisionBulkAction(BulkAction):
    """Decide many applications at once; each refusal (a full promotion…) is told."""

    models = [Enrolment]
    template_name = "courses/admin/bulk_decide.html"
    decision = ""

    @classmethod
    def get_queryset(cls, model, object_ids):
        return list(
            Enrolment.objects.filter(pk__in=object_ids)
            .select_related("learner", "promotion")
            .order_by("created_at", "pk")
        )

    def check_perm(self, obj):
        return self.request.user.has_perm(CHANGE_ENROLMENT)

    def get_execution_context(self):
        return {"action": self}

    @classmethod
    def execute_action(cls, objects, action=None, **kwargs):
        done, refused = 0, []
        for enrolment in objects:
            try:
                enrolment_decide(
                    enrolment=enrolment,
                    decision=cls.decision,
                    actor=action.request.user,
                )
            except CoursesError as error:
                refused.append((enrolment, error.message))
            else:
                done += 1
        for enrolment, message in refused[:20]:
            messages.error(
                action.request,
                _("%(learner)s: %(reason)s")
                % {"learner": enrolment.learner, "reason": message},
            )
        if len(refused) > 20:
            messages.error(
                action.request,
                _("And %(count)d more refused.") % {"count": len(refused) - 20},
            )
        return done, len(refused)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "decision": self.display_name,
            "header_icon": "user",
        }

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d enrolment decided.",
            "%(count)d enrolments decided.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class AcceptBulkAction(EnrolmentDecisionBulkAction):
    display_name = gettext_lazy("Accept")
    action_type = "accept"
    aria_label = gettext_lazy("Accept the selected enrolments")
    decision = "accept"
    action_priority = 10


class WaitlistBulkAction(EnrolmentDecisionBulkAction):
    display_name = gettext_lazy("Put on the waiting list")
    action_type = "waitlist"
    aria_label = gettext_lazy("Put the selected enrolments on the waiting list")
    decision = "waitlist"
    action_priority = 20


class RejectBulkAction(EnrolmentDecisionBulkAction):
    display_name = gettext_lazy("Reject")
    action_type = "reject"
    aria_label = gettext_lazy("Reject the selected enrolments")
    decision = "reject"
    action_priority = 30
    classes = {"serious"}


BULK_ACTIONS = (AcceptBulkAction, WaitlistBulkAction, RejectBulkAction)


def refuse_bulk_delete(request, action_type, objects, action):
    """Snippets offer a bulk delete: enrolments are history, never deleted."""
    if action_type == "delete" and action.model is Enrolment:
        messages.error(request, _("Enrolments are never deleted: withdraw them."))
        return redirect("courses_enrolments:list")
    return None
