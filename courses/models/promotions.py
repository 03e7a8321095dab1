"""A promotion: one dated run of a course, with its schedule, fees and live sessions.

A promotion is one row whatever the language (enrolments point to it), so its name
and texts have one column per language (``core/i18n_fields.py``).
"""

import datetime
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from cms.models.agenda import validate_time_zone
from core.i18n_fields import Localized


class Promotion(ClusterableModel):
    """One run of a course: its dates, its learners' places and its fees."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for enrolment")
        ENROLMENT_CLOSED = "enrolment_closed", _("Enrolment closed")
        RUNNING = "running", _("Running")
        ENDED = "ended", _("Ended")
        ARCHIVED = "archived", _("Archived")

    class Fee(models.TextChoices):
        FREE = "free", _("Free")
        FREE_FOR_MEMBERS = "free_for_members", _("Free for members")
        PAID = "paid", _("Paid")

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="promotions",
    )
    number = models.PositiveSmallIntegerField(_("number"), default=1)
    name = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    language = models.CharField(
        _("language of teaching"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT
    )
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"))
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    certificate_available_on = models.DateField(
        _("certificates available from"),
        null=True,
        blank=True,
        help_text=_("Blank: as soon as a learner completes the course."),
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Blank: no limit.")
    )
    requires_application = models.BooleanField(
        _("requires an application"),
        default=False,
        help_text=_("Learners answer the questions below and staff decide."),
    )
    fee = models.CharField(
        _("fee"), max_length=20, choices=Fee.choices, default=Fee.FREE
    )
    member_price = models.DecimalField(
        _("price for members, excluding VAT"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(0)],
    )
    price = models.DecimalField(
        _("price for non-members, excluding VAT"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(0)],
    )
    sale = models.OneToOneField(
        "ticketing.Conference",
        verbose_name=_("sale"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="promotion",
        help_text=_("Where its paid places are sold (ticketing's checkout)."),
    )
    vat_rate = models.DecimalField(
        _("VAT rate (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("20.00"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_promotions",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("promotion")
        verbose_name_plural = _("promotions")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(enrolment_closes_at__gt=F("enrolment_opens_at")),
                name="courses_promotion_enrolment_window",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="courses_promotion_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(
                    state__in=[
                        "draft",
                        "open",
                        "enrolment_closed",
                        "running",
                        "ended",
                        "archived",
                    ]
                ),
                name="courses_promotion_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(fee__in=["free", "free_for_members", "paid"]),
                name="courses_promotion_fee_valid",
            ),
            models.CheckConstraint(
                condition=Q(member_price__gte=0) & Q(price__gte=0),
                name="courses_promotion_prices_positive",
            ),
        ]

    local_name = Localized("name")

    def __str__(self) -> str:
        return self.name

    @property
    def enrolment_is_open(self) -> bool:
        """Open for enrolment now; a running promotion takes late learners until
        its enrolment closes."""
        now = timezone.now()
        return (
            self.state in (self.State.OPEN, self.State.RUNNING)
            and self.enrolment_opens_at <= now < self.enrolment_closes_at
        )

    @property
    def gives_access(self) -> bool:
        """Whether its enrolled learners may read the lessons now."""
        return self.state in (self.State.RUNNING, self.State.ENDED)


class PromotionModule(Orderable):
    """When a module opens to a promotion's learners and when it is due."""

    promotion = ParentalKey(
        Promotion, on_delete=models.CASCADE, related_name="schedule"
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    release_on = models.DateField(_("released on"))
    due_on = models.DateField(_("due on"), null=True, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("module release")
        verbose_name_plural = _("module releases")
        constraints = [
            models.UniqueConstraint(
                fields=["promotion", "module"], name="courses_schedule_module_once"
            ),
            models.CheckConstraint(
                condition=Q(due_on__isnull=True) | Q(due_on__gte=F("release_on")),
                name="courses_schedule_due_after_release",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.module} ({self.release_on})"


class ApplicationQuestion(Orderable):
    """A question a promotion asks those who apply."""

    promotion = ParentalKey(
        Promotion, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.CharField(_("question (French)"), max_length=300)
    text_en = models.CharField(_("question (English)"), max_length=300, blank=True)
    text_es = models.CharField(_("question (Spanish)"), max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=True)

    local_text = Localized("text")

    class Meta(Orderable.Meta):
        verbose_name = _("application question")
        verbose_name_plural = _("application questions")

    def __str__(self) -> str:
        return self.text


class LiveSession(Orderable):
    """A webinar of a promotion: its join link is for its learners only."""

    promotion = ParentalKey(
        Promotion, on_delete=models.CASCADE, related_name="live_sessions"
    )
    title = models.CharField(_("title (French)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Where the time is read, e.g. Europe/Paris."),
    )
    join_url = models.URLField(_("join link"), blank=True)
    recording_url = models.URLField(_("recording link"), blank=True)
    uid = models.UUIDField(
        _("calendar identifier"), default=uuid.uuid4, unique=True, editable=False
    )

    local_title = Localized("title")

    class Meta(Orderable.Meta):
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")

    def __str__(self) -> str:
        return self.title

    @property
    def ends_at(self):
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)
