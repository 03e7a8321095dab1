"""The queues behind every panel of the admin home, filled with n items each, and
the people of each role who open it."""

import datetime
import re
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.core.mail import EmailMessage
from django.utils import timezone
from wagtail.users.models import UserProfile

from awards.models import Assignment, Edition, Round
from core.models import OutboxMessage
from core.outbox import outbox_queue
from courses.models import Enrolment, Promotion
from events.models import Registration
from tests.awards.fixtures import make_edition, make_juror
from tests.cms.factories import EventPageFactory
from tests.courses.fixtures import build_course, enrol, make_promotion
from tests.factories import (
    AffiliationFactory,
    AssessmentFactory,
    ConferenceFactory,
    GroupRequestFactory,
    MembershipApplicationFactory,
    OrderFactory,
    OrderPositionFactory,
    PrizeEntryFactory,
    QuotaFactory,
    StandardPageFactory,
    StripeEventFactory,
    TicketTypeFactory,
    UserFactory,
    WaitingListEntryFactory,
)

ROLES = ("Editors", "Moderators", "Ticketing staff", "Course staff", "Prize managers")
CAPACITY = 600


def staff(email: str, *, groups=(), perms=(), superuser=False):
    """Someone who reaches the admin with a second factor, reading it in English."""
    user = UserFactory(
        email=email, is_staff=superuser, is_superuser=superuser, mfa=True
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@dataclass
class World:
    """What the queues hang on: pages, a conference, a promotion, a prize edition."""

    home: object
    editor: object
    conference: object
    ticket_type: object
    quota: object
    promotion: object
    edition: object
    round: object
    juror: object
    counter: list = field(default_factory=lambda: [0])


def build_world(homes, agenda) -> World:
    # Moderators decide membership applications, as the demo has it.
    Group.objects.get(name="Moderators").permissions.add(
        Permission.objects.get(codename="decide_membershipapplication")
    )
    conference = ConferenceFactory()
    ticket_type = TicketTypeFactory(conference=conference)
    quota = QuotaFactory(
        conference=conference, capacity=CAPACITY, ticket_types=[ticket_type]
    )
    course = build_course(homes, modules=1, lessons_per_module=(1,), translate=False)
    promotion = make_promotion(
        course["course"], state=Promotion.State.OPEN, name="Promotion 2027"
    )
    edition = make_edition(state=Edition.State.JURY_REVIEW)
    first_round = edition.rounds.order_by("sort_order").first()
    Round.objects.filter(pk=first_round.pk).update(
        state=Round.State.OPEN, due_on=timezone.localdate() + datetime.timedelta(7)
    )
    webinar = EventPageFactory(parent=agenda, title="Webinar", slug="webinar")
    webinar.save_revision().publish()
    Registration.objects.create(event=webinar, capacity=40)
    return World(
        home=homes["fr"],
        editor=staff("editor@aivp.example", groups=["Editors"]),
        conference=conference,
        ticket_type=ticket_type,
        quota=quota,
        promotion=promotion,
        edition=edition,
        round=first_round,
        juror=make_juror(),
    )


def fill(world: World, n: int) -> None:
    """Add n items to every queue."""
    start = world.counter[0]
    world.counter[0] += n
    now = timezone.now()
    for number in range(start, start + n):
        # A live page of the editor's with a new version scheduled: a draft, a
        # scheduled publication and a page not translated into English or Spanish.
        page = StandardPageFactory(
            parent=world.home, slug=f"work-{number}", owner=world.editor
        )
        page.save_revision(
            user=world.editor, approved_go_live_at=now + datetime.timedelta(days=1)
        )
        _ticketing(world, now)
        AffiliationFactory(status="pending")
        MembershipApplicationFactory()
        enrol(world.promotion, state=Enrolment.State.APPLIED)
        entry = PrizeEntryFactory(edition=world.edition)
        Assignment.objects.create(round=world.round, entry=entry, juror=world.juror)
        AssessmentFactory()
        failed = outbox_queue(
            message=EmailMessage("Your tickets", "Body", to=["ana@port.example"]),
            source="ticketing.order.confirmation",
        )
        OutboxMessage.objects.filter(pk=failed.pk).update(
            state=OutboxMessage.State.FAILED
        )


def _ticketing(world: World, now) -> None:
    conference = world.conference
    OrderFactory(conference=conference)  # a bank transfer awaited
    OrderFactory(
        conference=conference, state="expired", expires_at=now
    )  # not received by its due date
    OrderFactory(conference=conference, state="cancelled", needs_attention=True)
    paid = OrderFactory(conference=conference, state="paid", payment_method="card")
    OrderPositionFactory(order=paid, ticket_type=world.ticket_type)
    StripeEventFactory(flagged=True, flag_reason="No payment for this session")
    StripeEventFactory()  # handled, not flagged
    WaitingListEntryFactory(ticket_type=world.ticket_type)
    GroupRequestFactory(conference=conference)


def panels(html: str) -> set[str]:
    """The work panels of an admin home page, by name."""
    return set(re.findall(r'data-work-panel="([a-z_]+)"', html))


def counts(html: str) -> dict[tuple[str, str], int]:
    """Every row's count, by (panel, row)."""
    found = {}
    for section in re.split(r'(?=<section [^>]*data-work-panel=")', html)[1:]:
        name = re.match(r'<section [^>]*data-work-panel="([a-z_]+)"', section)[1]
        for key, count in re.findall(
            r'data-work-row="([\w-]+)" data-count="(\d+)"', section
        ):
            found[(name, key)] = int(count)
    return found
