// Draws the charts described by data attributes on <canvas class="js-chart">. Every chart also has
// a table with the same figures, so the pages read without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") {
    return;
  }
  document.querySelectorAll("canvas.js-chart").forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels);
    var values = JSON.parse(canvas.dataset.values);
    var colours = canvas.dataset.colours ? JSON.parse(canvas.dataset.colours) : undefined;
    new Chart(canvas, {
      type: canvas.dataset.type || "bar",
      data: {
        labels: labels,
        datasets: [{ label: canvas.dataset.label, data: values, backgroundColor: colours, borderColor: "#1d70b8", spanGaps: true }]
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }
    });
    canvas.dataset.drawn = "true";
  });
});
