(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mfn-data").textContent);
  var colors = ["#1a73e8", "#d93025", "#188038", "#e37400", "#9334e6", "#12b5cb", "#5f6368", "#b31412"];
  var root = document.documentElement;
  var drawn = 0;

  function iterationChart(chart, host, width) {
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
    new uPlot({
      width: width, height: 180, series: series,
      scales: { x: { time: false } },
      axes: [{ label: "iteration (first " + chart.warmup + " warm-up)", incrs: [1, 2, 5, 10, 20, 50, 100] },
        { label: chart.unit, size: 70 }]
    }, columns, host);
  }

  // HdrHistogram's classic percentile plot: x is 1 / (1 - p) on a log axis, so that 90%, 99%
  // and 99.9% are evenly spaced, and latency is on a log axis, so that p99.9 does not flatten p50.
  function percentileChart(chart, host, width) {
    var keys = Object.keys(chart.percentiles).filter(function (k) {
      var p = parseFloat(k.substring(1));
      return p > 0 && p < 100;
    });
    if (keys.length === 0) { return; }
    keys.sort(function (a, b) { return parseFloat(a.substring(1)) - parseFloat(b.substring(1)); });
    var px = keys.map(function (k) { return 1 / (1 - parseFloat(k.substring(1)) / 100); });
    var py = keys.map(function (k) { return chart.percentiles[k]; });
    var logY = py.every(function (v) { return v > 0; });
    var curve = document.createElement("div");
    curve.className = "percentiles";
    host.appendChild(curve);
    new uPlot({
      width: width, height: 160,
      series: [{ label: "percentile", value: function (u, v) { return v == null ? "-" : percentLabel(v); } },
        { label: "latency", stroke: "#d93025", width: 2, points: { show: true } }],
      scales: { x: { time: false, distr: 3, log: 10, range: [px[0] / 1.5, px[px.length - 1] * 1.5] },
        y: logY ? { distr: 3, log: 10 } : {} },
      axes: [{ label: "percentile (log scale of 1 / (1 - p))",
        splits: function () { return px; },
        filter: function (u, splits) { return splits; },
        values: function (u, splits) { return splits.map(percentLabel); } },
        { label: chart.unit + (logY ? " (log)" : ""), size: 70 }]
    }, [px, py], curve);
  }

  function percentLabel(x) {
    if (x == null || !(x >= 1)) { return ""; }
    var p = 100 * (1 - 1 / x);
    return (Math.round(p * 1000) / 1000) + "%";
  }

  function draw(chart) {
    var host = document.getElementById(chart.id);
    if (!host || host.getAttribute("data-drawn")) { return; }
    host.setAttribute("data-drawn", "true");
    var width = Math.max(300, host.clientWidth - 16);
    iterationChart(chart, host, width);
    if (chart.percentiles) { percentileChart(chart, host, width); }
    drawn++;
    root.setAttribute("data-charts-drawn", String(drawn));
  }

  // Per-fork charts sit in closed <details>: each is drawn the first time its section opens, so
  // that a report of many benchmarks opens at once.
  var byId = {};
  data.charts.forEach(function (chart) { byId[chart.id] = chart; });
  document.querySelectorAll("details.iterations").forEach(function (details) {
    function drawVisible() {
      if (!details.open) { return; }
      details.querySelectorAll("[data-chart]").forEach(function (host) {
        if (!host.closest("[hidden]")) { draw(byId[host.id]); }
      });
    }
    details.addEventListener("toggle", drawVisible);
    drawVisible();
  });

  // Fault timelines: p99 (left axis, log) and throughput (right axis) per interval, the fault's
  // window shaded (a line at its time for an instant fault). Few, so drawn at once.
  (data.faults || []).forEach(function (f) {
    var host = document.getElementById(f.id);
    if (!host) { return; }
    var width = Math.max(300, host.clientWidth - 16);
    new uPlot({
      width: width, height: 200,
      scales: { x: { time: false }, us: { distr: 3, log: 10 }, rate: {} },
      series: [{ label: "s" },
        { label: "p99 (µs)", scale: "us", stroke: "#d93025", width: 2 },
        { label: "throughput (/s)", scale: "rate", stroke: "#1a73e8", width: 1.5 }],
      axes: [{ label: "seconds into the run" }, { scale: "us", label: "p99 µs (log)", size: 70 },
        { scale: "rate", side: 1, label: "per second", size: 70, grid: { show: false } }],
      hooks: { draw: [function (u) {
        var x0 = u.valToPos(f.from, "x", true);
        var x1 = Math.max(u.valToPos(f.to, "x", true), x0 + 2);
        u.ctx.save();
        u.ctx.fillStyle = "rgba(217, 48, 37, 0.12)";
        u.ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
        u.ctx.restore();
      }] }
    }, [f.t, f.p99.map(function (v) { return v === null ? null : Math.max(v, 0.1); }), f.rate], host);
    host.setAttribute("data-drawn", "true");
  });

  // Filter: every element with data-filter is hidden unless its text contains every word typed.
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var items = document.querySelectorAll("[data-filter]");
  var results = document.querySelectorAll("tr.result");
  function applyFilter() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    items.forEach(function (item) {
      var text = item.getAttribute("data-filter").toLowerCase();
      item.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    var shown = 0;
    results.forEach(function (row) { if (!row.hidden) { shown++; } });
    count.textContent = words.length === 0 ? results.length + " benchmarks"
      : shown + " of " + results.length + " benchmarks match";
    document.querySelectorAll("section.layer").forEach(function (section) {
      section.hidden = words.length > 0 && !section.querySelector("tr.result:not([hidden])");
    });
    document.querySelectorAll("details.iterations[open]").forEach(function (details) {
      details.dispatchEvent(new Event("toggle"));
    });
  }
  if (input) {
    input.addEventListener("input", applyFilter);
    applyFilter();
  }
  root.setAttribute("data-charts-drawn", String(drawn));
  root.setAttribute("data-ready", "true");
})();
