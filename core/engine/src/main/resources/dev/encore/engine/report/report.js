// Draws the report's charts from the JSON in #report-data. Text from the spec is only ever set with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";

  function translucent(colour, alpha) {
    var n = parseInt(colour.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + alpha + ")";
  }

  function number(value) {
    return value == null ? "–" : value.toLocaleString("en-US", {maximumFractionDigits: 1});
  }

  function empty(element, text) {
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = text;
    element.appendChild(p);
  }

  function width(element) {
    return Math.max(320, element.clientWidth || 800);
  }

  // One uPlot chart: a line per agent (the mean) and a band between its low and high edges.
  function meanAndBand(element, measure, axisLabel) {
    if (data.steps.length === 0) {
      empty(element, "No successful trial: nothing to draw.");
      return null;
    }
    var series = [{label: "step"}];
    var columns = [data.steps];
    var bands = [];
    data.agents.forEach(function (agent, a) {
      var first = columns.length;
      series.push({label: agent.label, stroke: agent.colour, width: 2, value: function (u, v) { return number(v); }});
      columns.push(data[measure].mean[a]);
      series.push({label: agent.label + " high", stroke: "transparent", class: "band-edge", points: {show: false}});
      columns.push(data[measure].high[a]);
      series.push({label: agent.label + " low", stroke: "transparent", class: "band-edge", points: {show: false}});
      columns.push(data[measure].low[a]);
      bands.push({series: [first + 1, first + 2], fill: translucent(agent.colour, 0.18)});
    });
    var options = {
      width: width(element),
      height: 380,
      scales: {x: {time: false}},
      series: series,
      bands: bands,
      axes: [{label: "step"}, {label: axisLabel, size: 70}],
      legend: {live: true}
    };
    return new uPlot(options, columns, element);
  }

  // Round values (1, 2 or 5 times a power of ten) inside [low, high], about `count` of them.
  function niceTicks(low, high, count) {
    var raw = (high - low) / count;
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (s) { return s >= raw; })[0];
    var ticks = [];
    for (var v = Math.ceil(low / step) * step; v <= high; v += step) {
      ticks.push(Math.round(v / step) * step);
    }
    return ticks;
  }

  // Quartiles by linear interpolation between order statistics.
  function quantile(sorted, q) {
    var position = (sorted.length - 1) * q;
    var below = Math.floor(position);
    var above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }

  function svg(name, attributes, parent) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    parent.appendChild(element);
    return element;
  }

  // A strip plot with a box per agent, agents sorted by mean final regret.
  function spread(element) {
    var rows = data.agents.map(function (agent, a) {
      var values = data.finalRegrets[a].slice().sort(function (x, y) { return x - y; });
      var mean = values.reduce(function (s, v) { return s + v; }, 0) / values.length;
      return {agent: agent, values: values, mean: mean};
    }).filter(function (row) { return row.values.length > 0; });
    if (rows.length === 0) {
      empty(element, "No successful trial: nothing to draw.");
      return;
    }
    rows.sort(function (x, y) { return x.mean - y.mean; });
    var all = [].concat.apply([], rows.map(function (row) { return row.values; }));
    var low = Math.min.apply(null, all);
    var high = Math.max.apply(null, all);
    var pad = (high - low) * 0.05 || Math.abs(high) * 0.05 || 1;
    low -= pad;
    high += pad;
    var labelWidth = 170;
    var rowHeight = 44;
    var total = width(element);
    var plotWidth = total - labelWidth - 20;
    var height = rows.length * rowHeight + 34;
    var root = svg("svg", {"class": "spread", width: total, height: height, viewBox: "0 0 " + total + " " + height},
        element);
    function x(value) { return labelWidth + (value - low) / (high - low) * plotWidth; }
    var axis = svg("g", {"class": "axis"}, root);
    niceTicks(low, high, 6).forEach(function (value) {
      svg("line", {"class": "grid", x1: x(value), x2: x(value), y1: 0, y2: rows.length * rowHeight}, axis);
      var tick = svg("text", {x: x(value), y: rows.length * rowHeight + 16, "text-anchor": "middle"}, axis);
      tick.textContent = number(value);
    });
    var caption = svg("text", {x: labelWidth + plotWidth / 2, y: height - 2, "text-anchor": "middle"}, axis);
    caption.textContent = "final cumulative regret";
    rows.forEach(function (row, r) {
      var middle = r * rowHeight + rowHeight / 2;
      var name = svg("text", {x: labelWidth - 10, y: middle + 4, "text-anchor": "end"}, root);
      name.textContent = row.agent.label.length > 22 ? row.agent.label.slice(0, 21) + "…" : row.agent.label;
      svg("title", {}, name).textContent = row.agent.label;
      var q1 = quantile(row.values, 0.25);
      var q3 = quantile(row.values, 0.75);
      svg("rect", {x: x(q1), y: middle - 12, width: Math.max(1, x(q3) - x(q1)), height: 24,
        fill: translucent(row.agent.colour, 0.15), stroke: row.agent.colour}, root);
      var median = quantile(row.values, 0.5);
      svg("line", {x1: x(median), x2: x(median), y1: middle - 12, y2: middle + 12, stroke: row.agent.colour,
        "stroke-width": 2}, root);
      row.values.forEach(function (v, i) {
        // a fixed jitter, so the page looks the same every time it is opened
        var jitter = ((i * 7919) % 17 - 8) * 1.1;
        svg("circle", {cx: x(v), cy: middle + jitter, r: 3, fill: row.agent.colour, "fill-opacity": 0.75}, root);
      });
      var m = x(row.mean);
      svg("path", {d: "M" + m + " " + (middle - 6) + " l6 6 l-6 6 l-6 -6 z", fill: "#fff",
        stroke: row.agent.colour, "stroke-width": 2}, root);
    });
  }

  var charts = [
    meanAndBand(document.getElementById("regret-chart"), "regret", "cumulative regret"),
    meanAndBand(document.getElementById("reward-chart"), "reward", "cumulative reward")
  ];
  spread(document.getElementById("spread"));
  window.addEventListener("resize", function () {
    charts.forEach(function (chart) {
      if (chart) {
        chart.setSize({width: width(chart.root.parentNode), height: 380});
      }
    });
  });
  if (document.body.dataset.rendered !== "error") {
    document.body.dataset.rendered = "ok";
  }
  // for screenshots of the whole page (scripts/screenshot-report.sh)
  document.body.dataset.height = String(document.documentElement.scrollHeight);
})();
