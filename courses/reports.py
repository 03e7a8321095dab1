"""A promotion's progress for staff: learners × modules, quiz results, completion.

The report costs a fixed number of queries whatever the number of learners: the
course's outline, the learners, then every lesson done and every quiz attempt of
the promotion in one query each.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from .models import Enrolment, LessonPage, LessonProgress, Promotion, QuizAttempt
from .selectors import ModuleLine, outline_modules, percent
from .services.progress import kept_attempt

REPORTED_STATES = Enrolment.LEARNING  # enrolled, completed, not completed


@dataclass
class QuizCell:
    attempts: int = 0
    kept: Decimal | None = None
    passed: bool = False


@dataclass
class QuizColumn:
    lesson: LessonPage
    keep: str = "best"
    attempted: int = 0
    passed: int = 0
    attempts: int = 0
    scores: list = field(default_factory=list)

    @property
    def average(self) -> Decimal | None:
        if not self.scores:
            return None
        return (sum(self.scores) / len(self.scores)).quantize(Decimal("0.1"))


@dataclass
class LearnerRow:
    enrolment: Enrolment
    modules: list[tuple[int, int]]
    done: int
    total: int
    quizzes: list[QuizCell]

    @property
    def percent(self) -> int:
        return percent(self.done, self.total)


@dataclass
class Report:
    promotion: Promotion
    modules: list[ModuleLine]
    quizzes: list[QuizColumn]
    rows: list[LearnerRow]
    counts: dict

    @property
    def completion_rate(self) -> int | None:
        """Completed among those who followed it (enrolled, completed or not)."""
        total = sum(self.counts.get(state, 0) for state in REPORTED_STATES)
        if not total:
            return None
        return percent(self.counts.get(Enrolment.State.COMPLETED, 0), total)


def _quiz_columns(modules: list[ModuleLine]) -> list[QuizColumn]:
    lessons = [
        line.page for module in modules for line in module.lessons if line.page.has_quiz
    ]
    if not lessons:
        return []
    bodies = {
        lesson.pk: lesson
        for lesson in LessonPage.objects.filter(
            pk__in=[lesson.pk for lesson in lessons]
        ).only("pk", "translation_key", "body")
    }
    columns = []
    for lesson in lessons:
        quiz = bodies[lesson.pk].quiz if lesson.pk in bodies else None
        columns.append(
            QuizColumn(lesson=lesson, keep=quiz.value["keep"] if quiz else "best")
        )
    return columns


def promotion_report(*, promotion: Promotion) -> Report:
    modules = outline_modules(promotion.course)
    quizzes = _quiz_columns(modules)
    enrolments = list(
        promotion.enrolments.filter(state__in=REPORTED_STATES)
        .select_related("learner")
        .order_by("learner__last_name", "learner__first_name", "learner__email")
    )
    done: dict[int, set] = {}
    for enrolment_id, key in LessonProgress.objects.filter(
        enrolment__promotion=promotion, done_at__isnull=False
    ).values_list("enrolment_id", "lesson_key"):
        done.setdefault(enrolment_id, set()).add(key)
    attempts: dict[tuple, list] = {}
    for attempt in QuizAttempt.objects.filter(enrolment__promotion=promotion).only(
        "pk", "enrolment_id", "lesson_key", "score", "passed", "created_at"
    ):
        attempts.setdefault((attempt.enrolment_id, attempt.lesson_key), []).append(
            attempt
        )
    counts: dict[str, int] = {}
    rows = []
    for enrolment in enrolments:
        counts[enrolment.state] = counts.get(enrolment.state, 0) + 1
        keys = done.get(enrolment.pk, set())
        per_module = [
            (
                sum(1 for line in module.lessons if line.page.translation_key in keys),
                len(module.lessons),
            )
            for module in modules
        ]
        cells = []
        for column in quizzes:
            tried = attempts.get((enrolment.pk, column.lesson.translation_key), [])
            kept = kept_attempt(tried, column.keep)
            cell = QuizCell(
                attempts=len(tried),
                kept=kept.score if kept else None,
                passed=bool(kept and kept.passed),
            )
            if tried:
                column.attempted += 1
                column.attempts += len(tried)
                column.scores.append(cell.kept)
            column.passed += cell.passed
            cells.append(cell)
        rows.append(
            LearnerRow(
                enrolment=enrolment,
                modules=per_module,
                done=sum(d for d, _t in per_module),
                total=sum(t for _d, t in per_module),
                quizzes=cells,
            )
        )
    return Report(
        promotion=promotion, modules=modules, quizzes=quizzes, rows=rows, counts=counts
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def report_csv(report: Report) -> str:
    """The learners' table as CSV, with a BOM so that Excel reads it as UTF-8."""
    header = [_("Learner"), _("E-mail"), _("State")]
    header += [module.page.title for module in report.modules]
    header += [_("Progress (%)"), _("Last activity")]
    for column in report.quizzes:
        title = column.lesson.title
        header += [
            _("%(quiz)s: score kept") % {"quiz": title},
            _("%(quiz)s: attempts") % {"quiz": title},
            _("%(quiz)s: passed") % {"quiz": title},
        ]
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in report.rows:
        learner = row.enrolment.learner
        activity = row.enrolment.last_activity_at
        cells = [
            learner.get_full_name(),
            learner.email,
            row.enrolment.get_state_display(),
            *(f"{done}/{total}" for done, total in row.modules),
            row.percent,
            date_format(localtime(activity), "Y-m-d H:i") if activity else "",
        ]
        for cell in row.quizzes:
            cells += [
                "" if cell.kept is None else cell.kept,
                cell.attempts,
                _("yes") if cell.passed else _("no"),
            ]
        writer.writerow([safe_cell(cell) for cell in cells])
    return out.getvalue()
