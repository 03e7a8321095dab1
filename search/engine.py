"""One search over every registered page type, in one language.

``site_search`` returns a page of hits with their type, address, date and a snippet
with the query's words highlighted, the counts per type and per Agenda 2030 goal, and
how many pages match in the other languages. It costs a bounded number of queries
whatever the number of pages (tests/search/test_queries.py).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count
from wagtail.models import Locale, Page

from .backends import search_backend
from .hits import Hit, highlight, query_words, text_of
from .language import expand, suggestion
from .records import matching, record_hits
from .registry import SearchType, search_types, searched_models, type_of_content_types

MAX_QUERY = 200
PER_PAGE = 10
IN_BRIEF = 3  # records of each type shown beside the pages, before "see all"
MAX_COUNTED = 2000  # where the backend cannot count in SQL, at most this many hits
ORDERS = ("relevance", "date")


def clean_query(raw: str) -> str:
    """The query as searched: printable characters, single spaces, 200 at most."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[:2000])
    return " ".join(text.split())[:MAX_QUERY]


@dataclass
class Outcome:
    query: str
    language: str
    kind: str = ""
    goal: int | None = None
    order: str = "relevance"
    hits: list = field(default_factory=list)
    page: object = None  # the paginator's page
    total: int = 0
    types: list = field(default_factory=list)  # (SearchType, count)
    goals: list = field(default_factory=list)  # (goal number, count)
    elsewhere: list = field(default_factory=list)  # (language code, count)
    suggestion: str = ""  # "did you mean", when nothing is found
    promoted: list = field(default_factory=list)  # editors' picks for the query
    records: list = field(default_factory=list)  # (SearchType, hits, count), in brief
    found: int = 0  # the results of every type (or of the type chosen)
    by_date: bool = False  # whether the results can be sorted by date (pages)


def _pages(locale_id, search_type: SearchType | None):
    models = search_type.models if search_type else searched_models()
    return Page.objects.live().public().filter(locale_id=locale_id).type(*models)


def _goal_fields(search_type: SearchType | None):
    """(model, its link table, the table's page column) for models with goals."""
    for candidate in search_types():
        if candidate.goals and search_type in (None, candidate):
            for model in candidate.models:
                goals = model._meta.get_field(candidate.goals)
                yield model, goals.remote_field.through, goals.m2m_field_name()


def _pages_with_goal(number: int, search_type) -> list[int]:
    ids = []
    for _model, through, column in _goal_fields(search_type):
        ids += through.objects.filter(goal__number=number).values_list(
            f"{column}_id", flat=True
        )
    return ids


def _matches(results):
    """The matching pages' ids (a subquery where the backend allows) and the
    count per content type."""
    if hasattr(results, "get_queryset") and getattr(results, "supports_facet", 0):
        ids = results.get_queryset().order_by().values("pk")
        return ids, Counter(results.facet("content_type_id"))
    rows = [(p.pk, p.content_type_id) for p in results[:MAX_COUNTED]]
    return [pk for pk, _ in rows], Counter(ct for _, ct in rows)


def _goal_counts(ids, search_type) -> list[tuple[int, int]]:
    counts = Counter()
    for _model, through, column in _goal_fields(search_type):
        rows = (
            through.objects.filter(**{f"{column}_id__in": ids})
            .values("goal__number")
            .annotate(n=Count(f"{column}_id", distinct=True))
        )
        for row in rows:
            counts[row["goal__number"]] += row["n"]
    return sorted(counts.items())


def _search(query, language, queryset, order):
    backend = search_backend(language)
    if order == "date":
        queryset = queryset.order_by("-first_published_at")
    return backend.search(
        expand(query), queryset, operator="and", order_by_relevance=order != "date"
    )


