import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test.utils import setup_databases, teardown_databases
from wagtail.models import Collection, Locale, Page, Site

from tests.accounts.fixtures import fresh_cache
from tests.factories import HomePageFactory, translate_page
from tests.migrations import migrate_to_latest
from tests.snapshots import restore_demo, snapshots

__all__ = ["fresh_cache"]


@pytest.fixture(autouse=True)
def _rate_limit_counts_per_test(fresh_cache):
    """Every test counts its own form posts: the suite posts the same forms from the
    same address far more often than the rate limits allow."""


@pytest.fixture(autouse=True, scope="session")
def outbox_email_backend(django_test_environment):
    """Django's test set-up swaps EMAIL_BACKEND for its in-memory one; the site's
    mail must still go through the outbox, whose delivery backend is that one."""
    settings.EMAIL_BACKEND = "core.mail.OutboxEmailBackend"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrations leave it, kept to be put back (snapshots)."""
    with django_db_blocker.unblock():
        # pytest-django creates it only for tests with its mark or db fixtures; a
        # run of tests that only use `demo` needs it all the same.
        created = None
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            created = setup_databases(verbosity=0, interactive=False)
        snapshots.take("migrated")
    yield
    with django_db_blocker.unblock():
        snapshots.drop_all()
        if created:
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="module")
def _demo_module(django_db_setup, django_db_blocker):
    """After a module's demo tests, the database as migrations left it again."""
    yield
    with django_db_blocker.unblock():
        snapshots.restore("migrated")


@pytest.fixture
def demo(request, _demo_module, django_db_blocker):
    """The demo content `make run` loads, restored from this process's snapshot.

    A test without a django_db mark runs in a transaction rolled back at its end,
    so the next one finds the demo untouched; a transactional test (a live server's)
    commits, and the demo is restored for the next test.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    if marker and not transactional:
        raise pytest.UsageError(
            f"{request.node.nodeid}: the demo fixture takes the place of "
            "django_db (or needs django_db(transaction=True))"
        )
    with django_db_blocker.unblock():
        if transactional or snapshots.current != "demo":
            restore_demo()
        if transactional:
            snapshots.current = None  # what the test commits, then a flush
            yield
            return
        with transaction.atomic():
            yield
            transaction.set_rollback(True)


@pytest.fixture
def wagtail_baseline(db) -> Page:
    """The rows migrations create: a locale per language, the page and collection roots.

    Transactional tests empty every table when they end, these rows included, so
    tests that run after one of them put the rows back through this fixture.
    """
    for code, _ in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
            )
        )
    return root


@pytest.fixture
def homes(wagtail_baseline) -> dict:
    """A published home page in each language, the French one as the site root."""
    root = wagtail_baseline
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()  # Wagtail's placeholder welcome page
    french = HomePageFactory(parent=root, slug="accueil")
    Site.objects.create(
        hostname="localhost", port=80, root_page=french, is_default_site=True
    )
    return {
        "fr": french,
        "en": translate_page(
            french,
            "en",
            title="Home",
            slug="home",
            hero_title="The port cities network",
        ),
        "es": translate_page(
            french,
            "es",
            title="Inicio",
            slug="inicio",
            hero_title="La red de ciudades portuarias",
        ),
    }


@pytest.fixture
def committing_client(client, django_capture_on_commit_callbacks):
    """A test client whose every request ends as on the site: the commit runs the
    request's on-commit work (the outbox sends the mails the request recorded).
    A test's own transaction never commits, so without this nothing would run."""
    request = client.request

    def request_then_commit(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return request(**kwargs)

    client.request = request_then_commit
    return client


@pytest.fixture
def latest_schema_after():
    """A test of a data migration: every migration is applied again after it."""
    yield
    migrate_to_latest()


def pytest_runtest_teardown(item):
    """A transactional test commits and then empties the database: what it holds
    afterwards is no snapshot."""
    marker = item.get_closest_marker("django_db")
    if (marker and marker.kwargs.get("transaction")) or (
        "transactional_db" in item.fixturenames
    ):
        snapshots.current = None
