"""One search over every registered page type, in one language.

``site_search`` returns a page of hits with their type, address, date and a snippet
with the query's words highlighted, the counts per type and per Agenda 2030 goal, and
how many pages match in the other languages.

It costs a bounded number of queries whatever the number of pages
(tests/search/test_search.py): one full-text query lists every matching page's id
and type, best first, and the counts, the type filter and the page shown are taken
from that list (``facets``); the goals are counted in one more query, each record
type (members, Port Centers, winners) in one, and the page's results are read in
one per page model. The counts in the other languages are kept until published
pages change (``generation``).
"""

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Window
from wagtail.models import Locale, Page

from .backends import search_backend
from .facets import goal_counts, pages_with_goal, ranked, record_goal_counts
from .hits import Hit, highlight, query_words, text_of
from .language import expand, suggestion
from .records import matching, record_hits
from .registry import SearchType, search_types, searched_models, type_of_content_types

MAX_QUERY = 200
PER_PAGE = 10
IN_BRIEF = 3  # records of each type shown beside the pages, before "see all"
GENERATION_KEY = "search:generation"
ELSEWHERE_SECONDS = 600
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
    # (language code, count); the count is None where the query found a page of
    # results or more here: the other languages are offered without counting.
    elsewhere: list = field(default_factory=list)
    suggestion: str = ""  # "did you mean", when nothing is found
    promoted: list = field(default_factory=list)  # editors' picks for the query
    records: list = field(default_factory=list)  # (SearchType, hits, count), in brief
    found: int = 0  # the results of every type (or of the type chosen)
    by_date: bool = False  # whether the results can be sorted by date (pages)


def _pages(locale_id, search_type: SearchType | None):
    models = search_type.models if search_type else searched_models()
    return Page.objects.live().public().filter(locale_id=locale_id).type(*models)


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
    # Every matching page, best first, in one query: the counts per type ignore
    # the type chosen, so every type stays reachable.
    pages = _filtered(locales, language, None, goal)
    matched = ranked(_search(query, language, pages, order))
    type_of = type_of_content_types()
    by_type = Counter(type_of[ct].key for _pk, ct in matched if ct in type_of)
    records = {
        t.key: _brief(t, query, language, goal) for t in types.values() if t.records
    }
    for key, (_found, _first, count) in records.items():
        by_type[key] = count
    outcome.types = [(t, by_type[t.key]) for t in types.values() if by_type[t.key]]
    if search_type and search_type.records:
        _record_results(outcome, search_type, records[search_type.key][0], page)
    else:
        if search_type:
            matched = [
                (pk, ct)
                for pk, ct in matched
                if ct in type_of and type_of[ct] == search_type
            ]
        goals = goal_counts(matched, search_type)
        if not search_type:
            for key, (found, _first, count) in records.items():
                if count:
                    goals.update(record_goal_counts(types[key].records, found))
        outcome.goals = sorted(goals.items())
        outcome.by_date = True
        outcome.page = _page_of([pk for pk, _ct in matched], page)
        outcome.total = len(matched)
        outcome.hits = _hits(list(outcome.page.object_list), query, request)
        if not search_type and outcome.page.number == 1:
            outcome.records = [
                (t, record_hits(t, first, query, language, request), count)
                for t in types.values()
                if t.records
                for _found, first, count in [records[t.key]]
                if count
            ]
    outcome.found = outcome.total if search_type else sum(by_type.values())
    if not outcome.found:
        outcome.suggestion = _correction(query, language, locales)
    if outcome.found < PER_PAGE:
        outcome.elsewhere = _elsewhere(query, language, locales)
    else:  # enough here: the other languages are offered, not counted
        outcome.elsewhere = [
            (code, None) for code, _name in settings.LANGUAGES if code != language
        ]
    return outcome


def _brief(search_type, query, language, goal):
    """A type's matching records, the first few of them and their number, in one
    query."""
    found = matching(search_type.records, query, language, goal)
    first = list(found.annotate(found_count=Window(Count("pk")))[:IN_BRIEF])
    return found, first, first[0].found_count if first else 0


def _page_of(results, number):
    paginator = Paginator(results, PER_PAGE)
    try:
        return paginator.page(number)
    except EmptyPage:
        return paginator.page(paginator.num_pages or 1)


def _record_results(outcome, search_type, records, page):
    """One type of records, a page of them, with their goals counted."""
    outcome.goals = sorted(record_goal_counts(search_type.records, records).items())
    outcome.page = _page_of(records, page)
    outcome.total = outcome.page.paginator.count
    outcome.hits = record_hits(
        search_type,
        list(outcome.page.object_list),
        outcome.query,
        outcome.language,
        None,
    )


def _correction(query, language, locales) -> str:
    """ "Did you mean": the query corrected, if the correction finds something."""
    corrected = suggestion(query, language)
    if corrected:
        pages = _filtered(locales, language, None, None)
        if _search(corrected, language, pages, "relevance").count():
            return corrected
    return ""


def _elsewhere(query, language, locales) -> list[tuple[str, int]]:
    """How many pages the query finds in each other language. Kept until a page
    is published, unpublished or deleted, or a synonym changes (``forget``)."""
    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    key = f"search:elsewhere:{generation()}:{language}:{digest}"
    counts = cache.get(key)
    if counts is None:
        counts = [
            (
                code,
                _search(
                    query, code, _filtered(locales, code, None, None), "relevance"
                ).count(),
            )
            for code, _name in settings.LANGUAGES
            if code != language
        ]
        cache.set(key, counts, ELSEWHERE_SECONDS)
    return counts


def generation() -> int:
    """The number of the pages' current state, for the keys of what is kept."""
    return cache.get_or_set(GENERATION_KEY, time.time_ns, None)


def forget(**kwargs) -> None:
    """Published pages changed: counts kept for the old state are not read again."""
    cache.set(GENERATION_KEY, time.time_ns(), None)


def _filtered(locales, language, search_type, goal):
    queryset = _pages(locales.get(language), search_type)
    if goal:
        queryset = queryset.filter(id__in=pages_with_goal(goal, search_type))
    return queryset


def _hits(ids: list[int], query: str, request) -> list[Hit]:
    """The pages of these ids, in this order, as results."""
    if not ids:
        return []
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    types = type_of_content_types()
    words = query_words(query)
    hits = []
    for pk in ids:
        page = specific.get(pk)
        if page is None:
            continue
        hits.append(
            Hit(
                page=page,
                type=types.get(page.content_type_id),
                url=page.get_url(request=request),
                title=page.title,
                snippet=highlight(text_of(page), words),
                date=getattr(page, "date", None)
                or getattr(page, "start", None)
                or page.first_published_at,
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
