"""Two contributors save the same goal at the same moment, from the same version:
exactly one save goes through, the other is told, and nothing is half written.

Each contributor is a thread with its own database connection, released together
(PostgreSQL only: SQLite serialises every writer).
"""

import threading

import pytest
from django.db import connection, connections

from diagnosis import services
from diagnosis.exceptions import EditConflict
from diagnosis.models import Answer
from tests.snapshots import snapshots

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises every writer; run with DATABASE_URL=postgres://…",
    ),
]


@pytest.fixture(autouse=True)
def _migrated_rows(django_db_setup, django_db_blocker):
    """The rows migrations create (the goals and their 46 measures), which a
    transactional test run before this one may have emptied."""
    with django_db_blocker.unblock():
        snapshots.restore("migrated")


def test_two_saves_of_one_goal_at_once_one_wins_the_other_is_told(
    questionnaire, organisation, contact, colleague, settings
):
    settings.LOCK_TIMEOUT = "30s"
    services.contributor_grant(organisation=organisation, user=colleague, actor=contact)
    assessment = services.assessment_start(organisation=organisation, user=contact)
    risk = questionnaire.questions.get(key="risk-map")
    quays = questionnaire.questions.get(key="quays-2100")
    start = threading.Barrier(2)
    outcomes = {}

    def save(user, level, choice):
        try:
            start.wait()
            services.section_save(
                assessment=assessment,
                goal_number=1,
                answers={
                    risk.pk: {"level": level},
                    quays.pk: {"choice": choice, "evidence": user.email},
                },
                version=0,
                user=user,
            )
            outcomes[user.pk] = "saved"
        except EditConflict:
            outcomes[user.pk] = "conflict"
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=(contact, 1, "no")),
        threading.Thread(target=save, args=(colleague, 4, "yes")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes.values()) == ["conflict", "saved"]
    winner = contact if outcomes[contact.pk] == "saved" else colleague
    answers = {a.question_id: a for a in Answer.objects.filter(assessment=assessment)}
    # Both answers are the winner's: no mix of the two saves.
    assert answers[quays.pk].evidence == winner.email
    assert answers[risk.pk].level == (1 if winner == contact else 4)
    assert assessment.sections.get(goal_number=1).version == 1
