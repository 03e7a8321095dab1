"""Registration for the agenda's events: webinars, masterclasses, working-group
meetings (docs/events.md).

One ``Registration`` per event, shared by its translations (the pages' translation
key): editors open it, limit it and say who may come; one ``Registrant`` per person
who registered, on the list or on the waiting list, or who cancelled.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n_fields import Localized


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone with an account")
        MEMBERS = "members", _("People of member organisations")
        GROUP = "group", _("People of one working group's organisations")

    class Materials(models.TextChoices):
        REGISTRANTS = "registrants", _("The people who had a place")
        MEMBERS = "members", _("They and the people of member organisations")

    event = models.OneToOneField(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registration",
        help_text=_("Its translations share the same registration."),
    )
    event_key = models.UUIDField(
        _("event translation key"), unique=True, editable=False
    )
    is_open = models.BooleanField(
        _("registration open"),
        default=True,
        help_text=_("Untick to pause registration; registrants are kept."),
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_("Left empty: registration closes when the event starts."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_(
            "Left empty: no limit. When it is full, people join a waiting list."
        ),
    )
    audience = models.CharField(
        _("who may register"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
    )
    group = models.ForeignKey(
        "network.WorkingGroupPage",
        verbose_name=_("working group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    join_url = models.URLField(
        _("join link"),
        blank=True,
        help_text=_("For an online event: shown only to registrants, never in public."),
    )
    join_passcode = models.CharField(_("passcode"), max_length=100, blank=True)
    ask_organisation = models.BooleanField(_("ask for the organisation"), default=True)
    ask_role = models.BooleanField(_("ask for the role"), default=False)
    question = models.CharField(_("free question (French)"), max_length=300, blank=True)
    question_en = models.CharField(
        _("free question (English)"), max_length=300, blank=True
    )
    question_es = models.CharField(
        _("free question (Spanish)"), max_length=300, blank=True
    )
    recording_url = models.URLField(
        _("recording"),
        blank=True,
        help_text=_(
            "After the event: the link to its recording, never shown in public."
        ),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "After the event: served only to the people below, never in public."
        ),
    )
    materials_for = models.CharField(
        _("recording and slides for"),
        max_length=20,
        choices=Materials.choices,
        default=Materials.REGISTRANTS,
    )
    price = models.DecimalField(
        _("price, excluding VAT"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Left empty: the event is free. Paid through the checkout."),
    )
    member_price = models.DecimalField(
        _("price for members, excluding VAT"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Left empty: members pay the same price; 0: free for members."),
    )
    vat_rate = models.DecimalField(
        _("VAT rate (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("20.00"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    # The checkout's sale for the paid places (ticketing/sales.py), made when a
    # first person pays.
    sale = models.OneToOneField(
        "ticketing.Conference",
        verbose_name=_("sale"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    local_question = Localized("question")

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["-event__start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(audience__in=["everyone", "members", "group"]),
                name="events_registration_audience_known",
            ),
            models.CheckConstraint(
                condition=~models.Q(audience="group") | models.Q(group__isnull=False),
                name="events_registration_group_audience_has_group",
            ),
        ]

    def __str__(self) -> str:
        return str(self.event)

    def save(self, *args, **kwargs):
        self.event_key = self.event.translation_key
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.audience == self.Audience.GROUP and not self.group_id:
            errors["group"] = _("Choose the working group whose people may register.")
        if self.member_price is not None and self.price is None:
            errors["member_price"] = _(
                "Set the price first: members' price is a reduction of it."
            )
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("Registration must close after it opens.")
        if self.event_id:
            key = self.event.translation_key
            taken = Registration.objects.filter(event_key=key).exclude(pk=self.pk)
            if taken.exists():
                errors["event"] = _(
                    "This event (or one of its translations) already has a "
                    "registration."
                )
        if errors:
            raise ValidationError(errors)

    def closes(self):
        """When registration closes: the date set, or the event's start."""
        return self.closes_at or self.event.start

    def accepts_registrations(self, now=None) -> bool:
        now = now or timezone.now()
        if not self.is_open or self.event.cancelled:
            return False
        if self.opens_at and now < self.opens_at:
            return False
        return now < self.closes()


class Registrant(models.Model):
    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class State(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        # A place held for a paid event until it is paid (or the hold ends).
        PENDING = "pending", _("Awaiting payment")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="registrants",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices)
    language = models.CharField(
        _("language"), max_length=10, default=settings.LANGUAGE_CODE
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    answer = models.TextField(_("answer"), max_length=2000, blank=True)
    cancel_token = models.CharField(
        _("cancel token"), max_length=64, unique=True, default=new_token
    )
    # When the person joined the list they are on: the waiting list's order.
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False)
    # A paid place: the order paying for it, and until when it is held unpaid
    # before an order is placed (the order's own hold counts after that).
    order = models.ForeignKey(
        "ticketing.Order",
        verbose_name=_("order"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    held_until = models.DateTimeField(
        _("held until"), null=True, blank=True, editable=False
    )
    # Each reminder is sent once: the time it was sent (or found too late to send).
    reminded_day_before_at = models.DateTimeField(
        _("reminded the day before"), null=True, blank=True, editable=False
    )
    reminded_hour_before_at = models.DateTimeField(
        _("reminded an hour before"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("registrant")
        verbose_name_plural = _("registrants")
        ordering = ["registration", "queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "user"], name="events_registrant_once"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    state__in=["registered", "pending", "waitlisted", "cancelled"]
                ),
                name="events_registrant_state_known",
            ),
        ]
        indexes = [models.Index(fields=["registration", "state", "queued_at"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.registration}"
