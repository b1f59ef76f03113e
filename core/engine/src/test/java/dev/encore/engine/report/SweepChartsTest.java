package dev.encore.engine.report;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.engine.report.SweepChart.Scale;
import dev.encore.engine.report.SweepChart.Series;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The data of the charts of final regret against swept values, from made-up runs whose final regrets are known: which
 * charts there are, their values and order, their lines, and each point's mean and 95% interval; a sweep of one
 * value; failed trials.
 */
class SweepChartsTest {

    @Test
    void aSweptParameterIsChartedAgainstItsValuesInAscendingOrderWithTheSummarysEstimate() {
        // rate written out of order: 1.0, 0.1, 0.3 are rows 1, 2, 3 (row 0 is random, not swept)
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("rates", 7, 3, 100, 2, List.of(
                agent("random", TestAgents.random()),
                agent("learner", TestAgents.learner(), Map.of("rate", List.of(1.0, 0.1, 0.3))))),
                (row, episode) -> 100.0 * row + 10 * episode * row);

        SweepCharts sweeps = SweepCharts.of(report);

        assertThat(sweeps.notes()).isEmpty();
        assertThat(sweeps.charts()).singleElement().satisfies(chart -> {
            assertThat(chart.id()).isEqualTo("sweep-0");
            assertThat(chart.title()).isEqualTo("learner: final regret by rate");
            assertThat(chart.axis()).isEqualTo("rate");
            assertThat(chart.fileSuffix()).isEqualTo("final-regret-by-learner-rate");
            // 0.1 to 1.0 spans a factor of 10
            assertThat(chart.scale()).isEqualTo(Scale.LOG);
            assertThat(chart.startsOnLog()).isTrue();
            assertThat(chart.values()).containsExactly("0.1", "0.3", "1.0");
            assertThat(chart.positions()).containsExactly(0.1, 0.3, 1.0);
            assertThat(chart.episodes()).containsExactly(0, 1, 2);
            assertThat(chart.leftOut()).isEmpty();
            assertThat(chart.notes()).isEmpty();
            assertThat(chart.series()).singleElement().satisfies(line -> {
                assertThat(line.label()).isEqualTo("learner");
                // rate 0.1 is row 2: 200, 220, 240
                Estimate first = line.points().get(0);
                assertThat(first.count()).isEqualTo(3);
                assertThat(first.mean()).isEqualTo(220.0);
                double t = new TDistribution(2).inverseCumulativeProbability(0.975);
                assertThat(first.halfWidth()).isCloseTo(t * 20 / Math.sqrt(3), within(1e-9));
                assertThat(line.points()).extracting(Estimate::mean).containsExactly(220.0, 330.0, 110.0);
                // each point is its row's figure in summary.csv
                List<AgentSummary> summaries = AgentSummary.of(report);
                assertThat(line.points()).containsExactly(summaries.get(2).finalRegret(),
                        summaries.get(3).finalRegret(), summaries.get(1).finalRegret());
            });
        });
    }

    @Test
    void withTheEnvironmentSweptEachConditionIsALineAndEachSettingAChartWithALinePerAgent() {
        // 4 conditions (items slowest) x 3 agents: row = 3 * condition + agent
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("grid", 7, 2, 100, 2,
                Map.of("users", 50L, "items", List.of(40L, 80L), "random", List.of("numpy", "L64X128MixRandom")),
                List.of(agent("random", TestAgents.random()),
                        agent("learner", TestAgents.learner(), Map.of("rate", List.of(0.1, 0.3))))),
                (row, episode) -> 100.0 * row + episode);

        List<SweepChart> charts = SweepCharts.of(report).charts();

        assertThat(charts).extracting(SweepChart::title).containsExactly("learner: final regret by rate",
                "environment: final regret by items", "environment: final regret by random");
        assertThat(charts).extracting(SweepChart::id).containsExactly("sweep-0", "sweep-1", "sweep-2");

        SweepChart rate = charts.get(0);
        assertThat(rate.scale()).isEqualTo(Scale.LINEAR);
        assertThat(rate.values()).containsExactly("0.1", "0.3");
        assertThat(rate.series()).extracting(Series::label).containsExactly("items=40 random=numpy",
                "items=40 random=L64X128MixRandom", "items=80 random=numpy", "items=80 random=L64X128MixRandom");
        // items=80 random=numpy is condition 2: rate 0.1 and 0.3 are rows 7 and 8
        assertThat(rate.series().get(2).points()).extracting(Estimate::mean).containsExactly(700.5, 800.5);

        SweepChart items = charts.get(1);
        assertThat(items.scale()).isEqualTo(Scale.LINEAR);
        assertThat(items.positions()).containsExactly(40.0, 80.0);
        assertThat(items.fileSuffix()).isEqualTo("final-regret-by-items");
        assertThat(items.series()).extracting(Series::label).containsExactly("random (random=numpy)",
                "learner rate=0.1 (random=numpy)", "learner rate=0.3 (random=numpy)",
                "random (random=L64X128MixRandom)", "learner rate=0.1 (random=L64X128MixRandom)",
                "learner rate=0.3 (random=L64X128MixRandom)");
        // learner rate=0.3 with numpy: conditions 0 and 2, rows 2 and 8
        assertThat(items.series().get(2).points()).extracting(Estimate::mean).containsExactly(200.5, 800.5);

        // text is placed in the sweep's order, not sorted, and never on a log axis
        SweepChart random = charts.get(2);
        assertThat(random.scale()).isEqualTo(Scale.CATEGORY);
        assertThat(random.logPossible()).isFalse();
        assertThat(random.values()).containsExactly("numpy", "L64X128MixRandom");
        assertThat(random.positions()).containsExactly(0.0, 1.0);
        assertThat(random.series()).extracting(Series::label).startsWith("random (items=40)",
                "learner rate=0.1 (items=40)");
        assertThat(random.series().get(0).points()).extracting(Estimate::mean).containsExactly(0.5, 300.5);
        // every line keeps one style across the charts' redraws: the series' place
        assertThat(random.series()).extracting(Series::style).startsWith(SeriesStyle.of(0), SeriesStyle.of(1));
    }

    @Test
    void aValueSweptOverOneValueGetsANoteInsteadOfAChart() {
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("single", 7, 2, 100, 2,
                Map.of("users", 50L, "items", List.of(80L)),
                List.of(agent("learner", TestAgents.learner(),
                        Map.of("rate", List.of(0.3), "epsilon", List.of(0.0, 0.1))))),
                (row, episode) -> 10.0 * row + episode);

        SweepCharts sweeps = SweepCharts.of(report);

        assertThat(sweeps.notes()).containsExactly("learner: rate is swept over one value (0.3): no chart.",
                "environment: items is swept over one value (80): no chart.");
        assertThat(sweeps.charts()).singleElement().satisfies(chart -> {
            assertThat(chart.title()).isEqualTo("learner: final regret by epsilon");
            // a value of 0 cannot go on a log axis, so the axis starts linear and offers none
            assertThat(chart.scale()).isEqualTo(Scale.LINEAR);
            assertThat(chart.logPossible()).isFalse();
            // rate has one value, so it does not split the line: one line, the entry's
            assertThat(chart.series()).singleElement().extracting(Series::label).isEqualTo("learner");
            assertThat(chart.series().get(0).points()).extracting(Estimate::mean).containsExactly(0.5, 10.5);
        });
    }

    @Test
    void withoutSweepsThereIsNothing() {
        RunReport report = SyntheticRuns.run("plain", List.of("a", "b"), List.of(
                List.of(10.0, 20.0), List.of(30.0, 40.0)));

        assertThat(SweepCharts.of(report).isEmpty()).isTrue();
    }

    @Test
    void failedTrialsLeaveEveryPointOnTheEpisodesInWhichEveryPointSucceeded() {
        // rows: 0 random (fails in episode 3, not on the chart), 1 rate=0.1, 2 rate=0.3 (never succeeds),
        // 3 rate=1.0 (fails in episode 1)
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("flaky", 7, 4, 100, 2, List.of(
                agent("random", TestAgents.random()),
                agent("learner", TestAgents.learner(), Map.of("rate", List.of(0.1, 0.3, 1.0))))),
                (row, episode) -> row == 2 || row == 3 && episode == 1 || row == 0 && episode == 3 ? "boom"
                        : 100.0 * row + 10 * episode);

        SweepChart chart = SweepCharts.of(report).charts().get(0);

        assertThat(chart.drawn()).isTrue();
        assertThat(chart.episodes()).containsExactly(0, 2, 3);
        assertThat(chart.leftOut()).containsExactly("learner rate=0.3");
        List<Estimate> points = chart.series().get(0).points();
        // rate 0.1 succeeded in every episode, yet its point is over episodes 0, 2, 3 alone, as 1.0's is
        assertThat(points.get(0)).isEqualTo(Statistics.tInterval(new double[] {100, 120, 130}));
        assertThat(points.get(0).mean()).isNotEqualTo(AgentSummary.of(report).get(1).finalRegret().mean());
        assertThat(points.get(1).count()).isZero();
        assertThat(points.get(1).mean()).isNaN();
        assertThat(points.get(2)).isEqualTo(Statistics.tInterval(new double[] {300, 320, 330}));
        assertThat(chart.notes()).containsExactly("Left out, without a successful episode: learner rate=0.3.",
                "Every point is over the 3 of 4 episodes in which every point succeeded (episodes 0, 2, 3), so that "
                        + "the points compare the same listeners; a point is never drawn from the episodes its agent "
                        + "happened to survive.");
    }

    @Test
    void withoutAnEpisodeEveryPointFinishedNothingIsDrawnAndTheNoteSaysWhy() {
        // rate 0.1 fails in episode 0, rate 1.0 in episode 1
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("disjoint", 7, 2, 100, 2, List.of(
                agent("learner", TestAgents.learner(), Map.of("rate", List.of(0.1, 1.0))))),
                (row, episode) -> row == episode ? "boom" : 10.0 + row + episode);

        SweepChart chart = SweepCharts.of(report).charts().get(0);

        assertThat(chart.drawn()).isFalse();
        assertThat(chart.episodes()).isEmpty();
        assertThat(chart.series().get(0).points()).allSatisfy(point -> assertThat(point.count()).isZero());
        assertThat(chart.notes()).containsExactly("Nothing is drawn: no episode was finished by every agent here "
                + "that finished one, so no two points could be over the same episodes.");
    }

    @Test
    void oneEpisodeGivesPointsWithoutABand() {
        RunReport report = SyntheticRuns.run(TestExperiments.experiment("once", 7, 1, 100, 2, List.of(
                agent("learner", TestAgents.learner(), Map.of("rate", List.of(0.1, 0.5))))),
                (row, episode) -> 10.0 * (row + 1));

        SweepChart chart = SweepCharts.of(report).charts().get(0);

        assertThat(chart.series().get(0).points()).extracting(Estimate::mean).containsExactly(10.0, 20.0);
        assertThat(chart.series().get(0).points()).allSatisfy(point -> assertThat(point.halfWidth()).isNaN());
        assertThat(chart.notes()).containsExactly("One episode gives no confidence interval: the points have no "
                + "band.");
    }
}
