"""Invoices issued before ticket names were translated keep the name they printed."""

import pytest

from tests.factories import UserFactory
from tests.migrations import migrate
from ticketing.models import Invoice
from ticketing.services import Item, order_mark_paid

BEFORE = [("ticketing", "0008_payment_refund_due")]
AFTER = [("ticketing", "0009_translated_texts")]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_issued_invoices_are_given_their_language_and_printed_names(
    place, regular, venue
):
    order = place(
        Item(ticket_type_id=regular.pk, quantity=2), payment_method="bank_transfer"
    )
    order.language = "es"
    order.save()
    order_mark_paid(order=order, actor=UserFactory(is_staff=True))

    old = migrate(BEFORE)
    old.get_model("ticketing", "TicketType").objects.filter(pk=regular.pk).update(
        name="Regular (as printed)"
    )
    migrate(AFTER)

    invoice = Invoice.objects.get(order=order)
    assert invoice.language == "es"
    assert invoice.line_names == {
        str(pk): "Regular (as printed)"
        for pk in order.positions.values_list("pk", flat=True)
    }
