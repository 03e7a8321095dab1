"""What each module contributes to the site search.

A module registers, under ``SEARCH_TYPES_HOOK``, a function returning its
``SearchType``s: a key (the facet's value in the address), a label, and the public
page models it publishes. The search looks only at the live, public pages of the
registered models, in the visitor's language; anything not registered (members'
files, orders, submissions, assessments, admin records) is never searched::

    @hooks.register(SEARCH_TYPES_HOOK)
    def search_types():
        return [SearchType("news", _("News"), (NewsArticlePage,), goals="goals")]

``goals`` names the models' many-to-many field to the Agenda 2030 goals, if they
have one: their pages are counted and filtered by goal.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail import hooks

SEARCH_TYPES_HOOK = "register_search_types"


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    models: tuple
    goals: str | None = None
    order: int = 100


def search_types() -> list[SearchType]:
    found = [t for fn in hooks.get_hooks(SEARCH_TYPES_HOOK) for t in fn()]
    return sorted(found, key=lambda t: (t.order, t.key))


def _content_type_ids(models: tuple) -> tuple[int, ...]:
    # Django's content type manager caches these: no query after the first.
    return tuple(
        ContentType.objects.get_for_models(*models, for_concrete_models=False)[m].pk
        for m in models
    )


def type_of_content_types() -> dict[int, SearchType]:
    """Each registered model's content type id → its search type."""
    found = {}
    for search_type in search_types():
        for pk in _content_type_ids(search_type.models):
            found[pk] = search_type
    return found


def searched_models() -> tuple:
    return tuple(m for t in search_types() for m in t.models)
