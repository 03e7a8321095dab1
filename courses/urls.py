"""The learners' actions beside the course pages, under /<lang>/learning/."""

from django.urls import include, path

from .views import invitations, learning, payment

app_name = "courses"

urlpatterns = [
    path(
        "promotions/<int:promotion_id>/enrol/",
        learning.enrol,
        name="enrol",
    ),
    path(
        "enrolments/<int:enrolment_id>/withdraw/",
        learning.withdraw,
        name="withdraw",
    ),
    path("enrolments/<int:enrolment_id>/pay/", payment.pay, name="pay"),
    path(
        "invitations/<str:token>/",
        invitations.invitation,
        name="invitation",
    ),
    path("lessons/<int:lesson_id>/done/", learning.mark_done, name="mark_done"),
    path("lessons/<int:lesson_id>/quiz/", learning.submit_quiz, name="quiz"),
    path("scorm/", include("courses.scorm.urls")),
    path("", include("courses.urls_documents")),
]
