"""Port Centers in public: the page's list and map, each one's page, the GeoJSON.

The records and the page type are in ``network.models.port_centers``; what the
public sees reads ``selectors.published_port_centers()`` only.
"""
