"""What each app holds about a person: exported on request, erased on deletion.

An app that stores personal data registers a contributor in AppConfig.ready():

    from accounts.privacy import PrivacyContributor, register_contributor

    register_contributor(PrivacyContributor(
        key="ticketing",
        export=lambda user: {"orders": [...]},
        erase=lambda user: [_("Paid orders and invoices: kept 10 years (law)")],
    ))

`export(user)` returns JSON-serialisable data. `erase(user)` anonymises or deletes the
app's rows about the person, and returns a description of each thing it must keep,
with the reason; it runs inside the deletion's transaction, so a failure undoes it all.
Rows that the law requires to keep (paid orders, invoices) keep their foreign key to the
user: the user row itself is anonymised, never deleted.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser


@dataclass(frozen=True)
class PrivacyContributor:
    key: str
    export: Callable[[AbstractBaseUser], dict | list]
    erase: Callable[[AbstractBaseUser], list[str]]


_contributors: dict[str, PrivacyContributor] = {}


def register_contributor(contributor: PrivacyContributor) -> PrivacyContributor:
    _contributors[contributor.key] = contributor
    return contributor


def unregister_contributor(key: str) -> None:
    _contributors.pop(key, None)


def contributors() -> list[PrivacyContributor]:
    return [_contributors[key] for key in sorted(_contributors)]
