"""The Port Centers as GeoJSON: the page's map reads it, and so may anyone.

``/api/port-centers.geojson?lang=en&country=FR&status=labelled`` — one address for
every language (``lang``, French by default, names the countries and chooses the
language of each Port Center's page address) and the page's filters as parameters.
"""

from django.utils import translation
from django.views.decorators.http import require_safe

from core.conditional import list_etag, query_key

from ..geojson import (
    CountryNames,
    conditional_geojson,
    feature_collection,
    geojson_response,
    invalid_filters_response,
    point_feature,
    requested_language,
    route_urls,
    unknown_language_response,
)
from ..models import PortCentersPage
from ..models.port_centers import LabelStatus, public_label_status
from .filters import PortCenterApiFilter
from .selectors import port_centers_page, published_port_centers

FIELDS = (
    "name",
    "slug",
    "city",
    "country",
    "latitude",
    "longitude",
    "label_status",
    "audiences",
)


def port_center_features(rows, *, url_of) -> list[dict]:
    """Rows of ``FIELDS`` as features (plain rows: no model instance per feature)."""
    country_names = CountryNames()
    label_names = {code: str(label) for code, label in LabelStatus.choices}
    features = []
    for row in rows:
        status = public_label_status(row["label_status"])
        features.append(
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
                    "label_status": status,
                    "label_status_name": label_names[status],
                    "audiences": row["audiences"],
                    "url": url_of(row["slug"]),
                },
            )
        )
    return features


def port_centers_geojson_etag(request) -> str | None:
    """The Port Centers the filters keep and the pages that give their addresses;
    None for a question the view refuses (a language or a filter value)."""
    language = requested_language(request)
    if language is None:
        return None
    filterset = PortCenterApiFilter(request.GET, queryset=published_port_centers())
    if not filterset.is_valid():
        return None
    return list_etag(
        [
            (filterset.qs, "updated_at"),
            (PortCentersPage.objects.live(), "last_published_at"),
        ],
        "port-centers.geojson",
        language,
        query_key(request, PortCenterApiFilter.base_filters),
    )


@require_safe
@conditional_geojson(port_centers_geojson_etag)
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
        url_of = route_urls(request, port_centers_page(language), "detail")
        rows = filterset.qs.values(*FIELDS)
        features = port_center_features(rows, url_of=url_of)
        return geojson_response(request, feature_collection(features))