def site_search(
    *, raw_query, language, kind="", goal=None, order="relevance", page=1, request=None
) -> Outcome:
    query = clean_query(raw_query)
    types = {t.key: t for t in search_types()}
    search_type = types.get(kind)
    order = order if order in ORDERS else "relevance"
    goal = goal if goal in range(1, 11) else None
    outcome = Outcome(
        query=query,
        language=language,
        kind=search_type.key if search_type else "",
        goal=goal,
        order=order,
    )
    if not query:
        return outcome
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    outcome.promoted = promotions(query, language, request)
    # The counts per type ignore the type chosen, so every type stays reachable.
    everything = _search(
        query, language, _filtered(locales, language, None, goal), order
    )
    ids, per_content_type = _matches(everything)
    by_type = Counter()
    for content_type_id, count in per_content_type.items():
        found = type_of_content_types().get(content_type_id)
        if found:
            by_type[found.key] += count
    records = {
        t.key: matching(t.records, query, language, goal)
        for t in types.values()
        if t.records
    }
    for key, found in records.items():
        by_type[key] = found.count()
    outcome.types = [(t, by_type[t.key]) for t in types.values() if by_type[t.key]]
    if search_type and search_type.records:
        _record_results(outcome, search_type, records[search_type.key], page, request)
    else:
        results = everything
        if search_type:
            queryset = _filtered(locales, language, search_type, goal)
            results = _search(query, language, queryset, order)
            ids, _ = _matches(results)
        goals = Counter(dict(_goal_counts(ids, search_type)))
        if not search_type:
            for key, found in records.items():
                goals.update(_record_goal_counts(types[key].records, found))
        outcome.goals = sorted(goals.items())
        outcome.by_date = True
        outcome.page = _page_of(results, page)
        outcome.total = outcome.page.paginator.count
        outcome.hits = _hits(list(outcome.page.object_list), query, request)
        if not search_type and outcome.page.number == 1:
            outcome.records = [
                (
                    t,
                    record_hits(
                        t, list(records[t.key][:IN_BRIEF]), query, language, request
                    ),
                    by_type[t.key],
                )
                for t in types.values()
                if t.records and by_type[t.key]
            ]
    outcome.found = outcome.total if search_type else sum(by_type.values())
    if not outcome.found:
        corrected = suggestion(query, language)
        if (
            corrected
            and _search(
                corrected,
                language,
                _filtered(locales, language, None, None),
                "relevance",
            ).count()
        ):
            outcome.suggestion = corrected
    outcome.elsewhere = [
        (
            code,
            _search(
                query, code, _filtered(locales, code, None, None), "relevance"
            ).count(),
        )
        for code, _name in settings.LANGUAGES
        if code != language
    ]
    return outcome


def _page_of(results, number):
    paginator = Paginator(results, PER_PAGE)
    try:
        return paginator.page(number)
    except EmptyPage:
        return paginator.page(paginator.num_pages or 1)


def _record_results(outcome, search_type, records, page, request):
    """One type of records, a page of them, with their goals counted."""
    outcome.goals = sorted(_record_goal_counts(search_type.records, records).items())
    outcome.page = _page_of(records, page)
    outcome.total = outcome.page.paginator.count
    outcome.hits = record_hits(
        search_type,
        list(outcome.page.object_list),
        outcome.query,
        outcome.language,
        request,
    )


def _record_goal_counts(source, records) -> Counter:
    if not source.goals:
        return Counter()
    rows = (
        records.model.objects.filter(pk__in=records.order_by().values("pk"))
        .values(source.goals)
        .annotate(n=Count("pk", distinct=True))
    )
    return Counter({row[source.goals]: row["n"] for row in rows if row[source.goals]})


def _filtered(locales, language, search_type, goal):
    queryset = _pages(locales.get(language), search_type)
    if goal:
        queryset = queryset.filter(id__in=_pages_with_goal(goal, search_type))
    return queryset


def _hits(pages: list[Page], query: str, request) -> list[Hit]:
    if not pages:
        return []
    specific = {
        p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
    }
    types = type_of_content_types()
    words = query_words(query)
    hits = []
    for page in pages:
        found = specific.get(page.pk, page)
        hits.append(
            Hit(
                page=found,
                type=types.get(page.content_type_id),
                url=found.get_url(request=request),
                title=found.title,
                snippet=highlight(text_of(found), words),
                date=getattr(found, "date", None)
                or getattr(found, "start", None)
                or found.first_published_at,
            )
        )
    return hits


def promotions(query: str, language: str, request) -> list[dict]:
    """The editors' promoted results for this query (Settings → Promoted search
    results): pages in the visitor's language, and external links."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).select_related("page", "page__locale")
    found = []
    for pick in picks:
        if pick.page_id:
            page = pick.page
            if not page.live or page.locale.language_code != language:
                continue
            url = page.get_url(request=request)
        else:
            url = pick.external_link_url
        if url:
            found.append({"title": pick.title, "url": url, "text": pick.description})
    return found
