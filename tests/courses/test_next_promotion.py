"""Starting the next promotion: a draft copy with every date moved on."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from core.audit import audit_trail
from courses.models import (
    ApplicationQuestion,
    LiveSession,
    Promotion,
    PromotionModule,
)
from courses.services.promotions import next_offset_days, promotion_copy
from tests.courses.admin_helpers import refused, staff_user
from tests.courses.fixtures import make_promotion
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OFFSET = 364


@pytest.fixture
def staff(db):
    return staff_user("courses@aivp.example", superuser=True)


@pytest.fixture
def configured(course, staff):
    """A running promotion with every kind of configuration row."""
    today = datetime.date(2026, 3, 2)
    promotion = make_promotion(
        course["course"],
        number=3,
        name="Promotion printemps",
        name_en="Spring cohort",
        name_es="Promoción de primavera",
        language="en",
        capacity=25,
        requires_application=True,
        fee=Promotion.Fee.PAID,
        member_price=Decimal("90.00"),
        price=Decimal("250.00"),
        vat_rate=Decimal("5.50"),
        enrolment_opens_at=timezone.make_aware(datetime.datetime(2026, 1, 5, 9, 0)),
        enrolment_closes_at=timezone.make_aware(datetime.datetime(2026, 2, 20, 18, 0)),
        starts_on=today,
        ends_on=datetime.date(2026, 5, 29),
        certificate_available_on=datetime.date(2026, 6, 1),
    )
    promotion.facilitators.set([staff, UserFactory(email="tutor@aivp.example")])
    for number in (1, 2):
        ApplicationQuestion.objects.create(
            promotion=promotion,
            text=f"Question {number}",
            text_en=f"Question {number} (en)",
            required=number == 1,
            sort_order=number,
        )
    for number, module in enumerate(course["modules"]):
        PromotionModule.objects.create(
            promotion=promotion,
            module=module,
            release_on=today + datetime.timedelta(weeks=2 * number),
            due_on=today + datetime.timedelta(weeks=2 * number + 3),
            sort_order=number,
        )
    LiveSession.objects.create(
        promotion=promotion,
        title="Webinaire d’ouverture",
        title_en="Opening webinar",
        starts_at=timezone.make_aware(datetime.datetime(2026, 3, 3, 14, 0)),
        duration_minutes=90,
        join_url="https://meet.example/opening",
        recording_url="https://video.example/opening",
    )
    return promotion


def test_the_copy_is_a_draft_with_every_date_moved_and_every_row_kept(
    configured, staff
):
    original = configured
    delta = datetime.timedelta(days=OFFSET)

    copy = promotion_copy(promotion=original, offset_days=OFFSET, actor=staff)

    copy.refresh_from_db()
    assert copy.pk != original.pk
    assert copy.state == Promotion.State.DRAFT
    assert copy.number == 4
    for name in (
        "course_id",
        "name",
        "name_en",
        "name_es",
        "language",
        "capacity",
        "requires_application",
        "fee",
        "member_price",
        "price",
        "vat_rate",
    ):
        assert getattr(copy, name) == getattr(original, name), name
    for name in ("starts_on", "ends_on", "certificate_available_on"):
        assert getattr(copy, name) == getattr(original, name) + delta, name
    # Datetimes keep their wall-clock time across the change to summer time.
    local = timezone.localtime
    assert local(copy.enrolment_opens_at).date() == datetime.date(2027, 1, 4)
    assert local(copy.enrolment_opens_at).time() == datetime.time(9, 0)
    assert (
        local(copy.enrolment_closes_at) == local(original.enrolment_closes_at) + delta
    )

    assert set(copy.facilitators.all()) == set(original.facilitators.all())
    assert copy.facilitators.count() == 2
    assert [
        (q.text, q.text_en, q.required) for q in copy.questions.order_by("sort_order")
    ] == [
        ("Question 1", "Question 1 (en)", True),
        ("Question 2", "Question 2 (en)", False),
    ]

    old_rows = list(original.schedule.order_by("sort_order"))
    new_rows = list(copy.schedule.order_by("sort_order"))
    assert len(new_rows) == len(old_rows) == 2
    for old, new in zip(old_rows, new_rows, strict=True):
        assert new.module_id == old.module_id
        assert new.release_on == old.release_on + delta
        assert new.due_on == old.due_on + delta

    (old_session,) = original.live_sessions.all()
    (session,) = copy.live_sessions.all()
    assert (session.title, session.title_en, session.duration_minutes) == (
        "Webinaire d’ouverture",
        "Opening webinar",
        90,
    )
    assert local(session.starts_at) == local(old_session.starts_at) + delta
    assert local(session.starts_at).time() == datetime.time(14, 0)
    assert session.uid != old_session.uid
    assert session.join_url == "" and session.recording_url == ""

    # The original is untouched.
    assert original.schedule.count() == 2 and original.questions.count() == 2
    assert original.live_sessions.get().join_url == "https://meet.example/opening"
    entry = audit_trail(copy).get()
    assert entry.action == "courses.promotion.copied" and entry.actor == staff


def test_the_default_offset_is_the_gap_since_the_previous_start(configured, course):
    assert next_offset_days(configured) == 365
    make_promotion(
        course["course"],
        state=Promotion.State.ARCHIVED,
        starts_on=configured.starts_on - datetime.timedelta(days=182),
        ends_on=configured.starts_on - datetime.timedelta(days=100),
    )

    assert next_offset_days(configured) == 182


class TestScreen:
    URL = "/admin/courses/promotions/{}/next/"

    def test_the_form_offers_the_usual_gap_then_opens_the_new_draft(
        self, client, configured, staff
    ):
        client.force_login(staff)

        form = client.get(self.URL.format(configured.pk))
        assert form.status_code == 200
        assert 'value="365"' in form.content.decode()

        response = client.post(
            self.URL.format(configured.pk), {"offset_days": OFFSET}, follow=True
        )

        copy = Promotion.objects.exclude(pk=configured.pk).get()
        assert response.redirect_chain[-1][0] == (
            f"/admin/courses/promotions/edit/{copy.pk}/"
        )
        assert copy.starts_on == configured.starts_on + datetime.timedelta(OFFSET)
        assert "created as a draft" in response.content.decode()

    def test_a_bad_offset_is_refused(self, client, configured, staff):
        client.force_login(staff)

        response = client.post(self.URL.format(configured.pk), {"offset_days": "0"})

        assert response.status_code == 400
        assert Promotion.objects.count() == 1

    def test_staff_without_the_permission_cannot_copy(self, client, configured):
        clerk = staff_user("clerk@aivp.example", "courses.view_promotion")
        client.force_login(clerk)

        response = client.post(self.URL.format(configured.pk), {"offset_days": 7})

        assert refused(response)
        assert Promotion.objects.count() == 1
