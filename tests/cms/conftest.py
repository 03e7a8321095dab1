import pytest

from tests.cms.factories import AgendaPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["fr"])


@pytest.fixture
def agenda(homes):
    return AgendaPageFactory(parent=homes["fr"])
