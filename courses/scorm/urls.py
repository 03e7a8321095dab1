"""Packaged activities: their files and their runtime calls (enrolled learners only)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "runtime/<int:lesson_id>/",
        views.scorm_runtime,
        name="scorm_runtime",
    ),
    path(
        "<int:package_id>/<int:lesson_id>/<path:path>",
        views.scorm_file,
        name="scorm_file",
    ),
]
