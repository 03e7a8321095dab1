"""The results page and the header box's suggestions, under /<lang>/search/."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from cms.selectors import goals_by_number

from . import reports
from .backends import search_backend
from .engine import clean_query, site_search
from .records import suggested
from .registry import search_types, searched_models, type_of_content_types

SUGGESTIONS = 8
SUGGESTIONS_CACHE_SECONDS = 300


def _number(value, default=None):
    try:
        return int(str(value)[:6])
    except (TypeError, ValueError):
        return default


@require_GET
def results(request):
    language = get_language()
    outcome = site_search(
        raw_query=request.GET.get("q", ""),
        language=language,
        kind=request.GET.get("type", "")[:40],
        goal=_number(request.GET.get("goal")),
        order=request.GET.get("order", "")[:20],
        page=max(1, _number(request.GET.get("page"), 1)),
        request=request,
    )
    if outcome.query and request.GET.get("page", "1") == "1":
        reports.record(language=language, query=outcome.query, results=outcome.total)
    names = dict(settings.LANGUAGES)
    goals = goals_by_number() if outcome.goals else {}
    context = {
        "outcome": outcome,
        "goal_facets": [
            (number, goals[number], count)
            for number, count in outcome.goals
            if number in goals
        ],
        "elsewhere": [
            {"code": code, "name": names[code], "count": count}
            for code, count in outcome.elsewhere
            if count is None or count
        ],
    }
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggestions(request):
    """Up to eight titles that start like the query, in the visitor's language."""
    language = get_language()
    query = clean_query(request.GET.get("q", ""))[:100]
    if len(query) < 2:
        return JsonResponse({"query": query, "results": []})
    digest = hashlib.sha256(query.lower().encode()).hexdigest()[:32]
    key = f"search:suggest:{language}:{digest}"
    found = cache.get(key)
    if found is None:
        found = _suggest(query, language, request)
        cache.set(key, found, SUGGESTIONS_CACHE_SECONDS)
    response = JsonResponse({"query": query, "results": found})
    response["Cache-Control"] = f"public, max-age={SUGGESTIONS_CACHE_SECONDS}"
    return response


def _suggest(query: str, language: str, request) -> list[dict]:
    """Titles of pages first, then names of records (members, Port Centers,
    winners), eight at most."""
    records = [
        found
        for search_type in search_types()
        if search_type.records
        for found in suggested(search_type, query, language, request)
    ]
    pages = _suggest_pages(query, language, request)
    room = max(SUGGESTIONS - len(records), SUGGESTIONS // 2)
    return (pages[:room] + records)[:SUGGESTIONS]


def _suggest_pages(query: str, language: str, request) -> list[dict]:
    locale = Locale.objects.filter(language_code=language).first()
    pages = Page.objects.live().public().filter(locale=locale).type(*searched_models())
    hits = list(search_backend(language).autocomplete(query, pages)[:SUGGESTIONS])
    types = type_of_content_types()
    return [
        {
            "title": page.title,
            "url": page.get_url(request=request),
            "type": str(types[page.content_type_id].label)
            if page.content_type_id in types
            else "",
        }
        for page in hits
    ]
