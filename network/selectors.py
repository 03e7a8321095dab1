"""Who the public sees: every public view of the members directory reads from here.

``listed_members`` is the one rule: an organisation is public while it is listed and
its membership covers today. The directory, the profiles, the sitemap and the "My
account" panel all call it, so an unlisted or lapsed organisation disappears from
every one of them at once.
"""

from datetime import date

from django.db.models import Count, QuerySet
from django.utils import timezone, translation
from wagtail.models import Locale

from accounts.models import Affiliation, Organisation
from accounts.selectors import public_member_organisations
from cms.sitewide import active_locale
from core import pagecache


def listed_members(*, on: date | None = None) -> QuerySet[Organisation]:
    """Listed organisations whose membership covers the day (today by default)."""
    # The logos' renditions come in one query: a page of cards costs the same
    # whatever its length.
    return public_member_organisations(on=on or timezone.localdate()).prefetch_related(
        "logo__renditions"
    )


def listed_member(slug: str) -> Organisation | None:
    """The public member with this address name, or None."""
    return listed_members().filter(slug=slug).first()


def renamed_member(slug: str) -> Organisation | None:
    """The public member that used to have this address name, or None."""
    return listed_members().filter(retired_slugs__slug=slug).first()


def region_counts(queryset: QuerySet[Organisation]) -> dict[str, int]:
    """How many of these organisations are in each of the network's regions."""
    rows = (
        queryset.order_by()
        .values_list("region")
        .annotate(total=Count("pk"))
        .values_list("region", "total")
    )
    counts = dict(rows)
    return {code: counts.get(code, 0) for code in Organisation.Region.values}


def countries_of_members() -> list[str]:
    """The ISO codes of the countries that have a public member."""
    return sorted(
        set(public_member_organisations().order_by().values_list("country", flat=True))
        - {""}
    )


def directory_page(locale: Locale | int | None = None):
    """The live members directory of a language (the default one's otherwise),
    remembered until the site's parts change."""
    from .models import MembersDirectoryPage

    def find(key):
        pages = MembersDirectoryPage.objects.live().select_related("locale")
        if locale is None:  # the active language's, without looking its Locale up
            mine = pages.filter(locale__language_code=key)
        else:
            mine = pages.filter(locale=key)
        return mine.first() or pages.first()

    key = getattr(locale, "pk", locale) or translation.get_language()
    # A home page's section: what every page repeats (its publishing renews it).
    return pagecache.remembered(
        "members-directory", key, compute=lambda: find(key), tag=pagecache.SITE
    )


def affiliations_in_directory(*, user) -> list[dict]:
    """The person's organisations, each with its public profile or why it has none."""
    affiliations = list(
        Affiliation.objects.filter(user=user, status=Affiliation.Status.APPROVED)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    if not affiliations:
        return []
    public = set(
        listed_members()
        .filter(pk__in=[a.organisation_id for a in affiliations])
        .values_list("pk", flat=True)
    )
    page = directory_page() if public else None
    rows = []
    for affiliation in affiliations:
        organisation = affiliation.organisation
        row = {"organisation": organisation, "url": "", "reason": ""}
        if organisation.pk in public and page is not None:
            row["url"] = page.profile_url(organisation)
        elif organisation.pk in public:
            row["reason"] = "no_directory"
        elif not organisation.is_listed:
            row["reason"] = "not_listed"
        else:
            row["reason"] = "not_current"
        rows.append(row)
    return rows


def join_url() -> str:
    """Where to learn how to join: the join page, else the contact page, in the
    active language when it has one."""
    from cms.models import ContactPage

    from .models import JoinPage

    locale = active_locale()
    for model in (JoinPage, ContactPage):
        pages = model.objects.live()
        page = pages.filter(locale=locale).first() or pages.first()
        if page is not None:
            return page.url or ""
    return ""
