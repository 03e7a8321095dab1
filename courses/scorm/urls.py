"""Packaged activities: their files and their runtime calls (enrolled learners only)."""

urlpatterns: list = []
