"""Jurors get balanced assignments, declare conflicts before opening an entry, score
it against the criteria, and see only their own work until the deliberation."""

import pytest
from django.urls import reverse

from awards.exceptions import AwardsError
from awards.models import Assignment, Edition, Entry, Round
from awards.services import decisions, jury
from awards.services.screening import entry_screen
from core.audit import audit_trail
from tests.factories import AffiliationFactory, OrganisationFactory, UserFactory

from .fixtures import make_juror, submitted_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager():
    return UserFactory(is_superuser=True, mfa=True)


@pytest.fixture
def reviewing(edition, manager):
    """Three eligible entries, three jurors, the first round prepared."""
    jurors = [make_juror(last_name=name) for name in ("Alpha", "Bravo", "Charlie")]
    edition.jurors.set(jurors)
    edition.save()
    entries = [
        submitted_entry(edition, project_name=f"Projet {n}", port_city=f"Ville {n}")
        for n in range(3)
    ]
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    edition.refresh_from_db()
    for entry in Entry.objects.filter(pk__in=[e.pk for e in entries]):
        entry_screen(entry=entry, eligible=True, reason="", actor=manager)
    first = edition.rounds.order_by("sort_order").first()
    return {"edition": edition, "jurors": jurors, "round": first, "manager": manager}


def test_balanced_assignment_gives_each_entry_its_jurors_evenly(reviewing):
    result = jury.assignments_balance(
        round_=reviewing["round"], actor=reviewing["manager"]
    )
    assert result == {"made": 6, "lacking": 0}
    loads = [Assignment.objects.filter(juror=j).count() for j in reviewing["jurors"]]
    assert loads == [2, 2, 2]
    for entry in Entry.objects.all():
        assert entry.assignments.count() == 2
        assert entry.round == reviewing["round"]


def test_obvious_conflicts_are_flagged_and_given_last(edition, manager):
    organisation = OrganisationFactory(name="Port de Dakar", city="Dakar")
    insider = make_juror(last_name="Insider")
    AffiliationFactory(user=insider, organisation=organisation)
    neighbour_org = OrganisationFactory(name="Ville de Dakar", city="Dakar")
    neighbour = make_juror(last_name="Neighbour")
    AffiliationFactory(user=neighbour, organisation=neighbour_org)
    outsider = make_juror(last_name="Outsider")
    edition.jurors.set([insider, neighbour, outsider])
    edition.save()
    entry = submitted_entry(
        edition, organisation_name="Port de Dakar", port_city="Dakar"
    )
    assert jury.juror_flag(entry=entry, juror=insider) == "organisation"
    assert jury.juror_flag(entry=entry, juror=neighbour) == "city"
    assert jury.juror_flag(entry=entry, juror=outsider) == ""

    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    entry = Entry.objects.get(pk=entry.pk)
    entry_screen(entry=entry, eligible=True, reason="", actor=manager)
    round_ = edition.rounds.first()
    round_.reviews_per_entry = 1
    round_.save()
    jury.assignments_balance(round_=round_, actor=manager)
    (assignment,) = entry.assignments.all()
    assert assignment.juror == outsider


def test_a_declared_conflict_passes_the_entry_to_another_juror(reviewing):
    round_ = reviewing["round"]
    jury.assignments_balance(round_=round_, actor=reviewing["manager"])
    assignment = Assignment.objects.filter(round=round_).first()
    entry, juror = assignment.entry, assignment.juror
    with pytest.raises(AwardsError):
        jury.assignment_declare(assignment=assignment, juror=juror, conflict=True)
    replacement = jury.assignment_declare(
        assignment=assignment, juror=juror, conflict=True, note="My employer."
    )
    assert replacement.juror not in (juror,)
    assert replacement.entry == entry
    active = entry.assignments.exclude(conflict="declared")
    assert active.count() == 2
    assert juror not in [a.juror for a in active]
    assert [a.action for a in audit_trail(assignment)][0] == (
        "awards.review.conflict_declared"
    )


