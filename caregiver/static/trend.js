// Draws the 30-day craving and mood chart from the JSON the page carries (no inline script: the CSP
// allows scripts from this site only). The same numbers are in a table on the page for screen readers.
(function () {
  "use strict";
  var source = document.getElementById("trend-data");
  var canvas = document.getElementById("trend-chart");
  if (!source || !canvas || typeof window.Chart === "undefined") {
    return;
  }
  var trend = JSON.parse(source.textContent);
  new window.Chart(canvas, {
    type: "line",
    data: {
      labels: trend.labels,
      datasets: [
        {label: "Craving (0-10)", data: trend.craving, borderColor: "#b3261e", backgroundColor: "#b3261e",
         borderWidth: 3, pointRadius: 4, spanGaps: false},
        {label: "Mood (0-10)", data: trend.mood, borderColor: "#1d5fa8", backgroundColor: "#1d5fa8",
         borderWidth: 3, borderDash: [8, 4], pointRadius: 4, pointStyle: "rectRot", spanGaps: false}
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {y: {min: 0, max: 10, ticks: {stepSize: 2}}, x: {ticks: {maxTicksLimit: 8}}},
      plugins: {legend: {labels: {font: {size: 14}}}}
    }
  });
  canvas.setAttribute("data-drawn", "true");
}());
