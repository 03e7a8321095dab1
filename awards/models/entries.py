"""Entries: what an organisation submits to an edition, with its goals and files.

An entry is drafted, submitted, and edited until the call closes; prize managers
screen it; the jury reviews it round by round; the final decision records its
outcome. Its files live in the private storage, under generated names, and are read
only through the permission-checked view (``awards/views/files.py``).
"""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.i18n_fields import Localized


def private_storage():
    return storages["private"]


def entry_file_path(instance, filename: str) -> str:
    """A generated name: nothing the entrant typed reaches the file system."""
    extension = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
    return f"awards/{instance.entry.edition_id}/{uuid.uuid4().hex}.{extension}"


class Entry(models.Model):
    """One operation entered for the prize by a verified user for an organisation."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        ELIGIBLE = "eligible", _("Eligible")
        INELIGIBLE = "ineligible", _("Ineligible")

    class Outcome(models.TextChoices):
        NONE = "", _("No decision")
        WINNER = "winner", _("Winner")
        MENTION = "mention", _("Special mention")
        NOT_AWARDED = "not_awarded", _("Not awarded")

    class Budget(models.TextChoices):
        UNDER_1M = "under_1m", _("Under €1 million")
        FROM_1M = "1m_10m", _("€1–10 million")
        FROM_10M = "10m_50m", _("€10–50 million")
        FROM_50M = "50m_200m", _("€50–200 million")
        OVER_200M = "over_200m", _("Over €200 million")

    edition = models.ForeignKey(
        "awards.Edition",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="entries",
    )
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    entrant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entrant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="prize_entries",
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="prize_entries",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    project_name = models.CharField(_("project name"), max_length=200, blank=True)
    port_city = models.CharField(_("port city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    category = models.ForeignKey(
        "awards.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="entries",
    )
    operation_started_on = models.DateField(
        _("operation started on"), null=True, blank=True
    )
    operation_ended_on = models.DateField(
        _("operation completed on"),
        null=True,
        blank=True,
        help_text=_("Blank if the operation is still under way."),
    )
    partners = models.TextField(_("partners"), blank=True, max_length=2000)
    budget_range = models.CharField(
        _("budget"), max_length=20, choices=Budget.choices, blank=True
    )
    summary = models.TextField(_("summary"), blank=True, max_length=1500)
    consent_to_publish = models.BooleanField(
        _("consent to publish"),
        default=False,
        help_text=_(
            "The network may publish the project's name, summary, images and "
            "credits if it wins a prize or a mention."
        ),
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT
    )
    screening_reason = models.TextField(_("reason"), blank=True)
    round = models.ForeignKey(
        "awards.Round",
        verbose_name=_("current round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="entries",
    )
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, blank=True
    )
    citation = models.TextField(_("citation (French)"), blank=True)
    citation_en = models.TextField(_("citation (English)"), blank=True)
    citation_es = models.TextField(_("citation (Spanish)"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    result_sent_at = models.DateTimeField(_("result sent at"), null=True, blank=True)

    local_citation = Localized("citation")

    class Meta:
        verbose_name = _("prize entry")
        verbose_name_plural = _("prize entries")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    state__in=[
                        "draft",
                        "submitted",
                        "withdrawn",
                        "eligible",
                        "ineligible",
                    ]
                ),
                name="awards_entry_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=["", "winner", "mention", "not_awarded"]),
                name="awards_entry_outcome_valid",
            ),
        ]
        permissions = [
            ("screen_entry", _("Can screen prize entries")),
            ("decide_entry", _("Can record the prize's final decision")),
        ]

    def __str__(self) -> str:
        return f"{self.reference} – {self.project_name or _('(untitled)')}"

    @property
    def is_submitted(self) -> bool:
        return self.state in (
            self.State.SUBMITTED,
            self.State.ELIGIBLE,
            self.State.INELIGIBLE,
        )

    @property
    def organisation_label(self) -> str:
        if self.organisation_id:
            return self.organisation.name
        return self.organisation_name


class EntryGoal(models.Model):
    """How the operation serves one of the Agenda 2030 goals, in the entrant's words."""

    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="goal_answers"
    )
    goal = models.ForeignKey(
        "cms.Goal",
        verbose_name=_("goal"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    description = models.TextField(_("how the operation serves it"), max_length=3000)

    class Meta:
        verbose_name = _("goal addressed")
        verbose_name_plural = _("goals addressed")
        ordering = ["goal__number"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "goal"], name="awards_entry_goal_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entry.reference} – {self.goal}"


class EntryFile(models.Model):
    """An image (re-encoded) or a PDF of an entry, in the private storage."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        DOCUMENT = "document", _("Document")

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=entry_file_path, max_length=200
    )
    name = models.CharField(_("file name"), max_length=120)
    content_type = models.CharField(_("type"), max_length=60)
    size = models.PositiveIntegerField(_("size (bytes)"))
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("entry file")
        verbose_name_plural = _("entry files")
        ordering = ["uploaded_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["image", "document"]),
                name="awards_entry_file_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name
