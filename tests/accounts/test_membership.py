"""Who has member rights on a given day: the selector other modules call."""

from datetime import date, timedelta

import pytest
from allauth.account.models import EmailAddress

from accounts.models import Affiliation, Organisation
from accounts.selectors import user_is_member
from tests.factories import AffiliationFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

START = date(2025, 1, 1)
END = date(2025, 12, 31)


@pytest.fixture
def member():
    organisation = OrganisationFactory(membership_start=START, membership_end=END)
    return AffiliationFactory(organisation=organisation).user


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (START - timedelta(days=1), False),
        (START, True),
        (date(2025, 6, 15), True),
        (END, True),
        (END + timedelta(days=1), False),
    ],
    ids=["day-before-start", "start-day", "middle", "end-day", "day-after-end"],
)
def test_membership_covers_its_start_and_end_days(member, day, expected):
    assert user_is_member(user=member, on=day) is expected


def test_open_ended_membership_covers_every_day_from_its_start():
    organisation = OrganisationFactory(membership_start=START, membership_end=None)
    person = AffiliationFactory(organisation=organisation).user

    assert user_is_member(user=person, on=date(2040, 1, 1))
    assert not user_is_member(user=person, on=START - timedelta(days=1))


def test_today_is_the_default_day(member):
    organisation = Organisation.objects.get()
    organisation.membership_end = None
    organisation.save()

    assert user_is_member(user=member)


def test_unverified_email_gives_no_member_rights(member):
    EmailAddress.objects.filter(user=member).update(verified=False)

    assert not user_is_member(user=member, on=START)


def test_a_verified_other_address_is_not_enough(member):
    EmailAddress.objects.filter(user=member).update(verified=False)
    EmailAddress.objects.create(user=member, email="other@example.org", verified=True)

    assert not user_is_member(user=member, on=START)


def test_inactive_account_gives_no_member_rights(member):
    member.is_active = False
    member.save()

    assert not user_is_member(user=member, on=START)


@pytest.mark.parametrize("status", ["pending", "rejected", "ended"])
def test_only_an_approved_link_gives_member_rights(member, status):
    Affiliation.objects.update(status=status)

    assert not user_is_member(user=member, on=START)


@pytest.mark.parametrize("status", ["prospective", "suspended", "ended"])
def test_only_an_active_membership_gives_member_rights(member, status):
    Organisation.objects.update(membership_status=status)

    assert not user_is_member(user=member, on=START)


def test_lapsed_membership_gives_no_rights_the_day_after(member):
    assert user_is_member(user=member, on=END)
    assert not user_is_member(user=member, on=END + timedelta(days=1))


def test_one_current_organisation_among_lapsed_ones_is_enough(member):
    current = OrganisationFactory(membership_start=date(2026, 1, 1))
    AffiliationFactory(user=member, organisation=current)

    assert user_is_member(user=member, on=date(2026, 3, 1))


def test_anonymous_and_missing_users_are_not_members(member):
    from django.contrib.auth.models import AnonymousUser

    assert not user_is_member(user=AnonymousUser(), on=START)
    assert not user_is_member(user=None, on=START)
    assert not user_is_member(user=UserFactory(), on=START)


def test_the_answer_costs_one_query(member, django_assert_num_queries):
    for _ in range(5):  # more organisations and links do not cost more
        AffiliationFactory(user=member)

    with django_assert_num_queries(1):
        user_is_member(user=member, on=START)


def test_membership_dates_are_a_database_invariant():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        OrganisationFactory(membership_start=END, membership_end=START)


def test_active_membership_needs_a_start_date():
    from django.core.exceptions import ValidationError

    organisation = Organisation(
        name="No Start", kind="other", country="Chile", membership_status="active"
    )
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "membership_start" in error.value.message_dict


def test_organisation_names_are_unique_whatever_their_case():
    from django.core.exceptions import ValidationError

    OrganisationFactory(name="Port of Tema")
    duplicate = Organisation(name="PORT OF TEMA", kind="other", country="Ghana")

    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_public_list_shows_listed_current_members_only():
    from accounts.selectors import public_member_organisations

    OrganisationFactory(name="Listed", membership_start=START, membership_end=END)
    OrganisationFactory(name="Unlisted", membership_start=START, is_listed=False)
    OrganisationFactory(name="Lapsed", membership_start=START, membership_end=START)
    OrganisationFactory(name="Prospect", membership_status="prospective")

    names = [o.name for o in public_member_organisations(on=date(2025, 6, 1))]

    assert names == ["Listed"]
