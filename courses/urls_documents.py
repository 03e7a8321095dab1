"""Certificates and calendars of the learners."""

from django.urls import path

from .views import documents

urlpatterns = [
    path("certificates/", documents.certificate_lookup, name="certificate_lookup"),
    path(
        "certificates/<str:code>/pdf/",
        documents.certificate_download,
        name="certificate_pdf",
    ),
    path(
        "certificates/<str:code>/",
        documents.certificate_verify,
        name="certificate_verify",
    ),
    path(
        "sessions/<uuid:uid>.ics",
        documents.session_calendar,
        name="session_ics",
    ),
    path(
        "calendar/<str:token>.ics",
        documents.calendar_feed,
        name="calendar_feed",
    ),
]
