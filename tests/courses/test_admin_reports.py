"""A promotion's progress report, its CSV, and the message to its learners."""

import csv
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.audit import audit_trail
from core.models import OutboxMessage
from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.reports import promotion_report, safe_cell
from tests.courses.admin_helpers import refused, staff_user
from tests.courses.fixtures import enrol
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db

State = Enrolment.State


@pytest.fixture
def staff(db):
    return staff_user("reports@aivp.example", "courses.change_promotion")


def done(enrolment, *lessons):
    for lesson in lessons:
        LessonProgress.objects.create(
            enrolment=enrolment,
            lesson_key=lesson.translation_key,
            done_at=timezone.now(),
        )


def attempt(enrolment, lesson, score, passed):
    return QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        answers={},
        score=Decimal(score),
        passed=passed,
    )


@pytest.fixture
def cohort(promotion, course):
    """Four learners: one half-way, one completed, one who did not, one withdrawn."""
    lessons = course["lessons"]  # 1.1, 1.2 (optional), 2.1 (quiz)
    halfway = enrol(
        promotion,
        VerifiedUserFactory(
            email="halfway@port.example", first_name="Ana", last_name="Half"
        ),
    )
    done(halfway, lessons[0])
    attempt(halfway, lessons[2], "50.00", False)
    attempt(halfway, lessons[2], "100.00", True)
    finished = enrol(
        promotion,
        VerifiedUserFactory(
            email="done@port.example", first_name="Bea", last_name="Done"
        ),
        state=State.COMPLETED,
    )
    done(finished, *lessons)
    attempt(finished, lessons[2], "100.00", True)
    missed = enrol(
        promotion,
        VerifiedUserFactory(
            email="missed@port.example", first_name="Carl", last_name="Missed"
        ),
        state=State.NOT_COMPLETED,
    )
    gone = enrol(
        promotion,
        VerifiedUserFactory(email="gone@port.example"),
        state=State.WITHDRAWN,
    )
    return {"halfway": halfway, "finished": finished, "missed": missed, "gone": gone}


def test_the_report_counts_what_the_rows_say(promotion, cohort):
    report = promotion_report(promotion=promotion)

    rows = {row.enrolment.learner.email: row for row in report.rows}
    assert set(rows) == {
        "halfway@port.example",
        "done@port.example",
        "missed@port.example",
    }
    assert rows["halfway@port.example"].modules == [(1, 2), (0, 1)]
    assert rows["halfway@port.example"].percent == 33
    assert rows["done@port.example"].modules == [(2, 2), (1, 1)]
    assert rows["done@port.example"].percent == 100
    assert rows["missed@port.example"].percent == 0
    assert report.completion_rate == 33  # 1 completed of 3 who followed it

    (quiz,) = report.quizzes
    assert (quiz.attempted, quiz.attempts, quiz.passed) == (2, 3, 2)
    halfway_quiz = rows["halfway@port.example"].quizzes[0]
    assert (halfway_quiz.attempts, halfway_quiz.kept, halfway_quiz.passed) == (
        2,
        Decimal("100.00"),
        True,
    )
    assert rows["missed@port.example"].quizzes[0].attempts == 0


def test_the_report_screen_shows_the_table(client, staff, promotion, cohort):
    client.force_login(staff)

    html = client.get(
        f"/admin/courses/promotions/{promotion.pk}/report/"
    ).content.decode()

    assert "Completion rate: 33 %." in html
    assert "halfway@port.example" in html and "gone@port.example" not in html
    assert "<td>1/2</td>" in html and "<td>33</td>" in html


def test_the_report_costs_as_many_queries_for_2_as_for_20_learners(
    client, staff, promotion, course
):
    client.force_login(staff)
    url = f"/admin/courses/promotions/{promotion.pk}/report/"

    def measure():
        client.get(url)  # sessions, caches: warm
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    for _n in range(2):
        learner = enrol(promotion)
        done(learner, course["lessons"][0])
        attempt(learner, course["lessons"][2], "80.00", True)
    few = measure()
    for _n in range(18):
        learner = enrol(promotion)
        done(learner, *course["lessons"][:2])
        attempt(learner, course["lessons"][2], "60.00", False)
    many = measure()

    assert few == many


def test_the_csv_opens_in_excel_and_never_runs_a_formula(
    client, staff, promotion, cohort
):
    learner = cohort["halfway"].learner
    learner.first_name = '=HYPERLINK("http://evil.example")'
    learner.last_name = "@SUM(A1)"
    learner.save()
    client.force_login(staff)

    response = client.get(f"/admin/courses/promotions/{promotion.pk}/report.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0][:3] == ["Learner", "E-mail", "State"]
    assert len(rows) == 4
    evil = next(row for row in rows if row[1] == "halfway@port.example")
    assert evil[0] == '\'=HYPERLINK("http://evil.example") @SUM(A1)'
    assert evil[3:5] == ["1/2", "0/1"]
    assert safe_cell("+1") == "'+1" and safe_cell("-1") == "'-1"
    assert safe_cell("@x") == "'@x" and safe_cell("plain") == "plain"


def test_the_report_needs_the_permission(client, promotion, cohort):
    client.force_login(staff_user("viewer@aivp.example", "courses.view_promotion"))

    assert refused(client.get(f"/admin/courses/promotions/{promotion.pk}/report/"))
    assert refused(client.get(f"/admin/courses/promotions/{promotion.pk}/report.csv"))


class TestMessage:
    URL = "/admin/courses/promotions/{}/message/"

    def test_each_learner_enrolled_or_completed_gets_one_mail_once(
        self, client, staff, promotion, cohort
    ):
        client.force_login(staff)
        data = {
            "subject": "Live session moved",
            "body": "The session is on Thursday & at 14:00.",
            "message_id": "abc123",
        }

        first = client.post(self.URL.format(promotion.pk), data)
        again = client.post(self.URL.format(promotion.pk), data)

        assert first.status_code == again.status_code == 302
        mails = OutboxMessage.objects.filter(source="courses.promotion_message")
        assert sorted(address for mail in mails for address in mail.to) == [
            "done@port.example",
            "halfway@port.example",
        ]
        mail = mails.first()
        assert mail.subject == "Live session moved"
        assert "The session is on Thursday & at 14:00." in mail.body
        entry = audit_trail(promotion).get(action="courses.promotion.messaged")
        assert entry.actor == staff and entry.note == "Live session moved"

    def test_an_empty_message_is_refused(self, client, staff, promotion, cohort):
        client.force_login(staff)

        response = client.post(
            self.URL.format(promotion.pk),
            {"subject": "", "body": "", "message_id": "x"},
        )

        assert response.status_code == 400
        assert not OutboxMessage.objects.filter(
            source="courses.promotion_message"
        ).exists()
