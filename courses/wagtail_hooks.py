"""The courses' Wagtail hooks, one module per side of the app (courses/hooks/)."""

from .hooks import learners  # noqa: F401
from .scorm import wagtail_hooks  # noqa: F401
