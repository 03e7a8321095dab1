"""A new delegate buys tickets in headless Chromium; the door checks one in once."""

import pytest
from django.core import mail
from django.test import Client

from accounts.models import User
from tests.browser.helpers import sign_in_to_admin
from tests.factories import VerifiedUserFactory
from tests.ticketing import conftest as ticketing_fixtures
from ticketing.demo import SLUG
from ticketing.models import Order, OrderPosition

# Stripe's Checkout faked over HTTP on 127.0.0.1, shared with the ticketing tests.
fake_stripe = ticketing_fixtures.fake_stripe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def sign_in(tab, live_server, user) -> None:
    """Open a session for the user in the browser, as a login would."""
    client = Client()
    client.force_login(user)
    tab.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )


def test_a_delegate_buys_two_tickets_pays_and_checks_in_once(
    live_server, demo, page, screenshot, fake_stripe
):
    delegate = VerifiedUserFactory(
        email="new.delegate@port-lisboa.example", first_name="Rita", last_name="Almeida"
    )
    sign_in(page, live_server, delegate)

    page.goto(f"{live_server.url}/en/tickets/{SLUG}/")
    assert "Early bird – member" not in page.content()  # not a known member
    page.get_by_label("Number of “Early bird” tickets").fill("2")
    screenshot("ticketing-1-tickets")
    page.get_by_role("button", name="Continue").click()

    for n, (name, email) in enumerate(
        [("Rita Almeida", "rita@port-lisboa.example"), ("João Silva", "joao@x.example")]
    ):
        page.fill(f"#id_attendee-{n}-attendee_name", name)
        page.fill(f"#id_attendee-{n}-attendee_email", email)
        page.fill(f"#id_attendee-{n}-organisation", "Port of Lisbon")
    page.fill("#id_invoice-invoice_name", "Rita Almeida")
    page.fill("#id_invoice-invoice_company", "Administração do Porto de Lisboa")
    page.fill("#id_invoice-invoice_address", "Rua da Junqueira 94\n1349-026 Lisboa")
    page.fill("#id_invoice-invoice_country", "Portugal")
    screenshot("ticketing-2-details")
    page.get_by_role("button", name="Continue").click()

    assert page.get_by_test_id("total").inner_text() == "€2,928.00"
    page.get_by_label("I accept the terms and conditions of sale.").check()
    screenshot("ticketing-3-review")
    page.get_by_role("button", name="Confirm and pay").click()

    # Stripe's hosted page (faked on 127.0.0.1) shows the server's amount.
    assert page.get_by_role("heading", level=1).inner_text() == "Pay 2928.00 EUR"
    page.get_by_role("button", name="Pay").click()

    assert page.get_by_test_id("order-state").inner_text() == "Paid"
    screenshot("ticketing-4-paid")
    order = Order.objects.get(buyer=delegate)
    assert order.state == Order.State.PAID
    [message] = [m for m in mail.outbox if order.code in m.subject]
    assert [name for name, _c, _t in message.attachments][:2] == [
        f"ticket-{order.code}-1.pdf",
        f"ticket-{order.code}-2.pdf",
    ]

    # At the door, on a phone: the first scan admits, the second warns.
    staff = User.objects.get(email="admin@aivp.example")
    desk = page.context.browser.new_context(viewport={"width": 390, "height": 844})
    phone = desk.new_page()
    sign_in(phone, live_server, staff)
    secret = OrderPosition.objects.filter(order=order).first().secret
    phone.goto(f"{live_server.url}/en/tickets/check-in/")
    phone.fill("#secret", secret)
    phone.get_by_role("button", name="Check in", exact=True).click()
    assert (
        "Welcome: checked in." in phone.get_by_test_id("check-in-result").inner_text()
    )
    screenshot("ticketing-5-check-in", tab=phone)
    phone.fill("#secret", secret)
    phone.get_by_role("button", name="Check in", exact=True).click()
    result = phone.get_by_test_id("check-in-result")
    assert "ALREADY CHECKED IN" in result.inner_text()
    assert "check-in__result--already" in result.get_attribute("class")
    screenshot("ticketing-6-second-scan", tab=phone)
    desk.close()


def test_a_delegate_pays_by_transfer_and_staff_mark_it_paid(
    live_server, demo, page, screenshot
):
    delegate = VerifiedUserFactory(
        email="transfer.delegate@port-dakar.example",
        first_name="Awa",
        last_name="Ndiaye",
    )
    sign_in(page, live_server, delegate)

    page.goto(f"{live_server.url}/fr/tickets/{SLUG}/")
    page.get_by_label("Tarif préférentiel", exact=False).first.fill("1")
    page.get_by_role("button", name="Continuer").click()
    page.fill("#id_attendee-0-attendee_name", "Awa Ndiaye")
    page.fill("#id_attendee-0-attendee_email", "awa@port-dakar.example")
    page.fill("#id_attendee-0-organisation", "Port autonome de Dakar")
    page.fill("#id_invoice-invoice_name", "Awa Ndiaye")
    page.fill("#id_invoice-invoice_address", "21 boulevard de la Libération\nDakar")
    page.fill("#id_invoice-invoice_country", "Sénégal")
    page.get_by_label("Virement bancaire").check()
    page.get_by_role("button", name="Continuer").click()
    page.get_by_label("J'accepte les conditions générales de vente.").check()
    page.locator("form button[type=submit]").last.click()
    order = Order.objects.get(buyer=delegate)
    assert order.state == Order.State.PENDING
    screenshot("ticketing-7-transfer-pending")

    # Staff see the transfer arrive and mark the order paid in the admin.
    staff_tab = page.context.browser.new_context(
        viewport={"width": 1366, "height": 900}
    ).new_page()
    sign_in_to_admin(staff_tab, live_server.url, language="en")  # "Mark paid"
    staff_tab.goto(f"{live_server.url}/admin/ticketing/orders/inspect/{order.pk}/")
    staff_tab.locator("header [data-w-dropdown-target='toggle']").first.click()
    staff_tab.get_by_role("link", name="Mark paid").click()
    assert order.code in staff_tab.content()
    staff_tab.get_by_role("button", name="Mark paid").click()
    staff_tab.wait_for_url(f"**/admin/ticketing/orders/inspect/{order.pk}/")
    screenshot("ticketing-8-marked-paid", tab=staff_tab)

    order.refresh_from_db()
    assert order.state == Order.State.PAID
    assert order.invoices.count() == 1
    attachments = [name for m in mail.outbox for name, _c, _t in m.attachments]
    assert f"ticket-{order.code}-1.pdf" in attachments
