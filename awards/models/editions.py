"""An edition of the prize: its call, its timeline, its criteria, rounds and jury.

An edition is one row whatever the language (entries, reviews and rounds point to
it), so its few texts have one column per language (``core/i18n_fields.py``); the
long texts (rules, eligibility) are on its page, translated with wagtail-localize.
Dates are entered in the edition's own time zone: the call closes at 23:59 in Le
Havre, not in the entrant's or the server's zone.
"""

import datetime
import zoneinfo
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from cms.models.agenda import validate_time_zone
from core.i18n_fields import Localized


class Edition(ClusterableModel):
    """One year of the prize, from its call for entries to its winners."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CALL_OPEN = "call_open", _("Call open")
        CALL_CLOSED = "call_closed", _("Call closed")
        SCREENING = "screening", _("Screening")
        JURY_REVIEW = "jury_review", _("Jury review")
        DELIBERATION = "deliberation", _("Deliberation")
        ANNOUNCED = "announced", _("Announced")
        ARCHIVED = "archived", _("Archived")

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    theme = models.CharField(_("theme (French)"), max_length=200, blank=True)
    theme_en = models.CharField(_("theme (English)"), max_length=200, blank=True)
    theme_es = models.CharField(_("theme (Spanish)"), max_length=200, blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Paris",
        validators=[validate_time_zone],
        help_text=_("The dates and times below are in this zone."),
    )
    call_opens_on = models.DateField(_("call opens on"))
    call_closes_on = models.DateField(_("call closes on"))
    call_closes_time = models.TimeField(
        _("call closes at"),
        default=datetime.time(23, 59),
        help_text=_("Entries are accepted until this time, on the closing day."),
    )
    jury_deadline = models.DateField(_("jury deadline"), null=True, blank=True)
    announcement_on = models.DateField(_("announcement"), null=True, blank=True)
    blind_review = models.BooleanField(
        _("blind review"),
        default=True,
        help_text=_(
            "Jurors do not see who entered: the entrant, the organisation and "
            "the partners are hidden from them."
        ),
    )
    normalise_scores = models.BooleanField(
        _("normalise each juror's scores"),
        default=False,
        help_text=_(
            "Rank on z-scores (each juror's marks compared with their own mean "
            "and spread), so a severe and a generous juror weigh the same."
        ),
    )
    max_file_mb = models.PositiveSmallIntegerField(
        _("largest file (MB)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_entry_mb = models.PositiveSmallIntegerField(
        _("all files of an entry (MB)"),
        default=50,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
    )
    jurors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("jurors"),
        blank=True,
        related_name="juried_editions",
        limit_choices_to={"groups__name": "Jury"},
        help_text=_("Members of the Jury group who review this edition's entries."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    local_theme = Localized("theme")

    class Meta:
        verbose_name = _("prize edition")
        verbose_name_plural = _("prize editions")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(call_closes_on__gte=F("call_opens_on")),
                name="awards_edition_call_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=Q(
                    state__in=[
                        "draft",
                        "call_open",
                        "call_closed",
                        "screening",
                        "jury_review",
                        "deliberation",
                        "announced",
                        "archived",
                    ]
                ),
                name="awards_edition_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return str(_("Prize %(year)s") % {"year": self.year})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def call_opens_at(self) -> datetime.datetime:
        """Midnight of the opening day, in the edition's zone."""
        return datetime.datetime.combine(
            self.call_opens_on, datetime.time(0, 0), tzinfo=self.zone
        )

    @property
    def call_closes_at(self) -> datetime.datetime:
        """The first instant after the call: the closing minute included."""
        last_minute = datetime.datetime.combine(
            self.call_closes_on, self.call_closes_time, tzinfo=self.zone
        ).replace(second=0, microsecond=0)
        return last_minute + datetime.timedelta(minutes=1)

    def accepts_entries(self, now: datetime.datetime | None = None) -> bool:
        """Open for drafts, submissions and changes: the call is open, now."""
        now = now or timezone.now()
        return (
            self.state == self.State.CALL_OPEN
            and self.call_opens_at <= now < self.call_closes_at
        )

    @property
    def is_announced(self) -> bool:
        return self.state in (self.State.ANNOUNCED, self.State.ARCHIVED)

    @property
    def total_weight(self) -> Decimal:
        return sum((c.weight for c in self.criteria.all()), Decimal(0))


class Category(Orderable):
    """A category entries compete in (for example, a special prize for small ports)."""

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="categories")
    name = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)

    local_name = Localized("name")

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.local_name


class Criterion(Orderable):
    """What the jury scores, on a scale of 0 to ``scale_max``, with its weight."""

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    guidance = models.TextField(_("guidance for jurors (French)"), blank=True)
    guidance_en = models.TextField(_("guidance for jurors (English)"), blank=True)
    guidance_es = models.TextField(_("guidance for jurors (Spanish)"), blank=True)
    weight = models.DecimalField(
        _("weight"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("1.00"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    scale_max = models.PositiveSmallIntegerField(
        _("highest mark"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Jurors mark from 0 to this number."),
    )

    local_name = Localized("name")
    local_guidance = Localized("guidance")

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.CheckConstraint(
                condition=Q(weight__gt=0), name="awards_criterion_weight_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.local_name


class Round(Orderable):
    """A review round (shortlist, final): entries assigned to jurors, then scored."""

    class State(models.TextChoices):
        PREPARING = "preparing", _("Preparing")
        OPEN = "open", _("Open to jurors")
        DELIBERATION = "deliberation", _("Deliberation")
        CLOSED = "closed", _("Closed")

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="rounds")
    name = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PREPARING
    )
    reviews_per_entry = models.PositiveSmallIntegerField(
        _("jurors per entry"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("For the balanced automatic assignment."),
    )
    due_on = models.DateField(
        _("reviews due on"),
        null=True,
        blank=True,
        help_text=_("Jurors with reviews left are reminded before this day."),
    )

    local_name = Localized("name")

    class Meta(Orderable.Meta):
        verbose_name = _("review round")
        verbose_name_plural = _("review rounds")
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["preparing", "open", "deliberation", "closed"]),
                name="awards_round_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.local_name

    @property
    def scores_shared(self) -> bool:
        """Jurors see one another's scores only once managers open deliberation."""
        return self.state in (self.State.DELIBERATION, self.State.CLOSED)
