"""What visitors search, for editors: the queries asked most over the last 30 days,
and those that found nothing (Reports → Searches).

Each search of the results page is counted once per language, query (lower case,
single spaces) and day, with the number of results it found (``record``); rows older
than ``SEARCH_LOG_DAYS`` (90) are removed daily (``tasks.search_logs_prune``).
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Min, Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.permissions import require_permission

from .models import SearchLog

REPORT = "search.view_search_report"
DAYS = 30


def record(*, language: str, query: str, results: int) -> None:
    query = " ".join(query.lower().split())[:200]
    if not query:
        return
    today = timezone.localdate()
    rows = SearchLog.objects.filter(language=language, query=query, date=today)
    if rows.update(hits=F("hits") + 1, results=results):
        return
    try:
        with transaction.atomic():
            SearchLog.objects.create(
                language=language, query=query, date=today, hits=1, results=results
            )
    except IntegrityError:  # another visitor asked it at the same moment
        rows.update(hits=F("hits") + 1, results=results)


def prune(today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    keep = getattr(settings, "SEARCH_LOG_DAYS", 90)
    deleted, _ = SearchLog.objects.filter(
        date__lt=today - datetime.timedelta(days=keep)
    ).delete()
    return deleted


def report_rows(since: datetime.date, limit: int = 50):
    grouped = (
        SearchLog.objects.filter(date__gte=since)
        .values("language", "query")
        .annotate(
            searches=Sum("hits"),
            fewest=Min("results"),
            most=Max("results"),
            last=Max("date"),
        )
    )
    top = grouped.order_by("-searches", "query")[:limit]
    missed = grouped.filter(most=0).order_by("-searches", "query")[:limit]
    return list(top), list(missed)


def search_report(request):
    require_permission(request, REPORT)
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    top, missed = report_rows(since)
    names = dict(settings.LANGUAGES)
    for row in [*top, *missed]:
        row["language_name"] = names.get(row["language"], row["language"])
    context = {"title": _("Searches"), "days": DAYS, "top": top, "missed": missed}
    return TemplateResponse(request, "search/admin/report.html", context)
