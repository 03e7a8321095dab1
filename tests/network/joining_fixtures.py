"""Fixtures of the joining tests: join pages in three languages, a staff member."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Permission

from network.models import Campaign, CampaignPage, JoinPage
from tests.factories import VerifiedUserFactory, translate_page

FORM = {
    "organisation_name": "Port of Valparaíso",
    "kind": "port_authority",
    "country": "CL",
    "city": "Valparaíso",
    "website": "https://www.example.cl",
    "contact_name": "Ana Pérez",
    "contact_role": "Director",
    "email": "ana@example.cl",
    "phone": "",
    "message": "We would like to join.",
    "consent": "on",
    "nickname": "",
}


def add_benefits(page, count):
    page.benefits = [
        ("benefit", {"title": f"Benefit {n}", "text": "Text", "image": None})
        for n in range(count)
    ]
    page.categories = [
        ("category", {"name": f"Cat {n}", "audience": "A", "includes": "B"})
        for n in range(count)
    ]
    page.fees = [
        (
            "fees",
            {
                "caption": "Annual fees",
                "table": {
                    "columns": [
                        {"type": "text", "heading": "Category"},
                        {"type": "numeric", "heading": "€"},
                    ],
                    "rows": [{"values": ["Port city", "5000"]}],
                },
            },
        )
    ]
    page.save_revision().publish()


@pytest.fixture
def join_pages(homes):
    french = JoinPage(title="Adhérer", slug="adherer")
    homes["fr"].add_child(instance=french)
    french.save_revision().publish()
    return {
        "fr": french,
        "en": translate_page(french, "en", title="Join", slug="join"),
        "es": translate_page(french, "es", title="Unirse", slug="unirse"),
    }


@pytest.fixture
def campaign():
    return Campaign.objects.create(code="americas-2026", name="Americas 2026")


@pytest.fixture
def campaign_page(join_pages, campaign):
    page = CampaignPage(title="Amériques", slug="ameriques", campaign=campaign)
    join_pages["fr"].add_child(instance=page)
    page.save_revision().publish()
    return page


def other_staff():
    """Someone who reaches the admin but may not decide applications."""
    user = VerifiedUserFactory(is_staff=True)
    TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def decider():
    user = other_staff()
    user.user_permissions.add(
        Permission.objects.get(codename="decide_membershipapplication")
    )
    return user


@pytest.fixture
def staff_client(client):
    client.force_login(decider())
    return client