def test_the_work_page_shows_each_jurors_progress_and_the_declared_conflicts(
    client, reviewing
):
    round_ = reviewing["round"]
    jury.assignments_balance(round_=round_, actor=reviewing["manager"])
    assignment = Assignment.objects.filter(round=round_).order_by("pk").first()
    jury.assignment_declare(
        assignment=assignment,
        juror=assignment.juror,
        conflict=True,
        note="Mon ancien employeur.",
    )
    client.force_login(reviewing["manager"])
    page = client.get(f"/admin/awards/editions/{reviewing['edition'].pk}/work/")
    html = page.content.decode()
    assert "Mon ancien employeur." in html and assignment.entry.reference in html
    progress = page.context["rounds"][0]["progress"]
    by_juror = {line["juror"]: line for line in progress}
    for juror in reviewing["jurors"]:
        rows = Assignment.objects.filter(round=round_, juror=juror)
        line = by_juror[juror]
        assert line["assigned"] == rows.count()
        assert line["conflicts"] == rows.filter(conflict="declared").count()
    assert by_juror[assignment.juror]["conflicts"] == 1
    assert [a.pk for a in page.context["rounds"][0]["attention"]] == [assignment.pk]


def test_a_review_is_saved_as_draft_then_submitted_once(reviewing):
    round_ = reviewing["round"]
    jury.assignments_balance(round_=round_, actor=reviewing["manager"])
    decisions.round_set_state(
        round_=round_, state=Round.State.OPEN, actor=reviewing["manager"]
    )
    assignment = Assignment.objects.filter(round=round_).first()
    juror = assignment.juror
    criteria = list(reviewing["edition"].criteria.all())
    with pytest.raises(AwardsError) as refused:
        jury.review_save(assignment=assignment, juror=juror, marks={})
    assert refused.value.code == "undeclared"
    jury.assignment_declare(assignment=assignment, juror=juror, conflict=False)

    jury.review_save(
        assignment=assignment, juror=juror, marks={criteria[0].pk: (7, "Solide")}
    )
    assignment.refresh_from_db()
    assert assignment.review == "draft"
    with pytest.raises(AwardsError) as refused:
        jury.review_save(
            assignment=assignment,
            juror=juror,
            marks={criteria[0].pk: (7, "")},
            submit=True,
        )
    assert refused.value.code == "incomplete"
    with pytest.raises(AwardsError) as refused:
        jury.review_save(
            assignment=assignment, juror=juror, marks={criteria[1].pk: (11, "")}
        )
    assert refused.value.code == "mark_range"

    jury.review_save(
        assignment=assignment,
        juror=juror,
        marks={criteria[0].pk: (7, "Solide"), criteria[1].pk: (4, "")},
        comment="Bien.",
        submit=True,
    )
    assignment.refresh_from_db()
    assert assignment.review == "submitted"
    assert {s.criterion_id: s.value for s in assignment.scores.all()} == {
        criteria[0].pk: 7,
        criteria[1].pk: 4,
    }
    entry = audit_trail(assignment).first()
    assert entry.action == "awards.review.submitted"
    assert entry.data["marks"] == {str(criteria[0].pk): 7, str(criteria[1].pk): 4}
    with pytest.raises(AwardsError):
        jury.review_save(
            assignment=assignment, juror=juror, marks={criteria[0].pk: (1, "")}
        )
    other = Assignment.objects.exclude(juror=juror).first()
    with pytest.raises(AwardsError) as refused:
        jury.review_save(assignment=other, juror=juror, marks={})
    assert refused.value.code == "not_yours"


