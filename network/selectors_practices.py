"""Reads behind good practices, cooperation projects and partners.

``good_practices`` is the one other modules call (the goal pages, the future
self-diagnosis tool): live practices of a language that serve a goal or a measure,
best matches first. Every function here costs a fixed number of queries, whatever
the number of practices, projects or partners.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale

from cms.models import CustomImage, Goal, GoalMeasure
from cms.selectors import attach_taxonomies, news_queryset
from cms.sitewide import active_locale

from .models import (
    GoodPracticePage,
    Partner,
    PartnerKind,
    ProjectPage,
)
from .selectors import directory_page, listed_members

DEFAULT_LIMIT = 6
MAX_LIMIT = 50


def _images() -> QuerySet[CustomImage]:
    return CustomImage.objects.prefetch_renditions()


def practices_queryset() -> QuerySet[GoodPracticePage]:
    """Live, public practices with what their cards show, newest year first."""
    return (
        GoodPracticePage.objects.live()
        .public()
        .defer_streamfields()
        .prefetch_related(Prefetch("hero_image", queryset=_images()), "goals")
        .order_by("-year", "title", "pk")
    )


def projects_queryset() -> QuerySet[ProjectPage]:
    """Live, public projects with what their cards show, latest start first."""
    return (
        ProjectPage.objects.live()
        .public()
        .defer_streamfields()
        .prefetch_related(Prefetch("hero_image", queryset=_images()), "goals")
        .order_by("-start_date", "title", "pk")
    )


def _locale(language: str | Locale | None) -> Locale:
    if isinstance(language, Locale):
        return language
    if language:
        return Locale.objects.get_for_language(language)
    return active_locale()


def good_practices(
    *,
    goal: Goal | None = None,
    measure: GoalMeasure | None = None,
    language: str | Locale | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[GoodPracticePage]:
    """Live practices in a language that serve a goal or a measure, best first.

    - ``language``: a code ("fr") or a Locale; the active language by default.
    - ``goal`` and ``measure`` may be records of any language: they are matched by
      translation key. Without either, the latest practices.
    - With a measure, the practices that address it come first, then the other
      practices of its goal (and of ``goal`` when given); with a goal only, its
      practices. Within a rank, the most recent year first, then by title.
    - At most ``limit`` practices (capped at 50), each with ``display_goals``.
    """
    locale = _locale(language)
    limit = max(0, min(int(limit), MAX_LIMIT))
    queryset = practices_queryset().filter(locale=locale)
    ordering = []
    wanted = Q()
    goal_keys = []
    if goal is not None:
        goal_keys.append(goal.translation_key)
    if measure is not None:
        goal_keys.append(measure.goal.translation_key)
        same_measure = GoodPracticePage.objects.filter(
            pk=OuterRef("pk"), measures__translation_key=measure.translation_key
        )
        queryset = queryset.annotate(measure_match=Exists(same_measure))
        wanted |= Q(measure_match=True)
        ordering.append("-measure_match")
    if goal_keys:
        same_goal = GoodPracticePage.objects.filter(
            pk=OuterRef("pk"), goals__translation_key__in=goal_keys
        )
        queryset = queryset.annotate(goal_match=Exists(same_goal))
        wanted |= Q(goal_match=True)
        ordering.append("-goal_match")
    if ordering:
        queryset = queryset.filter(wanted).order_by(*ordering, "-year", "title", "pk")
    practices = list(queryset[:limit]) if limit else []
    attach_taxonomies(practices, locale=locale)
    return practices


def goal_projects(*, goal: Goal, limit: int = DEFAULT_LIMIT) -> list[ProjectPage]:
    """Live projects of the goal's language tagged with the goal, latest first."""
    projects = list(
        projects_queryset().filter(
            locale=goal.locale, goals__translation_key=goal.translation_key
        )[:limit]
    )
    attach_taxonomies(projects, locale=goal.locale)
    return projects


def _public_profiles(organisations: Iterable, locale: Locale | int) -> dict[int, str]:
    """The directory address of each organisation that is a public member."""
    ids = [organisation.pk for organisation in organisations]
    if not ids:
        return {}
    public = list(listed_members().filter(pk__in=ids))
    if not public:
        return {}
    directory = directory_page(locale)
    if directory is None:
        return {}
    return {
        organisation.pk: directory.profile_url(organisation) for organisation in public
    }


def practice_details(page: GoodPracticePage) -> dict[str, Any]:
    """What a practice's page shows beside its fields."""
    measures = list(
        GoalMeasure.objects.filter(
            locale_id=page.locale_id,
            translation_key__in=page.measures.values("translation_key"),
        )
        .select_related("goal__locale")
        .order_by("goal__number", "number")
    )
    contact = page.contact_organisation
    profiles = _public_profiles([contact] if contact else [], page.locale_id)
    return {
        "measures": measures,
        "gallery": list(
            page.gallery_images.prefetch_related(Prefetch("image", queryset=_images()))
        ),
        "documents": [
            item.document for item in page.documents.select_related("document")
        ],
        "contact": contact,
        "contact_url": profiles.get(contact.pk, "") if contact else "",
    }


def project_details(page: ProjectPage) -> dict[str, Any]:
    """What a project's page shows beside its fields: partners, related news."""
    organisations = list(page.partner_organisations.order_by("name"))
    profiles = _public_profiles(organisations, page.locale)
    news = list(
        news_queryset().filter(
            locale_id=page.locale_id,
            translation_key__in=page.related_news.values("translation_key"),
        )[:6]
    )
    attach_taxonomies(news, locale=page.locale)
    return {
        "partners": [
            {"organisation": organisation, "url": profiles.get(organisation.pk, "")}
            for organisation in organisations
        ],
        "news": news,
        "today": timezone.localdate(),
    }


def active_partners() -> QuerySet[Partner]:
    return Partner.objects.active().prefetch_related(
        Prefetch("logo", queryset=_images())
    )


def partners_by_kind(partners: Iterable[Partner] | None = None) -> list[dict]:
    """Active partners (or the given ones) grouped by kind, in the kinds' order."""
    partners = list(active_partners() if partners is None else partners)
    groups = []
    for kind in PartnerKind:
        members = [partner for partner in partners if partner.kind == kind]
        if members:
            groups.append({"kind": kind, "label": kind.label, "partners": members})
    return groups


def partners_for_block(*, chosen: list[Partner], kind: str = "") -> list[Partner]:
    """The partners a block shows: the chosen active ones in their order, else those
    of a kind (every kind when empty)."""
    if chosen:
        # Read again with their logos' renditions, in the editor's order.
        active = {
            partner.pk: partner
            for partner in active_partners().filter(pk__in=[p.pk for p in chosen])
        }
        return [active[partner.pk] for partner in chosen if partner.pk in active]
    partners = active_partners()
    if kind:
        partners = partners.filter(kind=kind)
    return list(partners)
