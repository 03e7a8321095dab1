import pytest

from cms.models import NewsIndexPage
from tests.accounts.fixtures import fresh_cache  # noqa: F401 (fixture)
from tests.browser.helpers import sign_in_to_admin

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.mark.usefixtures("fresh_cache")
def test_editor_publishes_an_article_the_public_then_reads(
    live_server, demo, page, screenshot
):
    index = NewsIndexPage.objects.get(locale__language_code="fr")
    sign_in_to_admin(page, live_server.url, language="en")  # "Publish" below

    page.goto(f"{live_server.url}/admin/pages/add/cms/newsarticlepage/{index.pk}/")
    page.fill("#id_title", "Rotterdam ouvre son nouveau Port Center")
    page.fill("#id_summary", "Un lieu pour découvrir le port, ouvert à tous.")
    screenshot("admin-news-article-form")
    page.locator(
        "footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']"
    ).first.click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{index.pk}/")

    page.goto(f"{live_server.url}/fr/actualites/")
    assert page.get_by_role(
        "link", name="Rotterdam ouvre son nouveau Port Center"
    ).is_visible()
    screenshot("news-index")
    page.get_by_role("link", name="Rotterdam ouvre son nouveau Port Center").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Rotterdam ouvre son nouveau Port Center"
    )
    screenshot("news-article-new")

    feed = page.request.get(f"{live_server.url}/fr/feeds/news.rss").text()
    assert "Rotterdam ouvre son nouveau Port Center" in feed


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("home-fr", "/fr/"),
        ("news-index-en", "/en/news/"),
        (
            "news-article-es",
            "/es/noticias/el-premio-antoine-rufenacht-recompensa-la-reconversion-"
            "del-puerto-de-tanger/",
        ),
        ("agenda-fr", "/fr/agenda/"),
        ("event-fr", "/fr/agenda/conference-mondiale-villes-ports/"),
        ("goal-fr", "/fr/agenda-2030/interface-ville-port/"),
        ("goals-en", "/en/agenda-2030/"),
        ("contact-es", "/es/contacto/"),
        ("untranslated-es", "/es/actualites/"),
    ],
)
def test_public_pages_render(live_server, demo, page, screenshot, name, path):
    response = page.goto(f"{live_server.url}{path}")

    assert response.status == (404 if name.startswith("untranslated") else 200)
    assert page.get_by_role("heading", level=1).is_visible()
    screenshot(name)
