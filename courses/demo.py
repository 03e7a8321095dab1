"""Demo of the courses: "The sustainable port city" in three languages, two
promotions (one ended, one running and still taking learners) and their learners.

The course's pages are found again by their translation keys, promotions by their
course and number, learners by e-mail, and every row of progress by its enrolment
and lesson: a second run changes nothing. Quizzes, questions and answers keep the
same block ids in every language, so answers are marked alike whatever the language
the learner reads. Rows are written directly, with the dates a real run would have
left; no mail is queued.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from accounts.demo import DEMO_EDITOR_EMAIL, DEMO_MEMBER_EMAIL, DEMO_USER_PASSWORD
from accounts.models import User
from cms.demo.common import LANGUAGES, goals, publish_once
from cms.demo.images import load_images
from cms.demo.site import add_to_menu
from cms.models import HomePage

from .demo_learners import QUIZ_SHAPES, answer_id, load_learners
from .demo_texts.en import EN
from .demo_texts.es import ES
from .demo_texts.fr import FR
from .demo_texts.quizzes_en import QUIZZES_EN
from .demo_texts.quizzes_es import QUIZZES_ES
from .demo_texts.quizzes_fr import QUIZZES_FR
from .models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LiveSession,
    ModulePage,
    Promotion,
    PromotionModule,
)

TEXTS = {"fr": FR, "en": EN, "es": ES}
QUIZ_TEXTS = {"fr": QUIZZES_FR, "en": QUIZZES_EN, "es": QUIZZES_ES}

COURSE_GOALS = [1, 2, 4, 5, 6, 8]
MODULE_GOALS = [[4, 8], [1, 2], [5, 6]]
# Minutes per lesson, module by module; the last lesson of module 3 is optional.
LESSON_MINUTES = [[30, 40], [35, 40], [30, 25]]
OPTIONAL_LESSON = (3, 2)
# The lesson (module, position) holding each quiz.
QUIZ_LESSONS = {(1, 2): "m1", (2, 2): "m2"}
RESOURCES_LESSON = (1, 1)
RESOURCE_URLS = [
    "https://www.aivp.org/en/acting-sustainably/agenda-2030/",
    "https://sdgs.un.org/goals",
    "https://sustainableworldports.org/",
]
JOIN_URL = "https://meet.example.org/aivp-course"
RECORDING_URL = "https://meet.example.org/aivp-course/recordings/welcome"
PARIS = ZoneInfo("Europe/Paris")
LEARNER_LOGIN = "camila.soto@valparaiso.example"  # in promotion 2


def quiz_block(quiz: str, language: str) -> dict:
    texts = QUIZ_TEXTS[language][quiz]
    questions = []
    for number, ((text, explanation, answers), (kind, shape)) in enumerate(
        zip(texts["questions"], QUIZ_SHAPES[quiz], strict=True), 1
    ):
        questions.append(
            {
                "type": "item",
                "id": f"{quiz}-q{number}",
                "value": {
                    "text": text,
                    "kind": kind,
                    "explanation": explanation,
                    "answers": [
                        {
                            "type": "item",
                            "id": answer_id(quiz, number, position),
                            "value": {
                                "text": answer,
                                "correct": correct,
                                "feedback": feedback,
                            },
                        }
                        for position, ((answer, feedback), correct) in enumerate(
                            zip(answers, shape, strict=True), 1
                        )
                    ],
                },
            }
        )
    return {
        "type": "quiz",
        "id": f"{quiz}-quiz",
        "value": {
            "title": texts["title"],
            "introduction": texts["introduction"],
            "pass_mark": 70,
            "attempts_allowed": 3,
            "keep": "best",
            "questions": questions,
        },
    }


def resources_block(texts: dict) -> dict:
    return {
        "type": "resources",
        "id": "resources",
        "value": {
            "title": texts["title"],
            "resources": [
                {
                    "type": "item",
                    "id": f"resource-{number}",
                    "value": {"title": title, "url": url, "description": text},
                }
                for number, ((title, text), url) in enumerate(
                    zip(texts["items"], RESOURCE_URLS, strict=True), 1
                )
            ],
        },
    }


def lesson_body(texts: dict, place: tuple[int, int], language: str) -> list[dict]:
    """The lesson's blocks, with ids that are the same in every language."""
    prefix = "m{}-l{}".format(*place)
    body = [
        {**block, "id": f"{prefix}-{number}"}
        for number, block in enumerate(texts["body"], 1)
    ]
    if place == RESOURCES_LESSON:
        body.append(resources_block(texts["resources"]))
    if place in QUIZ_LESSONS:
        body.append(quiz_block(QUIZ_LESSONS[place], language))
    return body


def load_pages(homes, images, language: str) -> dict:
    """The course of one language: index, course, modules and lessons."""
    texts = TEXTS[language]
    index, _created = publish_once(
        key="courses-index",
        model=CourseIndexPage,
        parent=homes[language],
        language=language,
        fields=texts["index"],
    )
    course, _created = publish_once(
        key="course-sustainable-port-city",
        model=CoursePage,
        parent=index,
        language=language,
        fields={**texts["course"], "hero_image": images["port-map"][language]},
        relations={"goals": goals(COURSE_GOALS, language)},
    )
    modules, lessons = [], {}
    for m, module_texts in enumerate(texts["modules"], 1):
        module, _created = publish_once(
            key=f"course-module-{m}",
            model=ModulePage,
            parent=course,
            language=language,
            fields={
                "title": module_texts["title"],
                "slug": module_texts["slug"],
                "summary": module_texts["summary"],
            },
            relations={"goals": goals(MODULE_GOALS[m - 1], language)},
        )
        modules.append(module)
        for n, lesson_texts in enumerate(module_texts["lessons"], 1):
            lessons[(m, n)], _created = publish_once(
                key=f"course-lesson-{m}-{n}",
                model=LessonPage,
                parent=module,
                language=language,
                fields={
                    "title": lesson_texts["title"],
                    "slug": lesson_texts["slug"],
                    "summary": lesson_texts["summary"],
                    "required": (m, n) != OPTIONAL_LESSON,
                    "duration_minutes": LESSON_MINUTES[m - 1][n - 1],
                    "body": lesson_body(lesson_texts, (m, n), language),
                },
                relations={"goals": goals(MODULE_GOALS[m - 1], language)},
            )
    if language == "fr":
        add_to_menu(index)
    return {"index": index, "course": course, "modules": modules, "lessons": lessons}


