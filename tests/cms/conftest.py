import pytest

from cms.models import ContactPage
from tests.cms.factories import AgendaPageFactory, NewsIndexPageFactory
from tests.factories import VerifiedUserFactory


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["fr"])


@pytest.fixture
def agenda(homes):
    return AgendaPageFactory(parent=homes["fr"])


@pytest.fixture
def contact_page(homes):
    """Make a published contact page at /fr/contact/ with the fields given."""

    def make(*fields: tuple[str, str]):
        page = ContactPage(
            title="Contact",
            slug="contact",
            to_address="team@aivp.example",
            from_address="site@aivp.example",
            subject="Message from the site",
        )
        homes["fr"].add_child(instance=page)
        for label, field_type in fields:
            page.form_fields.create(label=label, field_type=field_type, required=True)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def member(client):
    """A signed-in visitor: the page cache does not serve them."""
    client.force_login(VerifiedUserFactory())
    return client
