"""Demo registrations: the coming shore-power webinar, open to everyone, with its
join link and registrants (the demo member among them), and the cruise
masterclass for members, full with three people waiting, and the Port Center
working group's meeting, free for members and paid by others through the
checkout. Safe to run again:
registrations are found by their event, registrants by their person. No mail is
sent."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.demo import DEMO_MEMBER_EMAIL
from cms.demo.common import demo_key
from cms.models import EventPage

from .models import Registrant, Registration

WEBINAR = "event-webinar-shore-power"
MASTERCLASS = "event-masterclass-cruise"
WORKING_GROUP = "event-port-center-group"
PEOPLE = {
    "claire": DEMO_MEMBER_EMAIL,
    "amadou": "amadou.sow@port-dakar.example",
    "lucia": "lucia.fernandez@valenciaport.example",
    "jonas": "jonas.weber@hamburg-hafen.example",
    "sofia": "sofia.rossi@comune-genova.example",
}


def _registration(key: str, **fields) -> Registration | None:
    event = EventPage.objects.filter(
        translation_key=demo_key(key), locale__language_code="fr"
    ).first()
    if event is None:
        return None
    registration, _ = Registration.objects.get_or_create(event=event, defaults=fields)
    return registration


def _register(registration, user, state, minutes_ago: int, **answers) -> None:
    Registrant.objects.get_or_create(
        registration=registration,
        user=user,
        defaults={
            "state": state,
            "language": user.language or "fr",
            "queued_at": timezone.now() - datetime.timedelta(minutes=minutes_ago),
            **answers,
        },
    )


def load(stdout) -> None:
    User = get_user_model()
    people = {
        key: user
        for key, email in PEOPLE.items()
        if (user := User.objects.filter(email=email).first())
    }
    webinar = _registration(
        WEBINAR,
        capacity=200,
        join_url="https://meet.aivp.example/shore-power",
        join_passcode="quai-2026",
        ask_organisation=True,
        ask_role=True,
    )
    masterclass = _registration(
        MASTERCLASS,
        capacity=3,
        audience=Registration.Audience.MEMBERS,
        ask_organisation=True,
        question="Quelle question voulez-vous poser aux intervenants ?",
        question_en="What would you like to ask the speakers?",
        question_es="¿Qué pregunta le gustaría hacer a los ponentes?",
    )
    _registration(
        WORKING_GROUP,
        capacity=60,
        price=Decimal("80.00"),
        member_price=Decimal("0.00"),
        ask_organisation=True,
        ask_role=True,
    )
    if webinar is None or masterclass is None:
        return
    registered = Registrant.State.REGISTERED
    waiting = Registrant.State.WAITLISTED
    for order, key in enumerate(("claire", "amadou", "lucia", "jonas")):
        if key in people:
            _register(
                webinar,
                people[key],
                registered,
                600 - order,
                organisation="AIVP demo",
                role="Port city planner",
            )
    for order, (key, state) in enumerate(
        (
            ("lucia", registered),
            ("jonas", registered),
            ("sofia", registered),
            ("amadou", waiting),
            ("claire", waiting),
        )
    ):
        if key in people:
            _register(masterclass, people[key], state, 300 - order)
    stdout.write(
        f"Event registrations: {webinar.registrants.count()} for the webinar, "
        f"{masterclass.registrants.count()} for the masterclass (full, with a "
        "waiting list); the Port Center working group's meeting is paid for "
        "non-members."
    )
