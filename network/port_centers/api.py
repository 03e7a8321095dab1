"""The Port Centers as GeoJSON: the page's map reads it, and so may anyone.

``/api/port-centers.geojson?lang=en&country=FR&status=labelled`` — one address for
every language (``lang``, French by default, names the countries and chooses the
language of each Port Center's page address) and the page's filters as parameters.
"""

from django.utils import translation
from django.views.decorators.http import require_safe
from django_countries import countries

from ..geojson import (
    absolute_url,
    feature_collection,
    geojson_response,
    invalid_filters_response,
    point_feature,
    requested_language,
    unknown_language_response,
)
from .filters import PortCenterApiFilter
from .selectors import port_centers_page, published_port_centers


def port_center_feature(port_center, *, page, page_url: str) -> dict:
    url = ""
    if page is not None:
        url = page_url + page.reverse_subpage(
            "detail", kwargs={"slug": port_center.slug}
        )
    return point_feature(
        longitude=port_center.longitude,
        latitude=port_center.latitude,
        feature_id=port_center.slug,
        properties={
            "name": port_center.name,
            "slug": port_center.slug,
            "city": port_center.city,
            "country": port_center.country.code,
            "country_name": str(countries.name(port_center.country.code)),
            "label_status": port_center.public_label_status,
            "label_status_name": str(port_center.get_public_label_status_display()),
            "audiences": port_center.audiences,
            "url": url,
        },
    )


@require_safe
def port_centers_geojson(request):
    language = requested_language(request)
    if language is None:
        return unknown_language_response()
    with translation.override(language):
        filterset = PortCenterApiFilter(
            request.GET, queryset=published_port_centers().select_related(None)
        )
        if not filterset.is_valid():
            return invalid_filters_response(filterset.errors)
        page = port_centers_page(language)
        page_url = absolute_url(request, page)
        features = [
            port_center_feature(port_center, page=page, page_url=page_url)
            for port_center in filterset.qs
        ]
        return geojson_response(request, feature_collection(features))
