"""The prize in a person's account: the "My prize entries" panel and privacy rules."""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.panels import AccountPanel
from accounts.privacy import KeptRows, PrivacyContributor
from core.audit import audit_entries_about, audit_export

from .access import is_juror
from .models import Assignment, Entry
from .selectors import entrant_entries, juror_assignments


def panel_context(request) -> dict | None:
    user = request.user
    entries = list(entrant_entries(user))
    juror = is_juror(user)
    if not entries and not juror:
        return None
    return {
        "entries": entries,
        "juror": juror,
        "pending_reviews": juror_assignments(user)
        .exclude(review=Assignment.Review.SUBMITTED)
        .count()
        if juror
        else 0,
    }


def awards_panel() -> AccountPanel:
    return AccountPanel(
        key="awards",
        title=gettext_lazy("The Antoine Rufenacht Prize"),
        template_name="awards/account/panel.html",
        get_context=panel_context,
        order=55,
    )


def _file_rows(entry: Entry) -> list[dict]:
    return [
        {
            "name": f.name,
            "kind": f.kind,
            "size": f.size,
            "caption": f.caption,
            "credit": f.credit,
            "uploaded_at": f.uploaded_at.isoformat(),
        }
        for f in entry.files.all()
    ]


def privacy_export(user) -> dict:
    entries = list(
        Entry.objects.filter(entrant=user)
        .select_related("edition", "category")
        .prefetch_related("goal_answers__goal", "files")
    )
    history: dict[str, list] = {}
    for row in audit_entries_about(Entry, [e.pk for e in entries]).order_by("at"):
        history.setdefault(row.object_id, []).append(row)
    return {
        "entries": [
            {
                "edition": entry.edition.year,
                "reference": entry.reference,
                "state": entry.state,
                "contact_name": entry.contact_name,
                "organisation": entry.organisation_label,
                "project_name": entry.project_name,
                "port_city": entry.port_city,
                "country": str(entry.country),
                "operation_started_on": str(entry.operation_started_on or ""),
                "operation_ended_on": str(entry.operation_ended_on or ""),
                "partners": entry.partners,
                "budget_range": entry.budget_range,
                "summary": entry.summary,
                "consent_to_publish": entry.consent_to_publish,
                "goals": [
                    {"goal": a.goal.number, "description": a.description}
                    for a in entry.goal_answers.all()
                ],
                "files": _file_rows(entry),
                "outcome": entry.outcome,
                "submitted_at": entry.submitted_at.isoformat()
                if entry.submitted_at
                else None,
                "history": audit_export(history.get(str(entry.pk), [])),
            }
            for entry in entries
        ],
        "reviews": [
            {
                "edition": a.round.edition.year,
                "round": a.round.name,
                "entry": a.entry.reference,
                "conflict": a.conflict,
                "conflict_note": a.conflict_note,
                "review": a.review,
                "comment": a.comment,
                "marks": [
                    {
                        "criterion": s.criterion.name,
                        "mark": s.value,
                        "comment": s.comment,
                    }
                    for s in a.scores.all()
                ],
            }
            for a in Assignment.objects.filter(juror=user)
            .select_related("round__edition", "entry")
            .prefetch_related("scores__criterion")
        ],
    }


def privacy_erase(user) -> list[str]:
    """Delete drafts and their files; keep submitted entries without the person.

    A submitted entry belongs to the edition's record (the jury reviewed it, it may
    have won): it stays, with the contact person's name removed and no link to the
    account. A juror's reviews stay with the edition's record too.
    """
    kept = []
    drafts = Entry.objects.filter(entrant=user, state=Entry.State.DRAFT)
    names = [f.file.name for d in drafts for f in d.files.all()]
    drafts.delete()
    if names:
        transaction.on_commit(lambda: [_delete_file(name) for name in names])
    submitted = Entry.objects.filter(entrant=user)
    if submitted.exists():
        submitted.update(entrant=None, contact_name="")
        kept.append(
            _(
                "Your submitted prize entries are kept in the prize's records, "
                "without your name."
            )
        )
    if Assignment.objects.filter(juror=user).exists():
        kept.append(
            _("Your jury reviews are kept in the prize's records of the edition.")
        )
    return kept


def _delete_file(name: str) -> None:
    from .models.entries import private_storage

    private_storage().delete(name)


def privacy_kept(user) -> list[KeptRows]:
    return [
        KeptRows(
            rows=Assignment.objects.filter(juror=user),
            fields=("conflict_note", "comment"),
        )
    ]


def privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(
        key="awards", export=privacy_export, erase=privacy_erase, kept=privacy_kept
    )
