"""What an entrant does with an entry: draft, attach files, submit, withdraw.

Every change is refused once the edition stops accepting entries (its call is not
open, or its closing minute has passed, in the edition's time zone): after the
deadline nothing changes. A draft may be incomplete; submitting checks that every
required part is there and names what is missing.
"""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Affiliation
from accounts.selectors import user_email_verified
from cms.models import Goal

from ..exceptions import AwardsError
from ..models import Edition, Entry, EntryFile, EntryGoal
from ..uploads import clean_upload
from . import history, mail

MB = 1024 * 1024
MAX_FILES = {EntryFile.Kind.IMAGE: 12, EntryFile.Kind.DOCUMENT: 8}
DRAFT_FIELDS = (
    "organisation",
    "organisation_name",
    "project_name",
    "port_city",
    "country",
    "category",
    "operation_started_on",
    "operation_ended_on",
    "partners",
    "budget_range",
    "summary",
    "consent_to_publish",
)


def check_can_enter(*, edition: Edition, user) -> None:
    if not user.is_authenticated:
        raise AwardsError(_("Please sign in to enter the prize."), code="anonymous")
    if not user_email_verified(user=user):
        raise AwardsError(
            _("Please verify your e-mail address before entering the prize."),
            code="not_verified",
        )
    check_open(edition)


def check_open(edition: Edition, now=None) -> None:
    if not edition.accepts_entries(now):
        raise AwardsError(
            _("The call for entries is closed: entries can no longer be changed."),
            code="call_closed",
        )


def check_editable(entry: Entry, now=None) -> None:
    """A draft or a submitted entry, while the call is open."""
    if entry.state not in (Entry.State.DRAFT, Entry.State.SUBMITTED):
        raise AwardsError(_("This entry can no longer be changed."), code="locked")
    check_open(entry.edition, now)


def entrant_organisations(user):
    """The organisations the person is an approved member of: they may enter for."""
    return [
        link.organisation
        for link in Affiliation.objects.filter(
            user=user, status=Affiliation.Status.APPROVED
        ).select_related("organisation")
    ]


def _next_reference(edition: Edition) -> str:
    """The edition's next number, after the highest ever given (a deleted draft's
    number is not given again)."""
    Edition.objects.select_for_update().filter(pk=edition.pk).first()
    references = Entry.objects.filter(edition=edition).values_list(
        "reference", flat=True
    )
    highest = max((int(r.rsplit("-", 1)[1]) for r in references), default=0)
    return f"ARP{edition.year}-{highest + 1:03d}"


def entry_start(*, edition: Edition, user, language: str) -> Entry:
    """A new, empty draft for the person, numbered in the edition."""
    check_can_enter(edition=edition, user=user)
    with transaction.atomic():
        entry = Entry.objects.create(
            edition=edition,
            reference=_next_reference(edition),
            entrant=user,
            contact_name=user.get_full_name() or user.email,
            language=language,
        )
        history.record_entry(entry, actor=user, verb="started", from_state="")
    return entry


def entry_save(*, entry: Entry, user, data: dict, now=None) -> Entry:
    """Keep what was typed, complete or not; the organisation must be the person's."""
    check_editable(entry, now)
    organisation = data.get("organisation")
    if organisation is not None and organisation not in entrant_organisations(user):
        raise AwardsError(
            _("You can only enter for an organisation you belong to."),
            code="organisation",
        )
    before = {field: getattr(entry, field) for field in DRAFT_FIELDS}
    for field in DRAFT_FIELDS:
        if field in data:
            setattr(entry, field, data[field])
    if entry.organisation_id and not entry.organisation_name:
        entry.organisation_name = entry.organisation.name
    with transaction.atomic():
        entry.save()
        changed = [f for f in DRAFT_FIELDS if getattr(entry, f) != before[f]]
        _record_amendment(entry, user, fields=changed)
    return entry


def _record_amendment(entry: Entry, user, **what) -> None:
    """A submitted entry changed before the deadline: the history says what.

    Drafts change freely and unrecorded; once submitted, every change is in the
    entry's history (which fields, which goals, which file), for the screening.
    """
    if entry.state != Entry.State.SUBMITTED or not any(what.values()):
        return
    history.record_entry(
        entry,
        actor=user,
        verb="amended",
        from_state=entry.state,
        data={key: value for key, value in what.items() if value},
    )


def entry_set_goals(*, entry: Entry, texts: dict, user=None, now=None) -> None:
    """The goals the operation serves: goal translation key → how it serves it.

    Answers name the goal in the default language; a blank text drops the goal.
    """
    check_editable(entry, now)
    kept = {str(key): text.strip() for key, text in texts.items() if text.strip()}
    goals = {
        str(goal.translation_key): goal
        for goal in Goal.objects.filter(
            translation_key__in=list(kept),
            locale__language_code=settings.LANGUAGE_CODE,
        )
    }
    before = {
        str(answer.goal.translation_key): (answer.goal.number, answer.description)
        for answer in entry.goal_answers.select_related("goal")
    }
    with transaction.atomic():
        entry.goal_answers.exclude(
            goal__in=[goals[key] for key in kept if key in goals]
        ).delete()
        for key, text in kept.items():
            if key in goals:
                EntryGoal.objects.update_or_create(
                    entry=entry, goal=goals[key], defaults={"description": text}
                )
        after = {
            key: (goals[key].number, text) for key, text in kept.items() if key in goals
        }
        changed = {
            (before.get(key) or after.get(key))[0]
            for key in set(before) | set(after)
            if before.get(key) != after.get(key)
        }
        _record_amendment(entry, user, goals=sorted(changed))


