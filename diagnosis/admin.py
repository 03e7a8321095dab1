"""The self-diagnosis in the admin: questionnaire versions and their questions
(editable while a version is a draft), and the organisations' assessments."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.admin.views.generic import EditView, InspectView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from core.i18n_fields import language_panels
from core.permissions import RestrictedPermissionPolicy, require_permission

from . import services
from .dashboard import dashboard_view, export_view
from .exceptions import DiagnosisError
from .models import Assessment, ExpertReview, Question, Questionnaire
from .selectors import VIEW_ASSESSMENT

CHANGE_QUESTIONNAIRE = "diagnosis.change_questionnaire"


class QuestionnaireEditView(EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.state == Questionnaire.State.DRAFT:
            buttons.append(
                Button(
                    _("Publish this version"),
                    url=reverse(
                        "diagnosis_questionnaires:publish", args=[self.object.pk]
                    ),
                    icon_name="upload",
                    priority=30,
                )
            )
        buttons.append(
            Button(
                _("Prepare the next version from this one"),
                url=reverse("diagnosis_questionnaires:copy", args=[self.object.pk]),
                icon_name="copy",
                priority=31,
            )
        )
        return buttons

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if self.object.is_frozen:
            for field in form.fields.values():
                field.disabled = True
        return form


def _questionnaire_action(request, pk: int, act) -> object:
    require_permission(request, CHANGE_QUESTIONNAIRE)
    questionnaire = get_object_or_404(Questionnaire, pk=pk)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "diagnosis/admin/confirm.html",
            {"questionnaire": questionnaire, "title": str(questionnaire)},
        )
    try:
        result = act(questionnaire=questionnaire, actor=request.user)
    except DiagnosisError as error:
        messages.error(request, error.message)
        return redirect("diagnosis_questionnaires:edit", questionnaire.pk)
    messages.success(request, _("Done: %(q)s.") % {"q": result})
    return redirect("diagnosis_questionnaires:edit", result.pk)


def publish_view(request, pk: int):
    return _questionnaire_action(request, pk, services.questionnaire_publish)


def copy_view(request, pk: int):
    return _questionnaire_action(request, pk, services.questionnaire_copy)


class QuestionnaireViewSet(ModelViewSet):
    name = "diagnosis_questionnaires"
    model = Questionnaire
    url_prefix = "diagnosis/questionnaires"
    icon = "form"
    menu_label = gettext_lazy("Questionnaires")
    copy_view_enabled = False
    edit_view_class = QuestionnaireEditView
    list_display = ["version", "title", "state", "published_at"]
    panels = [
        FieldPanel("version"),
        *language_panels("title"),
        *language_panels("introduction"),
        FieldPanel("state", read_only=True),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/publish/", publish_view, name="publish"),
            path("<int:pk>/copy/", copy_view, name="copy"),
        ]


class QuestionEditView(EditView):
    """A question of a published version is shown read-only, and saving it is
    refused: the assessments that answered it keep meaning what they meant."""

    def dispatch(self, request, *args, **kwargs):
        question = get_object_or_404(Question, pk=kwargs.get("pk"))
        if question.questionnaire.is_frozen and request.method == "POST":
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if self.object.questionnaire.is_frozen:
            for field in form.fields.values():
                field.disabled = True
        return form


class QuestionViewSet(ModelViewSet):
    name = "diagnosis_questions"
    model = Question
    url_prefix = "diagnosis/questions"
    icon = "help"
    menu_label = gettext_lazy("Questions")
    copy_view_enabled = False
    edit_view_class = QuestionEditView
    list_display = ["text", "measure", "kind", "key", "questionnaire"]
    list_filter = ["questionnaire", "kind"]
    search_fields = ["text", "key"]
    panels = [
        FieldPanel("questionnaire"),
        FieldPanel("measure"),
        FieldRowPanel(
            [FieldPanel("key"), FieldPanel("kind"), FieldPanel("sort_order")]
        ),
        *language_panels("text"),
        *language_panels("guidance"),
        *language_panels("unit"),
        FieldRowPanel([FieldPanel("target"), FieldPanel("worst")]),
        FieldPanel("asks_evidence"),
        InlinePanel(
            "levels",
            panels=[
                FieldPanel(f)
                for f in ("description", "description_en", "description_es")
            ],
            label=gettext_lazy("Level"),
            heading=gettext_lazy("Levels of a maturity scale, from 0 upwards"),
        ),
    ]


class AssessmentInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.is_submitted and self.request.user.has_perm(
            "diagnosis.reopen_assessment"
        ):
            buttons.append(
                Button(
                    _("Reopen"),
                    url=reverse("diagnosis_assessments:reopen", args=[self.object.pk]),
                    icon_name="undo",
                    priority=30,
                )
            )
        return buttons


def reopen_view(request, pk: int):
    require_permission(request, "diagnosis.reopen_assessment")
    assessment = get_object_or_404(Assessment, pk=pk)
    if request.method == "POST":
        try:
            services.assessment_reopen(assessment=assessment, actor=request.user)
        except DiagnosisError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The assessment is open again."))
        return redirect("diagnosis_assessments:inspect", assessment.pk)
    return TemplateResponse(
        request,
        "diagnosis/admin/confirm.html",
        {"assessment": assessment, "title": _("Reopen %(a)s") % {"a": assessment}},
    )


class AssessmentViewSet(ModelViewSet):
    name = "diagnosis_assessments"
    model = Assessment
    url_prefix = "diagnosis/assessments"
    icon = "tasks"
    menu_label = gettext_lazy("Assessments")
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = AssessmentInspectView
    list_display = ["organisation", "year", "state", "score", "submitted_at"]
    list_filter = ["year", "state", "organisation__region", "organisation__kind"]
    search_fields = ["organisation__name"]
    list_export = ["organisation", "year", "state", "score", "submitted_at"]
    export_filename = "self-diagnosis-assessments"
    form_fields = ["show_status"]

    @property
    def permission_policy(self):
        # Assessments are written by their organisations and the services only.
        return RestrictedPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/reopen/", reopen_view, name="reopen"),
        ]


class ExpertReviewViewSet(ModelViewSet):
    name = "diagnosis_reviews"
    model = ExpertReview
    url_prefix = "diagnosis/reviews"
    icon = "comment"
    menu_label = gettext_lazy("Expert reviews")
    copy_view_enabled = False
    list_display = ["assessment", "reviewer", "state", "published_at"]
    list_filter = ["state"]
    panels = [
        FieldPanel("assessment"),
        FieldPanel("reviewer"),
        FieldRowPanel([FieldPanel("strengths"), FieldPanel("weaknesses")]),
        FieldRowPanel([FieldPanel("opportunities"), FieldPanel("threats")]),
        *[FieldPanel(f"priority_{n}") for n in range(1, 6)],
        FieldPanel("advice"),
        FieldPanel("state"),
    ]

    @property
    def permission_policy(self):
        # A review stays with the assessment's record: nobody deletes one.
        return RestrictedPermissionPolicy(self.model, never=("delete",))


class StaffMenuItem(MenuItem):
    """Shown to the staff who read assessments."""

    def is_shown(self, request):
        return request.user.has_perm(VIEW_ASSESSMENT)


class DashboardViewSet(ViewSet):
    name = "diagnosis_dashboard"
    url_prefix = "diagnosis/dashboard"
    icon = "view"
    menu_label = gettext_lazy("Across the network")
    menu_item_class = StaffMenuItem

    def get_urlpatterns(self):
        return [
            path("", dashboard_view, name="index"),
            path("export.<str:fmt>", export_view, name="export"),
        ]


class DiagnosisViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Self-diagnosis")
    menu_icon = "tasks"
    menu_order = 280
    items = (
        QuestionnaireViewSet,
        QuestionViewSet,
        AssessmentViewSet,
        ExpertReviewViewSet,
        DashboardViewSet,
    )
