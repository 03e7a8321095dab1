"""The self-diagnosis in a person's account: the panel and the privacy rules.

Assessments belong to organisations, not to people: erasing a person removes their
contributor rights and their name from what they started, saved or submitted; the
organisation's answers stay.
"""

from allauth.account.models import EmailAddress
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.panels import AccountPanel
from accounts.privacy import PrivacyContributor

from .models import Assessment, Contributor, Invitation, Section
from .selectors import user_organisations


def panel_context(request) -> dict | None:
    """Each of the person's organisations with its latest assessment (two queries)."""
    organisations = user_organisations(request.user)
    if not organisations:
        return None
    latest = {
        a.organisation_id: a
        for a in Assessment.objects.filter(organisation__in=organisations).order_by(
            "year"
        )
    }
    return {
        "rows": [
            {"organisation": organisation, "latest": latest.get(organisation.pk)}
            for organisation in organisations
        ]
    }


def diagnosis_panel() -> AccountPanel:
    return AccountPanel(
        key="diagnosis",
        title=gettext_lazy("Agenda 2030 self-diagnosis"),
        template_name="diagnosis/account/panel.html",
        get_context=panel_context,
        order=57,
    )


def _addresses(user) -> list[str]:
    found = set(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    return [address.lower() for address in found | {user.email}]


def _invitations_to(user):
    """The invitations sent to any of the person's addresses."""
    matches = Q()
    for address in _addresses(user):
        matches |= Q(email__iexact=address)
    return Invitation.objects.filter(matches)


def privacy_export(user) -> dict:
    return {
        "invitations_received": [
            {
                "organisation": i.organisation.name,
                "sent": i.created_at.isoformat(),
                "state": i.state,
            }
            for i in _invitations_to(user).select_related("organisation")
        ],
        "invitations_sent": [
            {"email": i.email, "sent": i.created_at.isoformat(), "state": i.state}
            for i in Invitation.objects.filter(invited_by=user)
        ],
        "contributor_of": [
            {"organisation": c.organisation.name, "since": c.granted_at.isoformat()}
            for c in Contributor.objects.filter(user=user).select_related(
                "organisation"
            )
        ],
        "goals_saved": [
            {
                "organisation": s.assessment.organisation.name,
                "year": s.assessment.year,
                "goal": s.goal_number,
                "at": s.updated_at.isoformat() if s.updated_at else None,
            }
            for s in Section.objects.filter(updated_by=user).select_related(
                "assessment__organisation"
            )
        ],
        "submitted": [
            {"organisation": a.organisation.name, "year": a.year}
            for a in Assessment.objects.filter(submitted_by=user).select_related(
                "organisation"
            )
        ],
    }


def privacy_erase(user) -> list[str]:
    _invitations_to(user).delete()
    Invitation.objects.filter(invited_by=user).update(invited_by=None)
    Invitation.objects.filter(accepted_by=user).update(accepted_by=None)
    Contributor.objects.filter(user=user).delete()
    Contributor.objects.filter(granted_by=user).update(granted_by=None)
    Section.objects.filter(updated_by=user).update(updated_by=None)
    Assessment.objects.filter(started_by=user).update(started_by=None)
    saved = Assessment.objects.filter(submitted_by=user)
    kept = []
    if saved.exists():
        saved.update(submitted_by=None)
        kept.append(
            _(
                "The self-diagnosis assessments you submitted stay with your "
                "organisation, without your name."
            )
        )
    return kept


def privacy_contributor() -> PrivacyContributor:
    return PrivacyContributor(
        key="diagnosis", export=privacy_export, erase=privacy_erase
    )
