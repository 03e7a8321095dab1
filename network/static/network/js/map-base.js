// What every map of the site shares (the public maps in map.js, the admin's picker
// in map-picker.js): the tile layer and its attribution, the marker icon, the
// words of Leaflet's controls, all read from the map container's data- attributes
// (network/maps.py). No inline script: the pages' CSP allows none.
(function () {
  "use strict";

  function escapeHtml(text) {
    var element = document.createElement("span");
    element.textContent = text;
    return element.innerHTML;
  }

  function attribution(data) {
    var text = escapeHtml(data.attribution || "");
    if (data.attributionUrl && /^https?:\/\//.test(data.attributionUrl)) {
      return '<a href="' + escapeHtml(data.attributionUrl) + '">' + text + "</a>";
    }
    return text;
  }

  window.aivpMaps = {
    // A Leaflet map in the container, with translated controls and the tiles.
    create: function (container, options) {
      var data = container.dataset;
      var map = L.map(container, Object.assign({ zoomControl: false }, options || {}));
      L.control
        .zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut })
        .addTo(map);
      map.attributionControl.setPrefix(
        '<a href="https://leafletjs.com" hreflang="en">Leaflet</a>'
      );
      L.tileLayer(data.tileUrl, {
        maxZoom: parseInt(data.maxZoom, 10) || 19,
        attribution: attribution(data),
      }).addTo(map);
      // A map drawn while hidden (a collapsed panel) gets its size when shown.
      if (window.ResizeObserver) {
        new ResizeObserver(function () {
          map.invalidateSize();
        }).observe(container);
      }
      return map;
    },
    icon: function (container) {
      var data = container.dataset;
      return L.icon({
        iconUrl: data.markerIcon,
        iconRetinaUrl: data.markerIcon2x,
        shadowUrl: data.markerShadow,
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        popupAnchor: [1, -34],
        shadowSize: [41, 41],
      });
    },
  };
})();
