package dev.encore.engine.report;

import dev.encore.engine.report.Ranking.Standing;
import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The data the page's script draws, as maps and arrays for {@link Json}: every agent (every agent variant in every
 * condition, with sweeps) with its label, style and rank; the recorded steps (of every condition); per agent, the
 * mean and 95% band of cumulative regret and reward at each step; its final regrets; the ranking's order; and the
 * {@link SweepCharts}, empty without sweeps.
 */
final class ChartData {

    private ChartData() {
    }

    static Map<String, Object> of(RunReport report, Ranking ranking, SweepCharts sweeps) {
        List<Map<String, Object>> agents = new ArrayList<>();
        long[] steps = steps(report);
        Map<String, Object> regret = band();
        Map<String, Object> reward = band();
        List<double[]> finalRegrets = new ArrayList<>();
        for (AgentRow row : report.rows()) {
            int a = row.index();
            List<TrialResult> results = row.results();
            AgentCurve curve = AgentCurve.of(results, steps);
            add(regret, curve.regret());
            add(reward, curve.reward());
            finalRegrets.add(results.stream().filter(TrialResult::isOk).mapToDouble(TrialResult::finalRegret)
                    .toArray());
            SeriesStyle style = SeriesStyle.of(a);
            Standing standing = ranking.of(a);
            Map<String, Object> agent = new LinkedHashMap<>();
            agent.put("label", row.title());
            agent.put("agent", row.agentName());
            agent.put("colour", style.colour());
            agent.put("dash", style.dash());
            agent.put("rank", ranking.rankText(standing));
            agents.add(agent);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", report.experiment().name());
        data.put("agents", agents);
        data.put("order", ranking.standings().stream().map(Standing::agentIndex).toList());
        data.put("steps", steps);
        data.put("regret", regret);
        data.put("reward", reward);
        data.put("finalRegrets", finalRegrets);
        data.put("sweeps", sweeps.charts().stream().map(ChartData::sweep).toList());
        return data;
    }

    /** A chart of final regret against a swept value: its values, where they go, and a line per series. */
    private static Map<String, Object> sweep(SweepChart chart) {
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("id", chart.id());
        sweep.put("title", chart.title());
        sweep.put("axis", chart.axis());
        sweep.put("scale", chart.scale().name().toLowerCase(Locale.ROOT));
        sweep.put("values", chart.values());
        sweep.put("x", chart.positions());
        sweep.put("file", chart.fileSuffix());
        sweep.put("drawn", chart.drawn());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SweepChart.Series series : chart.series()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", series.label());
            line.put("colour", series.style().colour());
            line.put("dash", series.style().dash());
            line.put("mean", series.points().stream().mapToDouble(Estimate::mean).toArray());
            line.put("low", series.points().stream().mapToDouble(Estimate::low).toArray());
            line.put("high", series.points().stream().mapToDouble(Estimate::high).toArray());
            lines.add(line);
        }
        sweep.put("series", lines);
        return sweep;
    }

    /**
     * The recorded steps of every successful trial, ascending: the trials of one condition share theirs, but
     * conditions with catalogs of different sizes may end their episodes at different steps. None when no trial
     * succeeded.
     */
    private static long[] steps(RunReport report) {
        return report.results().stream().filter(TrialResult::isOk).map(TrialResult::curve)
                .flatMapToLong(curve -> IntStream.range(0, curve.size()).mapToLong(curve::step))
                .distinct().sorted().toArray();
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
}
