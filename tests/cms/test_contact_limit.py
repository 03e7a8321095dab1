"""The contact form e-mails the team: one address cannot flood it."""

import pytest
from django.core import mail

from cms.models import ContactSubmission

pytestmark = pytest.mark.django_db

MESSAGE = {"nom": "Ana Pérez", "message": "Bonjour", "website": ""}


@pytest.fixture
def contact(contact_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "cms.contact": "2/10m/ip"}
    return contact_page(("Nom", "singleline"), ("Message", "multiline"))


def test_past_the_limit_a_translated_429_page_and_nothing_sent(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            assert client.post("/fr/contact/", MESSAGE).status_code == 200
        refused = client.post("/fr/contact/", MESSAGE)

    html = refused.content.decode()
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    assert "Trop de tentatives" in html
    assert 'class="site-header"' in html  # the site's own page, in its look
    assert ContactSubmission.objects.count() == 2
    assert len(mail.outbox) == 2
    # Reading the page is never limited; other addresses may still write.
    assert client.get("/fr/contact/").status_code == 200
    other = client.post("/fr/contact/", MESSAGE, REMOTE_ADDR="198.51.100.20")
    assert other.status_code == 200
    assert ContactSubmission.objects.count() == 3
