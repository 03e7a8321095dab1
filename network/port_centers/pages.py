"""What the Port Centers page and a Port Center's own page show (template contexts)."""

from django.utils import translation
from django.utils.html import strip_tags

from cms.selectors import paginate

from ..maps import geojson_url, in_site_order, tile_settings
from ..selectors import directory_page, listed_members
from .filters import PortCenterFilter
from .selectors import published_port_center, published_port_centers

PER_PAGE = 20


def listing_context(page, request) -> dict:
    params = request.GET
    # No filter chosen: an unbound form, which shows no errors.
    filterset = PortCenterFilter(params or None, queryset=published_port_centers())
    items = paginate(filterset.qs, per_page=PER_PAGE, number=params.get("page"))
    for port_center in items:
        port_center.detail_url = page.detail_url(port_center, request)
    valid = filterset.form.cleaned_data if filterset.is_bound else {}
    return {
        "filter": filterset,
        "port_centers": items,
        "map_settings": tile_settings(),
        "geojson_url": geojson_url("network_api:port_centers", valid),
        "seo_description": strip_tags(page.introduction),
    }


def member_profile_url(port_center, request) -> str:
    """The directory profile of the Port Center's member, while it is public."""
    if port_center.organisation_id is None:
        return ""
    member = listed_members().filter(pk=port_center.organisation_id).first()
    directory = directory_page() if member else None
    return directory.profile_url(member, request) if directory else ""


def detail_context(page, request, slug: str) -> dict | None:
    port_center = published_port_center(slug)
    if port_center is None:
        return None
    translation_urls = {}
    for other in page.get_translations(inclusive=True).live().select_related("locale"):
        language = other.locale.language_code
        with translation.override(language):
            translation_urls[language] = other.detail_url(port_center, request)
    description = port_center.local_description
    return {
        "port_center": port_center,
        "photos": list(port_center.photos.all()),
        "description": description,
        "opening_hours": port_center.local_opening_hours,
        "member_url": member_profile_url(port_center, request),
        "map_settings": tile_settings(),
        "seo_title": port_center.name,
        "seo_description": description,
        "translation_urls": in_site_order(translation_urls),
    }
