"""Factories for the whole suite; each app's tests import from here."""

import datetime
from datetime import timedelta
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Page

from accounts.models import User
from cms.models import HomePage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def mfa(self, create, extracted, **kwargs):
        """Staff and jury reach protected screens only with a second factor:
        UserFactory(is_staff=True, mfa=True) is such a person after setting it up."""
        if create and extracted:
            give_authenticator(self)


TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPTESTSECRET"  # noqa: S105


def give_authenticator(user: User, secret: str = TEST_TOTP_SECRET) -> str:
    """Activate a TOTP authenticator for the person, as the MFA set-up page does."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists():
        TOTP.activate(user, secret)
    return secret


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Accueil"
    hero_title = "Le réseau mondial des villes portuaires"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")
    introduction = "An introduction."


def translate_page(page: Page, language_code: str, **fields) -> Page:
    """Create and publish the translation of a page, as an editor would."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


class VerifiedUserFactory(UserFactory):
    """A person whose e-mail address is verified, as after following the link."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            from allauth.account.models import EmailAddress

            EmailAddress.objects.update_or_create(
                user=self,
                email=self.email,
                defaults={"verified": True, "primary": True},
            )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Organisation"

    name = factory.Sequence(lambda n: f"Port City {n}")
    kind = "port_city"
    country = "FR"
    city = "Le Havre"
    membership_status = "active"
    membership_start = datetime.date(2024, 1, 1)
    membership_end = None


class AffiliationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Affiliation"

    user = factory.SubFactory(VerifiedUserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "member"
    status = "approved"


# --- Ticketing ----------------------------------------------------------------------


class ConferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.Conference"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"World Conference of Port Cities {2026 + n}")
    slug = factory.Sequence(lambda n: f"world-conference-{2026 + n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=120))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(days=3))
    venue = "Palais des congrès, Le Havre"
    sales_open_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))
    sales_close_at = factory.LazyAttribute(lambda o: o.starts_at)
    bank_details = "AIVP · IBAN FR76 3000 4000 0500 0012 3456 789 · BIC BNPAFRPP"


class TicketTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.TicketType"

    conference = factory.SubFactory(ConferenceFactory)
    name = factory.Sequence(lambda n: f"Delegate {n}")
    price = Decimal("1220.00")


class QuotaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.Quota"
        skip_postgeneration_save = True

    conference = factory.SubFactory(ConferenceFactory)
    name = "Venue"
    capacity = 100

    @factory.post_generation
    def ticket_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.ticket_types.set(extracted)


class VoucherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.Voucher"
        skip_postgeneration_save = True

    conference = factory.SubFactory(ConferenceFactory)
    code = factory.Sequence(lambda n: f"PORT{n:03d}")
    kind = "percent"
    value = Decimal("10")
    max_uses = 10

    @factory.post_generation
    def ticket_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.ticket_types.set(extracted)


class OrderFactory(factory.django.DjangoModelFactory):
    """An order as the services leave it (pending by bank transfer by default);
    its tickets are OrderPositionFactory's."""

    class Meta:
        model = "ticketing.Order"

    conference = factory.SubFactory(ConferenceFactory)
    buyer = factory.SubFactory(VerifiedUserFactory)
    state = "pending"
    payment_method = "bank_transfer"
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    total_excl_vat = Decimal("1220.00")
    total_vat = Decimal("244.00")
    total = Decimal("1464.00")
    invoice_name = factory.Faker("name")
    invoice_address = "Terre-plein de la Barre\n76600 Le Havre"
    invoice_country = "France"
    paid_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.state == "paid" else None
    )


class OrderPositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.OrderPosition"

    order = factory.SubFactory(OrderFactory)
    ticket_type = factory.SubFactory(
        TicketTypeFactory, conference=factory.SelfAttribute("..order.conference")
    )
    attendee_name = factory.Faker("name")
    attendee_email = factory.Sequence(lambda n: f"attendee{n}@example.org")
    price_excl_vat = Decimal("1220.00")
    vat_rate = Decimal("20.00")
    vat = Decimal("244.00")
    price = Decimal("1464.00")


class WaitingListEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.WaitingListEntry"

    ticket_type = factory.SubFactory(TicketTypeFactory)
    conference = factory.SelfAttribute("ticket_type.conference")
    user = factory.SubFactory(VerifiedUserFactory)
    quantity = 1


class GroupRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ticketing.GroupRequest"

    conference = factory.SubFactory(ConferenceFactory)
    buyer = factory.SubFactory(VerifiedUserFactory)
    places = 20
    organisation = "Port of Dakar"


class StripeEventFactory(factory.django.DjangoModelFactory):
    """A Stripe event already handled; ``flagged=True`` for one kept for staff."""

    class Meta:
        model = "ticketing.StripeEvent"

    event_id = factory.Sequence(lambda n: f"evt_test_{n:06d}")
    type = "checkout.session.completed"
    flagged = False


# --- Network, prize, self-diagnosis ------------------------------------------------


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "network.MembershipApplication"

    organisation_name = factory.Sequence(lambda n: f"Port Authority {n}")
    kind = "port_authority"
    country = "CL"
    city = "Valparaíso"
    contact_name = "Ana Pérez"
    email = factory.Sequence(lambda n: f"applicant{n}@example.cl")
    status = "new"


class PrizeEntryFactory(factory.django.DjangoModelFactory):
    """An entry of the prize, submitted by default (screening comes next)."""

    class Meta:
        model = "awards.Entry"

    reference = factory.Sequence(lambda n: f"T-{n:05d}")
    entrant = factory.SubFactory(VerifiedUserFactory)
    project_name = factory.Sequence(lambda n: f"Project {n}")
    state = "submitted"
    submitted_at = factory.LazyFunction(timezone.now)


class QuestionnaireFactory(factory.django.DjangoModelFactory):
    """The self-diagnosis questionnaire (version 1, published), without questions."""

    class Meta:
        model = "diagnosis.Questionnaire"
        django_get_or_create = ("version",)

    version = 1
    title = "Autodiagnostic"
    state = "published"


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A self-diagnosis of this year, submitted by default."""

    class Meta:
        model = "diagnosis.Assessment"

    organisation = factory.SubFactory(OrganisationFactory)
    questionnaire = factory.SubFactory(QuestionnaireFactory)
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    state = "submitted"
    submitted_at = factory.LazyFunction(timezone.now)
