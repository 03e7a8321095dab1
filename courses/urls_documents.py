"""Certificates and calendars of the learners."""

urlpatterns: list = []
