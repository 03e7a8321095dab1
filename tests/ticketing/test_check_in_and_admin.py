"""The door: a ticket admits once; staff screens list, search and export."""

from decimal import Decimal

import pytest

from core.money import format_money
from tests.factories import UserFactory
from ticketing.models import Order
from ticketing.selectors import order_history
from ticketing.services import Item, order_mark_paid, position_check_in, refund_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return UserFactory(
        email="desk@aivp.example", is_staff=True, is_superuser=True, mfa=True
    )


@pytest.fixture
def paid(place, regular, venue, admin):
    order = place(
        Item(ticket_type_id=regular.pk, quantity=2), payment_method="bank_transfer"
    )
    return order_mark_paid(order=order, actor=admin)


class TestCheckIn:
    def test_a_paid_ticket_admits_once_then_warns(self, paid, admin):
        ticket = paid.positions.first()

        first = position_check_in(secret=ticket.secret, actor=admin)
        second = position_check_in(secret=f"  {ticket.secret} ", actor=admin)

        assert first.status == "ok" and first.admitted
        assert second.status == "already" and not second.admitted
        assert second.previous == first.position.checked_in_at
        entry = order_history(order=paid).get(action="ticketing.order.checked_in")
        assert entry.actor == admin

    def test_unpaid_cancelled_and_unknown_tickets_are_refused(
        self, place, regular, venue, paid, admin
    ):
        pending = place(Item(ticket_type_id=regular.pk, quantity=1))
        cancelled = paid.positions.last()
        refund_create(order=paid, actor=admin, positions=[cancelled])

        assert (
            position_check_in(secret=pending.positions.get().secret, actor=admin).status
            == "unpaid"
        )
        assert position_check_in(secret=cancelled.secret, actor=admin).status == (
            "cancelled"
        )
        assert position_check_in(secret="guess", actor=admin).status == "unknown"
        assert position_check_in(secret="", actor=admin).status == "unknown"

    def test_the_desk_page_shows_the_attendee_and_warns_loudly(
        self, client, paid, admin
    ):
        client.force_login(admin)
        ticket = paid.positions.first()

        first = client.post("/en/tickets/check-in/", {"secret": ticket.secret})
        second = client.post("/en/tickets/check-in/", {"secret": ticket.secret})

        assert "check-in__result--ok" in first.content.decode()
        assert ticket.attendee_name in first.content.decode()
        html = second.content.decode()
        assert "check-in__result--already" in html
        assert "ALREADY CHECKED IN" in html

    def test_staff_without_a_second_factor_are_sent_to_set_it_up(self, client):
        desk = UserFactory(email="desk2@aivp.example", is_staff=True, is_superuser=True)
        client.force_login(desk)

        response = client.get("/en/tickets/check-in/")

        assert response.status_code == 302
        assert "/accounts/2fa/totp/activate/" in response["Location"]

    def test_delegates_cannot_open_the_desk(self, client, buyer):
        client.force_login(buyer)

        assert client.get("/en/tickets/check-in/").status_code == 403


class TestAdmin:
    def test_staff_list_search_and_export_orders(self, client, admin, paid):
        client.force_login(admin)

        listing = client.get("/admin/ticketing/orders/", {"q": paid.code})
        export = client.get("/admin/ticketing/orders/", {"export": "csv"})

        assert listing.status_code == 200
        assert paid.code in listing.content.decode()
        content = b"".join(export.streaming_content).decode()
        assert paid.code in content and "2928.00" in content

    def test_attendees_export_as_xlsx(self, client, admin, paid):
        client.force_login(admin)

        export = client.get("/admin/ticketing/attendees/", {"export": "xlsx"})

        assert export.status_code == 200
        assert "spreadsheetml" in export["Content-Type"]

    def test_orders_cannot_be_added_or_deleted_in_the_admin(self, client, admin, paid):
        client.force_login(admin)

        assert client.get("/admin/ticketing/orders/new/").status_code in (302, 403)
        client.post(f"/admin/ticketing/orders/delete/{paid.pk}/")
        assert Order.objects.filter(pk=paid.pk).exists()

    @pytest.mark.parametrize(
        "prefix",
        ["conferences", "ticket-types", "quotas", "vouchers", "orders", "attendees"],
    )
    def test_every_screen_opens(self, client, admin, paid, prefix):
        client.force_login(admin)

        assert client.get(f"/admin/ticketing/{prefix}/").status_code == 200

    def test_delegates_are_kept_out(self, client, buyer):
        client.force_login(buyer)

        response = client.get("/admin/ticketing/orders/")

        assert response.status_code in (302, 403)


