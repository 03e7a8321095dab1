"""Slugs of translated records (goals, news categories): each language has its own.

An address shared in one language keeps working in another: a slug of another
language leads to the record's translation in the language asked for.
"""

from django.db.models import Model, QuerySet


def translated_by_slug(queryset: QuerySet, slug: str) -> tuple[Model | None, bool]:
    """The record of ``queryset`` (one language's) known by ``slug``.

    Returns ``(record, exact)``: ``exact`` is False when the slug is another
    language's and the record its translation, so the caller can redirect to the
    record's own address. ``(None, False)`` when no language knows the slug.
    """
    record = queryset.filter(slug=slug).first()
    if record is not None:
        return record, True
    others = queryset.model._default_manager.filter(slug=slug)
    record = queryset.filter(
        translation_key__in=others.values("translation_key")
    ).first()
    return record, False
