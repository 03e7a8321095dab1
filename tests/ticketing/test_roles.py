"""Each ticketing role does its job through the real screens, and nothing more.

People sign in as they do on the site: password, then the code of their authenticator.
"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission

from core.money import format_money
from tests.accounts.fixtures import fresh_cache, totp_now  # noqa: F401 (fixture)
from tests.factories import UserFactory, VerifiedUserFactory, give_authenticator
from ticketing.models import Order
from ticketing.services import Item, order_mark_paid

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PASSWORD = "correct horse battery staple"  # noqa: S105 (the factories' password)
ORDERS = "/admin/ticketing/orders/"
DESK = "/en/tickets/check-in/"
SECRET = "JBSWY3DPEHPK3PXPTESTSECRETAIVPAB"  # an authenticator app's, base32


def member_of(role: str, email: str):
    """A person in the group, with a verified address and a second factor."""
    user = VerifiedUserFactory(email=email)
    give_authenticator(user, SECRET)
    user.groups.add(Group.objects.get(name=role))
    return user


def sign_in(client, user) -> None:
    response = client.post(
        "/en/accounts/login/", {"login": user.email, "password": PASSWORD}
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_now(SECRET)})
    assert response.status_code == 302


def refused(response) -> bool:
    """Wagtail sends people without the permission away (or answers 403)."""
    return response.status_code in (302, 403)


@pytest.fixture
def transfer(place, regular, venue):
    """Two tickets at 1 464.00 EUR each, paid by bank transfer (no Stripe)."""
    return place(
        Item(ticket_type_id=regular.pk, quantity=2), payment_method="bank_transfer"
    )


@pytest.fixture
def paid(transfer):
    office = UserFactory(email="office@aivp.example", is_superuser=True)
    return order_mark_paid(order=transfer, actor=office)


@pytest.fixture
def cashier(client):
    user = member_of("Ticketing staff", "cashier@aivp.example")
    sign_in(client, user)
    return user


@pytest.fixture
def doorkeeper(client):
    user = member_of("Door staff", "door@aivp.example")
    sign_in(client, user)
    return user


def permissions_of(role: str) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=role).permissions.select_related("content_type")
    }


def test_each_ticketing_role_has_exactly_its_permissions():
    assert permissions_of("Ticketing staff") == {
        "wagtailadmin.access_admin",
        "wagtailimages.choose_image",
        "wagtaildocs.choose_document",
        "ticketing.view_conference",
        "ticketing.view_tickettype",
        "ticketing.view_quota",
        "ticketing.view_voucher",
        "ticketing.add_voucher",
        "ticketing.change_voucher",
        "ticketing.view_order",
        "ticketing.change_order",
        "ticketing.view_orderposition",
        "ticketing.view_waitinglistentry",
        "ticketing.view_stripeevent",
        "ticketing.view_grouprequest",
        "ticketing.change_grouprequest",
        "ticketing.check_in",
        "core.manage_outbox",
    }
    assert permissions_of("Door staff") == {"ticketing.check_in"}


class TestTicketingStaff:
    def test_they_list_orders_and_mark_a_transfer_paid(
        self, client, cashier, transfer, django_capture_on_commit_callbacks
    ):
        listing = client.get(ORDERS, {"q": transfer.code})
        inspect = client.get(f"{ORDERS}inspect/{transfer.pk}/")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"{ORDERS}{transfer.pk}/mark-paid/")

        assert listing.status_code == 200 and transfer.code in listing.content.decode()
        assert f"{ORDERS}{transfer.pk}/mark-paid/" in inspect.content.decode()
        assert response.status_code == 302
        transfer.refresh_from_db()
        assert transfer.state == Order.State.PAID

    def test_they_refund_a_ticket_below_the_limit(self, client, cashier, paid):
        ticket = paid.positions.first()

        response = client.post(
            f"{ORDERS}{paid.pk}/refund/",
            {"positions": [ticket.pk], "reason": "Visa refused"},
        )

        assert response.status_code == 302
        assert paid.refunds.get().amount == Decimal("1464.00")

    def test_they_cannot_refund_above_the_limit_even_in_two_steps(
        self, client, cashier, paid
    ):
        first, second = paid.positions.all()
        everything = client.post(f"{ORDERS}{paid.pk}/refund/", {"reason": "Typo"})
        client.post(
            f"{ORDERS}{paid.pk}/refund/", {"positions": [first.pk], "reason": "Visa"}
        )
        the_rest = client.post(
            f"{ORDERS}{paid.pk}/refund/", {"positions": [second.pk], "reason": "Visa"}
        )

        language = everything.wsgi_request.LANGUAGE_CODE  # the admin's
        limit = format_money(Decimal("2000"), "EUR", language=language)
        for response in (everything, the_rest):
            assert response.status_code == 200
            assert limit in response.content.decode()
        assert [r.amount for r in paid.refunds.all()] == [Decimal("1464.00")]

    def test_the_limit_is_a_setting(self, client, cashier, paid, settings):
        settings.TICKETING_REFUND_LIMIT = Decimal("3000")

        response = client.post(f"{ORDERS}{paid.pk}/refund/", {"reason": "Cancelled"})

        assert response.status_code == 302
        assert paid.refunds.get().amount == Decimal("2928.00")

    def test_whoever_may_refund_any_amount_refunds_above_the_limit(
        self, client, cashier, paid
    ):
        cashier.user_permissions.add(
            Permission.objects.get(codename="refund_any_amount")
        )

        response = client.post(f"{ORDERS}{paid.pk}/refund/", {"reason": "Cancelled"})

        assert response.status_code == 302
        assert paid.refunds.get().amount == Decimal("2928.00")

    def test_they_see_the_sales_and_export_orders(self, client, cashier, paid):
        dashboard = client.get("/admin/ticketing/sales/")
        export = client.get(ORDERS, {"export": "csv"})

        assert dashboard.status_code == 200
        assert 'data-testid="sold">2<' in dashboard.content.decode()
        assert export.status_code == 200
        content = b"".join(export.streaming_content).decode()
        assert paid.code in content and "2928.00" in content

    def test_they_check_a_ticket_in_at_the_desk(self, client, cashier, paid):
        ticket = paid.positions.first()

        response = client.post(DESK, {"secret": ticket.secret})

        assert "check-in__result--ok" in response.content.decode()
        ticket.refresh_from_db()
        assert ticket.checked_in_at is not None


class TestDoorStaff:
    def test_they_check_a_ticket_in_at_the_desk(self, client, doorkeeper, paid):
        ticket = paid.positions.first()

        response = client.post(DESK, {"secret": ticket.secret})

        assert response.status_code == 200
        assert ticket.attendee_name in response.content.decode()
        ticket.refresh_from_db()
        assert ticket.checked_in_at is not None

    def test_they_reach_nothing_in_the_admin(
        self, client, doorkeeper, transfer, regular, venue, place
    ):
        office = UserFactory(email="office@aivp.example", is_superuser=True)
        other = order_mark_paid(
            order=place(
                Item(ticket_type_id=regular.pk, quantity=1),
                payment_method="bank_transfer",
            ),
            actor=office,
        )

        assert refused(client.get(ORDERS))
        assert refused(client.get(ORDERS, {"export": "csv"}))
        assert refused(client.get("/admin/ticketing/sales/"))
        assert refused(client.post(f"{ORDERS}{transfer.pk}/mark-paid/"))
        assert refused(client.post(f"{ORDERS}{other.pk}/refund/", {"reason": "x"}))
        transfer.refresh_from_db()
        assert transfer.state == Order.State.PENDING
        assert not other.refunds.exists()


class TestEditors:
    def test_they_reach_no_ticketing_screen_nor_see_it_in_the_menu(self, client, paid):
        sign_in(client, member_of("Editors", "editor@aivp.example"))

        for url in (
            ORDERS,
            "/admin/ticketing/attendees/",
            "/admin/ticketing/sales/",
            "/admin/ticketing/vouchers/",
            "/admin/ticketing/conferences/",
        ):
            assert refused(client.get(url)), url
        assert refused(client.post(f"{ORDERS}{paid.pk}/refund/", {"reason": "x"}))
        assert client.post(DESK, {"secret": "x"}).status_code == 403
        assert "/admin/ticketing/" not in client.get("/admin/").content.decode()
        assert not paid.refunds.exists()


def test_door_staff_set_up_a_second_factor_before_the_desk(client):
    newcomer = VerifiedUserFactory(email="new.door@aivp.example")
    newcomer.groups.add(Group.objects.get(name="Door staff"))
    client.force_login(newcomer)

    response = client.get(DESK)

    assert response.status_code == 302
    assert "/2fa/" in response["Location"]
