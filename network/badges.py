"""Distinctions other modules show on a member's public profile and on the map.

A module registers a function under ``BADGES_HOOK`` that takes organisation ids and
returns ``{organisation id: text}`` for the ones it distinguishes (the
self-diagnosis: "Agenda 2030 self-assessed, 2026"). One query per module, whatever
the number of organisations; texts in the active language.

It registers beside it, under ``BADGE_SOURCES_HOOK``, a function that names the rows
its badges are read from, as ``[(queryset, timestamp field or None)]``
(``core.conditional``): the members' map's ETag changes when they do.
"""

from collections import defaultdict

from wagtail import hooks

BADGES_HOOK = "network_member_badges"
BADGE_SOURCES_HOOK = "network_member_badge_sources"


def member_badges(organisation_ids) -> dict[int, list[str]]:
    ids = list(organisation_ids)
    found: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return found
    for badges in hooks.get_hooks(BADGES_HOOK):
        for organisation_id, text in badges(ids).items():
            found[organisation_id].append(str(text))
    return found


def badge_sources() -> list:
    """The rows every module's badges are read from (for the map's ETag)."""
    return [source for fn in hooks.get_hooks(BADGE_SOURCES_HOOK) for source in fn()]
