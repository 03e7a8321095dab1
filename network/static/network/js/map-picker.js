// The admin's coordinate picker (network/widgets.py): a click on the map or a
// dragged marker fills the latitude and longitude fields; typing in them moves the
// marker. Settings come from the container's data- attributes (no inline script).
(function () {
  "use strict";

  function number(input, limit) {
    var value = parseFloat(String(input.value).replace(",", "."));
    return isFinite(value) && Math.abs(value) <= limit ? value : null;
  }

  function setUp(container) {
    var data = container.dataset;
    var latitude = document.getElementById(data.latitudeInput);
    var longitude = document.getElementById(data.longitudeInput);
    if (!latitude || !longitude || !window.L || !window.aivpMaps || data.ready) {
      return;
    }
    data.ready = "true";
    var map = window.aivpMaps.create(container, { scrollWheelZoom: false });
    var marker = null;

    function place(latLng) {
      if (marker === null) {
        marker = L.marker(latLng, {
          draggable: true,
          icon: window.aivpMaps.icon(container),
          alt: data.markerLabel,
        });
        marker.on("dragend", function () {
          write(marker.getLatLng());
        });
        marker.addTo(map);
      } else {
        marker.setLatLng(latLng);
      }
    }

    function write(latLng) {
      var wrapped = latLng.wrap();
      latitude.value = wrapped.lat.toFixed(6);
      longitude.value = wrapped.lng.toFixed(6);
      [latitude, longitude].forEach(function (input) {
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      place(wrapped);
    }

    function read(pan) {
      var lat = number(latitude, 90);
      var lng = number(longitude, 180);
      if (lat === null || lng === null) {
        return false;
      }
      place([lat, lng]);
      if (pan) {
        map.panTo([lat, lng]);
      }
      return true;
    }

    map.on("click", function (event) {
      write(event.latlng);
    });
    [latitude, longitude].forEach(function (input) {
      input.addEventListener("input", function () {
        read(true);
      });
    });
    if (read(false)) {
      map.setView(marker.getLatLng(), 12);
    } else {
      map.setView([20, 0], 2);
    }
  }

  function setUpAll() {
    document.querySelectorAll("[data-map-picker]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