def test_jury_screens_need_the_jury_group_and_a_second_factor(client, reviewing):
    assert client.get(reverse("awards:jury")).status_code == 302
    client.force_login(UserFactory(mfa=True))
    assert client.get(reverse("awards:jury")).status_code == 404
    juror_without_mfa = make_juror()
    juror_without_mfa.authenticator_set.all().delete()
    client.force_login(juror_without_mfa)
    response = client.get(reverse("awards:jury"))
    assert response.status_code == 302 and "/2fa/" in response.url
    client.force_login(reviewing["jurors"][0])
    assert client.get(reverse("awards:jury")).status_code == 200


def test_a_juror_reads_only_their_own_assignments_and_files(client, reviewing):
    round_ = reviewing["round"]
    jury.assignments_balance(round_=round_, actor=reviewing["manager"])
    decisions.round_set_state(
        round_=round_, state=Round.State.OPEN, actor=reviewing["manager"]
    )
    juror = reviewing["jurors"][0]
    mine = Assignment.objects.filter(juror=juror)
    others = Assignment.objects.exclude(juror=juror)
    unassigned = Entry.objects.exclude(assignments__juror=juror).get()
    client.force_login(juror)
    home = client.get(reverse("awards:jury")).content.decode()
    for assignment in mine:
        assert assignment.entry.reference in home
    assert unassigned.reference not in home
    for assignment in others:
        url = reverse("awards:review", args=[assignment.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"conflict": "no"}).status_code == 404
    for stored in unassigned.files.all():
        assert client.get(reverse("awards:file", args=[stored.pk])).status_code == 404
    # Before declaring, even an assigned entry's files stay closed.
    assignment = mine.first()
    stored = assignment.entry.files.first()
    assert client.get(reverse("awards:file", args=[stored.pk])).status_code == 404
    client.post(reverse("awards:review", args=[assignment.pk]), {"conflict": "no"})
    assert client.get(reverse("awards:file", args=[stored.pk])).status_code == 200


def test_blind_review_hides_who_entered(client, reviewing):
    round_ = reviewing["round"]
    jury.assignments_balance(round_=round_, actor=reviewing["manager"])
    decisions.round_set_state(
        round_=round_, state=Round.State.OPEN, actor=reviewing["manager"]
    )
    assignment = Assignment.objects.first()
    entry = assignment.entry
    Entry.objects.filter(pk=entry.pk).update(
        contact_name="Jeanne Secret", partners="Partenaire Caché"
    )
    client.force_login(assignment.juror)
    url = reverse("awards:review", args=[assignment.pk])
    client.post(url, {"conflict": "no"})
    text = client.get(url).content.decode()
    assert entry.project_name in text
    for hidden in ("Jeanne Secret", "Partenaire Caché", "Ville du Havre"):
        assert hidden not in text
    Edition.objects.filter(pk=entry.edition_id).update(blind_review=False)
    text = client.get(url).content.decode()
    assert "Jeanne Secret" in text and "Ville du Havre" in text


def test_other_jurors_marks_appear_only_in_deliberation(client, reviewing):
    round_ = reviewing["round"]
    manager = reviewing["manager"]
    jury.assignments_balance(round_=round_, actor=manager)
    decisions.round_set_state(round_=round_, state=Round.State.OPEN, actor=manager)
    entry = Entry.objects.first()
    first, second = entry.assignments.all()
    criteria = list(reviewing["edition"].criteria.all())
    for assignment, comment in ((first, "Avis du premier"), (second, "Avis du second")):
        jury.assignment_declare(
            assignment=assignment, juror=assignment.juror, conflict=False
        )
        jury.review_save(
            assignment=assignment,
            juror=assignment.juror,
            marks={c.pk: (5, "") for c in criteria},
            comment=comment,
            submit=True,
        )
    client.force_login(first.juror)
    url = reverse("awards:review", args=[first.pk])
    assert "Avis du second" not in client.get(url).content.decode()
    decisions.round_set_state(
        round_=round_, state=Round.State.DELIBERATION, actor=manager
    )
    assert "Avis du second" in client.get(url).content.decode()
