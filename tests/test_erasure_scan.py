"""After erasure, a person's name and address remain only where the law keeps them.

A person is given every kind of data the site holds; their account is deleted; then
every text column of every table is searched for their name and e-mail address. A
row may still hold them only if an app's privacy contributor names it as kept
(``PrivacyContributor.kept``); any other hit fails the test. A new module that stores
personal data is held to this test as soon as it exists.
"""

from decimal import Decimal

import pytest
from django.db import connection
from wagtail.models import Site

from accounts.privacy import contributors
from accounts.services import (
    affiliation_request,
    newsletter_consent_give,
    user_erase,
)
from events.models import Registration
from events.services import registrant_register
from tests.cms import conftest as cms_fixtures
from tests.cms.factories import AgendaPageFactory, EventPageFactory
from tests.factories import (
    ConferenceFactory,
    OrganisationFactory,
    QuotaFactory,
    TicketTypeFactory,
    VerifiedUserFactory,
    give_authenticator,
)
from ticketing.models import Order
from ticketing.services import (
    Item,
    group_request_create,
    order_mark_paid,
    order_place,
    waiting_list_join,
)

pytestmark = pytest.mark.django_db
contact_page = cms_fixtures.contact_page

FIRST, LAST = "Zephyrine", "Quatremare"
EMAIL = "zephyrine.quatremare@scan.example"
NEEDLES = ("zephyrine", "quatremare")  # the address holds both


def hits_in_database() -> set[tuple[str, str, str]]:
    """(table, column, primary key) of every value holding one of the needles."""
    found = set()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            columns = [
                column.name
                for column in connection.introspection.get_table_description(
                    cursor, table
                )
            ]
            key = connection.introspection.get_primary_key_column(cursor, table)
            matches = " OR ".join(
                f"LOWER(CAST({quote(column)} AS TEXT)) LIKE %s"
                for column in columns
                for _needle in NEEDLES
            )
            selected = ", ".join(quote(column) for column in columns)
            cursor.execute(
                f"SELECT {selected} FROM {quote(table)} WHERE {matches}",  # noqa: S608
                [f"%{needle}%" for _column in columns for needle in NEEDLES],
            )
            for row in cursor.fetchall():
                values = dict(zip(columns, row, strict=True))
                for column, value in values.items():
                    text = str(value).lower()
                    if any(needle in text for needle in NEEDLES):
                        found.add((table, column, str(values.get(key))))
    return found


def declared_kept(user) -> set[tuple[str, str, str]]:
    allowed = set()
    for contributor in contributors():
        for kept in contributor.kept(user):
            meta = kept.rows.model._meta
            columns = [meta.get_field(name).column for name in kept.fields]
            for pk in kept.rows.values_list("pk", flat=True):
                allowed.update((meta.db_table, column, str(pk)) for column in columns)
    return allowed


@pytest.fixture
def person():
    user = VerifiedUserFactory(email=EMAIL, first_name=FIRST, last_name=LAST)
    give_authenticator(user)
    return user


def in_every_module(person, client, make_contact_page) -> dict:
    """Everything the site can hold about a person, made the way the site makes it."""
    full_name = f"{FIRST} {LAST}"
    affiliation_request(
        user=person,
        organisation=OrganisationFactory(),
        message=f"I am {full_name}, harbour master.",
    )
    newsletter_consent_give(
        email=EMAIL, wording="Yes, send me the newsletter", language="fr", user=person
    )
    make_contact_page(("Courriel", "email"), ("Message", "multiline"))
    response = client.post(
        "/fr/contact/",
        {"courriel": EMAIL, "message": f"Bonjour, {full_name}", "website": ""},
    )
    assert response.status_code == 200

    conference = ConferenceFactory()
    regular = TicketTypeFactory(conference=conference, price=Decimal("100"))
    QuotaFactory(conference=conference, capacity=2, ticket_types=[regular])
    sold_out = TicketTypeFactory(conference=conference, price=Decimal("50"))
    QuotaFactory(conference=conference, capacity=0, ticket_types=[sold_out])
    me = {
        "attendee_name": full_name,
        "attendee_email": EMAIL,
        "organisation": f"Port of {LAST}",
        "badge_name": FIRST,
        "dietary_needs": f"{FIRST}: no fish",
        "access_needs": "",
    }
    invoice = {
        "invoice_name": full_name,
        "invoice_company": f"{LAST} SA",
        "invoice_address": f"1 quai {LAST}",
        "invoice_country": "France",
        "invoice_vat_number": "",
    }

    def order(method: str) -> Order:
        return order_place(
            buyer=person,
            conference=conference,
            items=[Item(ticket_type_id=regular.pk, quantity=1)],
            invoice_address=invoice,
            attendees=[me],
            payment_method=method,
        )

    paid = order_mark_paid(order=order("bank_transfer"), actor=None)
    unpaid = order("card")
    waiting_list_join(user=person, ticket_type=sold_out, quantity=1)
    group_request_create(
        buyer=person,
        conference=conference,
        places=40,
        organisation=f"{LAST} delegation",
        message=f"{full_name} and colleagues",
    )
    event = EventPageFactory(
        parent=AgendaPageFactory(
            parent=Site.objects.get(is_default_site=True).root_page
        )
    )
    event.save_revision().publish()
    registrant_register(
        registration=Registration.objects.create(event=event),
        user=person,
        answers={"organisation": f"Port of {LAST}", "answer": f"{full_name} comes"},
        language="fr",
    )
    return {"paid": paid, "unpaid": unpaid}


def test_erasure_leaves_only_what_is_declared_kept(
    person,
    client,
    contact_page,  # noqa: F811 (the fixture)
):
    orders = in_every_module(person, client, contact_page)
    before = hits_in_database()
    assert len(before) > 15  # the scan finds the person everywhere
    assert {"events_registrant", "ticketing_order"} <= {t for t, _c, _pk in before}

    user_erase(user=person, actor=None)

    hits = hits_in_database()
    kept = declared_kept(person)
    assert hits - kept == set()
    # The paid order keeps its invoice address and attendee, as the law requires.
    paid = orders["paid"]
    assert ("ticketing_order", "invoice_name", str(paid.pk)) in hits
    assert not {hit for hit in hits if hit[1] == "dietary_needs"}
    assert ("ticketing_order", "invoice_name", str(orders["unpaid"].pk)) not in hits
