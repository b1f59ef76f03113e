package dev.encore.engine.report;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.ProgressListener;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ResolvedSpec;
import dev.encore.engine.testing.Csv;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report files of one run with an honest agent, a learning one, a failing one and a hostile label. */
class ReportsTest {

    static final String HOSTILE = "<script>alert(1)</script>";

    @TempDir
    static Path temp;

    static Path folder;
    static Experiment experiment;

    @BeforeAll
    static void run() {
        experiment = TestExperiments.experiment("reports", 11, 5, 300, 25, List.of(
                agent("random", TestAgents.random()),
                agent(HOSTILE, TestAgents.learner()),
                agent("slate", TestAgents.badSlate(50))));
        folder = temp.resolve("reports");
        Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class)
                .run(experiment, new RunOptions(folder, 2, false), ProgressListener.NONE);
    }

    @Test
    void theCsvsHaveTheirColumnsAndOneRowPerAgentTrialAndPoint() throws IOException {
        assertThat(Csv.header(folder.resolve(ReportFiles.SUMMARY_CSV))).containsExactly(SummaryCsv.HEADER);
        assertThat(Csv.header(folder.resolve(ReportFiles.EPISODES_CSV))).containsExactly(EpisodesCsv.HEADER);
        assertThat(Csv.header(folder.resolve(ReportFiles.CURVES_CSV))).containsExactly(CurvesCsv.HEADER);
        assertThat(Csv.read(folder.resolve(ReportFiles.SUMMARY_CSV))).extracting(row -> row.get("label"))
                .containsExactly("random", HOSTILE, "slate");
        assertThat(Csv.read(folder.resolve(ReportFiles.EPISODES_CSV))).hasSize(15);
        // two agents, five episodes, 25 points each; the failing agent has no curve
        List<Map<String, String>> curves = Csv.read(folder.resolve(ReportFiles.CURVES_CSV));
        assertThat(curves).hasSize(2 * 5 * 25);
        assertThat(curves.get(24)).containsEntry("step", "300").containsEntry("episode", "0");
        assertThat(Files.readString(folder.resolve(ReportFiles.SPEC_YAML))).isEqualTo(ResolvedSpec.yaml(experiment));
    }

    @Test
    void theLastPointOfEveryCurveIsItsTrialsFinalRegretAndReward() throws IOException {
        List<Map<String, String>> curves = Csv.read(folder.resolve(ReportFiles.CURVES_CSV));
        for (Map<String, String> trial : Csv.read(folder.resolve(ReportFiles.EPISODES_CSV))) {
            if (trial.get("status").equals("ok")) {
                Map<String, String> last = curves.stream().filter(point -> point.get("label").equals(
                        trial.get("label")) && point.get("episode").equals(trial.get("episode"))
                        && point.get("step").equals(trial.get("steps"))).findFirst().orElseThrow();
                assertThat(last.get("cumulative_regret")).isEqualTo(trial.get("final_regret"));
                assertThat(last.get("cumulative_reward")).isEqualTo(trial.get("final_reward"));
            }
        }
    }

    @Test
    void theSummaryIsTheAggregateOfTheEpisodes() throws IOException {
        List<Map<String, String>> episodes = Csv.read(folder.resolve(ReportFiles.EPISODES_CSV));
        List<Map<String, String>> summary = Csv.read(folder.resolve(ReportFiles.SUMMARY_CSV));
        for (Map<String, String> agent : summary) {
            List<Map<String, String>> trials = episodes.stream()
                    .filter(row -> row.get("label").equals(agent.get("label"))).toList();
            List<Map<String, String>> ok = trials.stream().filter(row -> row.get("status").equals("ok")).toList();
            assertThat(agent.get("agent")).isEqualTo(trials.get(0).get("agent"));
            assertThat(agent.get("episodes")).isEqualTo(Integer.toString(ok.size()));
            assertThat(agent.get("failed")).isEqualTo(Integer.toString(trials.size() - ok.size()));
            if (ok.isEmpty()) {
                assertThat(agent.get("mean_final_regret")).isEmpty();
                assertThat(agent.get("final_regret_ci95")).isEmpty();
                continue;
            }
            double[] regrets = column(ok, "final_regret");
            double mean = Arrays.stream(regrets).sum() / regrets.length;
            double deviation = Math.sqrt(Arrays.stream(regrets).map(r -> (r - mean) * (r - mean)).sum()
                    / (regrets.length - 1));
            // Student t, 4 degrees of freedom, 0.975
            double halfWidth = 2.7764451051977987 * deviation / Math.sqrt(regrets.length);
            assertThat(number(agent, "mean_final_regret")).isCloseTo(mean, within(1e-9 * mean));
            assertThat(number(agent, "final_regret_ci95")).isCloseTo(halfWidth, within(1e-9 * halfWidth));
            assertThat(number(agent, "mean_final_reward"))
                    .isCloseTo(Arrays.stream(column(ok, "final_reward")).average().orElseThrow(), within(1e-9));
            assertThat(number(agent, "mean_steps")).isEqualTo(300.0);
        }
    }

    @Test
    void theSummaryRanksEachAgentByItsPairedDifferenceToTheBest() throws IOException {
        assertThat(Csv.header(folder.resolve(ReportFiles.SUMMARY_CSV))).containsExactly("label", "agent", "episodes",
                "failed", "mean_final_regret", "final_regret_ci95", "mean_final_reward", "mean_steps", "rank",
                "ranked_episodes", "diff_to_best", "diff_to_best_ci95", "tied_with_best");
        List<Map<String, String>> episodes = Csv.read(folder.resolve(ReportFiles.EPISODES_CSV));
        Map<String, Map<String, String>> summary = Csv.read(folder.resolve(ReportFiles.SUMMARY_CSV)).stream()
                .collect(java.util.stream.Collectors.toMap(row -> row.get("label"), row -> row));
        double[] learner = column(episodes.stream().filter(row -> row.get("label").equals(HOSTILE)).toList(),
                "final_regret");
        double[] random = column(episodes.stream().filter(row -> row.get("label").equals("random")).toList(),
                "final_regret");
        double[] differences = new double[random.length];
        for (int e = 0; e < random.length; e++) {
            differences[e] = random[e] - learner[e];
        }
        double mean = Arrays.stream(differences).average().orElseThrow();
        double deviation = Math.sqrt(Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum()
                / (differences.length - 1));
        double halfWidth = 2.7764451051977987 * deviation / Math.sqrt(differences.length);

        assertThat(summary.get(HOSTILE)).containsEntry("rank", "1").containsEntry("ranked_episodes", "5")
                .containsEntry("diff_to_best", "0.0").containsEntry("diff_to_best_ci95", "0.0")
                .containsEntry("tied_with_best", "");
        assertThat(summary.get("random")).containsEntry("rank", "2").containsEntry("ranked_episodes", "5")
                .containsEntry("tied_with_best", mean - halfWidth <= 0 ? "true" : "false");
        assertThat(number(summary.get("random"), "diff_to_best")).isCloseTo(mean, within(1e-9 * mean));
        assertThat(number(summary.get("random"), "diff_to_best_ci95")).isCloseTo(halfWidth, within(1e-9 * halfWidth));
        // the failing agent has no successful episode: unranked, and not counted against the others' episodes
        assertThat(summary.get("slate")).containsEntry("rank", "").containsEntry("ranked_episodes", "")
                .containsEntry("diff_to_best", "").containsEntry("tied_with_best", "");
    }

    @Test
    void timingsMeasureEveryTrialInTheOrderOfTheEpisodes() throws IOException {
        List<Map<String, String>> episodes = Csv.read(folder.resolve(ReportFiles.EPISODES_CSV));
        List<Map<String, String>> timings = Csv.read(folder.resolve(ReportFiles.TIMINGS_CSV));
        assertThat(Csv.header(folder.resolve(ReportFiles.TIMINGS_CSV))).containsExactly(TimingsCsv.HEADER);
        assertThat(timings).hasSameSizeAs(episodes);
        for (int i = 0; i < timings.size(); i++) {
            Map<String, String> timing = timings.get(i);
            Map<String, String> episode = episodes.get(i);
            for (String key : List.of("label", "episode", "status", "steps")) {
                assertThat(timing.get(key)).as(key).isEqualTo(episode.get(key));
            }
            if (episode.get("status").equals("ok")) {
                double steps = number(timing, "steps");
                double seconds = number(timing, "wall_time_s");
                assertThat(number(timing, "steps_per_second")).isCloseTo(steps / seconds,
                        within(1e-6 * steps / seconds));
                for (String latency : List.of("recommend_p50_ns", "recommend_p99_ns", "learn_p50_ns", "learn_p99_ns",
                        "step_p50_ns", "step_p99_ns")) {
                    assertThat(number(timing, latency)).as(latency).isPositive();
                }
                assertThat(number(timing, "step_p99_ns")).isGreaterThanOrEqualTo(number(timing, "step_p50_ns"));
            }
        }
    }

    @Test
    void aFailedTrialSaysWhyAndHasNoResults() throws IOException {
        Map<String, String> failed = Csv.read(folder.resolve(ReportFiles.EPISODES_CSV)).get(10);
        assertThat(failed).containsEntry("label", "slate").containsEntry("status", "failed")
                .containsEntry("message", "step 50: bad slate: slate position 1 repeats candidate 0")
                .containsEntry("steps", "49").containsEntry("final_regret", "").containsEntry("final_reward", "");
    }

    @Test
    void theHtmlNeedsNoNetwork() throws IOException {
        String html = Files.readString(folder.resolve(ReportFiles.REPORT_HTML));
        assertThat(Pattern.compile("<script[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(Pattern.compile("<link[\\s>]", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(html).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(http");
        // uPlot itself, inlined
        assertThat(html).contains("uPlot").contains(".u-legend");
    }

    @Test
    void theHtmlHoldsOneSeriesPerAgent() throws IOException {
        String html = Files.readString(folder.resolve(ReportFiles.REPORT_HTML));
        String data = html.substring(html.indexOf("<script type=\"application/json\" id=\"report-data\">"));
        data = data.substring(0, data.indexOf("</script>"));
        assertThat(Pattern.compile("\"colour\":").matcher(data).results().count()).isEqualTo(3);
        // the learner beats random by far: rank 1 and 2; the failing agent is unranked, last in the order
        assertThat(data).contains("{\"label\":\"random\",\"agent\":\"random\",\"colour\":\"#4e79a7\",\"dash\":[],"
                + "\"rank\":\"2\"}").contains("\"order\":[1,0,2]");
        // every agent has a mean curve per chart, the failed one all nulls
        assertThat(data).contains("\"mean\":[[").contains(",[null,null,");
    }

    @Test
    void textFromTheSpecIsEscapedEverywhere() throws IOException {
        String html = Files.readString(folder.resolve(ReportFiles.REPORT_HTML));
        assertThat(html).doesNotContain(HOSTILE);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
        // the error handler, the data, uPlot and the charts: nothing else
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(4);
    }

    @Test
    void theHtmlShowsTheRankingByFinalRegretAndTheFailures() throws IOException {
        String html = Files.readString(folder.resolve(ReportFiles.REPORT_HTML));
        List<Map<String, String>> summary = Csv.read(folder.resolve(ReportFiles.SUMMARY_CSV));
        String best = number(summary.get(1), "mean_final_regret") < number(summary.get(0), "mean_final_regret")
                ? "&lt;script&gt;" : "random";
        String worst = best.equals("random") ? "&lt;script&gt;" : "random";
        int table = html.indexOf("<table class=\"ranking\">");
        assertThat(html.indexOf(best, table)).isLessThan(html.indexOf(worst, table));
        assertThat(html.indexOf("slate", table)).isGreaterThan(html.indexOf(worst, table));
        assertThat(html).contains("<h2>Failed trials</h2>")
                .contains("step 50: bad slate: slate position 1 repeats candidate 0");
    }

    @Test
    void theHtmlNamesSeedsVersionsAndPlugins() throws IOException {
        String html = Files.readString(folder.resolve(ReportFiles.REPORT_HTML));
        assertThat(html).contains("<tr><th>experiment seed</th><td>11</td></tr>")
                .contains("<tr><th>environment seeds</th><td>11 to 15")
                .contains("<tr><th>Encore</th><td>" + Provenance.readEncoreVersion() + "</td></tr>")
                .contains("<tr><th>Java</th><td>" + System.getProperty("java.vendor").replace("&", "&amp;"))
                .contains("<tr><th>plugin test</th><td>class path</td></tr>");
        assertThat(Provenance.readEncoreVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    private static double[] column(List<Map<String, String>> rows, String column) {
        return rows.stream().mapToDouble(row -> Double.parseDouble(row.get(column))).toArray();
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
