"""The one audit log: dotted names, append-only, readable by record and by person."""

import importlib

import pytest

from core.audit import audit_entries_about, audit_record, audit_trail
from core.models import AuditEntry
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_an_entry_records_who_did_what_to_which_record():
    organisation = OrganisationFactory()
    staff = UserFactory()

    audit_record(
        subject=organisation,
        actor=staff,
        action="accounts.organisation.membership_changed",
        from_state="member",
        to_state="suspended",
        data={"reason": "unpaid fee"},
    )

    [entry] = audit_trail(organisation)
    assert (entry.actor, entry.subject) == (staff, organisation)
    assert (entry.from_state, entry.to_state) == ("member", "suspended")
    assert entry.data == {"reason": "unpaid fee"}
    assert list(audit_entries_about(type(organisation), [organisation.pk])) == [entry]


@pytest.mark.parametrize("action", ["paid", "order.paid", "Ticketing.Order.Paid", ""])
def test_action_names_must_be_dotted(action):
    with pytest.raises(ValueError, match="dotted"):
        audit_record(subject=OrganisationFactory(), action=action)


def test_entries_cannot_be_changed_or_removed():
    entry = audit_record(
        subject=OrganisationFactory(), action="accounts.organisation.created"
    )

    entry.to_state = "forged"
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        AuditEntry.objects.update(to_state="forged")
    with pytest.raises(TypeError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get().to_state == ""


def test_old_accounts_action_names_become_dotted():
    migration = importlib.import_module("core.migrations.0002_accounts_audit_entries")

    assert migration.dotted("affiliation_decide", "approved") == (
        "accounts.affiliation.decided"
    )
    assert migration.dotted("newsletter_consent", "withdrawn") == (
        "accounts.newsletter_consent.withdrawn"
    )
    assert migration.dotted("organisation_import_create", "member") == (
        "accounts.organisation.import_create"
    )
    assert migration.dotted("affiliation_admin_edit", "ended") == (
        "accounts.affiliation.admin_edited"
    )