def entry_add_file(
    *, entry: Entry, upload, kind: str, caption="", credit="", user=None, now=None
) -> EntryFile:
    """Check the file by its content, re-encode an image, store it privately."""
    check_editable(entry, now)
    edition = entry.edition
    existing = list(entry.files.all())
    if sum(1 for f in existing if f.kind == kind) >= MAX_FILES[kind]:
        raise AwardsError(
            _("An entry can have at most %(count)s files of this kind.")
            % {"count": MAX_FILES[kind]},
            code="too_many_files",
        )
    clean = clean_upload(upload, kind=kind, max_bytes=edition.max_file_mb * MB)
    if sum(f.size for f in existing) + len(clean.content) > edition.max_entry_mb * MB:
        raise AwardsError(
            _("The files of an entry may not exceed %(size)s MB in all.")
            % {"size": edition.max_entry_mb},
            code="entry_too_large",
        )
    stored = EntryFile(
        entry=entry,
        kind=kind,
        name=clean.name,
        content_type=clean.content_type,
        size=len(clean.content),
        width=clean.width,
        height=clean.height,
        caption=caption.strip()[:300],
        credit=credit.strip()[:200],
    )
    stored.file.save(f"file.{clean.extension}", ContentFile(clean.content), save=False)
    try:
        with transaction.atomic():
            stored.save()
            _record_amendment(entry, user, file_added=stored.name)
    except Exception:
        stored.file.delete(save=False)
        raise
    return stored


def entry_remove_file(*, entry: Entry, file_id: int, user=None, now=None) -> None:
    check_editable(entry, now)
    stored = entry.files.filter(pk=file_id).first()
    if stored is None:
        return
    name = stored.file.name
    with transaction.atomic():
        stored.delete()
        _record_amendment(entry, user, file_removed=stored.name)
    transaction.on_commit(lambda: stored.file.storage.delete(name))


MISSING = {
    "organisation": gettext_lazy("the organisation"),
    "project_name": gettext_lazy("the project's name"),
    "port_city": gettext_lazy("the port city"),
    "country": gettext_lazy("the country"),
    "category": gettext_lazy("the category"),
    "operation_started_on": gettext_lazy("when the operation started"),
    "budget_range": gettext_lazy("the budget"),
    "summary": gettext_lazy("the summary"),
    "goals": gettext_lazy("at least one Agenda 2030 goal, with how it is served"),
    "images": gettext_lazy("at least one image"),
}


def entry_missing(entry: Entry) -> list[str]:
    """What submitting still needs, by name (keys of ``MISSING``)."""
    missing = []
    if not (entry.organisation_id or entry.organisation_name.strip()):
        missing.append("organisation")
    for field in ("project_name", "port_city", "country", "summary", "budget_range"):
        if not str(getattr(entry, field) or "").strip():
            missing.append(field)
    if entry.category_id is None and entry.edition.categories.exists():
        missing.append("category")
    if entry.operation_started_on is None:
        missing.append("operation_started_on")
    if not entry.goal_answers.exists():
        missing.append("goals")
    if not entry.files.filter(kind=EntryFile.Kind.IMAGE).exists():
        missing.append("images")
    return sorted(missing, key=list(MISSING).index)


def entry_submit(*, entry: Entry, user, now=None) -> Entry:
    """Submit a complete draft before the deadline; the entrant gets a confirmation."""
    check_editable(entry, now)
    if entry.state != Entry.State.DRAFT:
        raise AwardsError(_("This entry is already submitted."), code="submitted")
    missing = entry_missing(entry)
    if missing:
        raise AwardsError(
            _("Before submitting, please add: %(missing)s.")
            % {"missing": ", ".join(str(MISSING[name]) for name in missing)},
            code="incomplete",
        )
    with transaction.atomic():
        locked = Entry.objects.select_for_update().get(pk=entry.pk)
        if locked.state != Entry.State.DRAFT:
            raise AwardsError(_("This entry is already submitted."), code="submitted")
        entry.state = Entry.State.SUBMITTED
        entry.submitted_at = now or timezone.now()
        entry.save(update_fields=["state", "submitted_at", "updated_at"])
        history.record_entry(
            entry, actor=user, verb="submitted", from_state=Entry.State.DRAFT
        )
        mail.queue_submission_mail(
            entry=entry, key=f"awards.entry.{entry.pk}.submitted"
        )
    return entry


def entry_withdraw(*, entry: Entry, user, now=None) -> Entry:
    """The entrant takes the entry back, until the deadline."""
    check_editable(entry, now)
    with transaction.atomic():
        from_state = entry.state
        entry.state = Entry.State.WITHDRAWN
        entry.save(update_fields=["state", "updated_at"])
        history.record_entry(entry, actor=user, verb="withdrawn", from_state=from_state)
    return entry
