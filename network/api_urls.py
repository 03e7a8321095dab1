"""The network's open data, one address for every language (``?lang=``), outside
the language prefixes: ``/api/port-centers.geojson``, ``/api/members.geojson``."""

from django.urls import path

from .members_map import members_geojson
from .port_centers.api import port_centers_geojson

app_name = "network_api"

urlpatterns = [
    path("port-centers.geojson", port_centers_geojson, name="port_centers"),
    path("members.geojson", members_geojson, name="members"),
]
