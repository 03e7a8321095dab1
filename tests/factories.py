"""Factories for the whole suite; each app's tests import from here."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from accounts.models import User
from cms.models import HomePage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("correct horse battery staple")


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
    country = "France"
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
