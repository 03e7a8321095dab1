"""Packaged activities: a SCORM zip checked and unpacked, and what it reports.

A lesson with a package is done when the package reports it completed or passed
(SCORM 1.2: ``cmi.core.lesson_status`` "completed" or "passed"; SCORM 2004:
``cmi.completion_status`` "completed" or ``cmi.success_status`` "passed"). A
package reporting "failed" leaves the lesson to do again. Once done, a lesson stays
done whatever the package reports later; the score kept is the last one reported.
"""

import math
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..exceptions import CoursesError
from ..models import Enrolment, LessonPage, LessonProgress, ScormPackage
from ..scorm import storage
from ..scorm.validation import inspect_package, max_bytes
from .progress import _check_learning, completion_check, lesson_visit

MAX_VALUE = 64000  # SCORM 2004's longest string (cmi.suspend_data)
MAX_LOCATION = 1000
STATUSES_12 = {
    "passed",
    "completed",
    "failed",
    "incomplete",
    "browsed",
    "not attempted",
}
COMPLETION = {"completed", "incomplete", "not attempted", "unknown"}
SUCCESS = {"passed", "failed", "unknown"}


def scorm_package_save(*, package: ScormPackage, upload) -> ScormPackage:
    """Check the zip, unpack it into a new folder, and save the package.

    A package given a new zip keeps its lessons: they launch the new files, and the
    old folder is removed once the change is committed.
    """
    info = inspect_package(upload)
    folder = storage.new_folder()
    size = storage.extract(upload, info, folder, max_bytes())
    old_folder = package.folder
    try:
        with transaction.atomic():
            package.version = info.version
            package.launch_path = info.launch_path
            package.manifest = info.manifest
            package.file_count = len(info.members)
            package.size = size
            package.folder = folder
            if not package.title:
                package.title = info.title or info.identifier or upload.name
            package.file = upload
            package.full_clean(exclude=["file"])
            package.save()
            if old_folder:
                transaction.on_commit(lambda: storage.delete_folder(old_folder))
    except BaseException:
        storage.delete_folder(folder)
        raise
    return package


def scorm_package_delete(*, package: ScormPackage) -> None:
    """Remove a package no lesson uses, its zip and its unpacked files."""
    if package.lessons.exists():
        raise CoursesError(
            _("Lessons still use this package: choose another one for them first."),
            code="package_in_use",
        )
    folder, zip_name = package.folder, package.file.name
    with transaction.atomic():
        package.delete()

        def remove():
            storage.delete_folder(folder)
            if zip_name:
                package.file.storage.delete(zip_name)

        transaction.on_commit(remove)


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def score_percent(*, scaled=None, raw=None, minimum=None, maximum=None):
    """A reported score as a percentage (0 to 100), or None when none was reported.

    ``scaled`` (-1 to 1, SCORM 2004) wins; else ``raw`` within ``min``–``max``
    (0–100 when the package gives no range).
    """
    scaled, raw = _number(scaled), _number(raw)
    minimum, maximum = _number(minimum), _number(maximum)
    if scaled is not None:
        percent = scaled * 100
    elif raw is not None:
        low = minimum if minimum is not None else 0.0
        high = maximum if maximum is not None else 100.0
        percent = (raw - low) / (high - low) * 100 if high > low else raw
    else:
        return None
    percent = min(max(percent, 0.0), 100.0)
    return Decimal(str(percent)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _unreadable() -> CoursesError:
    return CoursesError(_("The activity sent data the site cannot read."), code="shape")


def _string(data: dict, key: str, limit: int = MAX_VALUE) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _unreadable()
    value = str(value)
    if len(value) > limit:
        raise _unreadable()
    return value


def read_report(version: str, data: dict) -> dict:
    """The statuses, score and resume data in a commit (flattened ``cmi`` names)."""
    if not isinstance(data, dict):
        raise _unreadable()
    if version == ScormPackage.Version.SCORM_12:
        status = _string(data, "cmi.core.lesson_status", 20).lower()
        status = status if status in STATUSES_12 else ""
        completion = {
            "passed": "completed",
            "completed": "completed",
            "failed": "incomplete",
            "incomplete": "incomplete",
            "browsed": "incomplete",
            "not attempted": "not attempted",
        }.get(status, "")
        success = {"passed": "passed", "failed": "failed"}.get(status, "")
        prefix, location_key = "cmi.core.score.", "cmi.core.lesson_location"
        exit_key, runtime = "cmi.core.exit", {"lesson_status": status}
    else:
        completion = _string(data, "cmi.completion_status", 20).lower()
        completion = completion if completion in COMPLETION else ""
        success = _string(data, "cmi.success_status", 20).lower()
        success = success if success in SUCCESS else ""
        prefix, location_key, exit_key, runtime = (
            "cmi.score.",
            "cmi.location",
            "cmi.exit",
            {},
        )
    score = score_percent(
        scaled=_string(data, prefix + "scaled", 20) or None,
        raw=_string(data, prefix + "raw", 20) or None,
        minimum=_string(data, prefix + "min", 20) or None,
        maximum=_string(data, prefix + "max", 20) or None,
    )
    runtime.update(
        completion_status=completion,
        success_status=success,
        location=_string(data, location_key, MAX_LOCATION),
        suspend_data=_string(data, "cmi.suspend_data"),
        exit=_string(data, exit_key, 20),
    )
    raw_score = {
        key: _string(data, prefix + key, 20) for key in ("raw", "min", "max", "scaled")
    }
    runtime["score"] = {key: value for key, value in raw_score.items() if value}
    return {
        "completion_status": completion,
        "success_status": success,
        "score": score,
        "runtime_data": runtime,
        "done": completion == "completed" or success == "passed",
    }


def scorm_record(
    *, enrolment: Enrolment, lesson: LessonPage, data: dict
) -> LessonProgress:
    """Keep what the lesson's package reported; the lesson is done once it is
    completed or passed, and the course's completion is checked then."""
    _check_learning(enrolment)
    package = lesson.package
    if package is None:
        raise CoursesError(
            _("This lesson has no packaged activity."), code="no_package"
        )
    report = read_report(package.version, data)
    with transaction.atomic():
        progress, _created = LessonProgress.objects.select_for_update().get_or_create(
            enrolment=enrolment, lesson_key=lesson.translation_key
        )
        newly_done = report["done"] and progress.done_at is None
        if report["completion_status"] and not (
            progress.completion_status == "completed"
            and report["completion_status"] != "completed"
        ):
            progress.completion_status = report["completion_status"]
        if report["success_status"] and progress.success_status != "passed":
            progress.success_status = report["success_status"]
        if report["score"] is not None:
            progress.score = report["score"]
        progress.runtime_data = report["runtime_data"]
        if newly_done:
            progress.done_at = timezone.now()
        progress.save()
        lesson_visit(enrolment=enrolment, lesson=lesson)
        if newly_done:
            completion_check(enrolment=enrolment)
    return progress
