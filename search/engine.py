"""One search over every registered page type, in one language.

``site_search`` returns a page of hits with their type, address, date and a snippet
with the query's words highlighted, the counts per type and per Agenda 2030 goal, and
how many pages match in the other languages. It costs a bounded number of queries
whatever the number of pages (tests/search/test_queries.py).
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from wagtail.models import Locale, Page

from .backends import search_backend
from .language import expand, fold, suggestion
from .registry import SearchType, search_types, searched_models, type_of_content_types

MAX_QUERY = 200
PER_PAGE = 10
MAX_COUNTED = 2000  # where the backend cannot count in SQL, at most this many hits
ORDERS = ("relevance", "date")


def clean_query(raw: str) -> str:
    """The query as searched: printable characters, single spaces, 200 at most."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[:2000])
    return " ".join(text.split())[:MAX_QUERY]


@dataclass
class Hit:
    page: Page
    type: SearchType
    url: str
    title: str
    snippet: SafeString
    date: object = None


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


def _pages(language: str, search_type: SearchType | None):
    locale = Locale.objects.filter(language_code=language).first()
    models = search_type.models if search_type else searched_models()
    return Page.objects.live().public().filter(locale=locale).type(*models)


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
    outcome.promoted = promotions(query, language, request)
    # The counts per type ignore the type chosen, so every type stays reachable.
    everything = _search(query, language, _filtered(language, None, goal), order)
    ids, per_content_type = _matches(everything)
    by_type = Counter()
    for content_type_id, count in per_content_type.items():
        found = type_of_content_types().get(content_type_id)
        if found:
            by_type[found.key] += count
    outcome.types = [(t, by_type[t.key]) for t in types.values() if by_type[t.key]]
    results = everything
    if search_type:
        queryset = _filtered(language, search_type, goal)
        results = _search(query, language, queryset, order)
        ids, _ = _matches(results)
    outcome.goals = _goal_counts(ids, search_type)
    paginator = Paginator(results, PER_PAGE)
    try:
        outcome.page = paginator.page(page)
    except EmptyPage:
        outcome.page = paginator.page(paginator.num_pages or 1)
    outcome.total = paginator.count
    outcome.hits = _hits(list(outcome.page.object_list), query, request)
    if not outcome.total:
        corrected = suggestion(query, language)
        if (
            corrected
            and _search(
                corrected, language, _filtered(language, None, None), "relevance"
            ).count()
        ):
            outcome.suggestion = corrected
    outcome.elsewhere = [
        (code, _search(query, code, _filtered(code, None, None), "relevance").count())
        for code, _name in settings.LANGUAGES
        if code != language
    ]
    return outcome


def _filtered(language, search_type, goal):
    queryset = _pages(language, search_type)
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
    words = _words(query)
    hits = []
    for page in pages:
        found = specific.get(page.pk, page)
        hits.append(
            Hit(
                page=found,
                type=types.get(page.content_type_id),
                url=found.get_url(request=request),
                title=found.title,
                snippet=highlight(_text_of(found), words),
                date=getattr(found, "date", None)
                or getattr(found, "start", None)
                or found.first_published_at,
            )
        )
    return hits


def _text_of(page) -> str:
    for name in ("summary", "search_description", "hero_text", "short_text"):
        text = getattr(page, name, "") or ""
        if text:
            return re.sub(r"<[^>]+>", " ", str(text))
    return ""


def _words(query: str) -> list[str]:
    """The query's words as compared: folded, and cut to a stem-like prefix."""
    found = []
    for word in re.findall(r"\w+", fold(query)):
        if len(word) >= 3:
            found.append(word[: max(4, len(word) - 2)])
    return found


def highlight(text: str, words: list[str], length: int = 260) -> SafeString:
    """The text around the first word found, escaped, with the words in <mark>."""
    text = " ".join(text.split())
    folded = fold(text)
    if len(folded) != len(text):  # a character that folds to two: no marks
        return mark_safe(escape(Truncator(text).chars(length)))  # noqa: S308
    start = min((folded.find(w) for w in words if w in folded), default=0)
    start = max(0, text.rfind(" ", 0, max(0, start - 60)) + 1) if start > 60 else 0
    excerpt = text[start : start + length]
    folded_excerpt = folded[start : start + length]
    marks = []
    for match in re.finditer(r"\w+", folded_excerpt):
        if any(match.group().startswith(w) for w in words):
            marks.append(match.span())
    out, last = [], 0
    for begin, end in marks:
        out += [escape(excerpt[last:begin]), "<mark>", escape(excerpt[begin:end])]
        out.append("</mark>")
        last = end
    out.append(escape(excerpt[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 (escaped above)


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
