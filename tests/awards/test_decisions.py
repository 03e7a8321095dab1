"""From reviews to published winners: the ranking follows the weights (and the
z-scores when asked), shortlisted entries move on, the decision is recorded, and
the announcement publishes the gallery and tells every entrant."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from awards.exceptions import AwardsError
from awards.models import Assignment, Edition, Entry, Round
from awards.selectors import round_ranking
from awards.services import decisions, jury
from awards.services.screening import entry_screen
from core.audit import audit_trail
from tests.factories import UserFactory

from .fixtures import make_juror, submitted_entry

pytestmark = pytest.mark.django_db


def review(assignment, marks: list[int]):
    criteria = list(assignment.round.edition.criteria.all())
    jury.assignment_declare(
        assignment=assignment, juror=assignment.juror, conflict=False
    )
    jury.review_save(
        assignment=assignment,
        juror=assignment.juror,
        marks={c.pk: (m, "") for c, m in zip(criteria, marks, strict=True)},
        submit=True,
    )


@pytest.fixture
def scored(edition):
    """Two entries, two jurors who both review both, the first round open.

    Criteria: A weight 3, B weight 1, both out of 10.
    Entry "Quais": A 8, B 2 from both jurors -> (3×0.8 + 1×0.2) / 4 = 65.
    Entry "Parc":  A 4, B 10 from both jurors -> (3×0.4 + 1×1.0) / 4 = 55.
    With equal weights Parc would lead (70 against 50).
    """
    manager = UserFactory(is_superuser=True, mfa=True)
    jurors = [make_juror(), make_juror()]
    edition.jurors.set(jurors)
    edition.save()
    quais = submitted_entry(edition, project_name="Quais")
    parc = submitted_entry(edition, project_name="Parc")
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    for entry in Entry.objects.all():
        entry_screen(entry=entry, eligible=True, reason="", actor=manager)
    round_ = edition.rounds.order_by("sort_order").first()
    jury.assignments_balance(round_=round_, actor=manager)
    decisions.round_set_state(round_=round_, state=Round.State.OPEN, actor=manager)
    for assignment in Assignment.objects.select_related("entry", "round"):
        review(assignment, [8, 2] if assignment.entry_id == quais.pk else [4, 10])
    return {"manager": manager, "round": round_, "quais": quais, "parc": parc}


def test_the_ranking_follows_the_weights(scored):
    rows = round_ranking(scored["round"])
    assert [r["entry"].project_name for r in rows] == ["Quais", "Parc"]
    assert [round(r["result"].mean, 6) for r in rows] == [65.0, 55.0]
    assert [r["result"].rank for r in rows] == [1, 2]

    for criterion in scored["round"].edition.criteria.all():
        criterion.weight = Decimal(1)
        criterion.save()
    rows = round_ranking(scored["round"])
    assert [r["entry"].project_name for r in rows] == ["Parc", "Quais"]
    assert [round(r["result"].mean, 6) for r in rows] == [70.0, 50.0]


def test_z_scores_compare_a_severe_and_a_generous_juror(edition):
    """Three entries; the severe juror gives totals 0, 20, 10, the generous one 100,
    70, 40 (criteria A and B weigh 3 and 1: the marks below give those totals).

    Raw means: E1 50, E2 45, E3 25. Severe juror: mean 10, spread √(200/3);
    z = -1.2247, 1.2247, 0. Generous: mean 70, spread √600 = 24.495;
    z = 1.2247, 0, -1.2247. Mean z: E1 0, E2 0.6124, E3 -0.6124, so E2 leads.
    """
    manager = UserFactory(is_superuser=True, mfa=True)
    severe, generous = make_juror(), make_juror()
    edition.jurors.set([severe, generous])
    edition.normalise_scores = True
    edition.save()
    entries = [submitted_entry(edition, project_name=f"E{n}") for n in (1, 2, 3)]
    Edition.objects.filter(pk=edition.pk).update(state=Edition.State.SCREENING)
    for entry in Entry.objects.all():
        entry_screen(entry=entry, eligible=True, reason="", actor=manager)
    round_ = edition.rounds.order_by("sort_order").first()
    jury.assignments_balance(round_=round_, actor=manager)
    decisions.round_set_state(round_=round_, state=Round.State.OPEN, actor=manager)
    totals = {
        severe.pk: {"E1": [0, 0], "E2": [2, 2], "E3": [1, 1]},
        generous.pk: {"E1": [10, 10], "E2": [7, 7], "E3": [4, 4]},
    }
    for assignment in Assignment.objects.select_related("entry", "round"):
        review(assignment, totals[assignment.juror_id][assignment.entry.project_name])
    rows = round_ranking(round_)
    assert [r["entry"].project_name for r in rows] == ["E2", "E1", "E3"]
    assert [round(r["result"].z_mean, 4) for r in rows] == [0.6124, 0.0, -0.6124]
    assert [r["result"].mean for r in rows] == [45.0, 50.0, 25.0]
    assert entries


def test_the_shortlist_moves_entries_to_the_next_round(scored):
    manager, round_ = scored["manager"], scored["round"]
    final = round_.edition.rounds.order_by("sort_order").last()
    with pytest.raises(AwardsError):
        decisions.round_shortlist(
            round_=round_, entries=[scored["quais"]], next_round=final, actor=manager
        )
    decisions.round_set_state(
        round_=round_, state=Round.State.DELIBERATION, actor=manager
    )
    moved = decisions.round_shortlist(
        round_=round_,
        entries=Entry.objects.filter(pk=scored["quais"].pk),
        next_round=final,
        actor=manager,
    )
    assert moved == 1
    assert Entry.objects.get(pk=scored["quais"].pk).round == final
    assert Entry.objects.get(pk=scored["parc"].pk).round == round_
    assert audit_trail(scored["quais"]).first().action == "awards.entry.shortlisted"


def test_announcing_publishes_the_winners_and_tells_every_entrant(
    client, scored, prize_pages, django_capture_on_commit_callbacks
):
    manager = scored["manager"]
    edition = scored["round"].edition
    edition.refresh_from_db()
    for state in (Edition.State.JURY_REVIEW, Edition.State.DELIBERATION):
        decisions.edition_set_state(edition=edition, state=state, actor=manager)
    quais = Entry.objects.get(pk=scored["quais"].pk)
    with pytest.raises(AwardsError) as refused:
        decisions.entry_decide(
            entry=quais, outcome="winner", citations={}, actor=manager
        )
    assert refused.value.code == "citation_missing"
    with pytest.raises(AwardsError) as refused:
        decisions.edition_announce(edition=edition, actor=manager)
    assert refused.value.code == "no_winner"
    decisions.entry_decide(
        entry=quais,
        outcome="winner",
        citations={"citation": "Un modèle de reconquête.", "citation_en": "A model."},
        actor=manager,
    )
    parc = Entry.objects.get(pk=scored["parc"].pk)
    decisions.entry_decide(
        entry=parc, outcome="not_awarded", citations={}, actor=manager
    )
    page = client.get(prize_pages["fr"].url).content.decode()
    assert "Un modèle de reconquête." not in page

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decisions.edition_announce(edition=edition, actor=manager)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [quais.entrant.email, parc.entrant.email]
    )
    winner_mail = next(m for m in mail.outbox if m.to == [quais.entrant.email])
    assert "Un modèle de reconquête." in winner_mail.body

    page = client.get(prize_pages["fr"].url).content.decode()
    assert "Lauréats" in page and "Quais" in page and "Un modèle de reconquête." in page
    assert "Parc" not in page
    english = client.get(prize_pages["en"].url).content.decode()
    assert "A model." in english
    image = quais.files.get()
    response = client.get(reverse("awards:laureate_image", args=[image.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    other = parc.files.get()
    refused = client.get(reverse("awards:laureate_image", args=[other.pk]))
    assert refused.status_code == 404
    prize = client.get(prize_pages["fr"].get_parent().url).content.decode()
    assert "Quais" in prize


def test_a_winner_without_consent_shows_no_picture(scored):
    Entry.objects.filter(pk=scored["quais"].pk).update(
        consent_to_publish=False, outcome="winner"
    )
    Edition.objects.filter(pk=scored["round"].edition_id).update(
        state=Edition.State.ANNOUNCED
    )
    from django.test import Client

    image = scored["quais"].files.get()
    response = Client().get(reverse("awards:laureate_image", args=[image.pk]))
    assert response.status_code == 404
