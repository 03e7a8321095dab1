import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.images import get_image_model_string

from core import geo

from .countries import region_of_country

PRESENTATION_MAX_LENGTH = 600
SLUG_MAX_LENGTH = 80
# Addresses the members directory keeps for its own views (its map).
RESERVED_SLUGS = frozenset({"map"})


class UserManager(BaseUserManager):
    """Creates users identified by e-mail, stored lower-cased."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username: str):
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person who signs in with an e-mail address instead of a username."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails the site sends you."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), name="accounts_user_email_ci_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()


class HttpsURLField(models.URLField):
    """A URL field whose form assumes https:// when the scheme is left out."""

    def formfield(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        return super().formfield(**kwargs)


class Organisation(models.Model):
    """A body in (or once in) to the network; its people get member rights."""

    class Kind(models.TextChoices):
        PORT_CITY = "port_city", _("Port city")
        PORT_AUTHORITY = "port_authority", _("Port authority")
        COMPANY = "company", _("Company")
        ACADEMIC = "academic", _("Academic institution")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        PROSPECTIVE = "prospective", _("Prospective")
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        ENDED = "ended", _("Ended")

    class Region(models.TextChoices):
        """The network's regions (the public directory counts members by region)."""

        EUROPE = "europe", _("Europe")
        AFRICA = "africa", _("Africa")
        AMERICAS = "americas", _("Americas")
        ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific")
        MIDDLE_EAST = "middle_east", _("Middle East")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("address name"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_(
            "The last part of the public profile's address. Made from the name "
            "when left empty; a former address is never given to another "
            "organisation."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = CountryField(_("country"))
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_("Left empty: the country's region."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = geo.LatitudeField(_("latitude"), null=True, blank=True)
    longitude = geo.LongitudeField(_("longitude"), null=True, blank=True)
    website = HttpsURLField(_("website"), blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    membership_status = models.CharField(
        _("membership status"),
        max_length=20,
        choices=Status.choices,
        default=Status.PROSPECTIVE,
    )
    membership_start = models.DateField(_("membership start"), null=True, blank=True)
    membership_end = models.DateField(
        _("membership end"),
        null=True,
        blank=True,
        help_text=_("Last day of membership, inclusive. Empty: open-ended."),
    )
    is_listed = models.BooleanField(
        _("listed publicly"),
        default=True,
        help_text=_("Show this organisation in the public list of members."),
    )
    # One field per language; read through core.i18n_fields.localized().
    presentation = models.TextField(
        _("presentation (French)"), max_length=PRESENTATION_MAX_LENGTH, blank=True
    )
    presentation_en = models.TextField(
        _("presentation (English)"), max_length=PRESENTATION_MAX_LENGTH, blank=True
    )
    presentation_es = models.TextField(
        _("presentation (Spanish)"), max_length=PRESENTATION_MAX_LENGTH, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"), name="accounts_organisation_name_ci_unique"
            ),
            models.CheckConstraint(
                condition=Q(membership_end__isnull=True)
                | Q(membership_start__isnull=True)
                | Q(membership_end__gte=F("membership_start")),
                name="accounts_organisation_membership_dates_ordered",
            ),
            models.CheckConstraint(
                condition=~Q(membership_status="active")
                | Q(membership_start__isnull=False),
                name="accounts_organisation_active_has_start",
            ),
            *geo.coordinate_constraints("accounts_organisation"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if self.country and not self.region:
            self.region = region_of_country(self.country.code)
        if not self.slug:
            self.slug = free_slug(self.name, organisation=self)
        previous = None
        if self.pk and (fields is None or "slug" in fields):
            previous = (
                Organisation.objects.filter(pk=self.pk)
                .values_list("slug", flat=True)
                .first()
            )
        super().save(*args, **kwargs)
        if previous and previous != self.slug:
            # The old address stays this organisation's: never given to another.
            RetiredOrganisationSlug.objects.get_or_create(
                slug=previous, defaults={"organisation": self}
            )
            RetiredOrganisationSlug.objects.filter(
                slug=self.slug, organisation=self
            ).delete()

    def clean(self) -> None:
        super().clean()
        errors = geo.check_both_or_neither(self)
        if (
            self.membership_start
            and self.membership_end
            and self.membership_end < self.membership_start
        ):
            errors["membership_end"] = _("The membership cannot end before it starts.")
        if self.membership_status == self.Status.ACTIVE and not self.membership_start:
            errors["membership_start"] = _("An active membership needs a start date.")
        if (
            self.name
            and Organisation.objects.filter(name__iexact=self.name.strip())
            .exclude(pk=self.pk)
            .exists()
        ):
            errors["name"] = _("An organisation with this name already exists.")
        if self.slug and not slug_is_free(self.slug, organisation=self):
            errors["slug"] = _(
                "This address is (or was) another organisation's: choose another."
            )
        if errors:
            raise ValidationError(errors)


def slug_is_free(slug: str, *, organisation: Organisation | None = None) -> bool:
    """True if no other organisation has, or once had, this address name."""
    pk = organisation.pk if organisation else None
    taken = Organisation.objects.filter(slug=slug).exclude(pk=pk).exists()
    retired = (
        RetiredOrganisationSlug.objects.filter(slug=slug)
        .exclude(organisation_id=pk, organisation__isnull=False)
        .exists()
    )
    return slug not in RESERVED_SLUGS and not taken and not retired


def free_slug(name: str, *, organisation: Organisation | None = None) -> str:
    """An address name made from the name, not used by anyone before."""
    base = slugify(name)[: SLUG_MAX_LENGTH - 6].strip("-") or "member"
    candidate, number = base, 1
    while not slug_is_free(candidate, organisation=organisation):
        number += 1
        candidate = f"{base}-{number}"
    return candidate


class RetiredOrganisationSlug(models.Model):
    """An address name an organisation no longer uses: kept so none reuses it."""

    slug = models.SlugField(_("address name"), max_length=SLUG_MAX_LENGTH, unique=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="retired_slugs",
    )
    retired_at = models.DateTimeField(_("retired"), auto_now_add=True)

    class Meta:
        verbose_name = _("former address name")
        verbose_name_plural = _("former address names")

    def __str__(self) -> str:
        return self.slug


class Affiliation(models.Model):
    """Links a person to an organisation; a pending one is a request to join it."""

    class Role(models.TextChoices):
        PRIMARY_CONTACT = "primary_contact", _("Primary contact")
        MEMBER = "member", _("Member")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        ENDED = "ended", _("Ended")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="affiliations",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="affiliations",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.MEMBER
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    message = models.TextField(_("message"), blank=True, max_length=1000)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set once the e-mails went out, so a task run twice sends nothing twice.
    request_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    decision_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("affiliation")
        verbose_name_plural = _("affiliations")
        ordering = ["organisation__name", "user__email"]
        constraints = [
            # One live link (asked for or approved) per person and organisation.
            models.UniqueConstraint(
                fields=["user", "organisation"],
                condition=Q(status__in=["pending", "approved"]),
                name="accounts_affiliation_one_live_per_person",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation}"


class NewsletterConsent(models.Model):
    """Proof that a person agreed to get the newsletter: the wording, when, until."""

    email = models.EmailField(_("e-mail address"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="newsletter_consents",
    )
    wording = models.TextField(_("wording shown"))
    language = models.CharField(_("language"), max_length=10)
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    receipt_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("newsletter consent")
        verbose_name_plural = _("newsletter consents")
        ordering = ["-given_at"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=Q(withdrawn_at__isnull=True),
                name="accounts_newsletterconsent_one_live_per_email",
            ),
        ]

    def __str__(self) -> str:
        return self.email
