package dev.encore.engine.report;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.ProgressListener;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.RunOutcome;
import dev.encore.engine.testing.HeadlessChromium;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report in headless Chromium, as a reader would, and checks what the page drew: no script error, both
 * uPlot charts with a legend entry per agent, a dot per successful episode, and no markup smuggled in through a
 * label; then works its controls (legend, log axes, view, export) as a reader would click them. Without Chromium
 * the test is skipped, saying why, unless {@code ENCORE_REQUIRE_BROWSER=1} requires it ({@link HeadlessChromium}
 * decides; {@code .ci/run} installs Chromium and sets the variable).
 */
class ReportInBrowserTest {

    private static final String IMAGE = "<img src=x onerror=\"document.body.dataset.xss='img'\">";
    private static final String SCRIPT = "<script>document.body.dataset.xss='script'</script>";

    @TempDir
    Path temp;

    private String chromium;

    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.forTest().toString();
    }

    @Test
    void theReportDrawsItsChartsWithoutAScriptError() throws Exception {
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("browser", 3, 4, 400, 50, List.of(
                        agent("random", TestAgents.random()),
                        agent(IMAGE, TestAgents.learner()),
                        agent(SCRIPT, TestAgents.first()),
                        agent("slate", TestAgents.badSlate(10)))),
                new RunOptions(temp.resolve("report"), 2, false), ProgressListener.NONE);

        String dom = dumpDom(outcome.report(), temp.resolve("chromium"));

        assertThat(dom).containsPattern("<body data-rendered=\"ok\" data-height=\"\\d+\">")
                .contains("<pre id=\"errors\" hidden=\"\"></pre>");
        assertThat(dom).doesNotContain("data-xss");
        assertThat(count(dom, "<canvas")).as("uPlot canvases").isEqualTo(2);
        // per chart: the step, then each agent; the band edges are hidden rows
        assertThat(count(dom, "<tr class=\"u-series\"")).as("legend entries").isEqualTo(2 * (1 + 4));
        assertThat(count(dom, "<tr class=\"u-series band-edge\"")).isEqualTo(2 * 4 * 2);
        assertThat(count(dom, "<circle")).as("a dot per successful episode").isEqualTo(3 * 4);
    }

    /**
     * Clicked in the page, after its own script: hides every agent but the best from the regret chart's legend, turns
     * both axes to log, switches to the average view, shows one agent again, then saves each chart. Each step waits
     * for uPlot to redraw. Downloads are caught instead of saved; the findings go into {@code <pre id="checks">}.
     */
    private static final String CLICKS = """
            <script>
            (function () {
              var found = {saved: []};
              HTMLAnchorElement.prototype.click = function () {
                found.saved.push({name: this.download, type: this.href.slice(0, this.href.indexOf(","))});
              };
              var regret = window.encoreReport.charts.regret;
              var meanRows = Object.keys(regret.agentAt).map(Number);
              function legendRow(i) { return document.querySelectorAll("#regret-chart .u-legend tr")[i]; }
              function offRows() { return document.querySelectorAll("#regret-chart .u-legend tr.u-off").length; }
              function highest(i) {
                return Math.max.apply(null, regret.plot.data[i + 1].filter(function (v) { return v != null; }));
              }
              var best = meanRows[0];
              var steps = [
                function () {
                  found.yMaxBefore = regret.plot.scales.y.max;
                  meanRows.slice(1).forEach(function (i) { legendRow(i).querySelector("th").click(); });
                },
                function () {
                  var u = regret.plot;
                  found.yMaxAfter = u.scales.y.max;
                  found.bestHigh = highest(best);
                  found.othersHigh = Math.max.apply(null, meanRows.slice(1).map(highest).filter(isFinite));
                  found.offRows = offRows();
                  found.bandsFollow = meanRows.slice(1).every(function (i) {
                    return !u.series[i].show && !u.series[i + 1].show && !u.series[i + 2].show;
                  }) && u.series[best + 1].show && u.series[best + 2].show;
                  document.getElementById("regret-log-y").click();
                  document.getElementById("regret-log-x").click();
                },
                function () {
                  found.distributions = [regret.plot.scales.x.distr, regret.plot.scales.y.distr];
                  found.offRowsAfterLog = offRows();
                  document.getElementById("regret-view-average").click();
                },
                function () {
                  found.yLabel = regret.plot.axes[1].label;
                  found.lastStepAverage = regret.plot.data[best][regret.plot.data[0].length - 1];
                  found.svgLines = (regret.svg().source.match(/<path d=/g) || []).length;
                  legendRow(meanRows[1]).querySelector("th").click();
                },
                function () {
                  found.offRowsAfterShowingOne = offRows();
                  document.querySelector("button[data-chart=regret][data-format=svg]").click();
                  document.querySelector("button[data-chart=regret][data-format=png]").click();
                  document.querySelector("button[data-chart=spread][data-format=svg]").click();
                  document.querySelector("button[data-chart=spread][data-format=png]").click();
                }
              ];
              function next(i) {
                if (i < steps.length) {
                  steps[i]();
                  setTimeout(function () { next(i + 1); }, 100);
                } else {
                  // the spread's PNG is drawn from an image, which loads asynchronously
                  setTimeout(function () {
                    var checks = document.createElement("pre");
                    checks.id = "checks";
                    checks.textContent = JSON.stringify(found);
                    document.body.appendChild(checks);
                  }, 500);
                }
              }
              next(0);
            })();
            </script>
            """;

    @Test
    void theChartsControlsWorkWithoutAScriptError() throws Exception {
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("controls", 3, 4, 400, 50, List.of(
                        agent("random", TestAgents.random()),
                        agent(IMAGE, TestAgents.learner()),
                        agent(SCRIPT, TestAgents.first()),
                        agent("slate", TestAgents.badSlate(10)))),
                new RunOptions(temp.resolve("report"), 2, false), ProgressListener.NONE);
        String html = Files.readString(outcome.report());
        int end = html.lastIndexOf("</body>");
        Path page = Files.writeString(outcome.report().resolveSibling("clicked.html"),
                html.substring(0, end) + CLICKS + html.substring(end));

        String dom = dumpDom(page, temp.resolve("chromium"));

        assertThat(dom).contains("data-rendered=\"ok\"").contains("<pre id=\"errors\" hidden=\"\"></pre>")
                .doesNotContain("data-xss");
        String json = dom.substring(dom.indexOf("<pre id=\"checks\">") + 17, dom.indexOf("</pre>",
                dom.indexOf("<pre id=\"checks\">"))).replace("&quot;", "\"").replace("&amp;", "&");
        // three agents hidden, each a legend row for its mean and two (invisible) for its band edges
        assertThat(number(json, "offRows")).isEqualTo(9);
        assertThat(json).contains("\"bandsFollow\":true");
        // the axis now ranges over the best agent's band alone
        assertThat(number(json, "yMaxAfter")).isLessThan(number(json, "yMaxBefore"))
                .isLessThan(number(json, "othersHigh")).isGreaterThanOrEqualTo(number(json, "bestHigh"));
        assertThat(json).contains("\"distributions\":[3,3]");
        assertThat(number(json, "offRowsAfterLog")).isEqualTo(9);
        assertThat(json).contains("\"yLabel\":\"regret per step (cumulative ÷ step)\"");
        // R_t / t of a learner at step 400: between 0 and the best slate's value
        assertThat(number(json, "lastStepAverage")).isPositive().isLessThan(10);
        assertThat(number(json, "svgLines")).isEqualTo(1);
        assertThat(number(json, "offRowsAfterShowingOne")).isEqualTo(6);
        assertThat(json).contains("{\"name\":\"controls-regret-per-step-log.svg\","
                        + "\"type\":\"data:image/svg+xml;charset=utf-8\"}")
                .contains("{\"name\":\"controls-regret-per-step-log.png\",\"type\":\"data:image/png;base64\"}")
                .contains("{\"name\":\"controls-final-regret.svg\",\"type\":\"data:image/svg+xml;charset=utf-8\"}")
                .contains("{\"name\":\"controls-final-regret.png\",\"type\":\"data:image/png;base64\"}");
    }

    /**
     * Clicked in a sweep's page: reads how each chart of final regret by swept value placed its values, hides a line
     * of the catalog-size chart, turns its axis to log, then saves both charts.
     */
    private static final String SWEEP_CLICKS = """
            <script>
            (function () {
              var found = {saved: []};
              HTMLAnchorElement.prototype.click = function () {
                found.saved.push(this.download);
              };
              var rate = window.encoreReport.charts["sweep-0"];
              var items = window.encoreReport.charts["sweep-1"];
              var steps = [
                function () {
                  found.distributions = [rate.plot.scales.x.distr, items.plot.scales.x.distr];
                  found.rateX = rate.plot.data[0];
                  found.rateSvg = rate.svg().source;
                  found.itemsLines = Object.keys(items.lineAt).length;
                  document.querySelectorAll("#sweep-1-chart .u-legend tr.u-series")[1].querySelector("th").click();
                },
                function () {
                  var u = items.plot;
                  found.hiddenWithBand = !u.series[1].show && !u.series[2].show && !u.series[3].show
                      && u.series[4].show;
                  found.itemsSvgCircles = (items.svg().source.match(/<circle/g) || []).length;
                  document.getElementById("sweep-1-log-x").click();
                },
                function () {
                  found.itemsLogX = items.plot.scales.x.distr;
                  document.querySelector("button[data-chart=sweep-1][data-format=svg]").click();
                  document.querySelector("button[data-chart=sweep-1][data-format=png]").click();
                }
              ];
              function next(i) {
                if (i < steps.length) {
                  steps[i]();
                  setTimeout(function () { next(i + 1); }, 100);
                } else {
                  var checks = document.createElement("pre");
                  checks.id = "checks";
                  checks.textContent = JSON.stringify(found);
                  document.body.appendChild(checks);
                }
              }
              next(0);
            })();
            </script>
            """;

    @Test
    void aSweepDrawsFinalRegretAgainstEachSweptValue() throws Exception {
        // two catalog sizes; the learner's rate from 0.02 to 0.2 spans a factor of 10; the slate agent always fails
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("sweepy", 3, 3, 300, 20, Map.of("users", 50L, "items", List.of(40L, 80L)),
                        List.of(agent("random", TestAgents.random()),
                                agent(IMAGE, TestAgents.learner(), Map.of("rate", List.of(0.02, 0.2))),
                                agent(SCRIPT, TestAgents.badSlate(10)))),
                new RunOptions(temp.resolve("report"), 2, false), ProgressListener.NONE);
        String html = Files.readString(outcome.report());
        int end = html.lastIndexOf("</body>");
        Path page = Files.writeString(outcome.report().resolveSibling("clicked.html"),
                html.substring(0, end) + SWEEP_CLICKS + html.substring(end));

        String dom = dumpDom(page, temp.resolve("chromium"));

        assertThat(dom).contains("data-rendered=\"ok\"").contains("<pre id=\"errors\" hidden=\"\"></pre>")
                .doesNotContain("data-xss");
        // regret and reward, then final regret by rate and by catalog size
        assertThat(count(dom, "<canvas")).as("uPlot canvases").isEqualTo(4);
        // regret and reward: the value, then 2 conditions x 4 agents; by rate: a line per condition; by items: per
        // agent, one of them hidden by the clicks
        assertThat(count(dom, "<tr class=\"u-series u-off\"")).isEqualTo(1);
        assertThat(count(dom, "<tr class=\"u-series\"") + 1).as("legend entries").isEqualTo(2 * (1 + 8) + (1 + 2)
                + (1 + 4));
        assertThat(dom).contains("<p class=\"note sweep-note\">Left out, without a successful episode: ");
        String json = dom.substring(dom.indexOf("<pre id=\"checks\">") + 17, dom.indexOf("</pre>",
                dom.indexOf("<pre id=\"checks\">"))).replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">");
        assertThat(json).contains("\"distributions\":[3,1]").contains("\"rateX\":[0.02,0.2]")
                .contains("\"itemsLines\":4").contains("\"hiddenWithBand\":true").contains("\"itemsLogX\":3");
        // the swept values mark the axis of the saved drawing, and each point is a dot
        assertThat(json).contains(">0.02</text>").contains(">0.2</text>");
        assertThat(number(json, "itemsSvgCircles")).as("3 lines shown x 2 sizes, the failing agent has none")
                .isEqualTo(4);
        assertThat(json).contains("\"saved\":[\"sweepy-final-regret-by-items.svg\",\"sweepy-final-regret-by-items.png\"]");
    }

    @Test
    void aReportWithoutASuccessfulTrialSaysSoWithoutAScriptError() throws Exception {
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("all-failed", 3, 2, 100, 10, List.of(
                        agent("slate", TestAgents.badSlate(10)))),
                new RunOptions(temp.resolve("failed"), 2, false), ProgressListener.NONE);

        String dom = dumpDom(outcome.report(), temp.resolve("chromium"));

        assertThat(dom).contains("data-rendered=\"ok\"").contains("<pre id=\"errors\" hidden=\"\"></pre>");
        assertThat(count(dom, "<canvas")).isZero();
        assertThat(count(dom, "<p class=\"empty\">No successful trial: nothing to draw.</p>")).isEqualTo(3);
    }

    private String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Path log = profile.resolve("chromium.log");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--window-size=1200,900", "--dump-dom",
                page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s");
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its log: " + Files.readString(log)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A number in the page's findings, by its key. */
    private static double number(String json, String key) {
        Matcher value = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        assertThat(value.find()).as(key + " in " + json).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
