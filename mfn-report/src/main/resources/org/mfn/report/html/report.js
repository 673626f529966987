(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mfn-data").textContent);
  var colors = ["#1a73e8", "#d93025", "#188038", "#e37400", "#9334e6", "#12b5cb", "#5f6368", "#b31412"];
  data.charts.forEach(function (chart) {
    var host = document.getElementById(chart.id);
    if (!host) { return; }
    var longest = 0;
    chart.forks.forEach(function (f) { longest = Math.max(longest, f.length); });
    var xs = [];
    for (var i = 1; i <= longest; i++) { xs.push(i); }
    var columns = [xs];
    var series = [{ label: "iteration" }];
    chart.forks.forEach(function (f, k) {
      var ys = [];
      for (var i = 0; i < longest; i++) { ys.push(i < f.length ? f[i] : null); }
      columns.push(ys);
      series.push({ label: "fork " + (k + 1), stroke: colors[k % colors.length], width: 1.5,
        points: { show: true, size: 5 } });
    });
    var width = Math.max(300, host.clientWidth - 16);
    new uPlot({
      width: width, height: 180, series: series,
      scales: { x: { time: false } },
      axes: [{ label: "iteration (first " + chart.warmup + " warm-up)" }, { label: chart.unit, size: 70 }]
    }, columns, host);
    if (chart.percentiles) {
      var keys = Object.keys(chart.percentiles);
      var px = keys.map(function (k) { return parseFloat(k.substring(1)); });
      var py = keys.map(function (k) { return chart.percentiles[k]; });
      var curve = document.createElement("div");
      host.appendChild(curve);
      new uPlot({
        width: width, height: 140, series: [{ label: "percentile" }, { label: "latency", stroke: "#d93025", width: 2, points: { show: true } }],
        scales: { x: { time: false } },
        axes: [{ label: "percentile" }, { label: chart.unit, size: 70 }]
      }, [px, py], curve);
    }
  });
  document.documentElement.setAttribute("data-charts-drawn", String(data.charts.length));
})();
