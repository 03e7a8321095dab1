"""What editors rely on: moderation, scheduling, previews, redirects, forms."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Workflow

from cms.models import (
    AgendaPage,
    ContactSubmission,
    EventPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
)
from cms.tasks import publish_scheduled_pages
from core.models import OutboxMessage
from core.tasks import send_outbox_message
from tests.cms.factories import EventPageFactory, NewsArticlePageFactory
from tests.factories import StandardPageFactory, UserFactory, translate_page

pytestmark = pytest.mark.django_db


def member_of(group_name: str):
    user = UserFactory(mfa=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editors_submit_and_moderators_publish(news_index):
    editor = member_of("Editors")
    moderator = member_of("Moderators")
    article = NewsArticlePageFactory(parent=news_index, title="Draft", live=False)

    assert not article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(moderator).can_publish()
    workflow = article.get_workflow()
    assert workflow == Workflow.objects.get(name="Moderators approval")

    article.save_revision(user=editor)
    state = workflow.start(article, editor)
    task_state = state.current_task_state
    assert [a[0] for a in task_state.task.specific.get_actions(article, editor)] == []
    assert "approve" in [
        a[0] for a in task_state.task.specific.get_actions(article, moderator)
    ]
    task_state.task.specific.on_action(task_state, moderator, "approve")

    article.refresh_from_db()
    assert article.live


def test_editors_may_edit_news_categories_in_the_admin(client):
    editor = member_of("Editors")
    client.force_login(editor)

    assert client.get("/admin/snippets/cms/newscategory/").status_code == 200
    assert client.get("/admin/snippets/cms/newscategory/add/").status_code == 200
    assert client.get("/admin/snippets/cms/goal/").status_code in (302, 403)


def test_scheduled_article_is_published_by_the_periodic_task(client, news_index):
    from wagtail.models import Revision

    article = NewsArticlePageFactory(parent=news_index, slug="embargo", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = article.save_revision()
    revision.publish()  # scheduled: not live yet
    assert client.get("/fr/actualites/embargo/").status_code == 404

    # An hour later, as far as the revision can tell.
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision = Revision.objects.get(pk=revision.pk)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    publish_scheduled_pages.delay()

    assert client.get("/fr/actualites/embargo/").status_code == 200


@pytest.mark.parametrize(
    "model", [NewsIndexPage, NewsArticlePage, AgendaPage, EventPage, HomePage]
)
def test_page_types_are_previewable(model, homes, news_index, agenda):
    page = {
        NewsIndexPage: news_index,
        AgendaPage: agenda,
        NewsArticlePage: NewsArticlePageFactory(parent=news_index),
        EventPage: EventPageFactory(parent=agenda),
        HomePage: homes["fr"],
    }[model]
    user = UserFactory(is_superuser=True, is_staff=True, mfa=True)
    from django.test import Client

    client = Client()
    client.force_login(user)
    response = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert response.status_code == 200


def test_redirects_send_old_addresses_to_new_pages(client, news_index):
    article = NewsArticlePageFactory(parent=news_index, slug="nouvelle-adresse")
    Redirect.objects.create(
        old_path="/fr/newsroom/ancienne-adresse", redirect_page=article
    )

    response = client.get("/fr/newsroom/ancienne-adresse/")

    assert response.status_code == 301
    assert response["Location"].endswith("/fr/actualites/nouvelle-adresse/")


@pytest.fixture
def contact(contact_page):
    return contact_page(("Nom", "singleline"), ("Message", "multiline"))


def test_contact_form_keeps_the_message_and_mails_the_team(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/contact/", {"nom": "Ana Pérez", "message": "Bonjour", "website": ""}
        )

    assert response.status_code == 200
    assert "Merci" in response.content.decode()
    submission = ContactSubmission.objects.get()
    assert submission.get_data()["nom"] == "Ana Pérez"
    assert "website" not in submission.form_data
    assert len(mail.outbox) == 1 and "Ana Pérez" in mail.outbox[0].body
    row = OutboxMessage.objects.get(idempotency_key=f"cms.contact.{submission.pk}")
    assert row.state == OutboxMessage.State.SENT
    assert send_outbox_message(row.pk) == "skipped"  # again: nothing more is sent
    assert len(mail.outbox) == 1


def test_contact_form_honeypot_drops_robots_silently(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/contact/",
            {"nom": "Bot", "message": "Buy now", "website": "http://spam.example"},
        )

    assert response.status_code == 200
    assert ContactSubmission.objects.count() == 0
    assert mail.outbox == []


def test_contact_form_errors_keep_what_was_typed(client, contact):
    response = client.post("/fr/contact/", {"nom": "", "message": "Mon long message"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Mon long message" in html
    assert 'class="field__error"' in html
    assert ContactSubmission.objects.count() == 0


def test_untranslated_page_points_to_the_languages_that_have_it(client, homes):
    statutes = StandardPageFactory(parent=homes["fr"], title="Statuts", slug="statuts")
    translate_page(statutes, "en", title="Statutes", slug="statutes")

    response = client.get("/es/statuts/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="es">' in html
    assert "Esta página aún no está traducida" in html
    assert 'href="/fr/statuts/"' in html
    assert client.get("/es/nothing-here/").status_code == 404
    assert (
        "Esta página aún no está traducida"
        not in client.get("/es/nothing-here/").content.decode()
    )
