/* Saves a goal's answers a moment after each change, without leaving the page.
 * The form still works without this script (its buttons post it). A conflict
 * (someone else saved the goal meanwhile) stops autosaving: the page then reloads
 * the server's message by posting the form normally. */
(function () {
  "use strict";
  var DELAY = 1500;

  function setup(form) {
    var status = form.querySelector(".autosave-status");
    var version = form.querySelector("input[name=version]");
    var timer = null;
    var stopped = false;

    function save() {
      if (stopped) return;
      var data = new FormData(form);
      fetch(form.action || window.location.href, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Autosave": "1" }
      })
        .then(function (response) {
          return response.json().then(function (body) {
            return { ok: response.ok, status: response.status, body: body };
          });
        })
        .then(function (result) {
          if (result.ok) {
            version.value = result.body.version;
            status.textContent = result.body.message;
          } else if (result.status === 409) {
            stopped = true;
            form.submit();
          } else {
            status.textContent = result.body.message || "";
          }
        })
        .catch(function () {
          status.textContent = form.getAttribute("data-offline") || "";
        });
    }

    form.addEventListener("change", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, DELAY);
    });
    form.addEventListener("submit", function () {
      window.clearTimeout(timer);
      stopped = true;
    });
  }

  document.querySelectorAll("form[data-autosave]").forEach(setup);
})();
