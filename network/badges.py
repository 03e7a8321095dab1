"""Distinctions other modules show on a member's public profile and on the map.

A module registers a function under ``BADGES_HOOK`` that takes organisation ids and
returns ``{organisation id: text}`` for the ones it distinguishes (the
self-diagnosis: "Agenda 2030 self-assessed, 2026"). One query per module, whatever
the number of organisations; texts in the active language.
"""

from collections import defaultdict

from wagtail import hooks

BADGES_HOOK = "network_member_badges"


def member_badges(organisation_ids) -> dict[int, list[str]]:
    ids = list(organisation_ids)
    found: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return found
    for badges in hooks.get_hooks(BADGES_HOOK):
        for organisation_id, text in badges(ids).items():
            found[organisation_id].append(str(text))
    return found
