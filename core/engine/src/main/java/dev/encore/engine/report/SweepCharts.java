package dev.encore.engine.report;

import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.RunReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The charts of final regret against the swept values of a run (see {@link SweepChart}): first one per swept
 * parameter of each agent entry, with a line per environment condition (and per value of the entry's other swept
 * parameters); then one per swept environment setting, with a line per agent variant (and per value of the other
 * swept settings). A value swept over a single value gets a note instead of a chart: one point per line says nothing
 * the ranking does not. Without sweeps there is nothing.
 *
 * @param charts the charts, in the order above
 * @param notes the swept values without a chart, and why
 */
record SweepCharts(List<SweepChart> charts, List<String> notes) {

    SweepCharts {
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    static SweepCharts of(RunReport report) {
        List<AgentRow> rows = report.rows();
        int episodes = report.experiment().episodes();
        boolean conditions = report.experiment().conditions().size() > 1;
        List<SweepChart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        Map<String, List<AgentRow>> entries = new LinkedHashMap<>();
        rows.forEach(row -> entries.computeIfAbsent(row.baseLabel(), label -> new ArrayList<>()).add(row));
        entries.forEach((entry, variants) -> {
            for (String parameter : variants.get(0).parameters().keySet()) {
                List<Object> values = distinct(variants, row -> row.parameters().get(parameter));
                if (values.size() == 1) {
                    notes.add(entry + ": " + parameter + " is swept over one value (" + values.get(0)
                            + "): no chart.");
                    continue;
                }
                List<String> others = others(variants, AgentRow::parameters, parameter);
                charts.add(SweepChart.of("sweep-" + charts.size(), entry + ": final regret by " + parameter,
                        parameter, fileSuffix(entry, parameter), variants,
                        row -> row.parameters().get(parameter),
                        row -> {
                            // a single line is the entry's
                            String line = lineOf(describe(row.parameters(), others),
                                    conditions ? row.environment().label() : "");
                            return line.isEmpty() ? entry : line;
                        }, episodes));
            }
        });

        for (String setting : report.experiment().grid().sweptSettings()) {
            List<Object> values = distinct(rows, row -> row.condition().get(setting));
            if (values.size() == 1) {
                notes.add("environment: " + setting + " is swept over one value (" + values.get(0) + "): no chart.");
                continue;
            }
            List<String> others = others(rows, AgentRow::condition, setting);
            charts.add(SweepChart.of("sweep-" + charts.size(), "environment: final regret by " + setting, setting,
                    fileSuffix(setting), rows, row -> row.condition().get(setting),
                    row -> lineOf(row.label(), describe(row.condition(), others)), episodes));
        }
        return new SweepCharts(charts, notes);
    }

    boolean isEmpty() {
        return charts.isEmpty() && notes.isEmpty();
    }

    private static List<Object> distinct(List<AgentRow> rows, Function<AgentRow, Object> value) {
        return rows.stream().map(value).distinct().toList();
    }

    /** The swept names besides {@code name} that take more than one value among {@code rows}: they split lines. */
    private static List<String> others(List<AgentRow> rows, Function<AgentRow, Map<String, Object>> swept,
                                       String name) {
        return swept.apply(rows.get(0)).keySet().stream().filter(other -> !other.equals(name))
                .filter(other -> distinct(rows, row -> swept.apply(row).get(other)).size() > 1).toList();
    }

    /** {@code lambda=2.0 gamma=3}: the values of {@code names}, as labels write them. */
    private static String describe(Map<String, Object> values, List<String> names) {
        return String.join(" ", names.stream().map(name -> name + "=" + values.get(name)).toList());
    }

    /**
     * A line's label from what tells it from the other lines, written as the report writes an agent in a condition
     * ({@code lambda=2.0 (items=500)}): the second part in brackets after the first, either alone when the other is
     * empty.
     */
    private static String lineOf(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        return first + " (" + second + ")";
    }

    /**
     * {@code final-regret-by-linucb-alpha}: safe in a file's name, each part's runs of anything but letters, digits,
     * dots, dashes and underscores made a dash, and none at its ends.
     */
    private static String fileSuffix(String... parts) {
        return "final-regret-by-" + String.join("-", Stream.of(parts)
                .map(part -> part.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", ""))
                .filter(part -> !part.isEmpty()).toList());
    }
}
