"""What every page shows besides its own content, read once (docs/performance.md):
the footer's settings, remembered until content changes, and a page's live
translations, for the language switcher and the hreflang links, remembered
until content changes too."""

from django.http import HttpRequest
from wagtail.models import Page, Site

from core import pagecache


def footer_settings(request: HttpRequest):
    """The site's footer settings with their social links."""
    from .models import FooterSettings

    site = Site.find_for_request(request)
    if site is None:
        return None

    def read():
        footer = FooterSettings.for_site(site)
        footer.social_link_list  # noqa: B018 - read now, kept with the settings
        return footer

    return pagecache.remembered(
        "footer-settings", site.pk, compute=read, tag=pagecache.SITE
    )


def page_translations(request: HttpRequest, page: Page) -> dict[str, Page]:
    """The page's live translations (itself included), by language code."""
    kept = request.__dict__.setdefault("_page_translations", {})
    if page.pk not in kept:
        kept[page.pk] = pagecache.remembered(
            "translations",
            page.pk,
            compute=lambda: {
                other.locale.language_code: other
                for other in page.get_translations(inclusive=True)
                .live()
                .select_related("locale")
                .order_by("locale__language_code")
            },
            tag=(pagecache.SITE, pagecache.of_page(page)),
        )
    return kept[page.pk]


def _locales() -> dict:
    from wagtail.models import Locale

    return pagecache.remembered(
        "locales",
        compute=lambda: {row.language_code: row for row in Locale.objects.all()},
        tag=pagecache.SITE,
    )


def active_locale():
    """Wagtail's ``Locale.get_active()``, from the locales remembered by language."""
    from wagtail.models import Locale

    from .routing import current_language

    return _locales().get(current_language()) or Locale.get_active()


def with_locale(page: Page) -> Page:
    """The page, its ``locale`` given from the remembered locales (no query)."""
    for locale in _locales().values():
        if locale.pk == page.locale_id:
            page.locale = locale
    return page


def restricted_paths() -> tuple[list[str], list[str]]:
    """The tree paths of the pages with a view restriction, and of aliases (whose
    restrictions are their source's)."""
    from wagtail.models import PageViewRestriction

    def read():
        return (
            list(PageViewRestriction.objects.values_list("page__path", flat=True)),
            list(
                Page.objects.filter(alias_of__isnull=False).values_list(
                    "path", flat=True
                )
            ),
        )

    return pagecache.remembered("restricted-paths", compute=read, tag=pagecache.SITE)


def public(pages):
    """Wagtail's ``PageQuerySet.public()`` without its query of the restrictions."""
    from django.db.models import Q

    restricted, _aliases = restricted_paths()
    if not restricted:
        return pages
    private = Q()
    for path in restricted:
        private |= Q(path__startswith=path)
    return pages.exclude(private)


def shown_site_wide(page: Page) -> bool:
    """Whether what every page repeats and the pages' own parts
    (``pagecache.SITE``) show this page, so that publishing it renews them:

    - a home page or one of its sections;
    - a page with pages below it (its title is in their breadcrumbs, its address
      in theirs);
    - an alias, or a page with aliases;
    - a page the menu or the footer links, or one above it, in any language;
    - a page another page or a snippet points to (a call to action, a link in a
      text: Wagtail's reference index), in any language (a link leads to the
      page in the reader's language when it has one).
    """
    from django.db.models import Q
    from wagtail.models import ReferenceIndex

    from .models import FooterLink, MenuItem

    if page.depth <= 3 or page.numchild or page.alias_of_id:
        return True
    translations = Page.objects.filter(translation_key=page.translation_key)
    if ReferenceIndex.get_references_to_in_bulk(translations).exists():
        return True
    linked = Page.objects.filter(
        Q(pk__in=MenuItem.objects.values("page_id"))
        | Q(pk__in=FooterLink.objects.values("page_id"))
    ).values("translation_key")
    return Page.objects.filter(
        Q(translation_key__in=linked, path__startswith=page.path) | Q(alias_of=page)
    ).exists()
