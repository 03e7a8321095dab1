"""Enrolment: every state a learner's place goes through, and every refusal."""

import datetime

import pytest
from django.utils import timezone

from core.models import AuditEntry, OutboxMessage
from courses.exceptions import CoursesError
from courses.models import ApplicationQuestion, Enrolment, Promotion
from courses.services import (
    enrolment_decide,
    enrolment_request,
    enrolment_withdraw,
    places_taken,
)
from tests.factories import UserFactory, VerifiedUserFactory

from .fixtures import enrol

pytestmark = pytest.mark.django_db
State = Enrolment.State


def mails_to(user) -> list[str]:
    return [row.subject for row in OutboxMessage.objects.all() if user.email in row.to]


def test_a_free_open_promotion_enrols_at_once(open_promotion):
    user = VerifiedUserFactory(language="en")
    enrolment = enrolment_request(promotion=open_promotion, user=user)
    assert enrolment.state == State.ENROLLED
    assert enrolment.enrolled_at is not None
    assert mails_to(user) == ["You are enrolled in 2026 cohort"]
    entry = AuditEntry.objects.get(action="courses.enrolment.requested")
    assert (entry.from_state, entry.to_state) == ("", "enrolled")


def test_the_learner_mail_is_in_the_learner_language(open_promotion):
    user = VerifiedUserFactory(language="fr")
    enrolment_request(promotion=open_promotion, user=user)
    (subject,) = mails_to(user)
    assert subject.startswith("Vous êtes inscrit")


def test_a_full_promotion_puts_the_next_learner_on_its_waiting_list(open_promotion):
    for _ in range(3):
        enrolment_request(promotion=open_promotion, user=VerifiedUserFactory())
    fourth = enrolment_request(promotion=open_promotion, user=VerifiedUserFactory())
    assert fourth.state == State.WAITLISTED
    assert places_taken(open_promotion) == 3


def test_withdrawing_frees_a_place_for_the_first_waiting(open_promotion):
    enrolments = [
        enrolment_request(promotion=open_promotion, user=VerifiedUserFactory())
        for _ in range(5)
    ]
    assert [e.state for e in enrolments[3:]] == [State.WAITLISTED] * 2
    enrolment_withdraw(enrolment=enrolments[0], actor=enrolments[0].learner)
    enrolments[3].refresh_from_db()
    enrolments[4].refresh_from_db()
    assert enrolments[3].state == State.ENROLLED
    assert enrolments[4].state == State.WAITLISTED
    assert AuditEntry.objects.filter(action="courses.enrolment.promoted").count() == 1


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("unverified", "not_verified"),
        ("closed", "enrolment_closed"),
        ("not_yet", "enrolment_closed"),
        ("draft", "enrolment_closed"),
        ("twice", "already"),
    ],
)
def test_refusals(open_promotion, setup, code):
    user = VerifiedUserFactory()
    if setup == "unverified":
        user = UserFactory()
    elif setup == "closed":
        open_promotion.enrolment_closes_at = timezone.now() - datetime.timedelta(
            hours=1
        )
        open_promotion.enrolment_opens_at = timezone.now() - datetime.timedelta(days=9)
        open_promotion.save()
    elif setup == "not_yet":
        open_promotion.enrolment_opens_at = timezone.now() + datetime.timedelta(days=1)
        open_promotion.save()
    elif setup == "draft":
        open_promotion.state = Promotion.State.DRAFT
        open_promotion.save()
    elif setup == "twice":
        enrolment_request(promotion=open_promotion, user=user)
    with pytest.raises(CoursesError) as refusal:
        enrolment_request(promotion=open_promotion, user=user)
    assert refusal.value.code == code
    assert Enrolment.objects.filter(learner=user).count() == (setup == "twice")


def test_an_application_waits_for_staff_and_needs_its_required_answers(open_promotion):
    open_promotion.requires_application = True
    open_promotion.save()
    question = ApplicationQuestion.objects.create(
        promotion=open_promotion, text="Pourquoi ?", required=True
    )
    user = VerifiedUserFactory()
    with pytest.raises(CoursesError) as refusal:
        enrolment_request(promotion=open_promotion, user=user, answers={})
    assert refusal.value.code == "answers_missing"
    enrolment = enrolment_request(
        promotion=open_promotion,
        user=user,
        answers={str(question.pk): " Pour apprendre "},
    )
    assert enrolment.state == State.APPLIED
    assert enrolment.answers == {str(question.pk): "Pour apprendre"}
    assert places_taken(open_promotion) == 0


def test_staff_decisions_and_their_refusals(open_promotion):
    open_promotion.requires_application = True
    open_promotion.capacity = 1
    open_promotion.save()
    staff = UserFactory()
    first, second, third = (
        enrolment_request(promotion=open_promotion, user=VerifiedUserFactory())
        for _ in range(3)
    )
    assert enrolment_decide(enrolment=first, decision="accept", actor=staff).state == (
        State.ENROLLED
    )
    with pytest.raises(CoursesError) as full:
        enrolment_decide(enrolment=second, decision="accept", actor=staff)
    assert full.value.code == "full"
    assert (
        enrolment_decide(enrolment=second, decision="waitlist", actor=staff).state
        == State.WAITLISTED
    )
    assert enrolment_decide(enrolment=third, decision="reject", actor=staff).state == (
        State.REJECTED
    )
    with pytest.raises(CoursesError) as again:
        enrolment_decide(enrolment=third, decision="accept", actor=staff)
    assert again.value.code == "already_decided"
    # The accepted learner leaves: the waiting one gets the place.
    enrolment_withdraw(enrolment=first, actor=first.learner)
    second.refresh_from_db()
    assert second.state == State.ENROLLED
    decided = AuditEntry.objects.filter(action="courses.enrolment.accept").get()
    assert decided.actor == staff


def test_a_completed_enrolment_cannot_be_withdrawn(promotion):
    enrolment = enrol(promotion, state=State.COMPLETED)
    with pytest.raises(CoursesError):
        enrolment_withdraw(enrolment=enrolment, actor=enrolment.learner)
