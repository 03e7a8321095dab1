"""GeoJSON (RFC 7946) of the places on the network's maps: the one serialiser.

The Port Centers and the members' map both answer with a FeatureCollection of Point
features made here, so the rules of the format hold in one place: a position is
``[longitude, latitude]`` (longitude first), as JSON numbers, in WGS 84 degrees; the
media type is ``application/geo+json``. The answers are the same for everyone, so
they may be cached by browsers and proxies (``Cache-Control: public``, an ``ETag``
worked out in one query before the answer is built, ``conditional_geojson``) and
read by any other site's script (CORS ``*``).
"""

import json
from collections.abc import Iterable
from decimal import Decimal
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import condition
from django_countries import countries

MEDIA_TYPE = "application/geo+json"
MAX_AGE = 300  # seconds a browser or a proxy may reuse an answer
LANGUAGE_PARAMETER = "lang"


def point_feature(
    *, longitude: Decimal, latitude: Decimal, properties: dict, feature_id=None
) -> dict:
    """One place as a Feature; ``feature_id`` names it (RFC 7946 §3.2)."""
    feature = {
        "type": "Feature",
        "geometry": {
            "type": "Point",
            # RFC 7946 §3.1.1: longitude, then latitude, as numbers.
            "coordinates": [float(longitude), float(latitude)],
        },
        "properties": properties,
    }
    if feature_id is not None:
        feature["id"] = feature_id
    return feature


def feature_collection(features: Iterable[dict]) -> dict:
    return {"type": "FeatureCollection", "features": list(features)}


def requested_language(request) -> str | None:
    """The language asked for with ``?lang=`` (the default one without it), or None
    when it is not one of the site's."""
    language = request.GET.get(LANGUAGE_PARAMETER) or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else None


def absolute_url(request, page) -> str:
    """The page's address with the host the client asked, for other sites' use."""
    return request.build_absolute_uri(page.get_url(request)) if page else ""


_SLUG = "geojson-slug-placeholder"


def route_urls(request, page, route: str):
    """``slug → address`` of a page's route (a profile, a Port Center), absolute:
    the route is reversed once, not once per feature."""
    if page is None:
        return lambda slug: ""
    template = absolute_url(request, page) + page.reverse_subpage(
        route, kwargs={"slug": _SLUG}
    )
    return lambda slug: template.replace(_SLUG, slug)


class CountryNames(dict):
    """ISO code → the country's name in the active language, looked up once each."""

    def __missing__(self, code: str) -> str:
        self[code] = name = str(countries.name(code))
        return name


def _shareable(response: HttpResponse) -> HttpResponse:
    """Any site's script may read it (CORS), and embed it (CORP)."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def _cacheable(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return _shareable(response)


def geojson_response(request, collection: dict) -> HttpResponse:
    """The collection as GeoJSON, cacheable and shareable."""
    body = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    response = HttpResponse(
        body.encode("utf-8"), content_type=f"{MEDIA_TYPE}; charset=utf-8"
    )
    return _cacheable(response)


def conditional_geojson(etag_func):
    """A GeoJSON view with the ETag ``etag_func(request)`` gives (None when the
    question is one the view refuses): a client that sends it back gets 304, with
    the same caching and sharing headers, and nothing is built."""

    def decorator(view):
        conditional_view = condition(etag_func=etag_func)(view)

        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = conditional_view(request, *args, **kwargs)
            if response.status_code == 304:
                return _cacheable(response)
            return response

        return wrapper

    return decorator


def error_response(message: str, fields: dict | None = None) -> JsonResponse:
    """A question the endpoint cannot answer: 400 with the reason, in JSON."""
    payload = {"error": str(message)}
    if fields:
        payload["fields"] = {
            name: [str(error) for error in errors] for name, errors in fields.items()
        }
    return _shareable(
        JsonResponse(payload, status=400, json_dumps_params={"ensure_ascii": False})
    )


def unknown_language_response() -> JsonResponse:
    codes = ", ".join(code for code, _name in settings.LANGUAGES)
    return error_response(
        _("Unknown language. Use one of: %(codes)s.") % {"codes": codes},
        {LANGUAGE_PARAMETER: [_("Unknown language.")]},
    )


def invalid_filters_response(errors) -> JsonResponse:
    return error_response(_("Some filters are not valid (see fields)."), fields=errors)
