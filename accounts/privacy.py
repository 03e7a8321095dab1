"""What each app holds about a person: exported on request, erased on deletion.

An app that stores personal data adds a contributor with a Wagtail hook:

    @hooks.register("register_privacy_contributor")
    def ticketing_privacy():
        return PrivacyContributor(key="ticketing", export=..., erase=...)

`export(user)` returns JSON-serialisable data. `erase(user)` anonymises or deletes the
app's rows about the person, and returns a description of each thing it must keep,
with the reason; it runs inside the deletion's transaction, so a failure undoes it all.
Rows that the law requires to keep (paid orders, invoices) keep their foreign key to the
user: the user row itself is anonymised, never deleted.

`kept(user)` names, after erasure, the rows still holding the person's data and which
of their fields do (a test scans every text column of every table for an erased
person and fails on anything not named here).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import QuerySet
from wagtail import hooks

PRIVACY_HOOK = "register_privacy_contributor"


@dataclass(frozen=True)
class KeptRows:
    """Rows kept after erasure, and the fields of theirs that hold the person's data."""

    rows: QuerySet
    fields: tuple[str, ...]


def _nothing_kept(user: AbstractBaseUser) -> list[KeptRows]:
    return []


@dataclass(frozen=True)
class PrivacyContributor:
    key: str
    export: Callable[[AbstractBaseUser], dict | list]
    erase: Callable[[AbstractBaseUser], list[str]]
    kept: Callable[[AbstractBaseUser], list[KeptRows]] = _nothing_kept


def contributors() -> list[PrivacyContributor]:
    """Every app's contributor, by key (a later one with the same key replaces)."""
    found = {c.key: c for c in (fn() for fn in hooks.get_hooks(PRIVACY_HOOK))}
    return [found[key] for key in sorted(found)]
