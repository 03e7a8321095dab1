"""A prize edition for the tests: its page in three languages, criteria, rounds and
a jury, and helpers that make complete entries and files."""

import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from awards.models import Criterion, Edition, Entry, PrizeEditionPage, PrizePage, Round
from awards.services import entries as services
from cms.models import Goal
from tests.factories import UserFactory, VerifiedUserFactory, translate_page

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def jpeg(size=(64, 48), colour=(20, 120, 160)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def make_edition(*, state=Edition.State.CALL_OPEN, year=2026, **fields) -> Edition:
    today = timezone.localdate()
    values = {
        "year": year,
        "state": state,
        "time_zone": "Europe/Paris",
        "call_opens_on": today - datetime.timedelta(days=30),
        "call_closes_on": today + datetime.timedelta(days=30),
        **fields,
    }
    edition = Edition.objects.create(**values)
    Criterion.objects.create(
        edition=edition, name="Intégration ville-port", weight=Decimal(3), scale_max=10
    )
    Criterion.objects.create(
        edition=edition, name="Innovation", weight=Decimal(1), scale_max=10
    )
    Round.objects.create(
        edition=edition, name="Présélection", reviews_per_entry=2, sort_order=0
    )
    Round.objects.create(
        edition=edition, name="Finale", reviews_per_entry=2, sort_order=1
    )
    return edition


def make_juror(**fields):
    juror = UserFactory(mfa=True, **fields)
    juror.groups.add(Group.objects.get(name="Jury"))
    return juror


def goal(number: int, language="fr") -> Goal:
    return Goal.objects.get(number=number, locale__language_code=language)


def complete_entry(edition: Edition, user=None, **fields) -> Entry:
    """A draft with everything submitting needs (not yet submitted)."""
    user = user or VerifiedUserFactory()
    entry = services.entry_start(edition=edition, user=user, language="fr")
    data = {
        "organisation_name": "Ville du Havre",
        "project_name": "Les quais du Havre",
        "port_city": "Le Havre",
        "country": "FR",
        "operation_started_on": datetime.date(2019, 5, 1),
        "budget_range": Entry.Budget.FROM_10M,
        "summary": "La reconquête des quais par la ville.",
        "consent_to_publish": True,
        **fields,
    }
    services.entry_save(entry=entry, user=user, data=data)
    services.entry_set_goals(
        entry=entry, texts={str(goal(1).translation_key): "Des quais ouverts."}
    )
    services.entry_add_file(
        entry=entry, upload=upload("quai.jpg", jpeg()), kind="image", credit="Ville"
    )
    return entry


def submitted_entry(edition: Edition, user=None, **fields) -> Entry:
    entry = complete_entry(edition, user, **fields)
    return services.entry_submit(entry=entry, user=entry.entrant)


@pytest.fixture
def edition(db) -> Edition:
    return make_edition()


@pytest.fixture
def prize_pages(homes, edition) -> dict:
    """The prize page and the edition's page, in French, English and Spanish."""
    prize = PrizePage(
        title="Prix Antoine Rufenacht", slug="prix", introduction="Le prix du réseau."
    )
    homes["fr"].add_child(instance=prize)
    page = PrizeEditionPage(
        title="Prix 2026", slug="2026", edition=edition, introduction="Appel ouvert."
    )
    prize.add_child(instance=page)
    pages = {"fr": page}
    for language, title in (("en", "Prize 2026"), ("es", "Premio 2026")):
        translate_page(
            prize, language, title=title.split()[0], slug=title.split()[0].lower()
        )
        pages[language] = translate_page(
            page, language, title=title, slug="2026", introduction=title
        )
    return pages
