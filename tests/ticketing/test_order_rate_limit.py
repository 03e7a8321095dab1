"""One account cannot hold tickets by placing order after order."""

import pytest
from django.urls import reverse

from tests.ticketing.test_views import choose, fill_details, review_post
from ticketing.models import Order

pytestmark = pytest.mark.django_db


def place(client, conference, regular, address):
    choose(client, conference, regular, quantity=1)
    fill_details(client, conference, quantity=1, method="bank_transfer")
    return client.post(
        reverse("ticketing:review", kwargs={"slug": conference.slug}),
        review_post(regular, quantity=1),
        REMOTE_ADDR=address,
    )


def test_past_the_limit_no_order_is_placed(
    client, settings, buyer, conference, regular, venue
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "ticketing.order": "2/h/user"}
    client.force_login(buyer)
    for address in ("203.0.113.1", "203.0.113.2"):
        assert place(client, conference, regular, address).status_code == 302

    refused = place(client, conference, regular, "203.0.113.3")

    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert Order.objects.filter(buyer=buyer).count() == 2
    # The review page itself still opens.
    review = reverse("ticketing:review", kwargs={"slug": conference.slug})
    assert client.get(review).status_code in (200, 302)
