"""The "Course staff" role does the courses' admin work, and nothing more."""

import pytest
from django.contrib.auth.models import Group

from courses.models import Enrolment, Promotion
from tests.courses.admin_helpers import refused, staff_user
from tests.courses.fixtures import enrol

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_staff(db):
    user = staff_user("team@aivp.example")
    user.user_permissions.clear()  # only what the role gives
    user.groups.add(Group.objects.get(name="Course staff"))
    return user


def test_course_staff_decide_move_and_report(client, course_staff, open_promotion):
    applicant = enrol(open_promotion, state=Enrolment.State.APPLIED)
    client.force_login(course_staff)
    pk = open_promotion.pk

    assert client.get("/admin/courses/promotions/").status_code == 200
    assert client.get(f"/admin/courses/promotions/edit/{pk}/").status_code == 200
    assert client.get(f"/admin/courses/promotions/{pk}/report/").status_code == 200
    client.post(f"/admin/courses/enrolments/{applicant.pk}/act/accept/")
    client.post(f"/admin/courses/promotions/{pk}/move/enrolment_closed/")

    applicant.refresh_from_db()
    open_promotion.refresh_from_db()
    assert applicant.state == Enrolment.State.ENROLLED
    assert open_promotion.state == Promotion.State.ENROLMENT_CLOSED


def test_course_staff_never_delete_promotions_or_enrolments(
    client, course_staff, open_promotion
):
    enrolment = enrol(open_promotion)
    client.force_login(course_staff)

    assert refused(
        client.post(f"/admin/courses/promotions/delete/{open_promotion.pk}/")
    )
    assert refused(client.post(f"/admin/courses/enrolments/delete/{enrolment.pk}/"))
    assert Promotion.objects.filter(pk=open_promotion.pk).exists()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()
