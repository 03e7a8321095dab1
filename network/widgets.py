"""The admin's coordinate picker: a map beside the latitude and longitude fields.

Put on the longitude field (the second of the pair); it finds the latitude field of
the same form. A click on the map or a dragged marker fills both fields, and typing
in them moves the marker (network/static/network/js/map-picker.js, a static script:
the admin's CSP allows scripts from the site only). Without JavaScript, or without
the tile server, the two fields still work as plain number inputs.
"""

from django import forms

from .maps import tile_settings


class MapPickerWidget(forms.NumberInput):
    template_name = "network/widgets/map_picker.html"

    def __init__(self, attrs=None, *, latitude_field: str = "latitude"):
        super().__init__(attrs)
        self.latitude_field = latitude_field

    class Media:
        css = {
            "all": [
                "network/vendor/leaflet/leaflet.css",
                "network/css/map-picker.css",
            ]
        }
        js = [
            "network/vendor/leaflet/leaflet.js",
            "network/js/map-base.js",
            "network/js/map-picker.js",
        ]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        own_id = context["widget"]["attrs"].get("id") or f"id_{name}"
        prefix = own_id[: -len(name)] if own_id.endswith(name) else "id_"
        context["widget"]["latitude_id"] = prefix + self.latitude_field
        context["widget"]["map_settings"] = tile_settings()
        return context
