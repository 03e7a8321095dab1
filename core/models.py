from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEntryQuerySet(models.QuerySet):
    """Entries are written once and never changed or removed through the ORM."""

    def update(self, **kwargs):
        raise TypeError("Audit entries are append-only.")

    def delete(self):
        raise TypeError("Audit entries are append-only.")


class AuditEntry(models.Model):
    """The one audit log: who did what to which record, when, from which state to which.

    Written by core.audit.audit_record; read by the admin and the personal-data export.
    """

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("record type"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    object_id = models.CharField(_("record"), max_length=64)
    subject = GenericForeignKey("content_type", "object_id")
    action = models.CharField(_("action"), max_length=100, db_index=True)
    from_state = models.CharField(_("from"), max_length=50, blank=True)
    to_state = models.CharField(_("to"), max_length=50, blank=True)
    note = models.TextField(_("note"), blank=True)
    data = models.JSONField(
        _("details"), default=dict, blank=True, encoder=DjangoJSONEncoder
    )

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]

    def __str__(self) -> str:
        return f"{self.action}: {self.from_state} → {self.to_state}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Audit entries are append-only.")


class OutboxMessage(models.Model):
    """Every e-mail the site sends, written in the transaction of the change it reports.

    The row holds the final message (rendered once) and its delivery state; the
    send task claims it, hands it to the delivery backend and stamps it sent.
    See docs/mail.md.
    """

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    class State(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    source = models.CharField(_("source"), max_length=100, db_index=True)
    idempotency_key = models.CharField(
        _("idempotency key"), max_length=200, unique=True, null=True, blank=True
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    from_email = models.CharField(_("from"), max_length=320)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(_("cc"), default=list, blank=True)
    bcc = models.JSONField(_("bcc"), default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    # Every address of to, cc and bcc, lower-cased, one per line: what the admin
    # searches and what the personal-data export and erasure match.
    recipients = models.TextField(_("recipients"), editable=False)
    subject = models.TextField(_("subject"), blank=True)
    body = models.TextField(_("body"), blank=True)
    html_body = models.TextField(_("HTML body"), blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    # Set for mails that carry a sign-in secret (verification or password-reset
    # link): the admin does not show their body.
    carries_secret = models.BooleanField(_("carries a secret link"), default=False)
    # Heavy parts (PDFs) rendered at the first send attempt, then stored.
    renderer = models.CharField(_("renderer"), max_length=100, blank=True)
    render_args = models.JSONField(_("renderer arguments"), default=dict, blank=True)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=State.choices,
        default=State.PENDING,
        db_index=True,
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(
        _("next attempt at"), default=timezone.now, db_index=True
    )
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    claim = models.UUIDField(_("claim"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        permissions = [("manage_outbox", "Can see and retry outgoing e-mails")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(state="sent") | models.Q(sent_at__isnull=False),
                name="core_outbox_sent_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} → {', '.join(self.to)}"


class OutboxAttachment(models.Model):
    """A file of an outgoing e-mail, kept so every attempt sends the same bytes."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    message = models.ForeignKey(
        OutboxMessage,
        verbose_name=_("e-mail"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    filename = models.CharField(_("file name"), max_length=255)
    mimetype = models.CharField(_("type"), max_length=100)
    content = models.BinaryField(_("content"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["message", "position", "pk"]

    def __str__(self) -> str:
        return self.filename
