"""The members directory "on the map": its route's context and its GeoJSON.

Only ``listed_members()`` are shown, as on every public view of the directory; a
member without coordinates is listed under the map as "not on the map".
"""

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_countries import countries

from .geojson import (
    absolute_url,
    feature_collection,
    geojson_response,
    point_feature,
    requested_language,
    unknown_language_response,
)
from .maps import geojson_url, in_site_order, tile_settings
from .selectors import directory_page, listed_members


def members_on_map():
    """The public members that have coordinates, without what the map does not show."""
    return (
        listed_members()
        .prefetch_related(None)
        .select_related(None)
        .filter(latitude__isnull=False, longitude__isnull=False)
        .only("name", "slug", "kind", "city", "country", "latitude", "longitude")
    )


def member_feature(organisation, *, page, page_url: str) -> dict:
    url = ""
    if page is not None:
        url = page_url + page.reverse_subpage(
            "profile", kwargs={"slug": organisation.slug}
        )
    return point_feature(
        longitude=organisation.longitude,
        latitude=organisation.latitude,
        feature_id=organisation.slug,
        properties={
            "name": organisation.name,
            "slug": organisation.slug,
            "city": organisation.city,
            "country": organisation.country.code,
            "country_name": str(countries.name(organisation.country.code)),
            "kind": organisation.kind,
            "kind_name": str(organisation.get_kind_display()),
            "url": url,
        },
    )


@require_safe
def members_geojson(request):
    """``/api/members.geojson?lang=es``: the public members on the map."""
    language = requested_language(request)
    if language is None:
        return unknown_language_response()
    with translation.override(language):
        page = directory_page()  # the requested language's
        page_url = absolute_url(request, page)
        features = [
            member_feature(organisation, page=page, page_url=page_url)
            for organisation in members_on_map()
        ]
        return geojson_response(request, feature_collection(features))


def members_map_context(page, request) -> dict:
    off_map = list(
        listed_members()
        .prefetch_related(None)
        .select_related(None)
        .filter(latitude__isnull=True)
        .only("name", "slug", "city", "country")
    )
    for organisation in off_map:
        organisation.profile_url = page.profile_url(organisation, request)
    translation_urls = {}
    for other in page.get_translations(inclusive=True).live().select_related("locale"):
        with translation.override(other.locale.language_code):
            translation_urls[other.locale.language_code] = other.map_url(request)
    return {
        "on_map_count": members_on_map().count(),
        "off_map": off_map,
        "map_settings": tile_settings(),
        "geojson_url": geojson_url("network_api:members"),
        "seo_title": _("The members on the map"),
        "seo_description": strip_tags(page.introduction),
        "translation_urls": in_site_order(translation_urls),
    }
