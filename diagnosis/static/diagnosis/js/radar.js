// The self-diagnosis radar on the results page: every <canvas data-radar="ID">
// gets a Chart.js radar of the JSON in the element #ID (Django's json_script):
// {"labels": [...], "max": 100, "datasets": [{"label", "values", "kind"}, ...]}.
// Loaded with <script defer> after chart.umd.js; no inline script or style (the
// pages' CSP allows none). Without Chart.js nothing is drawn: the table next to
// the canvas carries the same figures. The PDF's radar is diagnosis/charts.py.
(function () {
  "use strict";

  var WRAP = 18;
  var MAX_LINES = 3;
  var STYLES = {
    self: {
      borderColor: "#005f73",
      backgroundColor: "rgba(0, 95, 115, 0.2)",
      fill: true,
      borderDash: [],
      pointStyle: "circle",
    },
    network: {
      borderColor: "#9b2226",
      backgroundColor: "#9b2226",
      fill: false,
      borderDash: [6, 4],
      pointStyle: "rectRot",
    },
    previous: {
      borderColor: "#6c757d",
      backgroundColor: "#6c757d",
      fill: false,
      borderDash: [2, 3],
      pointStyle: "rect",
    },
  };

  // A label split at word boundaries into lines of about WRAP characters (Chart.js
  // draws an array of strings as a multi-line label). A label that would need more
  // than MAX_LINES lines gets longer lines instead, as in the PDF's radar.
  function wrap(text) {
    var words = String(text).split(/\s+/).filter(Boolean);
    var width = WRAP;
    var lines;
    do {
      lines = [];
      words.forEach(function (word) {
        var last = lines.length - 1;
        if (last >= 0 && lines[last].length + 1 + word.length <= width) {
          lines[last] += " " + word;
        } else {
          lines.push(word);
        }
      });
      width += 2;
    } while (lines.length > MAX_LINES);
    return lines.length > 1 ? lines : lines.join("");
  }

  function number(value) {
    return typeof value === "number" && isFinite(value) ? value : null;
  }

  function dataset(item) {
    var style = STYLES[item.kind] || STYLES.previous;
    return {
      label: String(item.label || ""),
      data: (item.values || []).map(number),
      fill: style.fill,
      borderColor: style.borderColor,
      backgroundColor: style.fill ? style.backgroundColor : "transparent",
      borderDash: style.borderDash,
      borderWidth: 2,
      pointStyle: style.pointStyle,
      pointRadius: 3,
      pointHoverRadius: 5,
      pointBackgroundColor: style.borderColor,
      pointBorderColor: style.borderColor,
      spanGaps: false,
    };
  }

  function reducedMotion() {
    return (
      typeof window.matchMedia === "function" &&
      window.matchMedia("(prefers-reduced-motion: reduce)").matches
    );
  }

  function read(id) {
    var source = id ? document.getElementById(id) : null;
    if (!source) {
      return null;
    }
    try {
      return JSON.parse(source.textContent);
    } catch (error) {
      return null;
    }
  }

  function draw(canvas) {
    var data = read(canvas.getAttribute("data-radar"));
    if (!data || !Array.isArray(data.labels) || canvas.getAttribute("data-radar-drawn")) {
      return;
    }
    canvas.setAttribute("data-radar-drawn", "true");
    var datasets = (data.datasets || []).map(dataset);
    canvas.setAttribute("role", "img");
    if (!canvas.getAttribute("aria-label")) {
      canvas.setAttribute(
        "aria-label",
        datasets
          .map(function (item) {
            return item.label;
          })
          .join(" / ")
      );
    }
    var maximum = number(data.max) || 100;
    var family = window.getComputedStyle(canvas).fontFamily || undefined;
    new window.Chart(canvas, {
      type: "radar",
      data: { labels: data.labels.map(wrap), datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1,
        animation: reducedMotion() ? false : { duration: 400 },
        locale: document.documentElement.lang || undefined,
        elements: { line: { tension: 0 } },
        scales: {
          r: {
            min: 0,
            max: maximum,
            beginAtZero: true,
            ticks: {
              stepSize: maximum / 4, // 25 on the 0-100 scale, as the PDF's rings
              color: "#495057",
              font: { family: family },
              backdropColor: "rgba(255, 255, 255, 0.8)",
            },
            grid: { color: "#ced4da" },
            angleLines: { color: "#ced4da" },
            pointLabels: { color: "#212529", font: { family: family, size: 12 } },
          },
        },
        plugins: {
          legend: {
            position: "bottom",
            labels: { color: "#212529", font: { family: family } },
          },
          tooltip: {
            callbacks: {
              // The axis title on one line, not the wrapped one.
              title: function (items) {
                var label = items.length ? items[0].label : "";
                return Array.isArray(label) ? label.join(" ") : label;
              },
            },
          },
        },
      },
    });
  }

  function start() {
    if (typeof window.Chart === "undefined") {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll("canvas[data-radar]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
