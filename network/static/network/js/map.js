// The public maps (network/templates/network/includes/map.html): the Port Centers
// and the members, read from a GeoJSON address and grouped in clusters, or a single
// place (a Port Center's own page). The list beside the map holds the same data and
// works without JavaScript; the map is an addition to it.
(function () {
  "use strict";

  function popup(properties) {
    // Built as elements, never as HTML: the names come from the database.
    var box = document.createElement("div");
    var title = document.createElement("p");
    title.className = "map-popup__title";
    if (properties.url) {
      var link = document.createElement("a");
      link.href = properties.url;
      link.textContent = properties.name;
      title.appendChild(link);
    } else {
      title.textContent = properties.name;
    }
    box.appendChild(title);
    var where = [properties.city, properties.country_name].filter(Boolean).join(", ");
    var details = [where, properties.kind_name];
    if (properties.label_status && properties.label_status !== "none") {
      details.push(properties.label_status_name);
    }
    (properties.badges || []).forEach(function (badge) {
      details.push(badge);
    });
    details.filter(Boolean).forEach(function (text) {
      var line = document.createElement("p");
      line.textContent = text;
      box.appendChild(line);
    });
    return box;
  }

  function clusterIcon(container) {
    var words = container.dataset.clusterLabel || "%(count)s";
    return function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 10 ? "small" : count < 50 ? "medium" : "large";
      var label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = words.replace("%(count)s", count);
      return L.divIcon({
        html:
          '<span aria-hidden="true">' + count + "</span>" + label.outerHTML,
        className: "map-cluster map-cluster--" + size,
        iconSize: L.point(40, 40),
      });
    };
  }

  function status(container, text) {
    var output = container.parentNode.querySelector("[data-map-status]");
    if (output) {
      output.textContent = text;
    }
  }

  // A round marker centred on its place, like the clusters: neither hides the
  // other, nor the map's controls (WCAG 2.2 target size).
  function placeIcon(name) {
    var label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = name;
    return L.divIcon({
      html: label.outerHTML,
      className: "map-place",
      iconSize: L.point(28, 28),
      popupAnchor: [0, -12],
    });
  }

  function showCollection(container, map, collection) {
    var layer = L.geoJSON(collection, {
      pointToLayer: function (feature, latLng) {
        return L.marker(latLng, { icon: placeIcon(feature.properties.name) });
      },
      onEachFeature: function (feature, marker) {
        marker.bindPopup(popup(feature.properties));
      },
    });
    var group = L.markerClusterGroup
      ? L.markerClusterGroup({
          iconCreateFunction: clusterIcon(container),
          showCoverageOnHover: false,
          maxClusterRadius: 100,
        })
      : L.featureGroup();
    group.addLayer(layer);
    group.addTo(map);
    if (collection.features.length) {
      // Clear of the zoom buttons (top left) and the attribution (bottom).
      map.fitBounds(group.getBounds(), {
        paddingTopLeft: [64, 48],
        paddingBottomRight: [40, 56],
        maxZoom: 8,
        animate: false,
      });
    }
    // Drawn: tests (and anyone curious) can tell how many places the map holds.
    window.requestAnimationFrame(function () {
      container.dataset.markers = String(collection.features.length);
    });
  }

  function setUp(container) {
    var data = container.dataset;
    if (!window.L || !window.aivpMaps || data.ready) {
      return;
    }
    data.ready = "true";
    var map = window.aivpMaps.create(container, { scrollWheelZoom: false, worldCopyJump: true });
    if (data.latitude && data.longitude) {
      var place = [parseFloat(data.latitude), parseFloat(data.longitude)];
      L.marker(place, { icon: window.aivpMaps.icon(container), alt: data.name }).addTo(map);
      map.setView(place, 13);
      data.markers = "1";
      return;
    }
    map.setView([20, 0], 2);
    if (!data.geojson || !window.fetch) {
      return;
    }
    fetch(data.geojson, { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        showCollection(container, map, collection);
      })
      .catch(function () {
        status(container, data.failed || "");
      });
  }

  function setUpAll() {
    document.querySelectorAll("[data-map]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
