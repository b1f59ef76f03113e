package dev.encore.engine.report;

import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.TrialResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A chart of final regret against one swept value (an agent entry's parameter, or an environment setting): a line
 * per series, a point per value, each point one row of the report (one agent variant in one condition) with its mean
 * final regret and 95% Student t interval over episodes, the estimate of {@code summary.csv}.
 *
 * <p>Failed trials are treated as the ranking treats them: a point is never drawn from the episodes its row happened
 * to survive. Every point of the chart is over the same episodes, those in which every row of the chart that has a
 * successful episode succeeded; a row without one is left out, and the notes say so. Without failures these are all
 * the episodes, and each point is its row's {@code mean_final_regret} and {@code final_regret_ci95}.
 *
 * @param id the chart's name in the page: its element is {@code id-chart}
 * @param title what it shows, {@code linucb: final regret by alpha}
 * @param axis the swept value's name, {@code alpha}
 * @param scale how the values are placed along the axis
 * @param values the swept values, as labels write them, in the axis's order
 * @param positions where each value is placed: the value itself on a numeric axis, its index among categories
 * @param series the lines, in the report's row order
 * @param episodes the episodes every point is over
 * @param leftOut the rows without a successful episode, by their titles
 * @param notes what a reader must know to read the chart right: which episodes its points are over, which rows
 *     are missing
 * @param fileSuffix names the chart's exported files, after the experiment's name
 */
record SweepChart(String id, String title, String axis, Scale scale, List<String> values, double[] positions,
                  List<Series> series, int[] episodes, List<String> leftOut, List<String> notes, String fileSuffix) {

    /** How swept values are placed along the axis. */
    enum Scale {
        /** numbers, spanning less than a factor of 10 or not all above 0 */
        LINEAR,
        /** numbers above 0 spanning a factor of 10 or more, like alpha from 0.1 to 3 */
        LOG,
        /** anything else (text, choices, flags): evenly, in the sweep's order */
        CATEGORY
    }

    /**
     * One line of the chart.
     *
     * @param label what tells it from the others: the condition, the other swept values, or the agent
     * @param style how it is drawn
     * @param points one per value, in the axis's order; an estimate of no episode where the line has no point
     */
    record Series(String label, SeriesStyle style, List<Estimate> points) {
    }

    /** Values spanning this factor or more go on a log axis. */
    private static final double LOG_SPAN = 10;

    private static final Estimate NO_POINT = Statistics.tInterval(new double[0]);

    /**
     * The chart of {@code rows}, each placed at its {@code value} on the line its {@code series} names.
     *
     * @param rows the report's rows the chart shows, in the report's order; one per value and series
     * @param episodes the episodes of every row
     */
    static SweepChart of(String id, String title, String axis, String fileSuffix, List<AgentRow> rows,
                         Function<AgentRow, Object> value, Function<AgentRow, String> series, int episodes) {
        List<Object> swept = rows.stream().map(value).distinct().toList();
        Scale scale = scale(swept);
        List<Object> values = scale == Scale.CATEGORY ? swept
                : swept.stream().sorted(Comparator.comparingDouble(v -> ((Number) v).doubleValue())).toList();
        double[] positions = IntStream.range(0, values.size()).mapToDouble(i -> scale == Scale.CATEGORY ? i
                : ((Number) values.get(i)).doubleValue()).toArray();

        // as in the ranking: a row without a successful episode has nothing to show and does not count
        List<AgentRow> drawable = rows.stream().filter(SweepChart::succeededOnce).toList();
        int[] shared = drawable.isEmpty() ? new int[0] : IntStream.range(0, episodes)
                .filter(e -> drawable.stream().allMatch(row -> row.results().get(e).isOk())).toArray();

        List<String> labels = rows.stream().map(series).distinct().toList();
        List<Series> lines = new ArrayList<>();
        for (int s = 0; s < labels.size(); s++) {
            List<Estimate> points = new ArrayList<>(Collections.nCopies(values.size(), NO_POINT));
            for (AgentRow row : drawable) {
                if (series.apply(row).equals(labels.get(s)) && shared.length > 0) {
                    points.set(values.indexOf(value.apply(row)), Statistics.tInterval(IntStream.of(shared)
                            .mapToDouble(e -> row.results().get(e).finalRegret()).toArray()));
                }
            }
            lines.add(new Series(labels.get(s), SeriesStyle.of(s), List.copyOf(points)));
        }
        List<String> leftOut = rows.stream().filter(row -> !succeededOnce(row)).map(AgentRow::title).toList();
        return new SweepChart(id, title, axis, scale, values.stream().map(String::valueOf).toList(), positions,
                List.copyOf(lines), shared, leftOut, notes(leftOut, !drawable.isEmpty(), shared, episodes),
                fileSuffix);
    }

    private static boolean succeededOnce(AgentRow row) {
        return row.results().stream().anyMatch(TrialResult::isOk);
    }

    /** Numbers on a numeric axis, a log one when they are above 0 and span a factor of 10; anything else in order. */
    private static Scale scale(List<Object> values) {
        if (!values.stream().allMatch(v -> v instanceof Number)) {
            return Scale.CATEGORY;
        }
        double[] numbers = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        double low = Arrays.stream(numbers).min().orElseThrow();
        double high = Arrays.stream(numbers).max().orElseThrow();
        return low > 0 && high / low >= LOG_SPAN ? Scale.LOG : Scale.LINEAR;
    }

    private static List<String> notes(List<String> leftOut, boolean anyDrawable, int[] shared, int episodes) {
        List<String> notes = new ArrayList<>();
        if (!leftOut.isEmpty()) {
            notes.add("Left out, without a successful episode: " + String.join("; ", leftOut) + ".");
        }
        if (anyDrawable && shared.length == 0) {
            notes.add("Nothing is drawn: no episode was finished by every agent here that finished one, so no two "
                    + "points could be over the same episodes.");
        } else if (shared.length > 0 && shared.length < episodes) {
            notes.add(String.format(Locale.ROOT, "Every point is over the %d of %d episodes in which every point "
                    + "succeeded (%s), so that the points compare the same listeners; a point is never drawn from "
                    + "the episodes its agent happened to survive.", shared.length, episodes,
                    Ranking.episodeList(shared)));
        }
        if (shared.length == 1) {
            notes.add("One episode gives no confidence interval: the points have no band.");
        }
        return List.copyOf(notes);
    }

    /** Whether some line has a point. */
    boolean drawn() {
        return episodes.length > 0;
    }

    /** Whether the values can go on a log axis: numbers, all above 0. */
    boolean logPossible() {
        return scale != Scale.CATEGORY && Arrays.stream(positions).allMatch(position -> position > 0);
    }

    /** Whether they start on one. */
    boolean startsOnLog() {
        return scale == Scale.LOG;
    }
}