def _at(day: datetime.date, hour: int = 9) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=PARIS)


def _promotion(course, number: int, fields: dict) -> tuple[Promotion, bool]:
    existing = Promotion.objects.filter(
        course__translation_key=course.translation_key, number=number
    ).first()
    if existing is not None:
        return existing, False
    return Promotion.objects.create(course=course, number=number, **fields), True


def _facilitators():
    editor = User.objects.filter(email=DEMO_EDITOR_EMAIL).first()
    return [editor] if editor else list(User.objects.filter(is_superuser=True)[:1])


def load_promotions(course: CoursePage, modules, today: datetime.date):
    """Promotion 1 has ended; promotion 2 runs and still takes late learners."""
    now = timezone.now()
    day = datetime.timedelta(days=1)
    sessions = {language: TEXTS[language]["sessions"] for language in LANGUAGES}
    first_start = today - 200 * day
    ended, created = _promotion(
        course,
        1,
        {
            "name": "Promotion 2025-2026",
            "name_en": "2025-2026 cohort",
            "name_es": "Promoción 2025-2026",
            "language": "fr",
            "state": Promotion.State.ENDED,
            "enrolment_opens_at": _at(first_start - 60 * day),
            "enrolment_closes_at": _at(first_start - day, 18),
            "starts_on": first_start,
            "ends_on": today - 20 * day,
            "certificate_available_on": today - 20 * day,
            "capacity": 30,
            "fee": Promotion.Fee.FREE_FOR_MEMBERS,
            "price": Decimal("450.00"),
        },
    )
    if created:
        ended.facilitators.set(_facilitators())
        for module, release, due in ((modules[1], 60, 110), (modules[2], 120, 175)):
            PromotionModule.objects.create(
                promotion=ended,
                module=module,
                release_on=first_start + release * day,
                due_on=first_start + due * day,
            )
    start = today - 7 * day
    running, created = _promotion(
        course,
        2,
        {
            "name": "Promotion 2026-2027",
            "name_en": "2026-2027 cohort",
            "name_es": "Promoción 2026-2027",
            "language": "fr",
            "state": Promotion.State.RUNNING,
            "enrolment_opens_at": now - 30 * day,
            "enrolment_closes_at": now + 21 * day,
            "starts_on": start,
            "ends_on": today + 120 * day,
            "certificate_available_on": today + 120 * day,
            "capacity": 25,
            "fee": Promotion.Fee.FREE_FOR_MEMBERS,
            "member_price": Decimal("0.00"),
            "price": Decimal("450.00"),
        },
    )
    if created:
        running.facilitators.set(_facilitators())
        releases = [
            (modules[0], start, None),
            (modules[1], today + 14 * day, today + 60 * day),
            (modules[2], today + 45 * day, today + 110 * day),
        ]
        for order, (module, release, due) in enumerate(releases):
            PromotionModule.objects.create(
                promotion=running,
                module=module,
                release_on=release,
                due_on=due,
                sort_order=order,
            )
        for order, (title, when, url, recording) in enumerate(
            (
                (0, _at(start + 2 * day, 14), "", RECORDING_URL),
                (1, _at(today + 7 * day, 14), JOIN_URL, ""),
            )
        ):
            LiveSession.objects.create(
                promotion=running,
                title=sessions["fr"][title],
                title_en=sessions["en"][title],
                title_es=sessions["es"][title],
                starts_at=when,
                duration_minutes=90,
                time_zone="Europe/Paris",
                join_url=url,
                recording_url=recording,
                sort_order=order,
            )
    return ended, running


def learner_user(email: str, first_name: str, last_name: str, language: str) -> User:
    """A learner who signed up and verified the address (the demo user password)."""
    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "language": language,
        },
    )
    if created:
        user.set_password(DEMO_USER_PASSWORD)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


@transaction.atomic
def load(stdout) -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    if any(language not in homes for language in LANGUAGES):
        return
    images = load_images()
    trees = {language: load_pages(homes, images, language) for language in LANGUAGES}
    french = trees["fr"]
    today = timezone.localdate()
    ended, running = load_promotions(french["course"], french["modules"], today)
    load_learners(
        ended=ended,
        running=running,
        lessons=french["lessons"],
        user=learner_user,
        member=User.objects.filter(email=DEMO_MEMBER_EMAIL).first(),
    )
    course_key = french["course"].translation_key
    learners = (
        Enrolment.objects.filter(promotion__course__translation_key=course_key)
        .values("learner")
        .distinct()
        .count()
    )
    stdout.write(
        f"Courses: {CoursePage.objects.filter(locale=french['course'].locale).count()}"
        f", modules: {len(french['modules'])}, lessons: {len(french['lessons'])} "
        f"(in 3 languages), promotions: {Promotion.objects.count()}, "
        f"learners: {learners}."
    )
    stdout.write(f"Course learner: {LEARNER_LOGIN} / {DEMO_USER_PASSWORD}")
