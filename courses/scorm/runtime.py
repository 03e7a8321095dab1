"""What the player gives a package when it starts: the learner, and where they were.

The state is a flat map of ``cmi`` element names, loaded into scorm-again's API before
the package calls ``LMSInitialize``/``Initialize`` (``loadFromFlattenedJSON``).
"""

from ..models import LessonProgress, ScormPackage


def _learner_name(user) -> str:
    last, first = user.last_name.strip(), user.first_name.strip()
    if last and first:
        return f"{last}, {first}"
    return last or first or user.get_username()


def runtime_state(*, enrolment, lesson) -> dict:
    """The flattened ``cmi`` data to resume the lesson's package with."""
    package = lesson.package
    if package is None or enrolment is None:
        return {}
    user = enrolment.learner
    progress = LessonProgress.objects.filter(
        enrolment=enrolment, lesson_key=lesson.translation_key
    ).first()
    saved = progress.runtime_data if progress is not None else {}
    resume = bool(saved.get("suspend_data")) or saved.get("exit") == "suspend"
    score = saved.get("score") or {}
    if package.version == ScormPackage.Version.SCORM_12:
        state = {
            "cmi.core.student_id": str(user.pk),
            "cmi.core.student_name": _learner_name(user)[:255],
            "cmi.core.entry": "resume" if resume else "ab-initio",
        }
        if saved.get("lesson_status"):
            state["cmi.core.lesson_status"] = saved["lesson_status"]
        if saved.get("location"):
            state["cmi.core.lesson_location"] = saved["location"]
        names = {"raw": "cmi.core.score.raw", "min": "cmi.core.score.min"}
        names["max"] = "cmi.core.score.max"
    else:
        state = {
            "cmi.learner_id": str(user.pk),
            "cmi.learner_name": _learner_name(user)[:250],
            "cmi.entry": "resume" if resume else "ab-initio",
        }
        for key in ("completion_status", "success_status", "location"):
            if saved.get(key):
                state[f"cmi.{key}"] = saved[key]
        names = {key: f"cmi.score.{key}" for key in ("raw", "min", "max", "scaled")}
    if saved.get("suspend_data"):
        state["cmi.suspend_data"] = saved["suspend_data"]
    for key, name in names.items():
        if score.get(key):
            state[name] = score[key]
    return state


def player_context(*, enrolment, lesson, can_record: bool) -> dict:
    """The lesson template's context for ``courses/includes/scorm_player.html``."""
    if lesson.package_id is None:
        return {}
    return {
        "package": lesson.package,
        "runtime_state": runtime_state(enrolment=enrolment, lesson=lesson)
        if can_record
        else {},
        "scorm_can_record": can_record,
    }