class TestAdminActions:
    @pytest.fixture
    def transfer(self, place, regular, venue):
        return place(
            Item(ticket_type_id=regular.pk, quantity=2), payment_method="bank_transfer"
        )

    def test_staff_mark_a_transfer_paid_from_the_order_screen(
        self, client, admin, transfer, django_capture_on_commit_callbacks, mailoutbox
    ):
        client.force_login(admin)
        inspect = client.get(f"/admin/ticketing/orders/inspect/{transfer.pk}/")
        assert f"/admin/ticketing/orders/{transfer.pk}/mark-paid/" in (
            inspect.content.decode()
        )

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/ticketing/orders/{transfer.pk}/mark-paid/")

        assert response.status_code == 302
        transfer.refresh_from_db()
        assert transfer.state == Order.State.PAID
        assert len(mailoutbox) == 1

    def test_the_order_screen_shows_its_history_from_the_audit_log(
        self, client, admin, transfer
    ):
        order_mark_paid(order=transfer, actor=admin)
        client.force_login(admin)

        html = client.get(f"/admin/ticketing/orders/inspect/{transfer.pk}/").content
        html = html.decode()

        assert html.index("placed (— → pending)") < html.index("paid (pending → paid)")
        assert admin.email in html or admin.get_full_name() in html

    def test_staff_refund_one_ticket_and_its_place_returns(
        self, client, admin, transfer, venue
    ):
        from django.utils import timezone

        from ticketing.selectors import quota_available

        order = order_mark_paid(order=transfer, actor=admin)
        client.force_login(admin)
        ticket = order.positions.first()
        before = quota_available(quota=venue, on=timezone.now())

        response = client.post(
            f"/admin/ticketing/orders/{order.pk}/refund/",
            {"positions": [ticket.pk], "reason": "Visa refused"},
        )

        assert response.status_code == 302
        assert quota_available(quota=venue, on=timezone.now()) == before + 1
        assert order.refunds.get().amount == ticket.price

    def test_an_excessive_refund_is_refused_with_a_message(
        self, client, admin, transfer
    ):
        order = order_mark_paid(order=transfer, actor=admin)
        client.force_login(admin)

        response = client.post(
            f"/admin/ticketing/orders/{order.pk}/refund/",
            {"amount": "99999.00", "reason": "Typo"},
        )

        assert response.status_code == 200
        language = response.wsgi_request.LANGUAGE_CODE  # the admin's, not the test's
        refundable = format_money(Decimal("2928.00"), "EUR", language=language)
        assert refundable in response.content.decode()
        assert not order.refunds.exists()

    def test_delegates_cannot_use_staff_actions(self, client, buyer, transfer):
        client.force_login(buyer)

        response = client.post(f"/admin/ticketing/orders/{transfer.pk}/mark-paid/")

        assert response.status_code in (302, 403)
        transfer.refresh_from_db()
        assert transfer.state == Order.State.PENDING


class TestSalesDashboard:
    def test_it_shows_sold_held_revenue_and_places_left(
        self, client, admin, paid, place, regular, venue
    ):
        place(Item(ticket_type_id=regular.pk, quantity=1))  # held, not paid
        refund_create(order=paid, actor=admin, positions=[paid.positions.first()])
        client.force_login(admin)

        response = client.get("/admin/ticketing/sales/")

        html = response.content.decode()
        assert response.status_code == 200
        assert 'data-testid="sold">1<' in html
        assert f'data-testid="left-{venue.pk}">98<' in html
        assert "1\u202f464,00\u00a0€" in html  # the ticket still sold (French admin)
        assert "Regular: 1" in html

    @pytest.mark.parametrize("orders", [1, 6])
    def test_its_query_count_does_not_grow_with_sales(
        self,
        client,
        admin,
        place,
        regular,
        venue,
        orders,
        django_assert_max_num_queries,
    ):
        for _n in range(orders):
            order = place(
                Item(ticket_type_id=regular.pk, quantity=1),
                payment_method="bank_transfer",
            )
            order_mark_paid(order=order, actor=admin)
        client.force_login(admin)

        with django_assert_max_num_queries(30):
            response = client.get("/admin/ticketing/sales/")
        assert f'data-testid="sold">{orders}<' in response.content.decode()

    def test_delegates_cannot_see_it(self, client, buyer):
        client.force_login(buyer)

        assert client.get("/admin/ticketing/sales/").status_code in (302, 403)
