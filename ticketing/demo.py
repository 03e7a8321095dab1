"""Demo content for ticketing: an open world conference, its rates, a voucher, orders.

Idempotent: the conference is found again by its slug, ticket types and quotas by name,
and the demo delegates' orders are only placed once. Demo orders send no e-mail. The
conference and its ticket types are written in French, English and Spanish.
"""

import logging
import os
from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from cms.models import EventPage
from core.i18n_fields import column
from core.models import OutboxMessage
from core.outbox import outbox_messages_to

from .models import Conference, Order, Quota, TicketType, Voucher
from .services import Item, order_mark_paid, order_place

SLUG = "world-conference-2027"
DELEGATE_EMAIL = "delegate@aivp.example"


def demo_delegate_password() -> str:
    return os.environ.get("DEMO_DELEGATE_PASSWORD", "aivp-demo-delegate")


# Visitor-facing texts in French (the base column), English and Spanish.
TERMS = {
    "fr": "L'inscription est nominative ; un billet peut être cédé à un collègue de "
    "la même organisation jusqu'à 15 jours avant la conférence. Les annulations "
    "reçues 30 jours avant la conférence sont remboursées, moins 10 % de frais de "
    "dossier ; les annulations plus tardives ne sont pas remboursées. Les prix "
    "s'entendent hors TVA française (20 %).",
    "en": "Registration is personal; a ticket may be transferred to a colleague of the "
    "same organisation until 15 days before the conference. Cancellations received "
    "30 days before the conference are refunded less 10 % administrative fees; later "
    "cancellations are not refunded. Prices are excluding French VAT (20 %).",
    "es": "La inscripción es nominativa; una entrada puede cederse a un colega de la "
    "misma organización hasta 15 días antes de la conferencia. Las cancelaciones "
    "recibidas 30 días antes de la conferencia se reembolsan con una deducción del "
    "10 % en concepto de gastos de gestión; las cancelaciones posteriores no se "
    "reembolsan. Los precios no incluyen el IVA francés (20 %).",
}
CONFERENCE = {
    "fr": ("Conférence mondiale Villes & Ports", "Le Havre, France"),
    "en": ("World Conference Cities & Ports", "Le Havre, France"),
    "es": ("Conferencia mundial Ciudades y Puertos", "El Havre, Francia"),
}
FULL_PROGRAMME = {
    "fr": "Trois jours de séances plénières, d'ateliers et de visites techniques.",
    "en": "Three days of plenaries, workshops and technical visits.",
    "es": "Tres días de sesiones plenarias, talleres y visitas técnicas.",
}
# Names first (looked up again in French or in English, the language of older
# demo databases), then descriptions.
TICKET_TYPES = {
    "early_member": (
        {
            "fr": "Tarif préférentiel – membre",
            "en": "Early bird – member",
            "es": "Tarifa anticipada – miembro",
        },
        {
            "fr": "Pour le personnel des organisations membres de l'AIVP, jusqu'à la "
            "date limite du tarif préférentiel.",
            "en": "For staff of AIVP member organisations, until the early bird "
            "deadline.",
            "es": "Para el personal de las organizaciones miembro de la AIVP, hasta la "
            "fecha límite de la tarifa anticipada.",
        },
    ),
    "early": (
        {"fr": "Tarif préférentiel", "en": "Early bird", "es": "Tarifa anticipada"},
        FULL_PROGRAMME,
    ),
    "regular": (
        {"fr": "Tarif normal", "en": "Regular", "es": "Tarifa general"},
        FULL_PROGRAMME,
    ),
    "speaker": (
        {"fr": "Intervenant", "en": "Speaker", "es": "Ponente"},
        {
            "fr": "Pour les intervenants invités, avec le code envoyé par l'équipe du "
            "programme.",
            "en": "For invited speakers, with the code sent by the programme team.",
            "es": "Para los ponentes invitados, con el código enviado por el equipo "
            "del programa.",
        },
    ),
}

ATTENDEES = [
    {
        "attendee_name": "Inès Moreau",
        "attendee_email": "ines.moreau@haropaport.example",
        "organisation": "HAROPA Port",
        "badge_name": "Inès Moreau",
        "dietary_needs": "Vegetarian",
    },
    {
        "attendee_name": "Kwame Mensah",
        "attendee_email": "k.mensah@ghanaports.example",
        "organisation": "Ghana Ports and Harbours Authority",
        "badge_name": "Kwame Mensah",
        "access_needs": "Step-free access",
    },
    {
        "attendee_name": "Lucía Fernández",
        "attendee_email": "lucia.fernandez@valenciaport.example",
        "organisation": "Valenciaport",
        "badge_name": "Lucía Fernández",
    },
]
INVOICE = {
    "invoice_name": "Inès Moreau",
    "invoice_company": "HAROPA Port",
    "invoice_address": "Terre-plein de la Barre\n76600 Le Havre",
    "invoice_country": "France",
    "invoice_vat_number": "FR48775535588",
}


def _texts(field: str, texts: dict[str, str]) -> dict[str, str]:
    """{"name": French, "name_en": English, "name_es": Spanish} (core/i18n_fields)."""
    return {column(field, language): text for language, text in texts.items()}


def _ticket_type(conference, key, **fields) -> TicketType:
    names, descriptions = TICKET_TYPES[key]
    fields |= _texts("name", names) | _texts("description", descriptions)
    ticket_type = TicketType.objects.filter(
        conference=conference, name__in=[names["fr"], names["en"]]
    ).first() or TicketType(conference=conference)
    for field, value in fields.items():
        setattr(ticket_type, field, value)
    ticket_type.save()
    return ticket_type


