package dev.encore.engine.run;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.multibindings.Multibinder;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.UserError;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.spec.AgentSpec;
import dev.encore.engine.spec.EnvironmentSpec;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentSpec;
import dev.encore.engine.spec.RewardsSpec;
import dev.encore.engine.testing.Csv;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep run end to end: two catalog sizes (conditions) and learners swept over their rate. The learners never
 * explore (epsilon 0), so each plays deterministically: its numbers depend on the listeners it meets and its rate.
 */
class SweepRunTest {

    private static final List<String> CSVS = List.of(ReportFiles.SUMMARY_CSV, ReportFiles.EPISODES_CSV,
            ReportFiles.CURVES_CSV, ReportFiles.SPEC_YAML);

    private final AtomicReference<RunReport> reported = new AtomicReference<>();
    private final ExperimentRunner runner = Guice.createInjector(new EncoreModule(), binder ->
            Multibinder.newSetBinder(binder, ReportWriter.class).addBinding()
                    .toInstance((report, folder) -> reported.set(report)))
            .getInstance(ExperimentRunner.class);

    @TempDir
    Path temp;

    /** 2 conditions x 6 agents x 3 episodes = 36 trials. */
    private static Experiment sweep(String name) {
        return TestExperiments.experiment(name, 2020, 3, 200, 10, Map.of("users", 40L, "items", List.of(60L, 90L)),
                List.of(agent("random", TestAgents.random()),
                        agent("fast", TestAgents.learner(), Map.of("rate", List.of(0.01, 0.05), "epsilon", 0.0)),
                        agent("slow", TestAgents.learner(), Map.of("rate", List.of(0.05, 0.2), "epsilon", 0.0)),
                        agent("steady", TestAgents.learner(), Map.of("epsilon", 0.0))));
    }

    private RunOutcome run(Experiment experiment, Path folder, int threads) {
        return runner.run(experiment, new RunOptions(folder, threads, false), ProgressListener.NONE);
    }

    @Test
    void everyVariantOfEveryAgentMeetsTheSameListenersAndEachHasTheSeedOfItsLabel() throws IOException {
        RunOutcome outcome = run(sweep("crn"), temp.resolve("crn"), 2);
        assertThat(outcome.trials()).isEqualTo(36);
        List<Map<String, String>> episodes = Csv.read(temp.resolve("crn").resolve(ReportFiles.EPISODES_CSV));
        assertThat(episodes).hasSize(36);
        for (Map<String, String> trial : episodes) {
            int episode = Integer.parseInt(trial.get("episode"));
            assertThat(trial.get("environment_seed")).isEqualTo(Long.toString(2020 + episode));
            assertThat(trial.get("agent_seed"))
                    .isEqualTo(Long.toString(Seeds.agentSeed(2020, trial.get("label"), episode)));
        }
        for (String items : List.of("60", "90")) {
            for (int episode = 0; episode < 3; episode++) {
                Map<String, String> fast = find(episodes, "fast rate=0.05", items, episode);
                Map<String, String> slow = find(episodes, "slow rate=0.05", items, episode);
                assertThat(fast.get("agent_seed")).isNotEqualTo(slow.get("agent_seed"));
                assertThat(fast.get("final_regret")).as("the same rate on the same listeners")
                        .isEqualTo(slow.get("final_regret"));
                assertThat(find(episodes, "fast rate=0.01", items, episode).get("final_regret"))
                        .isNotEqualTo(fast.get("final_regret"));
            }
        }
        assertThat(find(episodes, "fast rate=0.05", "60", 0).get("final_regret"))
                .isNotEqualTo(find(episodes, "fast rate=0.05", "90", 0).get("final_regret"));
    }

    @Test
    void everyCsvGainsAColumnPerSweptSettingAndParameterAfterTheAgentsName() throws IOException {
        Path folder = temp.resolve("columns");
        run(sweep("columns"), folder, 2);

        assertThat(Csv.header(folder.resolve(ReportFiles.SUMMARY_CSV))).containsExactly("label", "agent",
                "environment.items", "agent.rate", "episodes", "failed", "mean_final_regret", "final_regret_ci95",
                "mean_final_reward", "mean_steps", "rank", "ranked_episodes", "diff_to_best", "diff_to_best_ci95",
                "tied_with_best");
        assertThat(Csv.header(folder.resolve(ReportFiles.EPISODES_CSV))).startsWith("label", "agent",
                "environment.items", "agent.rate", "episode", "environment_seed");
        assertThat(Csv.header(folder.resolve(ReportFiles.CURVES_CSV))).containsExactly("label", "environment.items",
                "agent.rate", "episode", "step", "cumulative_regret", "cumulative_reward");
        assertThat(Csv.header(folder.resolve(ReportFiles.TIMINGS_CSV))).startsWith("label", "environment.items",
                "agent.rate", "episode", "status");
        assertThat(Csv.read(folder.resolve(ReportFiles.SUMMARY_CSV)))
                .extracting(row -> row.get("label") + " | " + row.get("environment.items") + " | "
                        + row.get("agent.rate"))
                .containsExactly(
                        "random | 60 | ", "fast rate=0.01 | 60 | 0.01", "fast rate=0.05 | 60 | 0.05",
                        "slow rate=0.05 | 60 | 0.05", "slow rate=0.2 | 60 | 0.2", "steady | 60 | 0.02",
                        "random | 90 | ", "fast rate=0.01 | 90 | 0.01", "fast rate=0.05 | 90 | 0.05",
                        "slow rate=0.05 | 90 | 0.05", "slow rate=0.2 | 90 | 0.2", "steady | 90 | 0.02");
        assertThat(Csv.read(folder.resolve(ReportFiles.CURVES_CSV))).hasSize(36 * 10)
                .allSatisfy(point -> assertThat(point.get("environment.items")).isIn("60", "90"));
    }

