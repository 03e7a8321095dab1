"""Enrolment: applying, deciding, the places of a promotion and its waiting list.

Places are held by accepted, enrolled, completed and not-completed enrolments. Every
write that can take a place locks the promotion row first (``SELECT … FOR UPDATE``),
then counts the places again, so parallel requests for the last place queue and
the promotion is never over its capacity.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.selectors import user_email_verified, user_is_member
from core.locking import locked_atomic

from ..exceptions import CoursesBusy, CoursesError
from ..models import Enrolment, Invitation, Promotion
from .history import record_enrolment
from .mail import queue_learner_mail

State = Enrolment.State


def places_taken(promotion: Promotion) -> int:
    return promotion.enrolments.filter(state__in=Enrolment.HOLDS_PLACE).count()


def has_free_place(promotion: Promotion) -> bool:
    return promotion.capacity is None or places_taken(promotion) < promotion.capacity


def needs_payment(*, promotion: Promotion, user) -> bool:
    """Whether this person pays for a place (the seam to ticketing's checkout)."""
    if promotion.fee == Promotion.Fee.FREE:
        return False
    if promotion.fee == Promotion.Fee.FREE_FOR_MEMBERS and user_is_member(user=user):
        return False
    return price_for(promotion=promotion, user=user) > 0


def price_for(*, promotion: Promotion, user):
    """The price excluding VAT this person pays: the member rate for members."""
    if promotion.fee == Promotion.Fee.FREE:
        return promotion.price * 0
    if user_is_member(user=user):
        if promotion.fee == Promotion.Fee.FREE_FOR_MEMBERS:
            return promotion.price * 0
        return promotion.member_price
    return promotion.price


def _locked_promotion(promotion: Promotion) -> Promotion:
    # COURSES_LOCK_PROMOTIONS is switched off only by the test that shows the race.
    queryset = Promotion.objects.all()
    if getattr(settings, "COURSES_LOCK_PROMOTIONS", True):
        queryset = queryset.select_for_update()
    return queryset.get(pk=promotion.pk)


def _clean_answers(promotion: Promotion, answers: dict | None) -> dict:
    answers = answers or {}
    cleaned = {}
    for question in promotion.questions.all():
        text = str(answers.get(str(question.pk), "")).strip()
        if question.required and not text:
            raise CoursesError(
                _("Please answer every required question."), code="answers_missing"
            )
        if text:
            cleaned[str(question.pk)] = text[:4000]
    return cleaned


def _check_can_request(*, promotion: Promotion, user, invitation) -> None:
    if not user.is_authenticated:
        raise CoursesError(_("Please sign in to enrol."), code="anonymous")
    if not user_email_verified(user=user):
        raise CoursesError(
            _("Please verify your e-mail address before enrolling."),
            code="not_verified",
        )
    if invitation is None and not promotion.enrolment_is_open:
        raise CoursesError(
            _("Enrolment in this promotion is closed."), code="enrolment_closed"
        )
    if invitation is not None and promotion.state in (
        Promotion.State.DRAFT,
        Promotion.State.ENDED,
        Promotion.State.ARCHIVED,
    ):
        raise CoursesError(
            _("This promotion no longer takes learners."), code="enrolment_closed"
        )


def _place_state(*, promotion: Promotion, user) -> str:
    """Where a person given a place starts: enrolled, or accepted until paid."""
    return (
        State.ACCEPTED
        if needs_payment(promotion=promotion, user=user)
        else State.ENROLLED
    )


def _stamp(enrolment: Enrolment) -> None:
    now = timezone.now()
    if enrolment.state in (
        State.ACCEPTED,
        State.ENROLLED,
        State.REJECTED,
        State.WAITLISTED,
    ):
        enrolment.decided_at = enrolment.decided_at or now
    if enrolment.state == State.ENROLLED:
        enrolment.enrolled_at = now


def enrolment_request(
    *,
    promotion: Promotion,
    user,
    answers: dict | None = None,
    invitation: Invitation | None = None,
) -> Enrolment:
    """A learner asks for a place: applied, enrolled, accepted (to pay) or waitlisted.

    A promotion that requires an application records it for staff to decide; else a
    free place is taken at once, or the learner joins the waiting list when full.
    """
    _check_can_request(promotion=promotion, user=user, invitation=invitation)
    with locked_atomic(busy=CoursesBusy):
        promotion = _locked_promotion(promotion)
        if Enrolment.objects.filter(promotion=promotion, learner=user).exists():
            raise CoursesError(
                _("You are already enrolled in this promotion."), code="already"
            )
        cleaned = _clean_answers(promotion, answers)
        if promotion.requires_application and invitation is None:
            state = State.APPLIED
        elif has_free_place(promotion):
            state = _place_state(promotion=promotion, user=user)
        else:
            state = State.WAITLISTED
        enrolment = Enrolment(
            promotion=promotion, learner=user, state=state, answers=cleaned
        )
        _stamp(enrolment)
        enrolment.save()
        if invitation is not None:
            invitation.accepted_at = timezone.now()
            invitation.enrolment = enrolment
            invitation.save(update_fields=["accepted_at", "enrolment"])
        record_enrolment(enrolment, actor=user, verb="requested", from_state="")
        queue_learner_mail(
            enrolment=enrolment,
            template=f"enrolment_{state}",
            key=f"courses.enrolment.{enrolment.pk}.{state}",
        )
    return enrolment


DECISIONS = {
    "accept": (State.APPLIED, State.WAITLISTED),
    "waitlist": (State.APPLIED,),
    "reject": (State.APPLIED, State.WAITLISTED),
}


def enrolment_decide(*, enrolment: Enrolment, decision: str, actor) -> Enrolment:
    """Staff accept, waitlist or reject an application (or a waiting learner).

    Accepting takes a place: refused when the promotion is full. A free place makes
    the learner enrolled at once; a paid one waits for the payment (accepted).
    """
    if decision not in DECISIONS:
        raise ValueError(decision)
    with locked_atomic(busy=CoursesBusy):
        promotion = _locked_promotion(enrolment.promotion)
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        enrolment.promotion = promotion
        if enrolment.state not in DECISIONS[decision]:
            raise CoursesError(
                _("This enrolment was already decided."), code="already_decided"
            )
        before = enrolment.state
        if decision == "accept":
            if not has_free_place(promotion):
                raise CoursesError(
                    _("The promotion is full: free a place before accepting."),
                    code="full",
                )
            enrolment.state = _place_state(promotion=promotion, user=enrolment.learner)
        elif decision == "waitlist":
            enrolment.state = State.WAITLISTED
        else:
            enrolment.state = State.REJECTED
        _stamp(enrolment)
        enrolment.save()
        record_enrolment(enrolment, actor=actor, verb=decision, from_state=before)
        queue_learner_mail(
            enrolment=enrolment,
            template=f"enrolment_{enrolment.state}",
            key=f"courses.enrolment.{enrolment.pk}.{enrolment.state}",
        )
    return enrolment


def enrolment_withdraw(*, enrolment: Enrolment, actor) -> Enrolment:
    """The learner (or staff) gives up the place; the waiting list moves up."""
    with locked_atomic(busy=CoursesBusy):
        promotion = _locked_promotion(enrolment.promotion)
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.state in (
            State.WITHDRAWN,
            State.REJECTED,
            State.COMPLETED,
            State.NOT_COMPLETED,
        ):
            raise CoursesError(
                _("This enrolment can no longer be withdrawn."), code="not_withdrawable"
            )
        before = enrolment.state
        enrolment.state = State.WITHDRAWN
        enrolment.save(update_fields=["state"])
        record_enrolment(enrolment, actor=actor, verb="withdrawn", from_state=before)
        if before in Enrolment.HOLDS_PLACE:
            waitlist_promote(promotion=promotion)
    return enrolment


def enrolment_confirm_paid(*, enrolment: Enrolment, actor=None) -> Enrolment:
    """The order paying for an accepted place is paid: the learner is enrolled."""
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.state != State.ACCEPTED:
            return enrolment
        enrolment.state = State.ENROLLED
        _stamp(enrolment)
        enrolment.save(update_fields=["state", "enrolled_at", "decided_at"])
        record_enrolment(enrolment, actor=actor, verb="paid", from_state=State.ACCEPTED)
        queue_learner_mail(
            enrolment=enrolment,
            template="enrolment_enrolled",
            key=f"courses.enrolment.{enrolment.pk}.enrolled",
        )
    return enrolment


def waitlist_promote(*, promotion: Promotion) -> list[Enrolment]:
    """Give free places to the waiting list, first come first served.

    Call inside a transaction holding the promotion's lock.
    """
    promoted = []
    waiting = promotion.enrolments.filter(state=State.WAITLISTED).order_by(
        "created_at", "pk"
    )
    for enrolment in waiting:
        if not has_free_place(promotion):
            break
        enrolment.state = _place_state(promotion=promotion, user=enrolment.learner)
        _stamp(enrolment)
        enrolment.save()
        record_enrolment(
            enrolment, actor=None, verb="promoted", from_state=State.WAITLISTED
        )
        queue_learner_mail(
            enrolment=enrolment,
            template="waitlist_promoted",
            key=f"courses.enrolment.{enrolment.pk}.promoted",
        )
        promoted.append(enrolment)
    return promoted
