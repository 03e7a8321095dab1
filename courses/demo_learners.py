"""The demo course's learners: who followed which promotion, and how far.

Promotion 1 has ended: four learners completed it (Claire Morel, the demo member,
among them) and hold a certificate; two did not complete it and came back for
promotion 2, which runs with five learners part-way through module 1. Rows are
found again by learner and promotion, lesson or quiz, so a second run adds none.
"""

import datetime

from django.utils import timezone

from core.audit import audit_record

from .models import Certificate, Enrolment, LessonProgress, QuizAttempt
from .services.certificates import certificate_issue
from .services.progress import mark_quiz

State = Enrolment.State

# key: e-mail, first name, last name, language of the site's mails
LEARNERS = {
    "amadou": ("amadou.sow@port-dakar.example", "Amadou", "Sow", "fr"),
    "lucia": ("lucia.fernandez@valenciaport.example", "Lucía", "Fernández", "es"),
    "jonas": ("jonas.weber@hamburg-hafen.example", "Jonas", "Weber", "en"),
    "sofia": ("sofia.rossi@comune-genova.example", "Sofia", "Rossi", "en"),
    "nadia": ("nadia.benali@tanger-med.example", "Nadia", "Benali", "fr"),
    "camila": ("camila.soto@valparaiso.example", "Camila", "Soto", "es"),
    "pierre": ("pierre.lambert@marseille.example", "Pierre", "Lambert", "fr"),
    "emma": ("emma.lindqvist@goteborg.example", "Emma", "Lindqvist", "en"),
}

EVERY_LESSON = [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2)]
# Learner, state, lessons done, quiz attempts in order, day of completion (from start)
ENDED = [
    ("claire", State.COMPLETED, EVERY_LESSON, [("m1", True), ("m2", True)], 150),
    ("amadou", State.COMPLETED, EVERY_LESSON,
     [("m1", False), ("m1", True), ("m2", True)], 162),
    ("lucia", State.COMPLETED, EVERY_LESSON, [("m1", True), ("m2", True)], 141),
    ("jonas", State.COMPLETED, EVERY_LESSON,
     [("m1", True), ("m2", False), ("m2", True)], 171),
    ("sofia", State.NOT_COMPLETED, [(1, 1), (1, 2), (2, 1)], [("m1", True)], None),
    ("nadia", State.NOT_COMPLETED, [(1, 1)], [], None),
]  # fmt: skip
RUNNING = [
    ("camila", [(1, 1), (1, 2)], [("m1", True)]),
    ("pierre", [(1, 1)], [("m1", False)]),
    ("emma", [(1, 1)], []),
    ("nadia", [(1, 1), (1, 2)], [("m1", False), ("m1", True)]),
    ("sofia", [], []),
]
QUIZ_PLACES = {"m1": (1, 2), "m2": (2, 2)}
# The quizzes' shape, for their pages and the attempts: per quiz, per question,
# its kind and which answers are right, in the order of the texts.
QUIZ_SHAPES = {
    "m1": [
        ("single", [True, False, False]),
        ("multiple", [True, True, False, False]),
        ("single", [True, False, False]),
    ],
    "m2": [
        ("single", [True, False, False]),
        ("multiple", [True, True, False, False]),
        ("single", [True, False, False]),
    ],
}
# When a lesson is usually done, in days from the promotion's first day.
DONE_ON = {(1, 1): 3, (1, 2): 9, (2, 1): 70, (2, 2): 80, (3, 1): 128, (3, 2): 135}


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def answer_id(quiz: str, question: int, answer: int) -> str:
    return f"{quiz}-q{question}-{'abcdef'[answer - 1]}"


def right_answers(quiz: str) -> dict[str, list[str]]:
    """The answers that score 100 % on a quiz, by question id."""
    return {
        f"{quiz}-q{number}": [
            answer_id(quiz, number, position)
            for position, correct in enumerate(shape, 1)
            if correct
        ]
        for number, (_kind, shape) in enumerate(QUIZ_SHAPES[quiz], 1)
    }


def wrong_answers(quiz: str) -> dict[str, list[str]]:
    """Right on the first question only: one third of the marks."""
    answers = right_answers(quiz)
    for number, (_kind, shape) in enumerate(QUIZ_SHAPES[quiz], 1):
        if number > 1:
            wrong = shape.index(False) + 1
            answers[f"{quiz}-q{number}"] = [answer_id(quiz, number, wrong)]
    return answers


