"""Registration for a webinar as a member and the organisers use it, in Chromium: the
member registers on a phone, gets the confirmation with its calendar file, sees the
join link on the event's page and in "My account", gets the reminder; organisers
export the list and mark the member present at the door. Every page fits the
window and passes axe."""

import csv
import datetime
import io

import pytest
from django.core import mail as sent_mail
from django.urls import reverse
from icalendar import Calendar

from accounts.models import Affiliation, Organisation
from cms.demo.common import demo_key
from cms.models import EventPage
from core.models import OutboxMessage
from events.models import Registrant, Registration
from events.reminders import send_reminders
from tests.browser.helpers import problems_on, sign_in_to_admin, signed_in_context
from tests.factories import AffiliationFactory, VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WEBINAR = "event-webinar-shore-power"
JOIN = "https://meet.aivp.example/shore-power"


def mails_to(user, source: str) -> list[OutboxMessage]:
    return [
        m for m in OutboxMessage.objects.filter(source=source) if user.email in m.to
    ]


def test_a_member_registers_and_organisers_check_them_in(
    browser, live_server, demo, screenshot
):
    event = EventPage.objects.get(
        translation_key=demo_key(WEBINAR), locale__language_code="fr"
    )
    registration = Registration.objects.get(event=event)
    member = VerifiedUserFactory(
        email="ines.duarte@havre-seine.example",
        first_name="Inès",
        last_name="Duarte",
        language="fr",
    )
    AffiliationFactory(
        user=member,
        organisation=Organisation.objects.get(name="Havre-Seine Port Authority"),
        status=Affiliation.Status.APPROVED,
    )
    found = []

    # On a phone: the member registers in one step.
    context = signed_in_context(browser, live_server, member, 390)
    tab = context.new_page()
    found += problems_on(tab, live_server.url + event.url)
    assert JOIN not in tab.content()
    panel = tab.locator("#registration")
    panel.get_by_label("Organisation").fill("Havre-Seine Port Authority")
    panel.get_by_label("Rôle").fill("Cheffe de projet")
    panel.get_by_role("button", name="S'inscrire").click()
    tab.locator(".messages").wait_for()
    assert "Vous êtes inscrit" in tab.content()
    assert tab.locator(f"#registration a[href='{JOIN}']").is_visible()
    screenshot("events-registered-390", tab)
    found += problems_on(tab, live_server.url + event.url)

    # The confirmation, in French, with the event in the calendar file.
    (mail,) = mails_to(member, "events.confirmation")
    assert mail.subject.startswith("Vous êtes inscrit")
    (attachment,) = mail.attachments.all()
    (vevent,) = Calendar.from_ical(bytes(attachment.content)).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title

    # "My account" holds the join link too.
    found += problems_on(tab, live_server.url + "/fr/account/")
    assert tab.locator(f"#panel-events a[href='{JOIN}']").count() == 1
    screenshot("events-account-390", tab)
    context.close()

    # The reminder the day before carries the link.
    send_reminders(now=event.start - datetime.timedelta(hours=20))
    (reminder,) = mails_to(member, "events.reminder")
    assert reminder.subject.startswith("Demain")
    # Sent at once, its body wiped from the outbox: the mail delivered holds it.
    assert reminder.body == ""
    (delivered,) = [
        m
        for m in sent_mail.outbox
        if m.subject == reminder.subject and member.email in m.to
    ]
    assert JOIN in delivered.body

    # The organisers: the list exported, then the check-in at the door on a phone.
    admin = browser.new_context(viewport={"width": 1366, "height": 900})
    page = admin.new_page()
    sign_in_to_admin(page, live_server.url)
    page.goto(
        live_server.url + reverse("event_registrations:inspect", args=[registration.pk])
    )
    assert "Webinaire" in page.content()
    screenshot("events-admin-registration-1366", page)
    export = page.request.get(
        live_server.url
        + reverse("event_registrants:index")
        + f"?registration={registration.pk}&export=csv"
    )
    rows = list(csv.DictReader(io.StringIO(export.text())))
    assert member.email in {value for row in rows for value in row.values()}
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(
        live_server.url + reverse("event_registrations:checkin", args=[registration.pk])
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("searchbox").fill("Duarte")
    page.get_by_role("searchbox").press("Enter")
    page.locator(f"#registrant-{Registrant.objects.get(user=member).pk} button").click()
    page.wait_for_load_state()
    screenshot("events-checkin-390", page)
    assert Registrant.objects.get(user=member).attended
    admin.close()
    assert found == []


def test_a_non_member_pays_for_a_working_group_meeting(
    browser, live_server, demo, screenshot
):
    from ticketing.models import Order
    from ticketing.services import order_mark_paid

    event = EventPage.objects.get(
        translation_key=demo_key("event-port-center-group"),
        locale__language_code="fr",
    )
    person = VerifiedUserFactory(
        email="marta.silva@consultora.example",
        first_name="Marta",
        last_name="Silva",
        language="fr",
    )
    found = []
    context = signed_in_context(browser, live_server, person, 390)
    tab = context.new_page()
    found += problems_on(tab, live_server.url + event.url)
    assert "96,00" in tab.content()  # 80 € and 20 % VAT; free for members
    panel = tab.locator("#registration")
    panel.get_by_label("Organisation").fill("Consultora Silva")
    panel.get_by_label("Rôle").fill("Urbaniste")
    panel.get_by_role("button", name="S'inscrire et payer").click()
    tab.wait_for_url("**/pay/")
    found += problems_on(tab, tab.url)
    screenshot("events-pay-390", tab)
    tab.get_by_label("Adresse").fill("Rua do Ouro 12\n1100-060 Lisboa")
    tab.get_by_label("Pays").fill("Portugal")
    tab.get_by_label("Virement bancaire").check()
    accept = tab.locator("input[name=accept_terms]")
    if accept.count():
        accept.check()
    tab.get_by_role("button", name="Passer au paiement").click()
    tab.wait_for_url("**/tickets/orders/**")
    order = Order.objects.get(buyer=person)
    assert order.total == 96

    order_mark_paid(order=order, actor=None)
    found += problems_on(tab, live_server.url + event.url)
    assert "Vous êtes inscrit" in tab.content()
    (confirmation,) = mails_to(person, "events.confirmation")
    assert confirmation.attachments.count() == 1
    context.close()
    assert found == []


def test_the_organisers_screens_pass_axe(browser, live_server, demo, screenshot):
    event = EventPage.objects.get(
        translation_key=demo_key(WEBINAR), locale__language_code="fr"
    )
    registration = Registration.objects.get(event=event)
    admin = browser.new_context(viewport={"width": 1366, "height": 900})
    page = admin.new_page()
    sign_in_to_admin(page, live_server.url)
    found = []
    for name, args in (
        ("event_registrations:index", []),
        ("event_registrations:inspect", [registration.pk]),
        ("event_registrations:edit", [registration.pk]),
        ("event_registrations:checkin", [registration.pk]),
        ("event_registrations:message", [registration.pk]),
        ("event_registrants:index", []),
        ("event_attendance:index", []),
    ):
        found += problems_on(page, live_server.url + reverse(name, args=args))
    screenshot("events-admin-attendance-1366", page)
    admin.close()
    assert found == []
