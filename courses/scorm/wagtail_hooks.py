"""The SCORM packages' admin screens, loaded by courses/wagtail_hooks.py."""

from wagtail.snippets.models import register_snippet

from .admin import ScormPackageViewSet

register_snippet(ScormPackageViewSet)
