"""The promotion's admin screens: its form's checks, its state buttons, who may act."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.models import CoursePage, ModulePage, Promotion
from tests.courses.admin_helpers import refused, staff_user

pytestmark = pytest.mark.django_db

ADD = "/admin/courses/promotions/new/"


@pytest.fixture
def staff(db):
    return staff_user("courses@aivp.example", superuser=True)


def form_data(course, *, schedule=(), **fields):
    values = {
        "course": course.pk,
        "number": 1,
        "language": "fr",
        "name": "Promotion 2027",
        "name_en": "",
        "name_es": "",
        "enrolment_opens_at": "2027-01-04 09:00",
        "enrolment_closes_at": "2027-02-26 18:00",
        "starts_on": "2027-03-01",
        "ends_on": "2027-05-28",
        "certificate_available_on": "",
        "capacity": "20",
        "requires_application": "",
        "fee": "free",
        "member_price": "0",
        "price": "0",
        "vat_rate": "20",
        "questions": inline_formset([]),
        "schedule": inline_formset(list(schedule)),
        "live_sessions": inline_formset([]),
        **fields,
    }
    return nested_form_data(values)


def errors_of(response) -> str:
    return response.content.decode()


class TestForm:
    def test_a_valid_promotion_is_created_as_a_draft(self, client, staff, course):
        client.force_login(staff)
        module = course["modules"][1]

        response = client.post(
            ADD,
            form_data(
                course["course"],
                schedule=[
                    {"module": module.pk, "release_on": "2027-03-15", "due_on": ""}
                ],
                state="running",  # read-only: ignored
            ),
        )

        assert response.status_code == 302, errors_of(response)
        promotion = Promotion.objects.get()
        assert promotion.state == Promotion.State.DRAFT
        assert promotion.schedule.get().module.pk == module.pk

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            (
                {"enrolment_closes_at": "2027-01-04 08:00"},
                "Enrolment must close after it opens.",
            ),
            ({"ends_on": "2027-02-01"}, "The promotion must end after it starts."),
            ({"fee": "paid", "price": "0"}, "A paid promotion needs a price above"),
        ],
    )
    def test_inconsistent_settings_are_refused(
        self, client, staff, course, fields, message
    ):
        client.force_login(staff)

        response = client.post(ADD, form_data(course["course"], **fields))

        assert response.status_code == 200
        assert message in response.content.decode()
        assert not Promotion.objects.exists()

    def test_a_module_of_another_course_or_due_before_release_is_refused(
        self, client, staff, course
    ):
        other = course["index"].add_child(
            instance=CoursePage(
                title="Un autre cours",
                slug="autre-cours",
                summary="Un autre.",
                overview="<p>Autre.</p>",
            )
        )
        outsider = other.add_child(instance=ModulePage(title="Module A", slug="a"))
        client.force_login(staff)
        own = course["modules"][0]

        response = client.post(
            ADD,
            form_data(
                course["course"],
                schedule=[
                    {"module": outsider.pk, "release_on": "2027-03-01", "due_on": ""},
                    {
                        "module": own.pk,
                        "release_on": "2027-03-10",
                        "due_on": "2027-03-01",
                    },
                ],
            ),
        )

        html = response.content.decode()
        assert "This module is not part of the course." in html
        assert "The due date must follow the release." in html
        assert not Promotion.objects.exists()

    def test_a_translated_module_of_the_course_is_accepted(self, client, staff, course):
        client.force_login(staff)
        english_module = course["en"][course["modules"][0].pk]
        english_course = course["en"][course["course"].pk]

        response = client.post(
            ADD,
            form_data(
                english_course,
                schedule=[
                    {
                        "module": english_module.pk,
                        "release_on": "2027-03-01",
                        "due_on": "",
                    }
                ],
            ),
        )

        assert response.status_code == 302, errors_of(response)


class TestStateButtons:
    def test_the_edit_screen_offers_the_allowed_moves_only(
        self, client, staff, open_promotion
    ):
        client.force_login(staff)

        html = client.get(
            f"/admin/courses/promotions/edit/{open_promotion.pk}/"
        ).content.decode()

        base = f"/admin/courses/promotions/{open_promotion.pk}/move/"
        assert f"{base}enrolment_closed/" in html
        assert f"{base}running/" in html
        assert f"{base}ended/" not in html
        assert f"/admin/courses/promotions/{open_promotion.pk}/next/" in html
        assert f"/admin/courses/promotions/{open_promotion.pk}/report/" in html

    def test_a_move_is_confirmed_then_made(self, client, staff, open_promotion):
        client.force_login(staff)
        url = f"/admin/courses/promotions/{open_promotion.pk}/move/enrolment_closed/"

        assert client.get(url).status_code == 200
        open_promotion.refresh_from_db()
        assert open_promotion.state == Promotion.State.OPEN

        response = client.post(url, follow=True)

        open_promotion.refresh_from_db()
        assert open_promotion.state == Promotion.State.ENROLMENT_CLOSED
        assert "The promotion is now" in response.content.decode()

    def test_a_refused_move_says_why_and_changes_nothing(
        self, client, staff, open_promotion
    ):
        client.force_login(staff)

        response = client.post(
            f"/admin/courses/promotions/{open_promotion.pk}/move/archived/",
            follow=True,
        )

        open_promotion.refresh_from_db()
        assert open_promotion.state == Promotion.State.OPEN
        assert "cannot go from" in response.content.decode()

    def test_staff_who_may_only_view_cannot_move_or_edit(self, client, open_promotion):
        viewer = staff_user("viewer@aivp.example", "courses.view_promotion")
        client.force_login(viewer)
        pk = open_promotion.pk

        assert refused(client.post(f"/admin/courses/promotions/{pk}/move/running/"))
        assert refused(client.get(f"/admin/courses/promotions/edit/{pk}/"))
        assert refused(client.get(f"/admin/courses/promotions/{pk}/report/"))
        assert refused(client.get(f"/admin/courses/promotions/{pk}/invite/"))
        open_promotion.refresh_from_db()
        assert open_promotion.state == Promotion.State.OPEN
        inspect = client.get(f"/admin/courses/promotions/inspect/{pk}/")
        assert inspect.status_code == 200
        assert "/move/" not in inspect.content.decode()


class TestLists:
    def test_the_promotions_list_links_each_report(self, client, staff, promotion):
        client.force_login(staff)

        html = client.get("/admin/courses/promotions/").content.decode()

        assert promotion.name in html
        assert f"/admin/courses/promotions/{promotion.pk}/report/" in html

    def test_certificates_are_listed_and_never_added(self, client, staff, learner):
        from courses.services import certificate_issue

        learner.state = "completed"
        learner.completed_at = learner.enrolled_at
        learner.save()
        certificate = certificate_issue(enrolment=learner)
        client.force_login(staff)

        listing = client.get("/admin/courses/certificates/")

        assert listing.status_code == 200
        assert certificate.code in listing.content.decode()
        assert refused(client.get("/admin/courses/certificates/new/"))

    def test_enrolments_export_as_csv(self, client, staff, learner):
        client.force_login(staff)

        response = client.get("/admin/courses/enrolments/", {"export": "csv"})

        assert response.status_code == 200
        content = b"".join(response.streaming_content).decode()
        assert learner.learner.email in content
