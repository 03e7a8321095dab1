/* The staff dashboard's chart: the network's average per goal, one line per year.
 * Data from a json_script block; the table beside it carries the same figures. */
(function () {
  "use strict";
  if (typeof Chart === "undefined") return;
  var COLOURS = ["#6c757d", "#9b2226", "#005f73", "#ca6702", "#3a0ca3"];
  document.querySelectorAll("canvas[data-trend]").forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute("data-trend"));
    if (!source) return;
    var data = JSON.parse(source.textContent);
    var reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    canvas.setAttribute("role", "img");
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: data.years.map(function (year, index) {
          var colour = COLOURS[index % COLOURS.length];
          return {
            label: year.label,
            data: year.values,
            borderColor: colour,
            backgroundColor: colour,
            spanGaps: false
          };
        })
      },
      options: {
        animation: reduce ? false : undefined,
        scales: { y: { min: 0, max: 100 } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  });
})();
