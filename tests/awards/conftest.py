import pytest
from django.utils import translation

from .fixtures import edition, prize_pages  # noqa: F401


@pytest.fixture
def english():
    """Messages in English, whatever an earlier test left active."""
    with translation.override("en"):
        yield
