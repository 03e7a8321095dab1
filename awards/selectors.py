"""Reads of the prize: what the public pages show, an entrant's entries, a juror's
work and the managers' ranking."""

from django.db.models import Count, Prefetch, Q

from cms.models import Goal

from .models import Assignment, Edition, Entry, EntryFile, PrizeEditionPage, Round
from .scoring import CriterionSpec, Mark, rank_entries

AWARDED = (Entry.Outcome.WINNER, Entry.Outcome.MENTION)


def edition_pages(prize_page):
    return (
        PrizeEditionPage.objects.live()
        .child_of(prize_page)
        .select_related("edition", "hero_image")
        .order_by("-edition__year")
    )


def laureates(editions):
    """The winners and special mentions of announced editions, winners first."""
    return (
        Entry.objects.filter(
            edition__in=editions,
            edition__state__in=[Edition.State.ANNOUNCED, Edition.State.ARCHIVED],
            outcome__in=AWARDED,
        )
        .select_related("edition", "organisation")
        .prefetch_related(
            Prefetch(
                "files",
                queryset=EntryFile.objects.filter(kind=EntryFile.Kind.IMAGE),
                to_attr="images",
            ),
            Prefetch("goal_answers__goal"),
        )
        .order_by("-edition__year", "-outcome", "reference")
    )


def prize_context(page, request) -> dict:
    pages = list(edition_pages(page))
    editions = [p.edition for p in pages]
    winners = [e for e in laureates(editions) if e.outcome == Entry.Outcome.WINNER]
    page_for = {p.edition_id: p for p in pages}
    return {
        "edition_pages": pages,
        "open_call": next((p for p in pages if p.edition.accepts_entries()), None),
        "winners": [(page_for[w.edition_id], w) for w in winners],
    }


def entrant_entries(user, edition=None):
    entries = Entry.objects.filter(entrant=user).select_related("edition")
    if edition is not None:
        entries = entries.filter(edition=edition)
    return entries.order_by("-edition__year", "-created_at")


def local_goals(entries, language: str) -> dict:
    """Each goal of the entries, in the page's language (by translation key)."""
    keys = {
        answer.goal.translation_key
        for entry in entries
        for answer in entry.goal_answers.all()
    }
    goals = Goal.objects.filter(
        translation_key__in=keys, locale__language_code=language
    )
    return {goal.translation_key: goal for goal in goals}


def goal_answers(entry, language: str) -> list:
    """The entry's answers, each with ``local_goal``: its goal in ``language``."""
    answers = list(entry.goal_answers.select_related("goal"))
    goals = local_goals([entry], language)
    for answer in answers:
        answer.local_goal = goals.get(answer.goal.translation_key, answer.goal)
    return answers


def edition_context(page, request) -> dict:
    edition = page.edition
    context = {
        "edition": edition,
        "accepts_entries": edition.accepts_entries(),
        "my_entries": [],
        "laureates": [],
    }
    if request.user.is_authenticated:
        context["my_entries"] = list(entrant_entries(request.user, edition))
    if edition.is_announced:
        entries = list(laureates([edition]))
        goals = local_goals(entries, page.locale.language_code)
        for entry in entries:
            entry.goal_list = [
                goals.get(answer.goal.translation_key, answer.goal)
                for answer in entry.goal_answers.all()
            ]
        context["laureates"] = entries
    return context


def juror_assignments(user):
    """A juror's assignments in open or deliberated rounds of current editions."""
    return (
        Assignment.objects.filter(
            juror=user,
            round__state__in=[Round.State.OPEN, Round.State.DELIBERATION],
        )
        .exclude(conflict=Assignment.Conflict.DECLARED)
        .select_related("round__edition", "entry")
        .order_by("-round__edition__year", "round__sort_order", "entry__reference")
    )


def round_ranking(round_: Round) -> list[dict]:
    """The round's entries ranked from their submitted reviews (``awards/scoring``)."""
    edition = round_.edition
    criteria = [
        CriterionSpec(id=c.pk, weight=c.weight, scale_max=c.scale_max)
        for c in edition.criteria.all()
    ]
    marks = [
        Mark(entry=s[0], juror=s[1], criterion=s[2], value=s[3])
        for s in Assignment.objects.filter(
            round=round_, review=Assignment.Review.SUBMITTED
        ).values_list("entry_id", "juror_id", "scores__criterion_id", "scores__value")
        if s[2] is not None
    ]
    results = rank_entries(marks, criteria, normalise=edition.normalise_scores)
    entries = Entry.objects.in_bulk([r.entry for r in results])
    counts = dict(round_entries_assigned(round_).values_list("pk", "assigned"))
    rows = [
        {"result": r, "entry": entries[r.entry], "assigned": counts.get(r.entry, 0)}
        for r in results
    ]
    unscored = (
        Entry.objects.filter(round=round_, state=Entry.State.ELIGIBLE)
        .exclude(pk__in=entries)
        .order_by("reference")
    )
    rows += [
        {"result": None, "entry": e, "assigned": counts.get(e.pk, 0)} for e in unscored
    ]
    return rows


def round_entries_assigned(round_: Round):
    return Entry.objects.filter(round=round_).annotate(
        assigned=Count(
            "assignments",
            filter=Q(assignments__round=round_)
            & ~Q(assignments__conflict=Assignment.Conflict.DECLARED),
        )
    )