def _event_texts(event_page) -> dict[str, tuple[str, str]]:
    """The event page's title and place in each language it is translated into."""
    texts = {}
    for page in EventPage.objects.filter(
        translation_key=event_page.translation_key
    ).select_related("locale"):
        place = ", ".join(
            part for part in (page.venue, page.city, page.country) if part
        )
        texts[page.locale.language_code] = (page.title, place)
    return texts


def load(stdout) -> None:
    # Demo orders queue their (already stamped) mail tasks on commit; keep the
    # output of `load_demo` to what the loaders say.
    quiet = [logging.getLogger(name) for name in ("celery.app.trace", "kombu")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.ERROR)
    try:
        _load(stdout)
    finally:
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)


@transaction.atomic
def _load(stdout) -> None:
    now = timezone.now()
    # The agenda's world-conference event, in the site's default language: the
    # conference sells the tickets of that event, at its dates and place.
    event_page = (
        EventPage.objects.filter(
            event_type=EventPage.EventType.WORLD_CONFERENCE,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .order_by("-start")
        .first()
    )
    texts = dict(CONFERENCE)
    if event_page is not None:
        starts, ends = event_page.start, event_page.end
        texts |= _event_texts(event_page)
    else:
        starts = (now + timedelta(days=180)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
        ends = starts + timedelta(days=2, hours=8)
    conference, _ = Conference.objects.get_or_create(
        slug=SLUG,
        defaults={
            "name": texts["fr"][0],
            "starts_at": starts,
            "ends_at": ends,
            "event_page": event_page,
            "sales_open_at": now - timedelta(days=30),
            "sales_close_at": starts - timedelta(days=1),
            "bank_details": (
                "AIVP – Association Internationale Villes et Ports\n"
                "IBAN FR76 3000 4000 0500 0012 3456 789 · BIC BNPAFRPP"
            ),
        },
    )
    # The texts in every language, also for a conference an older demo created.
    names = {language: name for language, (name, _place) in texts.items()}
    places = {language: place for language, (_name, place) in texts.items()}
    for field, value in (
        _texts("name", names) | _texts("venue", places) | _texts("terms", TERMS)
    ).items():
        setattr(conference, field, value)
    conference.save()
    early_until = min(now + timedelta(days=60), conference.sales_close_at)
    if conference.event_page is None and event_page is not None:
        conference.event_page = event_page
        conference.save(update_fields=["event_page"])

    early_member = _ticket_type(
        conference,
        "early_member",
        price=Decimal("940.00"),
        members_only=True,
        available_until=early_until,
        sort_order=1,
    )
    early = _ticket_type(
        conference,
        "early",
        price=Decimal("1220.00"),
        available_until=early_until,
        sort_order=2,
    )
    regular = _ticket_type(
        conference, "regular", price=Decimal("1450.00"), sort_order=3
    )
    speaker = _ticket_type(
        conference,
        "speaker",
        price=Decimal("0.00"),
        requires_voucher=True,
        sort_order=4,
    )
    venue, _ = Quota.objects.update_or_create(
        conference=conference, name="Venue", defaults={"capacity": 600}
    )
    venue.ticket_types.set([early_member, early, regular, speaker])
    cap, _ = Quota.objects.update_or_create(
        conference=conference, name="Early bird cap", defaults={"capacity": 150}
    )
    cap.ticket_types.set([early_member, early])
    voucher, _ = Voucher.objects.update_or_create(
        conference=conference,
        code="PORTCENTER15",
        defaults={
            "kind": Voucher.Kind.PERCENT,
            "value": Decimal("15"),
            "max_uses": 40,
            "comment": "Port Center network partners",
        },
    )
    voucher.ticket_types.set([early, regular])
    speakers, _ = Voucher.objects.update_or_create(
        conference=conference,
        code="SPEAKER2027",
        defaults={
            "kind": Voucher.Kind.SET_PRICE,
            "value": Decimal("0.00"),
            "max_uses": 60,
        },
    )
    speakers.ticket_types.set([speaker])

    delegate, created = User.objects.get_or_create(
        email=DELEGATE_EMAIL, defaults={"first_name": "Inès", "last_name": "Moreau"}
    )
    if created:
        delegate.set_password(demo_delegate_password())
        delegate.save()
    # A delegate who signed up and followed the verification link.
    EmailAddress.objects.update_or_create(
        user=delegate,
        email=DELEGATE_EMAIL,
        defaults={"verified": True, "primary": True},
    )
    if not Order.objects.filter(buyer=delegate, conference=conference).exists():
        admin = User.objects.filter(is_superuser=True).first()
        paid = order_place(
            buyer=delegate,
            conference=conference,
            items=[Item(ticket_type_id=early.pk, quantity=2)],
            voucher_code="portcenter15",
            invoice_address=INVOICE,
            attendees=ATTENDEES[:2],
            payment_method=Order.PaymentMethod.BANK_TRANSFER,
            now=now,
        )
        order_mark_paid(order=paid, actor=admin)
        order_place(
            buyer=delegate,
            conference=conference,
            items=[Item(ticket_type_id=regular.pk, quantity=1)],
            invoice_address=INVOICE,
            attendees=ATTENDEES[2:],
            payment_method=Order.PaymentMethod.BANK_TRANSFER,
            now=now,
        )
        # Demo orders mail no one: mark their mail sent before it is queued.
        outbox_messages_to([delegate.email]).filter(
            source__startswith="ticketing."
        ).update(state=OutboxMessage.State.SENT, sent_at=now)
    stdout.write(f"Delegate: {DELEGATE_EMAIL} / {demo_delegate_password()}")
    stdout.write(f"Conference tickets: /fr/tickets/{SLUG}/ (voucher PORTCENTER15)")
