"""The prize's public pages, the jury's list and the edition's work page cost the
same queries whatever the number of winners, assignments and entries."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import Assignment, Edition, Entry, EntryFile, EntryGoal, Round
from tests.factories import UserFactory

from .fixtures import goal, jpeg, make_juror

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:
    client.get(url)  # caches warmed (site, locales, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def laureate(edition, n: int, outcome: str) -> Entry:
    entry = Entry.objects.create(
        edition=edition,
        reference=f"ARP{edition.year}-{n:03d}",
        project_name=f"Projet {n}",
        organisation_name=f"Ville {n}",
        port_city="Dakar",
        country="SN",
        state=Entry.State.ELIGIBLE,
        outcome=outcome,
        citation=f"Citation {n}",
        consent_to_publish=True,
    )
    for number in (1, 2):
        EntryGoal.objects.create(entry=entry, goal=goal(number), description="x")
    stored = EntryFile(
        entry=entry,
        kind=EntryFile.Kind.IMAGE,
        name="photo.jpg",
        content_type="image/jpeg",
        size=10,
        width=64,
        height=48,
    )
    stored.file.save("photo.jpg", ContentFile(jpeg()))
    return entry


def assign(edition, round_, juror, entries):
    for entry in entries:
        entry.round = round_
        entry.save()
        Assignment.objects.create(round=round_, entry=entry, juror=juror)


def measure(client, prize_pages, edition, *, winners: int) -> list[int]:
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.ANNOUNCED)
    entries = [
        laureate(edition, n, "winner" if n == 1 else "mention")
        for n in range(1, winners + 1)
    ]
    page = client.get(prize_pages["fr"].url).content.decode()
    assert f"Citation {winners}" in page and "/fr/awards/laureates/" in page
    juror = make_juror()
    round_ = edition.rounds.first()
    Round.objects.filter(pk=round_.pk).update(state=Round.State.OPEN)
    assign(edition, round_, juror, entries)
    counts = [
        queries(client, prize_pages["fr"].url),
        queries(client, prize_pages["fr"].get_parent().url),
    ]
    client.force_login(juror)
    counts.append(queries(client, "/fr/awards/jury/"))
    client.force_login(UserFactory(is_superuser=True, mfa=True))
    counts.append(queries(client, f"/admin/awards/editions/{edition.pk}/work/"))
    client.logout()
    return counts


def test_public_pages_jury_and_work_page_at_two_sizes(client, prize_pages, edition):
    small = measure(client, prize_pages, edition, winners=1)
    Entry.objects.all().delete()
    Assignment.objects.all().delete()
    large = measure(client, prize_pages, edition, winners=6)
    assert small == large
    assert max(small) <= 30, small  # measured: 27, 20, 14, 22