def _enrol(promotion, user, state, enrolled_at, completed_at=None):
    enrolment, created = Enrolment.objects.get_or_create(
        promotion=promotion,
        learner=user,
        defaults={
            "state": state,
            "decided_at": enrolled_at,
            "enrolled_at": enrolled_at,
            "completed_at": completed_at,
        },
    )
    if created:
        Enrolment.objects.filter(pk=enrolment.pk).update(created_at=enrolled_at)
        audit_record(
            subject=enrolment,
            action="courses.enrolment.requested",
            to_state=State.ENROLLED,
            data={"promotion": promotion.pk},
        )
        if state != State.ENROLLED:
            audit_record(
                subject=enrolment,
                action=f"courses.enrolment.{state}",
                from_state=State.ENROLLED,
                to_state=state,
                data={"promotion": promotion.pk},
            )
    return enrolment


def _progress(enrolment, lessons, places, when) -> None:
    """Lessons done and quiz attempts (``when(place, order)`` dates each one)."""
    for place in places:
        LessonProgress.objects.get_or_create(
            enrolment=enrolment,
            lesson_key=lessons[place].translation_key,
            defaults={"done_at": when(place, 0)},
        )
    if places:
        last = lessons[places[-1]]
        Enrolment.objects.filter(pk=enrolment.pk, last_lesson_key=None).update(
            last_lesson_key=last.translation_key,
            last_activity_at=when(places[-1], 0),
        )


def _attempts(enrolment, lessons, attempts, when) -> None:
    by_quiz: dict[str, list[bool]] = {}
    for quiz, passed in attempts:
        by_quiz.setdefault(quiz, []).append(passed)
    for quiz, results in by_quiz.items():
        lesson = lessons[QUIZ_PLACES[quiz]]
        existing = QuizAttempt.objects.filter(
            enrolment=enrolment, lesson_key=lesson.translation_key
        )
        if existing.exists():
            continue
        for order, passed in enumerate(results):
            answers = right_answers(quiz) if passed else wrong_answers(quiz)
            score, _results = mark_quiz(lesson.quiz.value, answers)
            attempt = QuizAttempt.objects.create(
                enrolment=enrolment,
                lesson_key=lesson.translation_key,
                answers=answers,
                score=score,
                passed=score >= lesson.quiz.value["pass_mark"],
            )
            QuizAttempt.objects.filter(pk=attempt.pk).update(
                created_at=when(QUIZ_PLACES[quiz], order)
            )


def load_learners(*, ended, running, lessons, user, member) -> None:
    """``user(email, first, last, language)`` gets or creates a verified learner."""
    people = {key: user(*fields) for key, fields in LEARNERS.items()}
    if member is not None:
        people["claire"] = member

    start = ended.starts_on
    day = datetime.timedelta(days=1)

    def ended_when(place, order):
        return _at(start + DONE_ON[place] * day, 10 + order)

    for key, state, places, attempts, completed_on in ENDED:
        if key not in people:
            continue
        completed_at = _at(start + completed_on * day, 17) if completed_on else None
        enrolment = _enrol(
            ended, people[key], state, _at(start - 20 * day, 11), completed_at
        )
        _progress(enrolment, lessons, places, ended_when)
        _attempts(enrolment, lessons, attempts, ended_when)
        if state == State.COMPLETED and not hasattr(enrolment, "certificate"):
            certificate = certificate_issue(enrolment=enrolment)
            # Issued when the promotion made certificates available.
            Certificate.objects.filter(pk=certificate.pk).update(
                issued_at=_at(ended.certificate_available_on, 9)
            )

    today = timezone.localdate()
    now = timezone.now()

    def running_when(place, order):
        moment = _at(running.starts_on + (2 if place == (1, 1) else 5) * day, 18)
        return min(moment + order * datetime.timedelta(hours=1), now)

    for key, places, attempts in RUNNING:
        enrolled = _at(min(running.starts_on, today) - 10 * day, 9)
        enrolment = _enrol(running, people[key], State.ENROLLED, enrolled)
        _progress(enrolment, lessons, places, running_when)
        _attempts(enrolment, lessons, attempts, running_when)
