/* The admin home's ticket sales: tickets sold so far, day by day, against the
 * capacity. Data from a json_script block (ticketing/admin_home.py); the panel's
 * rows carry the same figures. The admin loads panels' scripts in the page's head,
 * so this waits for the page to be read. */
(function () {
  "use strict";
  function draw() {
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("canvas[data-sales-chart]").forEach(drawOne);
  }
  function drawOne(canvas) {
    var source = document.getElementById(canvas.getAttribute("data-sales-chart"));
    if (!source) return;
    var data = JSON.parse(source.textContent);
    var reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var datasets = [
      {
        label: data.names.sold,
        data: data.sold,
        borderColor: "#005f73",
        backgroundColor: "rgba(0, 95, 115, 0.15)",
        fill: true,
        pointRadius: 0,
        stepped: true
      }
    ];
    if (data.capacity) {
      datasets.push({
        label: data.names.capacity,
        data: data.labels.map(function () { return data.capacity; }),
        borderColor: "#9b2226",
        borderDash: [6, 4],
        pointRadius: 0,
        fill: false
      });
    }
    canvas.setAttribute("role", "img");
    new Chart(canvas, {
      type: "line",
      data: { labels: data.labels, datasets: datasets },
      options: {
        animation: reduce ? false : undefined,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
