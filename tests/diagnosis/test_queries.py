"""The results page and a goal's page cost the same number of queries whatever the
number of questions answered and of organisations in the network."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diagnosis import services
from diagnosis.models import Question
from tests.factories import AffiliationFactory, OrganisationFactory

from .fixtures import measure
from .test_assessments import fill

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    """Queries of a warm request (the first creates the site's settings rows)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def more_questions(questionnaire, count: int) -> None:
    for index in range(count):
        Question.objects.create(
            questionnaire=questionnaire,
            measure=measure(1, 3),
            key=f"extra-{index}",
            kind="choice",
            text=f"Question {index}",
        )


def submitted(questionnaire, extra_questions: int, peers: int):
    more_questions(questionnaire, extra_questions)
    organisations = [OrganisationFactory() for _ in range(peers)] + [None]
    result = None
    for organisation in organisations:
        link = AffiliationFactory(
            role="primary_contact",
            **({"organisation": organisation} if organisation else {}),
        )
        assessment = services.assessment_start(
            organisation=link.organisation, user=link.user
        )
        fill(assessment, link.user, questionnaire)
        extra = {
            q.pk: {"choice": "yes"}
            for q in questionnaire.questions.filter(key__startswith="extra-")
        }
        section = assessment.sections.get(goal_number=1)
        services.section_save(
            assessment=assessment,
            goal_number=1,
            answers=extra,
            version=section.version,
            user=link.user,
        )
        services.assessment_submit(assessment=assessment, user=link.user)
        result = (assessment, link.user)
    return result


def test_the_results_and_goal_pages_do_not_grow(client, questionnaire):
    counts = []
    for extra, peers in ((0, 0), (20, 6)):
        assessment, user = submitted(questionnaire, extra, peers)
        client.force_login(user)
        counts.append(
            (
                queries(client, reverse("diagnosis:results", args=[assessment.pk])),
                queries(client, reverse("diagnosis:goal", args=[assessment.pk, 1])),
                queries(client, reverse("diagnosis:assessment", args=[assessment.pk])),
            )
        )
    assert counts[0] == counts[1]
    # The results page: the frame, the assessment and access, the questions and
    # answers, the network's rows (one query), last year's, the review, and a few
    # per recommended goal (three goals at most).
    results, goal, overview = counts[0]
    assert results <= 45 and goal <= 25 and overview <= 25
