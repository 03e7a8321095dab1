"""What editors do with the search: promote a page for a query, and see what
visitors asked, most and without results."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import reports
from search.models import SearchLog
from tests.factories import UserFactory
from tests.search.test_search import article

pytestmark = pytest.mark.django_db


def editor():
    person = UserFactory(is_staff=True, mfa=True)
    person.groups.add(Group.objects.get(name="Editors"))
    return person


def test_a_promoted_page_leads_the_results_in_its_language(client, news_index):
    pick = article(news_index, "Adhérer à l’AIVP", "Les conditions d’adhésion.")
    article(news_index, "Cotisation des membres")
    SearchPromotion.objects.create(
        query=Query.get("cotisation"), page=pick, description="Tarifs et formulaire."
    )
    page = client.get("/fr/search/", {"q": "Cotisation"}).content.decode()
    recommended = page.split('id="promoted-heading"')[1].split("</section>")[0]
    assert "Adhérer à l’AIVP" in recommended and "Tarifs et formulaire." in recommended
    # Not in another language's results.
    english = client.get("/en/search/", {"q": "cotisation"}).content.decode()
    assert "promoted-heading" not in english


def test_searches_are_counted_with_their_results(client, news_index):
    article(news_index, "Port et ville")
    for query in ("Port", "port ", "PORT", "téléphérique"):
        client.get("/fr/search/", {"q": query})
    client.get("/fr/search/", {"q": "port", "page": "2"})  # pages do not count
    rows = {r.query: (r.hits, r.results) for r in SearchLog.objects.all()}
    assert rows == {"port": (3, 1), "téléphérique": (1, 0)}

    top, missed = reports.report_rows(timezone.localdate() - datetime.timedelta(30))
    assert [(r["query"], r["searches"]) for r in top] == [
        ("port", 3),
        ("téléphérique", 1),
    ]
    assert [r["query"] for r in missed] == ["téléphérique"]


def test_editors_read_the_report_and_others_cannot(client, news_index):
    reports.record(language="fr", query="croisière", results=0)
    client.force_login(editor())
    page = client.get("/admin/search/report/")
    assert page.status_code == 200 and "croisière" in page.content.decode()
    client.force_login(UserFactory(is_staff=True, mfa=True))
    assert client.get("/admin/search/report/").status_code in (302, 403)


def test_old_searches_are_forgotten():
    today = timezone.localdate()
    SearchLog.objects.create(
        language="fr", query="ancien", date=today - datetime.timedelta(91), hits=2
    )
    SearchLog.objects.create(language="fr", query="récent", date=today, hits=1)
    assert reports.prune(today) == 1
    assert list(SearchLog.objects.values_list("query", flat=True)) == ["récent"]
