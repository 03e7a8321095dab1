"""The self-diagnosis in the admin menu, in "My account" and in the privacy export."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK
from accounts.selectors import organisations_with_membership_on
from network.badges import BADGE_SOURCES_HOOK, BADGES_HOOK

from . import account
from .admin import DiagnosisViewSetGroup
from .models import Assessment, ExpertReview
from .selectors import status_badge_sources, status_badges


@hooks.register("register_admin_viewset")
def register_diagnosis_viewsets():
    return DiagnosisViewSetGroup()


hooks.register(PANEL_HOOK, account.diagnosis_panel)
hooks.register(BADGES_HOOK, status_badges)
hooks.register(BADGE_SOURCES_HOOK, status_badge_sources)
hooks.register(PRIVACY_HOOK, account.privacy_contributor)


class DiagnosisWorkPanel(Component):
    """This year's participation, and the reviews waiting to be written."""

    name = "diagnosis_work"
    template_name = "diagnosis/admin/home_panel.html"
    order = 88

    def __init__(self, figures: dict):
        self.figures = figures

    def get_context_data(self, parent_context=None):
        return self.figures


@hooks.register("construct_homepage_panels")
def diagnosis_work_panel(request, panels) -> None:
    """For the staff who read assessments: counts in three queries."""
    if not request.user.has_perm("diagnosis.view_assessment"):
        return
    year = timezone.localdate().year
    counts = dict(
        Assessment.objects.filter(year=year)
        .values("state")
        .annotate(n=Count("pk"))
        .values_list("state", "n")
    )
    members = organisations_with_membership_on(on=timezone.localdate()).count()
    to_review = Assessment.objects.filter(
        state=Assessment.State.SUBMITTED, year__gte=year - 1
    ).filter(Q(review__isnull=True) | Q(review__state=ExpertReview.State.DRAFT))
    panels.append(
        DiagnosisWorkPanel(
            {
                "year": year,
                "members": members,
                "submitted": counts.get(Assessment.State.SUBMITTED, 0),
                "in_progress": counts.get(Assessment.State.DRAFT, 0),
                "to_review": to_review.count(),
                "assessments_url": reverse("diagnosis_assessments:index")
                + f"?year={year}",
                "reviews_url": reverse("diagnosis_reviews:index"),
            }
        )
    )
