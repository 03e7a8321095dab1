"""A backup restores: same rows in every table, same media, same ticket PDF.

The data is backed up from the test database, restored into a new empty database
of a PostgreSQL cluster of the test's own and a new media directory, then compared.
"""

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from core.backups import table_counts
from tests.cms.factories import ImageFactory
from tests.factories import (
    ConferenceFactory,
    QuotaFactory,
    StandardPageFactory,
    TicketTypeFactory,
    UserFactory,
    VerifiedUserFactory,
)
from tests.ops.conftest import manage
from tests.ticketing.conftest import INVOICE, attendee
from ticketing.documents import ticket_pdf
from ticketing.services import Item, order_mark_paid, order_place

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="runs with the PostgreSQL suite (pg_dump and pg_restore)",
    ),
    pytest.mark.django_db(transaction=True),
]

PDF_SCRIPT = """
from ticketing.documents import ticket_pdf
from ticketing.models import OrderPosition
with open({path!r}, "wb") as out:
    out.write(ticket_pdf(OrderPosition.objects.get(pk={pk})))
"""


def paid_order():
    conference = ConferenceFactory(vat_rate=Decimal("20.00"))
    regular = TicketTypeFactory(conference=conference, name="Regular")
    QuotaFactory(conference=conference, capacity=100, ticket_types=[regular])
    order = order_place(
        buyer=VerifiedUserFactory(),
        conference=conference,
        items=[Item(ticket_type_id=regular.pk, quantity=1)],
        voucher_code="",
        invoice_address=INVOICE,
        attendees=[attendee(0)],
        payment_method="bank_transfer",
        now=timezone.now(),
    )
    return order_mark_paid(order=order, actor=UserFactory(is_staff=True))


def media_listing(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


def restored_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
        return {
            name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]  # noqa: S608
            for (name,) in tables
        }


def test_a_backup_restores_into_an_empty_database_and_media(
    homes, tmp_path, postgres_cluster
):
    media = tmp_path / "media"
    with override_settings(MEDIA_ROOT=str(media)):
        StandardPageFactory(parent=homes["fr"], title="Programme")
        ImageFactory()
        order = paid_order()
        position = order.positions.get()
        before_pdf = ticket_pdf(position)
        call_command("backup", output_dir=tmp_path / "backups")
    [archive] = (tmp_path / "backups").glob("aivp-*.tar.gz")
    assert order.state == "paid"

    postgres_cluster.create_database("restored")
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": postgres_cluster.url("restored"),
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "restored-private"),
        "REDIS_URL": "",
    }
    manage("restore", str(archive), env=env)

    assert restored_counts(postgres_cluster.url("restored")) == table_counts()
    assert media_listing(tmp_path / "restored-media") == media_listing(media)
    assert media_listing(media)  # the image and its file were backed up
    after = tmp_path / "restored.pdf"
    manage("shell", "-c", PDF_SCRIPT.format(path=str(after), pk=position.pk), env=env)
    assert after.read_bytes() == before_pdf

    again = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "restore", str(archive)],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode != 0
    assert "not empty" in again.stderr
