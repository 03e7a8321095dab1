"""The demo conference is on sale, and loading it twice changes nothing."""

import io

from django.core import mail
from django.core.management import call_command

from accounts.models import User
from ticketing.demo import DELEGATE_EMAIL, SLUG
from ticketing.models import Conference, Invoice, Order, TicketType


def test_the_demo_conference_loads_once_and_is_on_sale(demo, client):
    output = io.StringIO()
    mail.outbox.clear()  # what the first load sent, when this test loaded it
    call_command("load_demo", stdout=output)  # a second time

    conference = Conference.objects.get(slug=SLUG)
    assert TicketType.objects.filter(conference=conference).count() == 4
    orders = Order.objects.filter(conference=conference)
    assert sorted(orders.values_list("state", flat=True)) == ["paid", "pending"]
    assert Invoice.objects.count() == 1
    assert [(m.subject, m.to) for m in mail.outbox] == []
    assert DELEGATE_EMAIL in output.getvalue()

    client.force_login(User.objects.get(email=DELEGATE_EMAIL))
    html = client.get(f"/en/tickets/{SLUG}/").content.decode()
    assert "Early bird" in html and "Regular" in html
    assert "Early bird – member" not in html  # membership is not known yet
    assert "€1,464.00" in html  # 1220 € + 20 % VAT
    discounted = client.get(f"/en/tickets/{SLUG}/", {"voucher": "portcenter15"})
    assert "€1,244.40" in discounted.content.decode()  # 1220 × 0.85 × 1.2


def test_the_demo_conference_speaks_french_english_and_spanish(demo, client):
    conference = Conference.objects.get(slug=SLUG)

    assert all(
        getattr(conference, field)
        for field in ("name_en", "name_es", "venue_es", "terms_en", "terms_es")
    )
    for ticket_type in conference.ticket_types.all():
        assert ticket_type.name_en and ticket_type.name_es
        assert ticket_type.description_en and ticket_type.description_es
    client.force_login(User.objects.get(email=DELEGATE_EMAIL))
    french = client.get(f"/fr/tickets/{SLUG}/").content.decode()
    assert "Tarif normal" in french and "Regular" not in french
    spanish = client.get(f"/es/tickets/{SLUG}/").content.decode()
    assert "Tarifa general" in spanish and "Tarif normal" not in spanish
