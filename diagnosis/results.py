"""The results of a submitted assessment, as the results page and the PDF show them:
scores per goal and overall, last year's, the network's figures, the radar chart's
data and the recommendations."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .comparison import minimum, network_figures, progress
from .models import Assessment, ExpertReview
from .recommendations import recommendations
from .selectors import local_goals, scores_of

GROUPS = {
    "network": gettext_lazy("Network"),
    "region": gettext_lazy("Your region"),
    "kind": gettext_lazy("Your kind of organisation"),
}


def results_context(assessment: Assessment, language: str) -> dict:
    """Everything the results page and the PDF show, in a fixed number of queries."""
    goals = local_goals()
    scores = scores_of(assessment)
    figures = network_figures(assessment)
    before = progress(assessment)
    sections = {s.goal_number: s.score for s in assessment.sections.all()}
    shown = [name for name in GROUPS if figures[name]["overall"] is not None]

    def line(key, label, score):
        previous = before["before"].get(key) if before else None
        now = before["now"].get(key) if before else None
        return {
            "key": key,
            "label": label,
            "score": score,
            "previous": previous,
            "change": now - previous
            if now is not None and previous is not None
            else None,
            "network": figures["network"][key],
            "figures": [figures[name][key] for name in shown],
        }

    rows = [
        line(number, goals.get(number) or number, sections.get(number))
        for number in range(1, 11)
    ]
    overall = line("overall", _("Overall"), assessment.score)
    datasets = [
        {
            "label": f"{assessment.organisation.name} {assessment.year}",
            "values": [_number(row["score"]) for row in rows],
            "kind": "self",
        }
    ]
    if "network" in shown:
        datasets.append(
            {
                "label": str(_("Network average")),
                "values": [
                    _number(row["network"] and row["network"].mean) for row in rows
                ],
                "kind": "network",
            }
        )
    if before:
        datasets.append(
            {
                "label": str(before["year"]),
                "values": [_number(row["previous"]) for row in rows],
                "kind": "previous",
            }
        )
    chart = {
        "labels": [str(row["label"]) for row in rows],
        "max": 100,
        "datasets": datasets,
    }
    return {
        "rows": rows,
        "overall": overall,
        "groups": [(name, GROUPS[name]) for name in shown],
        "missing_groups": [GROUPS[name] for name in GROUPS if name not in shown],
        "minimum": minimum(),
        "previous": before,
        "chart": chart,
        "recommendations": recommendations(scores, language),
        "review": ExpertReview.objects.filter(
            assessment=assessment, state=ExpertReview.State.PUBLISHED
        ).first(),
    }


def _number(value) -> float | None:
    return float(value) if value is not None else None
