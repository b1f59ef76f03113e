package dev.encore.engine.report;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.run.AtomicFiles;
import dev.encore.engine.run.Curve;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ResolvedSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (uPlot and every style inlined, no network access) with the
 * cumulative regret and reward of every agent (mean and 95% band), the spread of final regrets, a summary table
 * sorted by final regret, failed trials, the resolved spec and provenance. Text from the spec is escaped; the
 * charts' data travels as JSON in a {@code <script type="application/json">} element.
 */
public final class HtmlReport implements ReportWriter {

    private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";

    /** Tableau 10: distinct for people with the common forms of colour blindness. */
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(ReportFiles.REPORT_HTML), render(report));
    }

    /** The page. */
    public String render(RunReport report) {
        Experiment experiment = report.experiment();
        List<AgentSummary> summaries = AgentSummary.of(report);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.escape(experiment.name()));
        slots.put("lead", Html.escape(lead(experiment)));
        slots.put("uplot-css", inlineable(Template.resourceText(HtmlReport.class, UPLOT + "uPlot.min.css"), "style"));
        slots.put("css", Template.resourceText(HtmlReport.class, "report.css"));
        slots.put("summary", summaryRows(summaries));
        slots.put("sample-every", Integer.toString(TrialTimers.SAMPLE_EVERY));
        slots.put("failures", failures(report));
        slots.put("spec", Html.escape(ResolvedSpec.yaml(experiment)));
        slots.put("provenance", provenance(report));
        slots.put("data", Json.write(data(report)));
        slots.put("uplot-js", inlineable(Template.resourceText(HtmlReport.class, UPLOT + "uPlot.iife.min.js"),
                "script"));
        slots.put("js", Template.resourceText(HtmlReport.class, "report.js"));
        return Template.resource("report.html").fill(slots);
    }

    private static String lead(Experiment experiment) {
        return experiment.agents().size() + " agents, " + experiment.episodes() + " episodes of "
                + experiment.steps() + " steps, slate " + experiment.slate() + ", seed " + experiment.seed()
                + ", environment " + experiment.environment().name() + " (" + experiment.environment().type().name()
                + ")";
    }

    /** Library code placed inside an element must not be able to close it early. */
    private static String inlineable(String code, String element) {
        if (code.toLowerCase(Locale.ROOT).contains("</" + element)) {
            throw new IllegalStateException("inlined code holds </" + element + ">");
        }
        return code;
    }

    private static Map<String, Object> data(RunReport report) {
        List<Map<String, Object>> agents = new ArrayList<>();
        long[] steps = steps(report);
        Map<String, Object> regret = band();
        Map<String, Object> reward = band();
        List<double[]> finalRegrets = new ArrayList<>();
        int count = report.experiment().agents().size();
        for (int a = 0; a < count; a++) {
            List<TrialResult> results = report.resultsOf(a);
            AgentCurve curve = AgentCurve.of(results, steps.length);
            add(regret, curve.regret());
            add(reward, curve.reward());
            finalRegrets.add(results.stream().filter(TrialResult::isOk).mapToDouble(TrialResult::finalRegret)
                    .toArray());
            Map<String, Object> agent = new LinkedHashMap<>();
            agent.put("label", report.experiment().agents().get(a).label());
            agent.put("agent", report.experiment().agents().get(a).agent().name());
            agent.put("colour", colour(a));
            agents.add(agent);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agents", agents);
        data.put("steps", steps);
        data.put("regret", regret);
        data.put("reward", reward);
        data.put("finalRegrets", finalRegrets);
        return data;
    }

    /** The recorded steps, which every successful trial shares; none when no trial succeeded. */
    private static long[] steps(RunReport report) {
        Curve curve = report.results().stream().filter(TrialResult::isOk).map(TrialResult::curve).findFirst()
                .orElse(Curve.EMPTY);
        long[] steps = new long[curve.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = curve.step(i);
        }
        return steps;
    }

    private static Map<String, Object> band() {
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("mean", new ArrayList<double[]>());
        band.put("low", new ArrayList<double[]>());
        band.put("high", new ArrayList<double[]>());
        return band;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> band, Estimate[] estimates) {
        double[] mean = new double[estimates.length];
        double[] low = new double[estimates.length];
        double[] high = new double[estimates.length];
        for (int i = 0; i < estimates.length; i++) {
            mean[i] = estimates[i].mean();
            low[i] = estimates[i].low();
            high[i] = estimates[i].high();
        }
        ((List<double[]>) band.get("mean")).add(mean);
        ((List<double[]>) band.get("low")).add(low);
        ((List<double[]>) band.get("high")).add(high);
    }

    static String colour(int agentIndex) {
        return COLOURS[agentIndex % COLOURS.length];
    }

    private static String summaryRows(List<AgentSummary> summaries) {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < summaries.size(); a++) {
            order.add(a);
        }
        // best first; an agent without a successful episode last
        order.sort(Comparator.comparingDouble((Integer a) -> {
            double regret = summaries.get(a).finalRegret().mean();
            return Double.isNaN(regret) ? Double.POSITIVE_INFINITY : regret;
        }));
        StringBuilder rows = new StringBuilder();
        int rank = 0;
        for (int a : order) {
            AgentSummary s = summaries.get(a);
            rows.append("<tr><td class=\"num\">").append(++rank).append("</td>")
                    .append("<td><span class=\"swatch\" style=\"background:").append(colour(a)).append("\"></span>")
                    .append(Html.escape(s.label())).append("</td>")
                    .append("<td>").append(Html.escape(s.agent())).append("</td>")
                    .append(cell(Integer.toString(s.episodes())))
                    .append(cell(s.failed() == 0 ? "0" : "<span class=\"bad\">" + s.failed() + "</span>"))
                    .append(cell(human(s.finalRegret().mean(), 1)
                            + (Double.isNaN(s.finalRegret().halfWidth()) ? ""
                            : " <span class=\"pm\">± " + human(s.finalRegret().halfWidth(), 1) + "</span>")))
                    .append(cell(human(s.meanFinalReward(), 1)))
                    .append(cell(human(s.stepsPerSecond(), 0)))
                    .append(latencyCells(s.recommend())).append(latencyCells(s.learn()))
                    .append(latencyCells(s.step()))
                    .append("</tr>\n");
        }
        return rows.toString();
    }

    private static String cell(String html) {
        return "<td class=\"num\">" + html + "</td>";
    }

    private static String latencyCells(Latency latency) {
        return cell(micros(latency.p50Nanos()) + " / " + micros(latency.p99Nanos()));
    }

    /** Nanoseconds as microseconds, to two significant digits below 10. */
    private static String micros(double nanos) {
        return human(nanos / 1000, nanos < 10_000 ? 2 : 1);
    }

    /** A number for people: grouped thousands, fixed decimals, a dash when missing. */
    static String human(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String failures(RunReport report) {
        List<TrialResult> failed = report.results().stream().filter(result -> !result.isOk()).toList();
        if (failed.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"failures\"><h2>Failed trials</h2>\n"
                + "<p class=\"note\">Left out of every figure above. Running the same spec again plays them again."
                + "</p>\n<table><thead><tr><th>agent</th><th>episode</th><th>why</th></tr></thead><tbody>\n");
        for (TrialResult result : failed) {
            html.append("<tr><td>").append(Html.escape(result.plan().label())).append("</td><td class=\"num\">")
                    .append(result.plan().episode()).append("</td><td class=\"message\">")
                    .append(Html.escape(result.message())).append("</td></tr>\n");
        }
        return html.append("</tbody></table></section>").toString();
    }

    private static String provenance(RunReport report) {
        Experiment experiment = report.experiment();
        Provenance provenance = Provenance.of(experiment);
        long first = experiment.seed();
        long last = experiment.seed() + experiment.episodes() - 1;
        StringBuilder rows = new StringBuilder();
        row(rows, "experiment seed", Long.toString(experiment.seed()));
        row(rows, "environment seeds", (first == last ? Long.toString(first) : first + " to " + last)
                + " (episode e plays seed + e, for every agent); agent seeds are in episodes.csv");
        row(rows, "spec file", experiment.specFile().toString());
        row(rows, "Encore", provenance.encoreVersion());
        row(rows, "Java", provenance.java());
        row(rows, "operating system", provenance.os());
        row(rows, "threads", report.threads() + " of " + provenance.cores() + " cores");
        row(rows, "finished", report.finishedAt().toString() + ", in " + human(report.elapsed().toMillis() / 1e3, 1)
                + " s");
        for (Provenance.PluginJar jar : provenance.jars()) {
            row(rows, "plugin " + jar.plugin(), jar.jar() == null ? "class path" : jar.jar() + "  sha256 "
                    + jar.sha256());
        }
        return rows.toString();
    }

    private static void row(StringBuilder rows, String name, String value) {
        rows.append("<tr><th>").append(Html.escape(name)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>\n");
    }
}
