"""Enrolments in the admin: deciding many at once, one at a time, and who may."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.http import urlencode

from core.audit import audit_trail
from courses.models import ApplicationQuestion, Enrolment
from tests.courses.admin_helpers import refused, staff_user
from tests.courses.fixtures import enrol
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db

State = Enrolment.State
LIST = "/admin/courses/enrolments/"


@pytest.fixture
def decider(db):
    return staff_user(
        "decider@aivp.example", "courses.change_enrolment", "courses.view_enrolment"
    )


@pytest.fixture
def applied(open_promotion):
    """A promotion of 2 places requiring an application, and 3 applicants."""
    open_promotion.capacity = 2
    open_promotion.requires_application = True
    open_promotion.save()
    return [
        enrol(
            open_promotion,
            VerifiedUserFactory(email=f"applicant{n}@port.example"),
            state=State.APPLIED,
        )
        for n in range(3)
    ]


def bulk_url(action: str, enrolments) -> str:
    query = urlencode(
        [("next", LIST), *(("id", enrolment.pk) for enrolment in enrolments)]
    )
    return f"/admin/bulk/courses/enrolment/{action}/?{query}"


def states(enrolments) -> list[str]:
    return [Enrolment.objects.get(pk=e.pk).state for e in enrolments]


class TestBulk:
    def test_accepting_three_for_two_places_refuses_the_third_and_says_so(
        self, client, decider, applied
    ):
        client.force_login(decider)
        url = bulk_url("accept", applied)

        confirm = client.get(url)
        assert confirm.status_code == 200
        assert "applicant2@port.example" in confirm.content.decode()

        response = client.post(url, follow=True)

        assert states(applied) == [State.ENROLLED, State.ENROLLED, State.APPLIED]
        html = response.content.decode()
        assert "2 enrolments decided." in html
        assert "The promotion is full: free a place before accepting." in html
        entry = audit_trail(applied[0]).get(action="courses.enrolment.accept")
        assert entry.actor == decider

    def test_waitlist_and_reject_in_bulk(self, client, decider, applied):
        client.force_login(decider)

        client.post(bulk_url("waitlist", applied[:2]))
        client.post(bulk_url("reject", applied[1:]))

        assert states(applied) == [State.WAITLISTED, State.REJECTED, State.REJECTED]

    def test_an_enrolment_already_decided_is_reported_not_changed(
        self, client, decider, applied
    ):
        enrolled = enrol(applied[0].promotion)
        client.force_login(decider)

        response = client.post(bulk_url("reject", [enrolled]), follow=True)

        assert states([enrolled]) == [State.ENROLLED]
        assert "This enrolment was already decided." in response.content.decode()

    def test_staff_who_may_only_view_decide_nothing(self, client, applied):
        viewer = staff_user("viewer@aivp.example", "courses.view_enrolment")
        client.force_login(viewer)

        client.post(bulk_url("accept", applied))

        assert states(applied) == [State.APPLIED] * 3

    def test_enrolments_are_never_deleted_in_bulk(self, client, applied):
        admin = staff_user("admin@aivp.example", superuser=True)
        client.force_login(admin)

        client.post(bulk_url("delete", applied))

        assert Enrolment.objects.filter(pk__in=[e.pk for e in applied]).count() == 3


class TestList:
    def test_filters_and_search_find_the_learners(self, client, decider, applied):
        applied[0].learner.last_name = "Zanzibar"
        applied[0].learner.save()
        other = enrol(applied[0].promotion, VerifiedUserFactory(email="x@port.example"))
        client.force_login(decider)

        waiting = client.get(
            LIST, {"promotion": applied[0].promotion_id, "state": State.APPLIED}
        ).content.decode()
        found = client.get(LIST, {"q": "zanzibar"}).content.decode()

        assert "applicant1@port.example" in waiting
        assert "x@port.example" not in waiting
        assert "applicant0@port.example" in found
        assert "applicant1@port.example" not in found
        assert other.pk

    def test_the_list_is_refused_to_staff_without_the_permission(self, client, applied):
        clerk = staff_user("clerk@aivp.example")
        client.force_login(clerk)

        assert refused(client.get(LIST))


class TestOne:
    def test_inspect_shows_the_answers_to_the_questions_and_the_history(
        self, client, decider, applied
    ):
        enrolment = applied[0]
        question = ApplicationQuestion.objects.create(
            promotion=enrolment.promotion,
            text="Pourquoi ?",
            text_en="Why this course?",
        )
        enrolment.answers = {str(question.pk): "To green our port."}
        enrolment.save()
        client.force_login(decider)
        client.post(f"{LIST}{enrolment.pk}/act/waitlist/")

        html = client.get(f"{LIST}inspect/{enrolment.pk}/").content.decode()

        assert "Why this course?" in html
        assert "To green our port." in html
        assert "waitlist" in html and "On the waiting list" in html
        assert f"{LIST}{enrolment.pk}/act/accept/" in html

    def test_withdrawing_one_enrolment_frees_its_place(self, client, decider, applied):
        first = applied[0]
        client.force_login(decider)
        client.post(bulk_url("accept", applied[:2]))
        client.post(bulk_url("waitlist", applied[2:]))

        confirm = client.get(f"{LIST}{first.pk}/act/withdraw/")
        assert confirm.status_code == 200
        client.post(f"{LIST}{first.pk}/act/withdraw/")

        assert states(applied) == [State.WITHDRAWN, State.ENROLLED, State.ENROLLED]

    def test_editing_an_enrolment_leads_to_its_screen(self, client, decider, applied):
        client.force_login(decider)

        response = client.get(f"{LIST}edit/{applied[0].pk}/")

        assert response["Location"] == f"{LIST}inspect/{applied[0].pk}/"

    def test_acting_needs_the_permission(self, client, applied):
        viewer = staff_user("viewer@aivp.example", "courses.view_enrolment")
        client.force_login(viewer)

        assert refused(client.post(f"{LIST}{applied[0].pk}/act/accept/"))
        assert states(applied[:1]) == [State.APPLIED]


class TestHomePanel:
    def test_deciders_see_the_applications_waiting_per_promotion(
        self, client, decider, applied
    ):
        client.force_login(decider)

        html = client.get("/admin/").content.decode()

        assert "courses-applications-waiting" in html
        assert "3 applications wait for a decision." in html
        promotion = applied[0].promotion
        assert f"promotion={promotion.pk}&amp;state=applied" in html

    def test_the_panel_costs_one_query_however_many_promotions(
        self, client, decider, applied, course
    ):
        from courses.admin_reports import applications_panel
        from tests.courses.fixtures import make_promotion

        request = RequestFactory().get("/admin/")
        request.user = decider

        def measure():
            panels = []
            with CaptureQueriesContext(connection) as queries:
                applications_panel(request, panels)
            return len(queries), panels

        measure()  # the person's permissions, then cached
        few, panels = measure()
        for n in range(5):
            other = make_promotion(
                course["course"], state="open", name=f"Other {n}", number=n + 3
            )
            enrol(other, state=State.APPLIED)
        many, more_panels = measure()

        assert few == many == 1
        assert len(panels[0].rows) == 1
        assert len(more_panels[0].rows) == 6

    def test_others_do_not(self, client, applied):
        client.force_login(staff_user("clerk@aivp.example"))

        html = client.get("/admin/").content.decode()

        assert "courses-applications-waiting" not in html
