"""Working groups, the library and the people who may or may not see their members'
parts: imported by the test_groups_*, test_library_* and test_profile_changes_*
modules."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from network.models import (
    LIBRARY_COLLECTION,
    LibraryIndexPage,
    LibraryItemPage,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from tests.factories import (
    AffiliationFactory,
    OrganisationFactory,
    VerifiedUserFactory,
    translate_page,
)

PDF = b"%PDF-1.4\n% a tiny test report\n%%EOF\n"


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def library_document(title="Benchmarking 2025", name="Bench mark <report>.pdf"):
    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(name=LIBRARY_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=LIBRARY_COLLECTION)
    document = get_document_model()(title=title, collection=collection)
    document.file.save(name, ContentFile(PDF), save=False)
    document.save()
    return document


def library_item(index, number=0, document=None):
    return publish(
        index,
        LibraryItemPage(
            title=f"Report {number}",
            slug=f"report-{number}",
            kind="benchmarking",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            summary="What ports compared.",
            document=document or library_document(title=f"Report {number}"),
        ),
    )


@pytest.fixture
def library(homes):
    index = publish(
        homes["fr"], LibraryIndexPage(title="Bibliothèque", slug="bibliotheque")
    )
    translate_page(index, "en", title="Library", slug="library")
    item = library_item(index, 1)
    return {"index": index, "item": item, "document": item.document}


@pytest.fixture
def people():
    """A member, a lapsed member, a non-member and a staff member."""
    today = timezone.localdate()
    member = AffiliationFactory(organisation__name="Member Port").user
    lapsed = AffiliationFactory(
        organisation__name="Lapsed Port",
        organisation__membership_end=today - datetime.timedelta(days=1),
    ).user
    staff = VerifiedUserFactory(is_staff=True)
    TOTP.activate(staff, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    return {
        "member": member,
        "lapsed": lapsed,
        "outsider": VerifiedUserFactory(),
        "staff": staff,
    }


@pytest.fixture
def group(homes):
    """A working group with two public members, one unlisted and one lapsed."""
    index = publish(
        homes["fr"], WorkingGroupIndexPage(title="Groupes de travail", slug="groupes")
    )
    page = WorkingGroupPage(
        title="Port Center",
        slug="port-center",
        purpose="<p>Ports open to citizens.</p>",
        members_text="<p>Secret minutes of the group.</p>",
    )
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    organisations = [
        OrganisationFactory(name="Alpha Port", slug="alpha"),
        OrganisationFactory(name="Beta Port", slug="beta"),
        OrganisationFactory(name="Hidden Port", slug="hidden", is_listed=False),
        OrganisationFactory(name="Gone Port", slug="gone", membership_end=yesterday),
    ]
    page.members = organisations
    publish(index, page)
    return {"index": index, "page": page, "organisations": organisations}
