/*
 * The lesson's SCORM player: gives the package the run-time API of its version
 * (window.API for SCORM 1.2, window.API_1484_11 for SCORM 2004, from scorm-again),
 * resumes it where the learner left off, and posts what it reports to the site.
 *
 * Data comes from the player's data- attributes and a json_script element: the
 * page's Content-Security-Policy allows no inline script.
 */
(function () {
  "use strict";

  var player = document.querySelector("[data-scorm-player]");
  if (!player) {
    return;
  }
  var frame = player.querySelector("iframe[data-src]");
  var version = player.getAttribute("data-version");
  var commitUrl = player.getAttribute("data-commit-url") || "";
  var csrfToken = player.getAttribute("data-csrf-token") || "";
  var stateNode = document.getElementById("scorm-runtime-state");
  var state = {};
  try {
    state = stateNode ? JSON.parse(stateNode.textContent) || {} : {};
  } catch (error) {
    state = {};
  }

  // Commits go to the site with fetch (keepalive, so that the last one survives
  // the page being left), with the CSRF token that sendBeacon could not carry.
  var httpService = {
    reportsRequestCompletion: false,
    updateSettings: function () {},
    processHttpRequest: function (url, params) {
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,
        headers: {
          "Content-Type": "application/json",
          "X-CSRFToken": csrfToken,
        },
        body: JSON.stringify(params),
      })
        .then(function (response) {
          player.classList.toggle("scorm-player--unsaved", !response.ok);
        })
        .catch(function () {
          player.classList.add("scorm-player--unsaved");
        });
      return { result: "true", errorCode: 0 };
    },
  };

  var settings = {
    autocommit: Boolean(commitUrl),
    autocommitSeconds: 30,
    dataCommitFormat: "flattened",
    lmsCommitUrl: commitUrl || false,
    logLevel: 4,
  };
  if (commitUrl) {
    settings.httpService = httpService;
  }

  var api;
  if (version === "2004" && window.Scorm2004API) {
    api = new window.Scorm2004API(settings);
    window.API_1484_11 = api;
  } else if (window.Scorm12API) {
    api = new window.Scorm12API(settings);
    window.API = api;
  }
  if (!api) {
    return;
  }
  try {
    api.loadFromFlattenedJSON(state);
  } catch (error) {
    // A state the API does not accept: the package starts afresh.
  }

  if (frame) {
    frame.setAttribute("src", frame.getAttribute("data-src"));
  }
})();
