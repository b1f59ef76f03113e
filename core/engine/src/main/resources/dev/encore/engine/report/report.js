// Draws the report's charts from the JSON in #report-data and wires their controls: the view (cumulative or per
// step), log axes, the legend (an agent hidden with its band, the axes rescaled to what is shown) and export to PNG
// and SVG; with sweeps, a chart of final regret against each swept value. Text from the spec is only ever set with
// textContent. window.encoreReport.charts holds each chart (its uPlot instance, state and exports) for the
// browser's console.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var SVG_NS = "http://www.w3.org/2000/svg";
  var HEIGHT = 380;
  var FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  var FONT = "12px " + FONT_FAMILY;
  var TITLE_HEIGHT = 28;
  var charts = {};

  function translucent(colour, alpha) {
    var n = parseInt(colour.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + alpha + ")";
  }

  // A value for the legend: one decimal for large numbers, four significant digits for small ones (per step).
  function number(value) {
    if (value == null) {
      return "–";
    }
    return Math.abs(value) >= 100 ? value.toLocaleString("en-US", {maximumFractionDigits: 1})
        : value.toLocaleString("en-US", {maximumSignificantDigits: 4});
  }

  // A tick's label, without the float noise of 0.1 + 0.2.
  function tickLabel(value) {
    return Number(value.toPrecision(6)).toLocaleString("en-US", {maximumFractionDigits: 6});
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

  // The legend marker's border for a dash pattern: uPlot draws markers as boxes with a CSS border.
  function borderStyle(dash) {
    return !dash || dash.length === 0 ? "solid" : dash[0] >= 6 ? "dashed" : "dotted";
  }

  // Round values (1, 2 or 5 times a power of ten) inside [low, high], about `count` of them.
  function niceTicks(low, high, count) {
    if (!(high > low)) {
      return [low];
    }
    var raw = (high - low) / count;
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (s) { return s >= raw; })[0];
    var ticks = [];
    for (var v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) {
      ticks.push(Math.round(v / step) * step);
    }
    return ticks;
  }

  // Powers of ten inside [low, high], with multiples of them when the range spans few decades.
  function logTicks(low, high) {
    var from = Math.floor(Math.log10(low));
    var to = Math.ceil(Math.log10(high));
    var multiples = to - from <= 1 ? [1, 2, 3, 5, 7] : to - from <= 2 ? [1, 2, 5] : [1];
    var ticks = [];
    for (var p = from; p <= to; p++) {
      multiples.forEach(function (m) {
        var v = m * Math.pow(10, p);
        if (v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9)) {
          ticks.push(v);
        }
      });
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
    var element = document.createElementNS(SVG_NS, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function text(content, attributes, parent) {
    var element = svg("text", attributes, parent);
    element.textContent = content;
    return element;
  }

  var measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT;

  // Legend entries laid out in rows across `total` pixels: a line sample in each line's style ({label, colour,
  // dash}), then its label.
  function legendLayout(lines, total) {
    var x = 12;
    var y = 0;
    var entries = lines.map(function (line) {
      var entryWidth = 30 + measure.measureText(line.label).width + 18;
      if (x + entryWidth > total - 8 && x > 12) {
        x = 12;
        y += 20;
      }
      var entry = {line: line, x: x, y: y};
      x += entryWidth;
      return entry;
    });
    return {entries: entries, height: entries.length === 0 ? 0 : y + 20 + 10};
  }

  function svgLegend(layout, top, parent) {
    layout.entries.forEach(function (entry) {
      var y = top + entry.y + 10;
      var sample = svg("line", {x1: entry.x, x2: entry.x + 24, y1: y, y2: y, stroke: entry.line.colour,
        "stroke-width": 2.5}, parent);
      if (entry.line.dash.length) {
        sample.setAttribute("stroke-dasharray", entry.line.dash.join(" "));
      }
      text(entry.line.label, {x: entry.x + 30, y: y + 4, fill: "#1f2328"}, parent);
    });
  }

  function canvasLegend(layout, top, ctx) {
    ctx.font = FONT;
    ctx.lineWidth = 2.5;
    layout.entries.forEach(function (entry) {
      var y = top + entry.y + 10;
      ctx.strokeStyle = entry.line.colour;
      ctx.setLineDash(entry.line.dash);
      ctx.beginPath();
      ctx.moveTo(entry.x, y);
      ctx.lineTo(entry.x + 24, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#1f2328";
      ctx.fillText(entry.line.label, entry.x + 30, y + 4);
    });
  }

  function svgRoot(total, height) {
    var root = svg("svg", {xmlns: SVG_NS, width: total, height: height, viewBox: "0 0 " + total + " " + height,
      "font-family": FONT_FAMILY, "font-size": 12});
    svg("rect", {x: 0, y: 0, width: total, height: height, fill: "#ffffff"}, root);
    return root;
  }

  function fileName(chart, extension) {
    return (data.name.replace(/[^A-Za-z0-9._-]+/g, "-") || "report") + "-" + chart.fileSuffix() + "." + extension;
  }

  function save(name, url) {
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  function svgUrl(source) {
    return "data:image/svg+xml;charset=utf-8," + encodeURIComponent(source);
  }

  // A PNG of an SVG drawing, through an image: for charts that are SVG on the page.
  function rasterise(source, total, height, done) {
    var ratio = window.devicePixelRatio || 1;
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(total * ratio);
      canvas.height = Math.round(height * ratio);
      var ctx = canvas.getContext("2d");
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      done(canvas.toDataURL("image/png"));
    };
    image.src = svgUrl(source);
  }

  // Hiding a line in the legend hides its band, the two series after it, with it; uPlot then ranges the axes over
  // the series still shown. lineAt(i) names the line uPlot's series i draws, undefined for the others.
  function bandsFollowLegend(state, lineAt) {
    return function (u, i, options) {
      var line = lineAt(i);
      if (options.show == null || line === undefined) {
        return;
      }
      state.hidden[line] = !options.show;
      u.setSeries(i + 1, {show: options.show}, false);
      u.setSeries(i + 2, {show: options.show}, false);
    };
  }

  // A uPlot chart of lines with bands as drawn (axes, lines shown), rebuilt as SVG from its data. The drawing gives
  // the title, axis labels, the x of each data point (xs) and the x ticks with their labels, whether y is on a log
  // axis, and the lines: each the uPlot series at `index` (its band's edges the two after it) in a `style`; `points`
  // marks each mean with a dot too.
  function uplotSvg(chart, drawing) {
    var u = chart.plot;
    var ratio = window.devicePixelRatio || 1;
    // the plotting area, under the title: no transforms, so simple SVG renderers draw it right too
    var box = {left: u.bbox.left / ratio, top: TITLE_HEIGHT + u.bbox.top / ratio, width: u.bbox.width / ratio,
      height: u.bbox.height / ratio};
    var shown = drawing.lines.filter(function (line) { return u.series[line.index].show; });
    var legend = legendLayout(shown.map(function (line) { return line.style; }), u.width);
    var height = TITLE_HEIGHT + u.height + legend.height;
    var root = svgRoot(u.width, height);
    var clip = "clip-" + chart.id;
    svg("rect", {x: box.left, y: box.top, width: box.width, height: box.height},
      svg("clipPath", {id: clip}, svg("defs", {}, root)));
    text(drawing.title, {x: box.left, y: 18, "font-size": 14, "font-weight": 600, fill: "#1f2328"}, root);
    function x(v) { return box.left + u.valToPos(v, "x"); }
    function y(v) { return box.top + u.valToPos(v, "y"); }
    var yTicks = drawing.logY ? logTicks(u.scales.y.min, u.scales.y.max)
        : niceTicks(u.scales.y.min, u.scales.y.max, 6);
    drawing.xTicks.forEach(function (v) {
      svg("line", {x1: x(v), x2: x(v), y1: box.top, y2: box.top + box.height, stroke: "#eaeef2"}, root);
      text(drawing.xTickLabel(v), {x: x(v), y: box.top + box.height + 16, "text-anchor": "middle",
        fill: "#59636e"}, root);
    });
    yTicks.forEach(function (v) {
      svg("line", {x1: box.left, x2: box.left + box.width, y1: y(v), y2: y(v), stroke: "#eaeef2"}, root);
      text(tickLabel(v), {x: box.left - 6, y: y(v) + 4, "text-anchor": "end", fill: "#59636e"}, root);
    });
    text(drawing.xLabel, {x: box.left + box.width / 2, y: box.top + box.height + 36, "text-anchor": "middle",
      fill: "#1f2328"}, root);
    text(drawing.yLabel, {x: 0, y: 0, "text-anchor": "middle", fill: "#1f2328",
      transform: "translate(14," + (box.top + box.height / 2) + ") rotate(-90)"}, root);
    var lines = svg("g", {"clip-path": "url(#" + clip + ")", fill: "none"}, root);
    shown.forEach(function (line) {
      var style = line.style;
      var mean = u.data[line.index];
      var high = u.data[line.index + 1];
      var low = u.data[line.index + 2];
      var upper = [];
      var lower = [];
      var path = "";
      var pen = "M";
      drawing.xs.forEach(function (at, p) {
        if (high[p] != null && low[p] != null) {
          upper.push(x(at).toFixed(2) + "," + y(high[p]).toFixed(2));
          lower.unshift(x(at).toFixed(2) + "," + y(low[p]).toFixed(2));
        }
        // a missing point is passed over when the chart spans gaps, else it breaks the line
        if (mean[p] != null) {
          path += pen + x(at).toFixed(2) + "," + y(mean[p]).toFixed(2);
          pen = "L";
        } else if (!drawing.spanGaps) {
          pen = "M";
        }
      });
      if (upper.length > 1) {
        svg("polygon", {points: upper.concat(lower).join(" "), fill: style.colour, "fill-opacity": 0.16,
          stroke: "none"}, lines);
      }
      var stroke = svg("path", {d: path, stroke: style.colour, "stroke-width": 2}, lines);
      if (style.dash.length) {
        stroke.setAttribute("stroke-dasharray", style.dash.join(" "));
      }
      if (drawing.points) {
        drawing.xs.forEach(function (at, p) {
          if (mean[p] != null) {
            svg("circle", {cx: x(at).toFixed(2), cy: y(mean[p]).toFixed(2), r: 3.5, fill: style.colour}, lines);
          }
        });
      }
    });
    svg("rect", {x: box.left, y: box.top, width: box.width, height: box.height, fill: "none",
      stroke: "#d1d9e0"}, root);
    svgLegend(legend, TITLE_HEIGHT + u.height, root);
    return {source: new XMLSerializer().serializeToString(root), width: u.width, height: height};
  }

  // A uPlot chart's own canvas as PNG, with the title above and the legend of the lines shown below.
  function uplotPng(chart, title, shownLines, done) {
    var u = chart.plot;
    var ratio = window.devicePixelRatio || 1;
    var legend = legendLayout(shownLines, u.width);
    var canvas = document.createElement("canvas");
    canvas.width = Math.round(u.width * ratio);
    canvas.height = Math.round((TITLE_HEIGHT + u.height + legend.height) * ratio);
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(u.ctx.canvas, 0, Math.round(TITLE_HEIGHT * ratio));
    ctx.scale(ratio, ratio);
    ctx.fillStyle = "#1f2328";
    ctx.font = "600 14px " + FONT_FAMILY;
    ctx.fillText(title, u.bbox.left / ratio, 18);
    canvasLegend(legend, TITLE_HEIGHT + u.height, ctx);
    done(canvas.toDataURL("image/png"));
  }

  // A chart of means with 95% bands over the steps (cumulative regret or reward), one series per agent.
  function bandChart(id, measureKey, title) {
    var element = document.getElementById(id + "-chart");
    var tools = element.previousElementSibling;
    var state = {view: "cumulative", logX: false, logY: false, hidden: {}};
    var chart = {id: id, element: element, state: state, plot: null, agentAt: {}};
    charts[id] = chart;
    if (data.steps.length === 0) {
      tools.hidden = true;
      empty(element, "No successful trial: nothing to draw.");
      return chart;
    }

    function yLabel() {
      return state.view === "average" ? measureKey + " per step (cumulative ÷ step)" : "cumulative " + measureKey;
    }

    function values(kind, a) {
      var raw = data[measureKey][kind][a];
      if (state.view !== "average") {
        return raw;
      }
      return raw.map(function (v, i) { return v == null ? null : v / data.steps[i]; });
    }

    function build() {
      if (chart.plot) {
        chart.plot.destroy();
      }
      var series = [{label: "step", value: function (u, v) { return v == null ? "–" : v.toLocaleString("en-US"); }}];
      var columns = [data.steps];
      var bands = [];
      chart.agentAt = {};
      data.order.forEach(function (a) {
        var agent = data.agents[a];
        var shown = !state.hidden[a];
        var first = columns.length;
        chart.agentAt[first] = a;
        // spanGaps: with several conditions, an agent has no point at the steps only another condition recorded
        series.push({label: agent.label, stroke: agent.colour, width: 2, dash: agent.dash, show: shown,
          spanGaps: true, value: function (u, v) { return number(v); }});
        columns.push(values("mean", a));
        series.push({label: agent.label + " high", stroke: "transparent", class: "band-edge", points: {show: false},
          show: shown});
        columns.push(values("high", a));
        series.push({label: agent.label + " low", stroke: "transparent", class: "band-edge", points: {show: false},
          show: shown});
        columns.push(values("low", a));
        bands.push({series: [first + 1, first + 2], fill: translucent(agent.colour, 0.16)});
      });
      // a log scale leaves out values at or below 0 when ranging, and draws them at its bottom
      var options = {
        width: width(element),
        height: HEIGHT,
        scales: {
          x: state.logX ? {time: false, distr: 3, range: function (u, min, max) { return [min, max]; }}
              : {time: false},
          y: state.logY ? {distr: 3, range: function (u, min, max) { return [min / 1.25, max * 1.25]; }} : {}
        },
        series: series,
        bands: bands,
        axes: [{label: "step"}, {label: yLabel(), size: 80}],
        legend: {live: true, markers: {dash: function (u, i) { return borderStyle(u.series[i].dash); }}},
        hooks: {setSeries: [bandsFollowLegend(state, function (i) { return chart.agentAt[i]; })]}
      };
      chart.plot = new uPlot(options, columns, element);
    }

    document.getElementById(id + "-log-x").addEventListener("change", function (event) {
      state.logX = event.target.checked;
      build();
    });
    document.getElementById(id + "-log-y").addEventListener("change", function (event) {
      state.logY = event.target.checked;
      build();
    });
    ["cumulative", "average"].forEach(function (view) {
      document.getElementById(id + "-view-" + view).addEventListener("change", function (event) {
        if (event.target.checked) {
          state.view = view;
          build();
        }
      });
    });

    chart.title = function () {
      return data.name + ": " + (state.view === "average" ? "average " + measureKey + " per step" : title);
    };
    chart.fileSuffix = function () {
      return id + (state.view === "average" ? "-per-step" : "") + (state.logX || state.logY ? "-log" : "");
    };
    chart.shownAgents = function () {
      return data.order.filter(function (a) { return !state.hidden[a]; });
    };
    chart.resize = function () {
      chart.plot.setSize({width: width(element), height: HEIGHT});
    };

    // The chart as drawn (view, axes, agents shown), rebuilt as SVG from its data.
    chart.svg = function () {
      var u = chart.plot;
      return uplotSvg(chart, {title: chart.title(), xLabel: "step", yLabel: yLabel(), xs: data.steps,
        xTicks: state.logX ? logTicks(u.scales.x.min, u.scales.x.max) : niceTicks(u.scales.x.min, u.scales.x.max, 8),
        xTickLabel: tickLabel, logY: state.logY, spanGaps: true, points: false,
        lines: Object.keys(chart.agentAt).map(function (key) {
          return {index: Number(key), style: data.agents[chart.agentAt[key]]};
        })});
    };

    chart.png = function (done) {
      uplotPng(chart, chart.title(), chart.shownAgents().map(function (a) { return data.agents[a]; }), done);
    };

    build();
    return chart;
  }

  // A strip plot with a box per agent, in the ranking's order.
  function spreadChart() {
    var element = document.getElementById("spread-chart");
    var tools = element.previousElementSibling;
    var chart = {id: "spread", element: element};
    charts.spread = chart;
    var rows = data.order.map(function (a) {
      var values = data.finalRegrets[a].slice().sort(function (x, y) { return x - y; });
      var mean = values.reduce(function (s, v) { return s + v; }, 0) / values.length;
      return {agent: data.agents[a], values: values, mean: mean};
    }).filter(function (row) { return row.values.length > 0; });
    if (rows.length === 0) {
      tools.hidden = true;
      empty(element, "No successful trial: nothing to draw.");
      return chart;
    }
    var all = [].concat.apply([], rows.map(function (row) { return row.values; }));
    var low = Math.min.apply(null, all);
    var high = Math.max.apply(null, all);
    var pad = (high - low) * 0.05 || Math.abs(high) * 0.05 || 1;
    low -= pad;
    high += pad;
    var labelWidth = 190;
    var rowHeight = 44;
    var total = width(element);
    var plotWidth = total - labelWidth - 20;
    var height = rows.length * rowHeight + 34;
    var root = svgRoot(total, height);
    root.setAttribute("class", "spread");
    function x(value) { return labelWidth + (value - low) / (high - low) * plotWidth; }
    niceTicks(low, high, 6).forEach(function (value) {
      svg("line", {x1: x(value), x2: x(value), y1: 0, y2: rows.length * rowHeight, stroke: "#eaeef2"}, root);
      text(tickLabel(value), {x: x(value), y: rows.length * rowHeight + 16, "text-anchor": "middle",
        fill: "#59636e", "font-size": 11}, root);
    });
    text("final cumulative regret", {x: labelWidth + plotWidth / 2, y: height - 2, "text-anchor": "middle",
      fill: "#59636e", "font-size": 11}, root);
    rows.forEach(function (row, r) {
      var middle = r * rowHeight + rowHeight / 2;
      var label = row.agent.label.length > 22 ? row.agent.label.slice(0, 21) + "…" : row.agent.label;
      var name = text((row.agent.rank ? row.agent.rank + "  " : "") + label,
        {x: labelWidth - 10, y: middle + 4, "text-anchor": "end", fill: "#1f2328"}, root);
      svg("title", {}, name).textContent = row.agent.label;
      var q1 = quantile(row.values, 0.25);
      var q3 = quantile(row.values, 0.75);
      var box = svg("rect", {x: x(q1), y: middle - 12, width: Math.max(1, x(q3) - x(q1)), height: 24,
        fill: row.agent.colour, "fill-opacity": 0.15, stroke: row.agent.colour}, root);
      if (row.agent.dash.length) {
        box.setAttribute("stroke-dasharray", row.agent.dash.join(" "));
      }
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
    element.appendChild(root);
    chart.fileSuffix = function () { return "final-regret"; };
    chart.svg = function () {
      return {source: new XMLSerializer().serializeToString(root), width: total, height: height};
    };
    chart.png = function (done) {
      var drawing = chart.svg();
      rasterise(drawing.source, drawing.width, drawing.height, done);
    };
    return chart;
  }

  // Final regret against one swept value: a line per series, a dot per value at the mean over episodes, the band
  // its 95% interval. Numbers go on a numeric axis (a log one to begin with when they span a factor of 10), other
  // values evenly in the sweep's order; the swept values mark the axis unless they are too many to read.
  function sweepChart(sweep) {
    var element = document.getElementById(sweep.id + "-chart");
    var tools = element.previousElementSibling;
    var categories = sweep.scale === "category";
    var state = {logX: sweep.scale === "log", logY: false, hidden: {}};
    var chart = {id: sweep.id, element: element, state: state, plot: null, lineAt: {}};
    charts[sweep.id] = chart;
    if (!sweep.drawn) {
      tools.hidden = true;
      empty(element, "Nothing to draw: see below.");
      return chart;
    }
    var Y_LABEL = "final cumulative regret";
    var markValues = categories || sweep.x.length <= 12;

    function xLabel(v) {
      var i = sweep.x.indexOf(v);
      return i >= 0 ? sweep.values[i] : tickLabel(v);
    }

    function xTicks(u) {
      return markValues ? sweep.x : state.logX ? logTicks(u.scales.x.min, u.scales.x.max)
          : niceTicks(u.scales.x.min, u.scales.x.max, 8);
    }

    // room around the first and last value, so their dots are not cut in half
    function xRange(u, min, max) {
      if (categories) {
        return [-0.5, sweep.x.length - 0.5];
      }
      if (state.logX) {
        var factor = Math.pow(max / min, 0.06);
        return [min / factor, max * factor];
      }
      var pad = (max - min) * 0.06;
      return [min - pad, max + pad];
    }

    function build() {
      if (chart.plot) {
        chart.plot.destroy();
      }
      var series = [{label: sweep.axis, value: function (u, v) { return v == null ? "–" : xLabel(v); }}];
      var columns = [sweep.x];
      var bands = [];
      chart.lineAt = {};
      sweep.series.forEach(function (line, l) {
        var first = series.length;
        var shown = !state.hidden[l];
        chart.lineAt[first] = l;
        series.push({label: line.label, stroke: line.colour, width: 2, dash: line.dash, show: shown,
          points: {show: true, size: 7, fill: line.colour}, value: function (u, v) { return number(v); }});
        columns.push(line.mean);
        series.push({label: line.label + " high", stroke: "transparent", class: "band-edge", points: {show: false},
          show: shown});
        columns.push(line.high);
        series.push({label: line.label + " low", stroke: "transparent", class: "band-edge", points: {show: false},
          show: shown});
        columns.push(line.low);
        bands.push({series: [first + 1, first + 2], fill: translucent(line.colour, 0.16)});
      });
      var xAxis = {label: sweep.axis};
      if (markValues) {
        // every swept value labelled: uPlot's own filter would drop those off a log axis's 1-2-5 steps
        xAxis.splits = function (u) { return xTicks(u); };
        xAxis.filter = function (u, splits) { return splits; };
        xAxis.values = function (u, splits) { return splits.map(xLabel); };
      }
      var options = {
        width: width(element),
        height: HEIGHT,
        scales: {
          x: state.logX ? {time: false, distr: 3, range: xRange} : {time: false, range: xRange},
          y: state.logY ? {distr: 3, range: function (u, min, max) { return [min / 1.25, max * 1.25]; }} : {}
        },
        series: series,
        bands: bands,
        axes: [xAxis, {label: Y_LABEL, size: 80}],
        legend: {live: true, markers: {dash: function (u, i) { return borderStyle(u.series[i].dash); }}},
        hooks: {setSeries: [bandsFollowLegend(state, function (i) { return chart.lineAt[i]; })]}
      };
      chart.plot = new uPlot(options, columns, element);
    }

    var logX = document.getElementById(sweep.id + "-log-x");
    if (logX) {
      logX.addEventListener("change", function (event) {
        state.logX = event.target.checked;
        build();
      });
    }
    document.getElementById(sweep.id + "-log-y").addEventListener("change", function (event) {
      state.logY = event.target.checked;
      build();
    });

    chart.title = function () {
      return data.name + ": " + sweep.title;
    };
    chart.fileSuffix = function () {
      return sweep.file;
    };
    chart.shownLines = function () {
      return sweep.series.filter(function (line, l) { return !state.hidden[l]; });
    };
    chart.resize = function () {
      chart.plot.setSize({width: width(element), height: HEIGHT});
    };
    chart.svg = function () {
      return uplotSvg(chart, {title: chart.title(), xLabel: sweep.axis, yLabel: Y_LABEL, xs: sweep.x,
        xTicks: xTicks(chart.plot), xTickLabel: xLabel, logY: state.logY, spanGaps: false, points: true,
        lines: Object.keys(chart.lineAt).map(function (key) {
          return {index: Number(key), style: sweep.series[chart.lineAt[key]]};
        })});
    };
    chart.png = function (done) {
      uplotPng(chart, chart.title(), chart.shownLines(), done);
    };

    build();
    return chart;
  }

  bandChart("regret", "regret", "cumulative regret");
  bandChart("reward", "reward", "cumulative reward");
  spreadChart();
  data.sweeps.forEach(sweepChart);

  Array.prototype.forEach.call(document.querySelectorAll("button[data-format]"), function (button) {
    button.addEventListener("click", function () {
      var chart = charts[button.dataset.chart];
      if (button.dataset.format === "svg") {
        save(fileName(chart, "svg"), svgUrl(chart.svg().source));
      } else {
        chart.png(function (url) { save(fileName(chart, "png"), url); });
      }
    });
  });

  window.addEventListener("resize", function () {
    Object.keys(charts).forEach(function (id) {
      if (charts[id].plot) {
        charts[id].resize();
      }
    });
  });
  window.encoreReport = {charts: charts};
  if (document.body.dataset.rendered !== "error") {
    document.body.dataset.rendered = "ok";
  }
  // for screenshots of the whole page (scripts/screenshot-report.sh)
  document.body.dataset.height = String(document.documentElement.scrollHeight);
})();
