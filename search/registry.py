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

A type may contribute records instead of pages (the members directory, the Port
Centers, the prize's winners): ``records`` says which records anyone may see, the
columns searched in each language and how a record is shown (``Records``)::

    SearchType("members", _("Members"), records=Records(
        public=listed_members,
        columns=lambda language: (("name", "A"), ("city", "B"),
                                  (column("presentation", language), "C")),
        hits=member_hits,
    ))
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail import hooks

SEARCH_TYPES_HOOK = "register_search_types"


@dataclass(frozen=True)
class Records:
    """The records a search type contributes.

    ``public()`` is the queryset of records anyone may see; ``columns(language)`` the
    columns searched, each with its weight ("A" counts most); ``hits(records,
    language, request)`` gives each record's title, address and text, as dicts, in
    the records' order; ``goals`` is the lookup from a record to its goals'
    numbers, if it has goals; ``name`` the column suggestions start with.
    """

    public: Callable
    columns: Callable
    hits: Callable
    goals: str | None = None
    name: str = "name"


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    models: tuple = ()
    goals: str | None = None
    order: int = 100
    records: Records | None = None


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
