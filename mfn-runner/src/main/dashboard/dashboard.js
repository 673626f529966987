"use strict";
// MFN Bench dashboard. Every value from the server is put in the page with textContent, never as
// HTML, so names and messages cannot inject markup. Charts are uPlot, served from the jar.
(function () {
  const $ = (id) => document.getElementById(id);
  const live = { points: [[], []], chart: null, total: 0, index: 0, started: 0, estimate: 0 };
  let trend = null;

  function cell(text, cls) {
    const td = document.createElement("td");
    td.textContent = text === undefined || text === null ? "-" : String(text);
    if (cls) td.className = cls;
    return td;
  }
  function row(cells) {
    const tr = document.createElement("tr");
    cells.forEach((c) => tr.appendChild(c));
    return tr;
  }
  function fmt(v) {
    if (v === undefined || v === null || !isFinite(v)) return "-";
    const a = Math.abs(v);
    return a !== 0 && (a >= 1e6 || a < 1e-3) ? v.toExponential(3) : Number(v.toPrecision(4)).toString();
  }
  function duration(seconds) {
    if (!isFinite(seconds) || seconds < 0) return "-";
    const m = Math.floor(seconds / 60), s = Math.round(seconds % 60);
    return m > 0 ? m + " min " + s + " s" : s + " s";
  }
  function getJson(url) {
    return fetch(url, { cache: "no-store" }).then((r) => {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  function width(el) { return Math.max(320, Math.min(900, el.clientWidth || 640)); }

  function liveChart() {
    if (live.chart) return live.chart;
    const el = $("live-chart");
    live.chart = new uPlot({
      width: width(el), height: 220, title: "Measured iterations of the current benchmark",
      scales: { x: { time: false } },
      series: [{ label: "iteration" }, { label: "score", stroke: "#2b6cb0", points: { show: true, size: 6 } }],
    }, live.points, el);
    return live.chart;
  }

  function showClaims(verdicts, source) {
    const body = $("claims");
    body.replaceChildren();
    verdicts.forEach((v) => {
      const tr = row([
        cell(v.id || v.target), cell(v.threshold),
        cell(v.measured === undefined || v.measured === null ? "-" : fmt(v.measured) + " " + v.unit, "num"),
        cell(v.verdict + (v.informational ? " (for information)" : ""), "verdict " + v.verdict)]);
      tr.title = v.claim || "";
      body.appendChild(tr);
    });
    $("claims-source").textContent = source;
  }

  const handlers = {
    "run-started": (e) => {
      live.total = e.total; live.index = 0; live.started = Date.now(); live.estimate = e.estimateSeconds;
      $("run-state").textContent = "running";
      $("run-name").textContent = e.run + " (" + e.profile + ", " + e.total + " parameter sets)";
      $("finished").replaceChildren();
      $("progress").textContent = "0 / " + e.total;
      $("eta").textContent = duration(e.estimateSeconds);
    },
    "benchmark-started": (e) => {
      live.index = e.index; live.total = e.total;
      $("current").textContent = e.label;
      $("progress").textContent = (e.index - 1) + " / " + e.total;
      $("progress-bar").value = e.total > 0 ? (e.index - 1) / e.total : 0;
      $("eta").textContent = duration(e.secondsLeft);
      live.points = [[], []];
      liveChart().setData(live.points);
    },
    "iteration": (e) => {
      if (e.warmup) return;
      live.points[0].push(live.points[0].length + 1);
      live.points[1].push(e.score);
      liveChart().setData(live.points);
      const total = Number($("live-chart").dataset.points) + 1;
      $("live-chart").dataset.points = String(total);
    },
    "benchmark-finished": (e) => {
      $("finished").appendChild(row([cell(e.label), cell(fmt(e.score), "num"), cell(fmt(e.error), "num"), cell(e.unit)]));
      $("progress").textContent = live.index + " / " + live.total;
      $("progress-bar").value = live.total > 0 ? live.index / live.total : 0;
    },
    "run-finished": (e) => {
      $("run-state").textContent = e.interrupted ? "interrupted" : "finished";
      $("progress-bar").value = 1;
      $("eta").textContent = "done";
      showClaims(e.verdicts || [], "from the run that just finished");
      loadRuns(); loadBenchmarks();
    },
    "alert": (e) => {
      const li = document.createElement("li");
      li.textContent = e.message;
      $("alerts").appendChild(li);
    },
  };

  function connect() {
    const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/live");
    ws.onopen = () => { $("ws-status").textContent = "connected"; };
    ws.onclose = () => { $("ws-status").textContent = "disconnected, retrying"; setTimeout(connect, 2000); };
    ws.onmessage = (m) => {
      let e;
      try { e = JSON.parse(m.data); } catch (err) { return; }
      const h = handlers[e.type];
      if (h) h(e);
    };
  }

  function loadRuns() {
    return getJson("/api/runs?limit=50").then((runs) => {
      const body = $("runs");
      body.replaceChildren();
      runs.forEach((r) => body.appendChild(row([
        cell(r.id, "num"), cell(r.started), cell(r.host), cell((r.gitCommit || "-").substring(0, 10)),
        cell(r.profile), cell(r.results, "num"), cell(r.failedClaims, "num")])));
      if (runs.length > 0 && $("claims").children.length === 0) {
        getJson("/api/runs/" + runs[0].id).then((d) =>
          showClaims(d.verdicts, "from run " + runs[0].id + " (" + runs[0].started + ")"));
      }
    });
  }

  function loadBenchmarks() {
    return getJson("/api/benchmarks").then((list) => {
      const select = $("trend-benchmark");
      const keep = select.value;
      select.replaceChildren();
      list.forEach((b) => {
        const o = document.createElement("option");
        o.value = JSON.stringify([b.benchmark, b.params]);
        o.textContent = b.benchmark.replace(/^org\.mfn\.bench\./, "") + " " + (b.params === "{}" ? "" : b.params) + " (" + b.runs + " runs)";
        select.appendChild(o);
      });
      if (keep) select.value = keep;
      if (select.value) drawTrend();
    });
  }

  function drawTrend() {
    const choice = $("trend-benchmark").value;
    if (!choice) return;
    const [benchmark, params] = JSON.parse(choice);
    const url = "/api/series?benchmark=" + encodeURIComponent(benchmark) + "&params=" + encodeURIComponent(params);
    const analysisUrl = "/api/analysis?benchmark=" + encodeURIComponent(benchmark) + "&params=" + encodeURIComponent(params) +
      "&threshold=" + encodeURIComponent(Math.max(0, Number($("threshold").value) || 0));
    Promise.all([getJson(url), getJson(analysisUrl)]).then(([points, analysis]) => {
      const pct = Math.max(0, Number($("threshold").value) || 0) / 100;
      const first = points.length > 0 ? points[0].mean : null;
      const changed = new Set(analysis.changePoints.map((c) => c.firstChangedRunId));
      const data = [
        points.map((p) => p.runId),
        points.map((p) => p.mean),
        points.map((p) => p.ciLower),
        points.map((p) => p.ciUpper),
        points.map(() => (first === null ? null : first * (1 + pct))),
        points.map(() => (first === null ? null : first * (1 - pct))),
        points.map((p) => (changed.has(p.runId) ? p.mean : null)),
      ];
      const unit = points.length > 0 ? points[0].unit : "";
      const el = $("trend-chart");
      if (trend) trend.destroy();
      trend = new uPlot({
        width: width(el), height: 260, title: benchmark.replace(/^org\.mfn\.bench\./, "") + " (" + unit + ")",
        scales: { x: { time: false } },
        series: [
          { label: "run" },
          { label: "mean", stroke: "#2b6cb0", points: { show: true, size: 7 } },
          { label: "95% CI low", stroke: "#90cdf4", dash: [4, 4] },
          { label: "95% CI high", stroke: "#90cdf4", dash: [4, 4] },
          { label: "+threshold", stroke: "#c05621" },
          { label: "-threshold", stroke: "#c05621" },
          { label: "change point", stroke: "#c53030", width: 0, points: { show: true, size: 12, fill: "#c53030" } },
        ],
        bands: [{ series: [4, 5], fill: "rgba(237, 137, 54, 0.12)" }],
      }, data, el);
      el.dataset.points = String(points.length);
      showAnalysis(analysis);
    });
  }

  function short(commit) {
    return commit ? commit.substring(0, 10) : "unknown";
  }

  function showAnalysis(analysis) {
    const list = $("trend-changes");
    list.replaceChildren();
    analysis.changePoints.forEach((c) => {
      const li = document.createElement("li");
      li.textContent = "Change point at run " + c.firstChangedRunId + " (commit " + short(c.firstChangedCommit) + "): " +
        (c.changePercent >= 0 ? "+" : "") + c.changePercent.toFixed(2) + "% (" + c.before.toPrecision(4) + " to " +
        c.after.toPrecision(4) + " " + c.unit + "); commits " + short(c.lastGoodCommit) + ".." + short(c.firstChangedCommit);
      list.appendChild(li);
    });
    list.dataset.count = String(analysis.changePoints.length);
    const t = analysis.trend;
    $("trend-summary").textContent = t === null ? "Trend: fewer than 3 runs." :
      "Trend over the last " + t.runs + " runs: " + (t.percentPerRun >= 0 ? "+" : "") + t.percentPerRun.toFixed(3) +
      "% per run; forecast " + t.horizon + " runs ahead " + t.forecast.toPrecision(4) + " [" + t.forecastLower.toPrecision(4) +
      ", " + t.forecastUpper.toPrecision(4) + "]" + (t.drifting ? " (drifting)" : "");
  }

  function loadMachine() {
    getJson("/api/machine").then((m) => {
      const used = m.memoryTotalBytes - m.memoryAvailableBytes;
      $("machine").textContent = "CPU " + Math.round(m.cpuLoad * 100) + "% of " + m.logicalProcessors +
        " · memory " + (used / 1073741824).toFixed(1) + " of " + (m.memoryTotalBytes / 1073741824).toFixed(1) + " GiB";
    }).catch(() => { $("machine").textContent = "unavailable"; });
  }

  $("trend-benchmark").addEventListener("change", drawTrend);
  $("threshold").addEventListener("change", drawTrend);
  getJson("/api/alerts").then((rules) => { $("alert-rules").textContent = rules.length ? rules.join(", ") : "none"; });
  loadRuns(); loadBenchmarks(); loadMachine();
  setInterval(loadMachine, 3000);
  connect();
})();
