"""The staff's view of the self-diagnosis across the network: participation by
region and kind this year, the network's average per goal over the years, and the
anonymised results as CSV or XLSX (no organisation's name or identifier)."""

from collections import defaultdict
from statistics import mean

from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Organisation
from accounts.selectors import organisations_with_membership_on
from core.permissions import require_permission
from core.tables import table_download

from .models import Assessment, Section
from .selectors import VIEW_ASSESSMENT

GOALS = range(1, 11)


def participation(year: int) -> dict[str, list[dict]]:
    """Per region and per kind: current members, submitted, in progress."""
    members = organisations_with_membership_on(on=timezone.localdate())
    tables = {}
    for field, choices in (
        ("region", Organisation.Region.choices),
        ("kind", Organisation.Kind.choices),
    ):
        rows = (
            members.values(field)
            .annotate(
                members=Count("pk", distinct=True),
                submitted=Count(
                    "assessments",
                    filter=Q(assessments__year=year, assessments__state="submitted"),
                    distinct=True,
                ),
                in_progress=Count(
                    "assessments",
                    filter=Q(assessments__year=year, assessments__state="draft"),
                    distinct=True,
                ),
            )
            .order_by(field)
        )
        labels = dict(choices)
        tables[field] = [
            {**row, "label": labels.get(row[field], row[field] or "–")} for row in rows
        ]
    return tables


def averages_by_year() -> dict[int, dict[int, float]]:
    """{year: {goal: mean score}} over the submitted assessments (one query)."""
    scores = defaultdict(lambda: defaultdict(list))
    for year, goal, score in Section.objects.filter(
        assessment__state=Assessment.State.SUBMITTED, score__isnull=False
    ).values_list("assessment__year", "goal_number", "score"):
        scores[year][goal].append(float(score))
    return {
        year: {goal: round(mean(values), 1) for goal, values in goals.items()}
        for year, goals in sorted(scores.items())
    }


def dashboard_view(request):
    require_permission(request, VIEW_ASSESSMENT)
    year = int(request.GET.get("year") or timezone.localdate().year)
    averages = averages_by_year()
    chart = {
        "labels": [str(n) for n in GOALS],
        "years": [
            {"label": str(y), "values": [goals.get(n) for n in GOALS]}
            for y, goals in averages.items()
        ],
    }
    return TemplateResponse(
        request,
        "diagnosis/admin/dashboard.html",
        {
            "title": _("Self-diagnosis across the network"),
            "year": year,
            "participation": participation(year),
            "averages": [
                (y, [goals.get(n) for n in GOALS]) for y, goals in averages.items()
            ],
            "goals": list(GOALS),
            "chart": chart,
        },
    )


def anonymised_rows() -> tuple[list[str], list[list]]:
    headings = [
        _("Year"),
        _("Questionnaire version"),
        _("Region"),
        _("Kind"),
        _("Overall score"),
        *[_("Goal %(number)s") % {"number": n} for n in GOALS],
    ]
    assessments = (
        Assessment.objects.filter(state=Assessment.State.SUBMITTED)
        .select_related("organisation", "questionnaire")
        .prefetch_related("sections")
        .order_by("year", "score")
    )
    rows = []
    for a in assessments:
        goals = {s.goal_number: s.score for s in a.sections.all()}
        rows.append(
            [
                a.year,
                a.questionnaire.version,
                a.organisation.get_region_display(),
                a.organisation.get_kind_display(),
                float(a.score) if a.score is not None else "",
                *[float(goals[n]) if goals.get(n) is not None else "" for n in GOALS],
            ]
        )
    return [str(h) for h in headings], rows


def export_view(request, fmt: str):
    """Every submitted assessment's scores, without who answered: staff only."""
    require_permission(request, VIEW_ASSESSMENT)
    headings, rows = anonymised_rows()
    return table_download(headings, rows, name="self-diagnosis-anonymised", fmt=fmt)
