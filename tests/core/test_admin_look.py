"""The admin's look: the network's brand, avatars drawn from initials, and nothing
loaded from another site."""

import io
import json
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.users.models import UserProfile

from core.admin_look import PALETTE, initials
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(client):
    user = UserFactory(
        email="ines.barbier@aivp.example",
        first_name="Inès",
        last_name="Barbier",
        is_staff=True,
        is_superuser=True,
        mfa=True,
    )
    client.force_login(user)
    return user


class Assets(HTMLParser):
    """The addresses a browser fetches on its own: images, scripts, stylesheets,
    icons, frames."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("img", "script", "iframe", "source", "video", "audio", "embed"):
            self.urls += [attrs["src"]] if attrs.get("src") else []
            srcset = attrs.get("srcset") or ""
            self.urls += [part.split()[0] for part in srcset.split(",") if part.strip()]
        if tag == "link" and attrs.get("href"):
            self.urls.append(attrs["href"])


def fetched_elsewhere(html: str) -> list[str]:
    parser = Assets()
    parser.feed(html)
    return [url for url in parser.urls if _off_site(url)]


def _off_site(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob") and parts.netloc not in (
        "",
        "testserver",
    )


def sidebar_props(html: str) -> str:
    found = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    return found.group(1)


def avatar_url_in_sidebar(html: str) -> str:
    return re.search(r'"avatarUrl": ("[^"]*")', sidebar_props(html)).group(1)


def test_the_dashboard_carries_the_networks_name_and_logo(client, superuser):
    html = client.get("/admin/").content.decode()

    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    assert "AIVP" in heading
    # In the site's language: this person chose none and the browser asks for none.
    assert "Le réseau mondial des villes portuaires" in heading
    assert re.search(r"<title>[^<]* - AIVP</title>", html)
    assert '<link rel="icon" href="/static/img/favicon.svg"' in html
    assert "wagtailadmin/images/favicon.ico" not in html
    # The sidebar's logo, read by its script from a template element.
    logo = re.search(
        r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", html, re.S
    ).group(1)
    assert 'src="/static/img/favicon.svg"' in logo
    assert "AIVP" in logo
    assert '<link rel="stylesheet" href="/static/core/admin.css">' in html


def test_every_admin_page_has_the_brand_in_its_title(client, superuser):
    html = client.get("/admin/pages/").content.decode()

    assert re.search(r"<title>[^<]* - AIVP</title>", html)
    assert "<title>" in html and " - Wagtail</title>" not in html


def test_the_admin_signs_in_on_the_sites_page_with_the_network_brand(client):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/fr/accounts/login/")
    html = response.content.decode()
    assert '<span class="brand__mark">AIVP</span>' in html
    assert "Le réseau mondial des villes portuaires" in html


def test_avatars_are_the_persons_initials(client, superuser):
    home = client.get("/admin/").content.decode()

    # The dashboard's account summary: the initials as text, in the person's colour.
    assert re.search(
        r'<span class="avatar-initials" style="background-color: #[0-9a-f]{6}" '
        r'aria-hidden="true">IB</span>',
        home,
    )
    assert "default-user-avatar.png" not in home
    # The sidebar's account menu takes an image: the initials drawn in SVG, in place.
    avatar = json.loads(avatar_url_in_sidebar(home))
    assert avatar.startswith("data:image/svg+xml,")
    svg = unquote(avatar.removeprefix("data:image/svg+xml,"))
    assert ">IB</text>" in svg
    assert PALETTE[superuser.pk % len(PALETTE)] in svg


def test_initials_of_a_person_without_a_name():
    assert initials(UserFactory.build(first_name="Inès", last_name="barbier")) == "IB"
    nameless = UserFactory.build(first_name=" ", last_name="", email="zoe@x.org")
    assert initials(nameless) == "Z"


def test_markup_in_a_name_stays_text(client):
    user = UserFactory(
        first_name="<i>", last_name="&", is_staff=True, is_superuser=True, mfa=True
    )
    client.force_login(user)

    home = client.get("/admin/").content.decode()

    assert '<span class="avatar-initials"' in home
    assert ">&lt;&amp;</span>" in home
    svg = unquote(json.loads(avatar_url_in_sidebar(home)))
    assert "&lt;&amp;</text>" in svg


def test_an_uploaded_picture_is_kept(client, superuser):
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(picture, "PNG")
    profile = UserProfile.get_for_user(superuser)
    profile.avatar = SimpleUploadedFile("me.png", picture.getvalue(), "image/png")
    profile.save()

    home = client.get("/admin/").content.decode()

    assert '<span class="avatar-initials"' not in home
    assert re.search(r'<img src="/media/avatar_images/[^"]+\.png"', home)
    assert json.loads(avatar_url_in_sidebar(home)).startswith("/media/avatar_images/")


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/pages/",
        "/admin/account/",
        "/admin/users/",
        "/admin/images/",
        "/admin/staff-guide/",
    ],
)
def test_admin_pages_load_nothing_from_another_site(client, superuser, path):
    response = client.get(path)

    assert response.status_code == 200
    html = response.content.decode()
    assert fetched_elsewhere(html) == []
    assert json.loads(avatar_url_in_sidebar(html)).startswith("data:")
    assert "gravatar" not in html


def test_the_check_finds_an_address_on_another_site():
    html = (
        '<img src="https://www.gravatar.com/avatar/1"><script src="/static/a.js">'
        '</script><link rel="stylesheet" href="//cdn.example/x.css">'
        '<img src="data:image/svg+xml,x"><img src="http://testserver/media/a.png">'
    )

    assert fetched_elsewhere(html) == [
        "https://www.gravatar.com/avatar/1",
        "//cdn.example/x.css",
    ]
