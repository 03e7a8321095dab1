"""The members directory "on the map": its route's context and its GeoJSON.

Only ``listed_members()`` are shown, as on every public view of the directory; a
member without coordinates is listed under the map as "not on the map".
"""

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from accounts.models import Organisation
from core.conditional import list_etag

from .badges import badge_sources, member_badges
from .geojson import (
    CountryNames,
    conditional_geojson,
    feature_collection,
    geojson_response,
    point_feature,
    requested_language,
    route_urls,
    unknown_language_response,
)
from .maps import geojson_url, in_site_order, tile_settings
from .models import MembersDirectoryPage
from .selectors import directory_page, listed_members


def members_on_map():
    """The public members that have coordinates, without what the map does not show."""
    return (
        listed_members()
        .prefetch_related(None)
        .select_related(None)
        .filter(latitude__isnull=False, longitude__isnull=False)
    )


def member_features(rows, *, url_of) -> list[dict]:
    """Plain rows as features: no model instance per member."""
    country_names = CountryNames()
    kind_names = {code: str(label) for code, label in Organisation.Kind.choices}
    badges = member_badges(row["pk"] for row in rows)
    return [
        point_feature(
            longitude=row["longitude"],
            latitude=row["latitude"],
            feature_id=row["slug"],
            properties={
                "name": row["name"],
                "slug": row["slug"],
                "city": row["city"],
                "country": row["country"],
                "country_name": country_names[row["country"]],
                "kind": row["kind"],
                "kind_name": kind_names.get(row["kind"], ""),
                "url": url_of(row["slug"]),
                "badges": badges.get(row["pk"], []),
            },
        )
        for row in rows
    ]


def members_geojson_etag(request) -> str | None:
    """The members on the map, the directories that give their profiles' addresses
    and the rows their badges come from; None for a language the view refuses."""
    language = requested_language(request)
    if language is None:
        return None
    return list_etag(
        [
            (members_on_map(), "updated_at"),
            (MembersDirectoryPage.objects.live(), "last_published_at"),
            *badge_sources(),
        ],
        "members.geojson",
        language,
    )


@require_safe
@conditional_geojson(members_geojson_etag)
def members_geojson(request):
    """``/api/members.geojson?lang=es``: the public members on the map."""
    language = requested_language(request)
    if language is None:
        return unknown_language_response()
    with translation.override(language):
        # The directory of the requested language gives the profiles' addresses.
        url_of = route_urls(request, directory_page(), "profile")
        rows = list(
            members_on_map().values(
                "pk", "name", "slug", "city", "country", "kind", "latitude", "longitude"
            )
        )
        features = member_features(rows, url_of=url_of)
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
