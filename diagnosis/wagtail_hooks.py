"""The self-diagnosis in the admin menu, in "My account" and in the privacy export."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks

from accounts.panels import PANEL_HOOK
from accounts.privacy import PRIVACY_HOOK
from accounts.selectors import organisations_with_membership_on
from core.admin_home import Row, work_panel
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


@hooks.register("construct_homepage_panels")
@work_panel(
    "diagnosis_work",
    heading=gettext_lazy("Agenda 2030 self-diagnosis"),
    permission="diagnosis.view_assessment",
    order=88,
)
def diagnosis_work_panel(request) -> list[Row]:
    """For the staff who read assessments: this year's participation and the
    reviews waiting to be written, in three queries."""
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
    in_progress = counts.get(Assessment.State.DRAFT, 0)
    participation = [
        _("by %(members)s member organisations") % {"members": members},
        ngettext("%(counter)s in progress", "%(counter)s in progress", in_progress)
        % {"counter": in_progress},
    ]
    assessments = reverse("diagnosis_assessments:index")
    return [
        Row(
            "submitted",
            _("Assessments submitted in %(year)s") % {"year": year},
            count=counts.get(Assessment.State.SUBMITTED, 0),
            url=f"{assessments}?year={year}",
            note=" · ".join(participation),
        ),
        Row(
            "to_review",
            _("Submitted assessments without a published expert review"),
            count=to_review.count(),
            url=reverse("diagnosis_reviews:index"),
        ),
    ]
