"""Who may read an entry and its files: its entrant, prize managers, and the jurors
it is assigned to once they have declared no conflict of interest. Anyone else gets
a 404, as if the entry did not exist."""

from .models import Assignment, Entry

VIEW_ENTRY = "awards.view_entry"
JURY_GROUP = "Jury"


def is_juror(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=JURY_GROUP).exists()


def may_read_entry(user, entry: Entry) -> bool:
    if not user.is_authenticated:
        return False
    if entry.entrant_id == user.pk or user.has_perm(VIEW_ENTRY):
        return True
    return Assignment.objects.filter(
        entry=entry, juror=user, conflict=Assignment.Conflict.NONE
    ).exists()


def hides_identity(user, entry: Entry) -> bool:
    """A juror of a blind review does not see who entered."""
    return (
        entry.edition.blind_review
        and entry.entrant_id != user.pk
        and not user.has_perm(VIEW_ENTRY)
    )
