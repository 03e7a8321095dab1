"""What the network offers where an organisation scores lowest.

For its three lowest-scoring goals (ties broken by goal number), the weakest
measure of each, and for each goal: the network's good practices on that measure
(then on the goal, through the network app's selector), the course modules and the
coming events tagged with the goal. Each recommendation says why it is shown. A
bounded number of queries (a few per goal, three goals at most).
"""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.models import Goal, GoalMeasure
from cms.selectors import goal_events
from courses.models import ModulePage
from network.selectors_practices import good_practices

from .scoring import Scores, rounded

GOALS_SHOWN = 3
PER_KIND = 3


def _modules(goal: Goal) -> list[ModulePage]:
    return list(
        ModulePage.objects.live()
        .public()
        .filter(locale=goal.locale, goals__translation_key=goal.translation_key)
        .order_by("path")[:PER_KIND]
    )


def recommendations(scores: Scores, language: str) -> list[dict]:
    locale = Locale.objects.get_for_language(language)
    weakest = sorted(
        (value, number) for number, value in scores.goals.items() if value < 100
    )[:GOALS_SHOWN]
    if not weakest:
        return []
    goals = {
        goal.number: goal
        for goal in Goal.objects.filter(
            locale=locale, number__in=[number for _value, number in weakest]
        )
    }
    measures = {
        (m.goal.number, m.number): m
        for m in GoalMeasure.objects.filter(
            locale=locale, goal__number__in=list(goals)
        ).select_related("goal")
    }
    found = []
    for value, number in weakest:
        goal = goals.get(number)
        if goal is None:
            continue
        in_goal = [
            (score, measure)
            for (g, measure), score in scores.measures.items()
            if g == number
        ]
        low_score, low_number = min(in_goal) if in_goal else (None, None)
        measure = measures.get((number, low_number))
        why = _("Your score on this goal is %(score)s out of 100, one of your lowest.")
        why = why % {"score": f"{rounded(value):.0f}"}
        if measure is not None:
            why += " " + _(
                "Its weakest measure is %(number)s.%(measure)s %(title)s (%(score)s)."
            ) % {
                "number": number,
                "measure": measure.number,
                "title": measure.title,
                "score": f"{rounded(low_score):.0f}",
            }
        found.append(
            {
                "goal": goal,
                "score": rounded(value),
                "measure": measure,
                "why": why,
                "practices": good_practices(
                    goal=goal, measure=measure, language=locale, limit=PER_KIND
                ),
                "modules": _modules(goal),
                "events": goal_events(goal=goal, limit=PER_KIND),
            }
        )
    return found