    @Test
    void agentsAreRankedWithinTheirConditionWhereTheirEpisodesArePaired() throws IOException {
        Path folder = temp.resolve("ranks");
        run(sweep("ranks"), folder, 2);
        List<Map<String, String>> summary = Csv.read(folder.resolve(ReportFiles.SUMMARY_CSV));
        for (String items : List.of("60", "90")) {
            List<Map<String, String>> condition = summary.stream()
                    .filter(row -> row.get("environment.items").equals(items)).toList();
            assertThat(condition).hasSize(6);
            assertThat(condition).extracting(row -> row.get("rank")).contains("1");
            assertThat(condition).extracting(row -> Double.parseDouble(row.get("diff_to_best")))
                    .contains(0.0).allSatisfy(difference -> assertThat(difference).isNotNegative());
        }
    }

    @Test
    void theReportWritersGetEachRowsBaseLabelParametersAndCondition() {
        run(sweep("rows"), temp.resolve("rows"), 2);
        List<AgentRow> rows = reported.get().rows();

        assertThat(rows).hasSize(12);
        AgentRow row = rows.get(8);
        assertThat(row.index()).isEqualTo(8);
        assertThat(row.label()).isEqualTo("fast rate=0.05");
        assertThat(row.baseLabel()).isEqualTo("fast");
        assertThat(row.agentName()).isEqualTo("learner");
        assertThat(row.parameters()).containsExactly(Map.entry("rate", 0.05));
        assertThat(row.condition()).containsExactly(Map.entry("items", 90L));
        assertThat(row.title()).isEqualTo("fast rate=0.05 (items=90)");
        assertThat(row.results()).extracting(TrialResult::plan).allSatisfy(plan -> {
            assertThat(plan.label()).isEqualTo("fast rate=0.05");
            assertThat(plan.condition()).isEqualTo(1);
        });
        assertThat(rows.get(5).parameters()).isEmpty();
        assertThat(rows.get(5).baseLabel()).isEqualTo("steady");
    }

    @Test
    void oneAndFourThreadsWriteTheSameFilesForASweep() throws IOException {
        Experiment experiment = sweep("threads");
        run(experiment, temp.resolve("one"), 1);
        run(experiment, temp.resolve("four"), 4);
        assertSameFiles(temp.resolve("one"), temp.resolve("four"));
    }

    @Test
    void aSweepStoppedHalfwayAndResumedWritesWhatARunNeverStoppedWrites() throws IOException {
        Experiment experiment = sweep("resume");
        run(experiment, temp.resolve("whole"), 2);

        Path folder = temp.resolve("stopped");
        ProgressListener stopAfterTwenty = progress -> {
            if (progress.trialsDone() >= 20) {
                throw new CancellationException("stopped");
            }
        };
        assertThatThrownBy(() -> runner.run(experiment, new RunOptions(folder, 2, false), stopAfterTwenty))
                .isInstanceOf(CancellationException.class);
        long saved = savedTrials(folder);
        assertThat(saved).isBetween(20L, 35L);

        RunOutcome outcome = run(experiment, folder, 3);
        assertThat(outcome.resumed()).isEqualTo((int) saved);
        assertSameFiles(temp.resolve("whole"), folder);
    }

