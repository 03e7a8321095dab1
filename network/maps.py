"""What a page needs to show a map: the tile server's settings, and its CSP.

The maps are drawn by Leaflet (network/static/network/vendor/) from static scripts;
a template hands them their settings through ``data-`` attributes, never an inline
script. The tiles come from ``MAP_TILE_URL``, whose origin the site's
Content-Security-Policy allows as an image source on the pages that show a map only
(``allow_map_tiles``); the admin's policy allows it everywhere in the admin.
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _


def tile_settings() -> dict[str, str]:
    """The ``data-`` attributes every map container carries."""
    return {
        "tile-url": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "attribution-url": settings.MAP_TILE_ATTRIBUTION_URL,
        "max-zoom": str(settings.MAP_TILE_MAX_ZOOM),
        "marker-icon": static("network/vendor/leaflet/images/marker-icon.png"),
        "marker-icon-2x": static("network/vendor/leaflet/images/marker-icon-2x.png"),
        "marker-shadow": static("network/vendor/leaflet/images/marker-shadow.png"),
        # Leaflet's own controls speak English: their words in the page's language.
        "zoom-in": _("Zoom in"),
        "zoom-out": _("Zoom out"),
        "marker-label": _("Marker"),
        "cluster-label": _("%(count)s places here: zoom in"),
    }


def allow_map_tiles(response):
    """The response's policy allows images from the tile server (django-csp)."""
    update = dict(getattr(response, "_csp_update", None) or {})
    update["img-src"] = [*update.get("img-src", []), settings.MAP_TILE_ORIGIN]
    response._csp_update = update
    return response


def geojson_url(name: str, filters: dict | None = None) -> str:
    """The GeoJSON of the map, in the active language, with the valid filters."""
    query = {key: value for key, value in (filters or {}).items() if value}
    query["lang"] = translation.get_language()
    return f"{reverse(name)}?{urlencode(query)}"


def in_site_order(urls: dict[str, str]) -> dict[str, str]:
    order = [code for code, _name in settings.LANGUAGES]
    return dict(sorted(urls.items(), key=lambda item: order.index(item[0])))
