"""Promotions in the admin: settings in tabs, state moves, the next run, invitations.

A promotion's state is never edited in its form: it moves through the buttons of
its edit and inspect screens (``services.promotions.promotion_transition``).
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.i18n_fields import language_panels
from core.permissions import require_permission

from .admin_forms import InviteForm, NextPromotionForm, PromotionForm
from .exceptions import CoursesError
from .models import Promotion
from .services.messages import invitations_send
from .services.promotions import (
    allowed_transitions,
    next_offset_days,
    promotion_copy,
    promotion_transition,
)

CHANGE_PROMOTION = "courses.change_promotion"
CHANGE_ENROLMENT = "courses.change_enrolment"

# The button that moves a promotion to each state.
TRANSITION_LABELS = {
    Promotion.State.OPEN: gettext_lazy("Open for enrolment"),
    Promotion.State.ENROLMENT_CLOSED: gettext_lazy("Close enrolment"),
    Promotion.State.RUNNING: gettext_lazy("Start the promotion"),
    Promotion.State.ENDED: gettext_lazy("End the promotion"),
    Promotion.State.ARCHIVED: gettext_lazy("Archive"),
}


def promotion_buttons(request, promotion: Promotion) -> list[Button]:
    """The actions on one promotion that the person may take."""
    buttons = []
    if request.user.has_perm(CHANGE_PROMOTION):
        for priority, state in enumerate(allowed_transitions(promotion), start=30):
            buttons.append(
                Button(
                    TRANSITION_LABELS[state],
                    url=reverse(
                        "courses_promotions:transition", args=[promotion.pk, state]
                    ),
                    icon_name="resubmit",
                    priority=priority,
                )
            )
        buttons.append(
            Button(
                _("Start the next promotion"),
                url=reverse("courses_promotions:next", args=[promotion.pk]),
                icon_name="copy",
                priority=40,
            )
        )
        buttons.append(
            Button(
                _("Progress report"),
                url=reverse("courses_promotions:report", args=[promotion.pk]),
                icon_name="table",
                priority=41,
            )
        )
        buttons.append(
            Button(
                _("Message the learners"),
                url=reverse("courses_promotions:message", args=[promotion.pk]),
                icon_name="mail",
                priority=42,
            )
        )
    if request.user.has_perm(CHANGE_ENROLMENT):
        buttons.append(
            Button(
                _("Invite by e-mail"),
                url=reverse("courses_promotions:invite", args=[promotion.pk]),
                icon_name="user",
                priority=43,
            )
        )
    return buttons


class PromotionEditView(EditView):
    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            *promotion_buttons(self.request, self.object),
        ]


class PromotionInspectView(InspectView):
    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            *promotion_buttons(self.request, self.object),
        ]


class PromotionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course")

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if self.request.user.has_perm(CHANGE_PROMOTION):
            buttons.append(
                MenuItem(
                    _("Progress report"),
                    url=reverse("courses_promotions:report", args=[instance.pk]),
                    icon_name="table",
                    priority=40,
                )
            )
        return buttons


def _promotion(request, pk: int, permission: str = CHANGE_PROMOTION) -> Promotion:
    require_permission(request, permission)
    return get_object_or_404(Promotion.objects.select_related("course"), pk=pk)


def _edit(promotion: Promotion):
    return redirect("courses_promotions:edit", promotion.pk)


def transition_view(request, pk: int, state: str):
    """Confirm, then move the promotion to ``state``."""
    promotion = _promotion(request, pk)
    if state not in TRANSITION_LABELS:
        raise Http404
    if request.method == "POST":
        try:
            promotion = promotion_transition(
                promotion=promotion, to_state=state, actor=request.user
            )
        except CoursesError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("The promotion is now “%(state)s”.")
                % {"state": promotion.get_state_display()},
            )
        return _edit(promotion)
    return TemplateResponse(
        request,
        "courses/admin/promotion_transition.html",
        {
            "promotion": promotion,
            "title": TRANSITION_LABELS[state],
            "target": Promotion.State(state).label,
            "allowed": state in allowed_transitions(promotion),
            "ends": state == Promotion.State.ENDED,
        },
    )


def next_promotion_view(request, pk: int):
    """Copy the promotion as the next run, every date moved on, then edit it."""
    promotion = _promotion(request, pk)
    form = NextPromotionForm(
        request.POST or None, initial={"offset_days": next_offset_days(promotion)}
    )
    if request.method == "POST" and form.is_valid():
        copy = promotion_copy(
            promotion=promotion,
            offset_days=form.cleaned_data["offset_days"],
            actor=request.user,
        )
        messages.success(
            request,
            _(
                "Promotion %(number)s created as a draft, starting on %(date)s: "
                "check its names and dates, then open it."
            )
            % {"number": copy.number, "date": copy.starts_on.isoformat()},
        )
        return _edit(copy)
    return TemplateResponse(
        request,
        "courses/admin/promotion_form.html",
        {
            "promotion": promotion,
            "form": form,
            "title": _("Start the next promotion"),
            "submit": _("Create the next promotion"),
            "intro": _(
                "A draft copy of this promotion: its fees, questions, facilitators, "
                "schedule and live sessions (without their links), every date moved "
                "on by the number of days below."
            ),
        },
        status=400 if form.errors else 200,
    )


def invite_view(request, pk: int):
    """Invite people by e-mail: each gets a personal link to enrol."""
    promotion = _promotion(request, pk, CHANGE_ENROLMENT)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitations = invitations_send(
            promotion=promotion, emails=form.cleaned_data["emails"], actor=request.user
        )
        count = len(invitations)
        messages.success(
            request,
            ngettext("%(count)d invitation sent.", "%(count)d invitations sent.", count)
            % {"count": count},
        )
        return _edit(promotion)
    return TemplateResponse(
        request,
        "courses/admin/promotion_form.html",
        {
            "promotion": promotion,
            "form": form,
            "title": _("Invite by e-mail"),
            "submit": _("Send the invitations"),
            "intro": _(
                "Each person receives a link to enrol, even outside the enrolment "
                "dates, with no application to make. They sign in with the address "
                "invited. People already invited are not invited twice."
            ),
        },
        status=400 if form.errors else 200,
    )


class PromotionViewSet(ModelViewSet):
    name = "courses_promotions"
    model = Promotion
    url_prefix = "courses/promotions"
    icon = "group"
    menu_label = gettext_lazy("Promotions")
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = PromotionIndexView
    edit_view_class = PromotionEditView
    inspect_view_class = PromotionInspectView
    list_display = ["name", "course", "number", "state", "starts_on", "ends_on"]
    list_filter = ["state", "language", "fee"]
    search_fields = ["name", "name_en", "name_es"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("course"),
                    FieldRowPanel([FieldPanel("number"), FieldPanel("language")]),
                    *language_panels("name"),
                    FieldPanel("state", read_only=True),
                    FieldRowPanel(
                        [
                            FieldPanel("enrolment_opens_at"),
                            FieldPanel("enrolment_closes_at"),
                        ]
                    ),
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                    FieldPanel("certificate_available_on"),
                    FieldPanel("capacity"),
                    MultiFieldPanel(
                        [
                            FieldPanel("requires_application"),
                            InlinePanel(
                                "questions",
                                panels=[
                                    FieldPanel("text"),
                                    FieldPanel("text_en"),
                                    FieldPanel("text_es"),
                                    FieldPanel("required"),
                                ],
                                label=gettext_lazy("Question"),
                            ),
                        ],
                        heading=gettext_lazy("Application"),
                    ),
                    FieldPanel("facilitators"),
                ],
                heading=gettext_lazy("General"),
            ),
            ObjectList(
                [
                    FieldPanel("fee"),
                    FieldRowPanel([FieldPanel("member_price"), FieldPanel("price")]),
                    FieldPanel("vat_rate"),
                ],
                heading=gettext_lazy("Fees"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "schedule",
                        panels=[
                            FieldPanel("module"),
                            FieldRowPanel(
                                [FieldPanel("release_on"), FieldPanel("due_on")]
                            ),
                        ],
                        label=gettext_lazy("Module"),
                        help_text=gettext_lazy(
                            "A module not listed opens on the promotion's first day."
                        ),
                    ),
                ],
                heading=gettext_lazy("Schedule"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "live_sessions",
                        panels=[
                            FieldPanel("title"),
                            FieldPanel("title_en"),
                            FieldPanel("title_es"),
                            FieldRowPanel(
                                [
                                    FieldPanel("starts_at"),
                                    FieldPanel("duration_minutes"),
                                    FieldPanel("time_zone"),
                                ]
                            ),
                            FieldPanel("join_url"),
                            FieldPanel("recording_url"),
                        ],
                        label=gettext_lazy("Live session"),
                    ),
                ],
                heading=gettext_lazy("Live sessions"),
            ),
        ],
        base_form_class=PromotionForm,
    )

    def get_urlpatterns(self):
        from . import admin_reports

        return super().get_urlpatterns() + [
            path("<int:pk>/move/<str:state>/", transition_view, name="transition"),
            path("<int:pk>/next/", next_promotion_view, name="next"),
            path("<int:pk>/invite/", invite_view, name="invite"),
            path("<int:pk>/report/", admin_reports.report_view, name="report"),
            path(
                "<int:pk>/report.csv", admin_reports.report_csv_view, name="report_csv"
            ),
            path("<int:pk>/message/", admin_reports.message_view, name="message"),
        ]