    @Test
    void aDamagedTrialFileOfASweepIsPlayedAgainWithAWarningAndAChangedSweepIsRefused() throws IOException {
        Experiment experiment = sweep("damaged");
        Path folder = temp.resolve("damaged");
        run(experiment, folder, 2);
        Path whole = temp.resolve("whole");
        run(experiment, whole, 2);
        Path trial = folder.resolve("trials").resolve("c01-002-fast_rate_0.05-e0001.trial");
        byte[] bytes = Files.readAllBytes(trial);
        bytes[bytes.length / 2] ^= 1;
        Files.write(trial, bytes);

        List<String> told = new ArrayList<>();
        RunOutcome outcome = runner.run(experiment, new RunOptions(folder, 2, false), new ProgressListener() {
            @Override
            public void progressed(RunProgress progress) {
            }

            @Override
            public void warned(String warning) {
                told.add(warning);
            }
        });
        assertThat(outcome.resumed()).isEqualTo(35);
        assertThat(told).containsExactly(trial + " is damaged (its checksum does not match: cut short or changed on"
                + " disk): the trial is played again");
        assertSameFiles(whole, folder);

        Experiment moreRates = TestExperiments.experiment("damaged", 2020, 3, 200, 10,
                Map.of("users", 40L, "items", List.of(60L, 90L)),
                List.of(agent("random", TestAgents.random()),
                        agent("fast", TestAgents.learner(), Map.of("rate", List.of(0.01, 0.05, 0.1), "epsilon", 0.0)),
                        agent("slow", TestAgents.learner(), Map.of("rate", List.of(0.05, 0.2), "epsilon", 0.0)),
                        agent("steady", TestAgents.learner(), Map.of("epsilon", 0.0))));
        assertThatThrownBy(() -> run(moreRates, folder, 2))
                .isInstanceOf(UserError.class)
                .hasMessage(folder + " holds trials made from other inputs: the spec's agents changed. Use --fresh to"
                        + " delete them and start over, or --out to write elsewhere");
    }

    @Test
    void conditionsWhoseEpisodesEndAtDifferentStepsAreReportedEachOnItsOwnSteps() throws IOException {
        Experiment experiment = TestExperiments.experiment("lengths", 5, 2, Long.MAX_VALUE, 20,
                Map.of("users", 5L, "items", List.of(9L, 6L)), List.of(agent("first", TestAgents.first())));
        Path folder = temp.resolve("lengths");
        run(experiment, folder, 2);

        List<Map<String, String>> episodes = Csv.read(folder.resolve(ReportFiles.EPISODES_CSV));
        assertThat(episodes).extracting(row -> row.get("environment.items") + " " + row.get("steps"))
                .containsExactly("9 15", "9 15", "6 10", "6 10");
        assertThat(folder.resolve(ReportFiles.REPORT_HTML)).content().contains("first (items=6)", "first (items=9)");
    }

    private static Map<String, String> find(List<Map<String, String>> episodes, String label, String items,
                                            int episode) {
        return episodes.stream().filter(row -> row.get("label").equals(label)
                && row.get("environment.items").equals(items) && row.get("episode").equals(Integer.toString(episode)))
                .findFirst().orElseThrow();
    }

    @Test
    void theWarningsOfEveryConditionsEnvironmentAreToldOnceEachAndReported() throws IOException {
        String log = """
                user_id,item_id,listening_time_in_scale_0-5,title,duration,event_type
                1,10,2,A,100,Like
                2,11,2,B,120,%s
                """;
        Files.writeString(temp.resolve("skipped.csv"), log.formatted("Skipped"));
        Files.writeString(temp.resolve("shared.csv"), log.formatted("Shared"));
        // two logs, each replayed with two noise levels: four conditions, two distinct warnings
        ExperimentSpec spec = new ExperimentSpec("warned", 2020, 1, EpisodeLength.ALL, 1,
                new EnvironmentSpec("logged", Map.of("log", List.of("skipped.csv", "shared.csv"),
                        "noise", List.of(0L, 1L))),
                new RewardsSpec(Map.of("Like", 1.0), "zero"),
                List.of(new AgentSpec(TestAgents.first().name(), "first", Map.of())), List.of(), 10);
        Experiment experiment = TestExperiments.resolver(List.of(TestAgents.loaded(TestAgents.first())))
                .resolve(spec, temp.resolve("warned.yaml"));
        assertThat(experiment.conditions()).hasSize(4);
        List<String> expected = List.of(
                temp.resolve("skipped.csv") + ": events not in the rewards mapping count as 0: 'Skipped' (1 time)",
                temp.resolve("shared.csv") + ": events not in the rewards mapping count as 0: 'Shared' (1 time)");
        assertThat(experiment.warnings()).isEqualTo(expected);

        List<String> told = new ArrayList<>();
        runner.run(experiment, new RunOptions(temp.resolve("out"), 1, false), new ProgressListener() {
            @Override
            public void progressed(RunProgress progress) {
            }

            @Override
            public void warned(String warning) {
                told.add(warning);
            }
        });
        assertThat(told).isEqualTo(expected);
        assertThat(reported.get().warnings()).isEqualTo(expected);
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String file : CSVS) {
            assertThat(Files.mismatch(actual.resolve(file), expected.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    private static long savedTrials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(ReportFiles.TRIALS))) {
            return files.filter(file -> file.getFileName().toString().matches("c0[01]-.*\\.trial")).count();
        }
    }
}
