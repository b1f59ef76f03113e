package dev.encore.engine.run;

import static dev.encore.engine.testing.TestExperiments.agent;
import static dev.encore.engine.testing.TestExperiments.experiment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.HeapSize;
import dev.encore.engine.UserError;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.testing.Csv;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {

    private static final List<String> CSVS = List.of(ReportFiles.SUMMARY_CSV, ReportFiles.EPISODES_CSV,
            ReportFiles.CURVES_CSV);

    private final ExperimentRunner runner = Guice.createInjector(new EncoreModule())
            .getInstance(ExperimentRunner.class);

    @TempDir
    Path temp;

    private RunOutcome run(Experiment experiment, Path folder, int threads) {
        return runner.run(experiment, new RunOptions(folder, threads, false), ProgressListener.NONE);
    }

    @Test
    void writesEveryReportFile() {
        RunOutcome outcome = run(TestExperiments.small("every-file"), temp.resolve("out"), 2);
        assertThat(outcome.folder()).isEqualTo(temp.resolve("out"));
        assertThat(outcome.report()).isEqualTo(temp.resolve("out").resolve("report.html"));
        assertThat(outcome.trials()).isEqualTo(15);
        assertThat(outcome.failed()).isZero();
        assertThat(outcome.resumed()).isZero();
        for (String file : ReportFiles.REPORTS) {
            assertThat(temp.resolve("out").resolve(file)).isNotEmptyFile();
        }
        try (Stream<Path> trials = Files.list(temp.resolve("out").resolve("trials"))) {
            assertThat(trials.map(path -> path.getFileName().toString()).sorted().toList())
                    .hasSize(17)
                    .contains("inputs.txt", "run.lock", "000-random-e0000.trial", "002-learner-e0004.trial");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneAndFourThreadsWriteTheSameCsvs() throws IOException {
        Experiment experiment = TestExperiments.small("threads");
        run(experiment, temp.resolve("one"), 1);
        run(experiment, temp.resolve("four"), 4);
        assertSameResults(temp.resolve("one"), temp.resolve("four"));
        assertThat(temp.resolve("four").resolve(ReportFiles.CURVES_CSV))
                .hasSameBinaryContentAs(temp.resolve("one").resolve(ReportFiles.CURVES_CSV));
        assertThat(temp.resolve("four").resolve(ReportFiles.SPEC_YAML))
                .hasSameBinaryContentAs(temp.resolve("one").resolve(ReportFiles.SPEC_YAML));
    }

    @Test
    void aRunStoppedHalfwayAndResumedWritesWhatARunNeverStoppedWrites() throws IOException {
        Experiment experiment = TestExperiments.small("resume");
        run(experiment, temp.resolve("whole"), 2);

        Path folder = temp.resolve("stopped");
        ProgressListener stopAfterSix = progress -> {
            if (progress.trialsDone() >= 6) {
                throw new CancellationException("stopped");
            }
        };
        assertThatThrownBy(() -> runner.run(experiment, new RunOptions(folder, 2, false), stopAfterSix))
                .isInstanceOf(CancellationException.class);
        assertThat(folder.resolve(ReportFiles.SUMMARY_CSV)).doesNotExist();
        long saved = savedTrials(folder);
        assertThat(saved).isBetween(6L, 14L);

        List<RunProgress> seen = new ArrayList<>();
        RunOutcome outcome = runner.run(experiment, new RunOptions(folder, 2, false), seen::add);
        assertThat(outcome.resumed()).isEqualTo((int) saved);
        assertThat(seen.get(0).trialsDone()).isEqualTo((int) saved);
        assertThat(seen.get(0).trialsResumed()).isEqualTo((int) saved);
        assertSameResults(temp.resolve("whole"), folder);
        assertThat(folder.resolve(ReportFiles.CURVES_CSV))
                .hasSameBinaryContentAs(temp.resolve("whole").resolve(ReportFiles.CURVES_CSV));
    }

    @Test
    void runningAFinishedSpecAgainReusesEveryTrialAndItsMeasurements() throws IOException {
        Experiment experiment = TestExperiments.small("again");
        Path folder = temp.resolve("again");
        run(experiment, folder, 2);
        byte[] episodes = Files.readAllBytes(folder.resolve(ReportFiles.EPISODES_CSV));
        RunOutcome again = run(experiment, folder, 2);
        assertThat(again.resumed()).isEqualTo(15);
        assertThat(folder.resolve(ReportFiles.EPISODES_CSV)).hasBinaryContent(episodes);
    }

    @Test
    void aDamagedTrialFileIsPlayedAgainWithAWarningAndTheReportIsTheSame() throws IOException {
        Experiment experiment = TestExperiments.small("damaged");
        Path folder = temp.resolve("damaged");
        run(experiment, folder, 2);
        byte[] curves = Files.readAllBytes(folder.resolve(ReportFiles.CURVES_CSV));
        Path cut = folder.resolve("trials").resolve("001-first-e0002.trial");
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path flipped = folder.resolve("trials").resolve("002-learner-e0004.trial");
        byte[] bytes = Files.readAllBytes(flipped);
        bytes[bytes.length - 20] ^= 1;
        Files.write(flipped, bytes);

        List<String> warnings = new ArrayList<>();
        RunOutcome again = runner.run(experiment, new RunOptions(folder, 2, false), new ProgressListener() {
            @Override
            public void progressed(RunProgress progress) {
            }

            @Override
            public void warned(String warning) {
                warnings.add(warning);
            }
        });
        assertThat(again.resumed()).isEqualTo(13);
        assertThat(again.failed()).isZero();
        assertThat(warnings).containsExactly(
                cut + " is damaged (its checksum does not match: cut short or changed on disk): the trial is played"
                        + " again",
                flipped + " is damaged (its checksum does not match: cut short or changed on disk): the trial is"
                        + " played again");
        assertThat(folder.resolve(ReportFiles.CURVES_CSV)).hasBinaryContent(curves);
        assertThat(run(experiment, folder, 2).resumed()).as("the files played again are whole").isEqualTo(15);
    }

    @Test
    void anEnvironmentTooLargeForTheHeapIsRefusedBeforeAnyTrial() {
        Experiment huge = TestExperiments.experiment("huge", 2020, 2, EpisodeLength.ALL, 20,
                Map.of("users", 1_000_000L, "items", 1_000_000L), List.of(agent("first", TestAgents.first())));
        Path folder = temp.resolve("huge");
        assertThatThrownBy(() -> run(huge, folder, 2))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("the run needs about ")
                .hasMessageContaining(" GB of memory (2 trials at once, about ")
                .hasMessageContaining("the JVM may use " + HeapSize.human(HeapSize.max())
                        + "; raise it with JAVA_OPTS=-Xmx");
        assertThat(folder).doesNotExist();
    }

    @Test
    void runningOutOfMemoryStopsTheRunWithHowToRaiseItAndKeepsTheFinishedTrials() throws IOException {
        // created once for the check, once for episode 0, then out of memory in episode 1
        Experiment experiment = experiment("hungry", 1, 3, 50, 10, List.of(
                agent("first", TestAgents.first()), agent("hungry", TestAgents.outOfMemoryAt(3))));
        Path folder = temp.resolve("hungry");
        assertThatThrownBy(() -> runner.run(experiment, new RunOptions(folder, 1, false), ProgressListener.NONE))
                .isInstanceOf(UserError.class)
                .hasCauseInstanceOf(OutOfMemoryError.class)
                .hasMessageMatching("trial 'hungry' episode 1 ran out of memory: the JVM may use \\S+ [GM]B; raise it"
                        + " with JAVA_OPTS=-Xmx\\d+g\\. The [23] trials that finished are saved in "
                        + java.util.regex.Pattern.quote(folder.toString())
                        + ": run the same command again to resume");
        assertThat(folder.resolve(ReportFiles.REPORT_HTML)).doesNotExist();
        assertThat(savedTrials(folder)).isBetween(2L, 3L);
        assertThat(folder.resolve("trials").resolve("000-first-e0000.trial")).exists();
        assertThat(folder.resolve("trials").resolve("001-hungry-e0000.trial")).exists();
    }

    @Test
    void refusesTheTrialsOfADifferentSpecUnlessFresh() throws IOException {
        Path folder = temp.resolve("shared");
        run(TestExperiments.small("shared"), folder, 2);
        Experiment other = experiment("shared", 7, 2, 100, 10, List.of(agent("first", TestAgents.first())));

        assertThatThrownBy(() -> run(other, folder, 2))
                .isInstanceOf(UserError.class)
                .hasMessage(folder + " holds trials made from other inputs: seed changed from 2020 to 7; episodes"
                        + " changed from 5 to 2; steps changed from 300 to 100; the spec's agents changed; the spec's"
                        + " report changed. Use --fresh to delete them and start over, or --out to write elsewhere");
        assertThat(savedTrials(folder)).isEqualTo(15);

        RunOutcome fresh = runner.run(other, new RunOptions(folder, 2, true), ProgressListener.NONE);
        assertThat(fresh.resumed()).isZero();
        assertThat(savedTrials(folder)).isEqualTo(2);
        assertThat(Csv.read(folder.resolve(ReportFiles.EPISODES_CSV))).extracting(row -> row.get("label"))
                .containsExactly("first", "first");
    }

    @Test
    void aFaultyAgentFailsOnlyItsOwnTrialsWithTheReason() throws IOException {
        Experiment experiment = experiment("faults", 1, 2, 40, 10, List.of(
                agent("honest", TestAgents.random()),
                agent("recommend", TestAgents.throwsInRecommend(5)),
                agent("learn", TestAgents.throwsInLearn(7)),
                agent("slate", TestAgents.badSlate(3)),
                agent("create", TestAgents.createdOnce())));
        RunOutcome outcome = run(experiment, temp.resolve("faults"), 2);

        assertThat(outcome.failed()).isEqualTo(8);
        List<Map<String, String>> episodes = Csv.read(temp.resolve("faults").resolve(ReportFiles.EPISODES_CSV));
        assertThat(episodes).extracting(row -> row.get("label") + " " + row.get("episode") + " "
                + row.get("status") + " " + row.get("steps") + " " + row.get("message")).containsExactly(
                "honest 0 ok 40 ",
                "honest 1 ok 40 ",
                "recommend 0 failed 4 step 5: recommend threw java.lang.IllegalStateException: no idea what to play",
                "recommend 1 failed 4 step 5: recommend threw java.lang.IllegalStateException: no idea what to play",
                "learn 0 failed 6 step 7: learn threw java.lang.ArithmeticException: reward out of range",
                "learn 1 failed 6 step 7: learn threw java.lang.ArithmeticException: reward out of range",
                "slate 0 failed 2 step 3: bad slate: slate position 1 repeats candidate 0",
                "slate 1 failed 2 step 3: bad slate: slate position 1 repeats candidate 0",
                "create 0 failed 0 create threw java.lang.IllegalStateException: no more agents",
                "create 1 failed 0 create threw java.lang.IllegalStateException: no more agents");
        assertThat(episodes.get(2).get("final_regret")).isEmpty();
        assertThat(Csv.read(temp.resolve("faults").resolve(ReportFiles.CURVES_CSV)))
                .extracting(row -> row.get("label")).containsOnly("honest").hasSize(20);
        assertThat(Csv.read(temp.resolve("faults").resolve(ReportFiles.SUMMARY_CSV)))
                .extracting(row -> row.get("label") + " " + row.get("episodes") + " " + row.get("failed"))
                .containsExactly("honest 2 0", "recommend 0 2", "learn 0 2", "slate 0 2", "create 0 2");
    }

    @Test
    void failedTrialsArePlayedAgainOnResume() {
        Experiment experiment = experiment("replay", 1, 2, 40, 10, List.of(
                agent("honest", TestAgents.first()),
                agent("slate", TestAgents.badSlate(3))));
        Path folder = temp.resolve("replay");
        run(experiment, folder, 1);
        RunOutcome again = run(experiment, folder, 1);
        assertThat(again.resumed()).isEqualTo(2);
        assertThat(again.failed()).isEqualTo(2);
    }

    @Test
    void aTrialThatLoopsForeverIsFailedAtTheTimeLimitAndTheRunGoesOn() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        try {
            Experiment experiment = experiment("loops", 1, 3, 40, 10, List.of(
                    agent("honest", TestAgents.first()),
                    agent("stuck", TestAgents.loops(2, release))));
            RunOptions options = new RunOptions(temp.resolve("loops"), 1, false).withTrialTimeLimit(
                    Duration.ofMillis(700));
            RunOutcome outcome = runner.run(experiment, options, ProgressListener.NONE);

            assertThat(outcome.failed()).isEqualTo(3);
            assertThat(Csv.read(temp.resolve("loops").resolve(ReportFiles.EPISODES_CSV)))
                    .extracting(row -> row.get("label") + " " + row.get("status") + " " + row.get("steps") + " "
                            + row.get("message"))
                    .containsExactly("honest ok 40 ", "honest ok 40 ", "honest ok 40 ",
                            "stuck failed  did not finish within 700 ms",
                            "stuck failed  did not finish within 700 ms",
                            "stuck failed  did not finish within 700 ms");
        } finally {
            release.countDown();
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreatedStopsTheRunBeforeAnyTrial() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        AtomicInteger created = new AtomicInteger();
        Experiment experiment = experiment("blocked", 1, 2, 40, 10,
                List.of(agent("counting", TestAgents.counting(created))));
        assertThat(created).as("created once when resolved").hasValue(1);
        assertThatThrownBy(() -> run(experiment, file.resolve("out"), 2))
                .isInstanceOf(UserError.class)
                .hasMessage(file.resolve("out") + " cannot be created: " + file + " is a file");
        assertThat(created).hasValue(1);
    }

    @Test
    void everyAgentIsCreatedOnceWhenResolvedAndOncePerTrial() {
        AtomicInteger created = new AtomicInteger();
        Experiment experiment = experiment("counted", 1, 3, 40, 10,
                List.of(agent("counting", TestAgents.counting(created))));
        run(experiment, temp.resolve("counted"), 2);
        assertThat(created).hasValue(1 + 3);
    }

    @Test
    void everyAgentPlaysTheSameListenersAndHasItsOwnSeed() throws IOException {
        Experiment experiment = experiment("paired", 2020, 3, 100, 10, List.of(
                agent("a", TestAgents.first()),
                agent("b", TestAgents.first()),
                agent("r", TestAgents.random())));
        run(experiment, temp.resolve("paired"), 2);
        List<Map<String, String>> episodes = Csv.read(temp.resolve("paired").resolve(ReportFiles.EPISODES_CSV));
        for (int e = 0; e < 3; e++) {
            Map<String, String> a = episodes.get(e);
            Map<String, String> b = episodes.get(3 + e);
            assertThat(a.get("environment_seed")).isEqualTo(b.get("environment_seed")).isEqualTo("" + (2020 + e));
            assertThat(a.get("final_regret")).isEqualTo(b.get("final_regret"));
            assertThat(a.get("agent_seed")).isEqualTo("" + Seeds.agentSeed(2020, "a", e));
            assertThat(b.get("agent_seed")).isEqualTo("" + Seeds.agentSeed(2020, "b", e));
        }
    }

    @Test
    void addingAnAgentChangesNoOtherAgentsNumbers() throws IOException {
        run(experiment("alone", 5, 3, 200, 10, List.of(agent("r", TestAgents.random()))), temp.resolve("alone"), 2);
        run(experiment("alone", 5, 3, 200, 10, List.of(agent("first", TestAgents.first()),
                agent("r", TestAgents.random()))), temp.resolve("together"), 2);
        List<Map<String, String>> together = Csv.read(temp.resolve("together").resolve(ReportFiles.CURVES_CSV));
        assertThat(together.subList(30, 60))
                .isEqualTo(Csv.read(temp.resolve("alone").resolve(ReportFiles.CURVES_CSV)));
    }

    @Test
    void tellsTheListenerAfterEveryTrial() {
        List<RunProgress> seen = new ArrayList<>();
        runner.run(TestExperiments.small("progress"), new RunOptions(temp.resolve("progress"), 2, false), seen::add);
        assertThat(seen).hasSize(16);
        assertThat(seen).extracting(RunProgress::trialsDone).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                12, 13, 14, 15);
        assertThat(seen).allSatisfy(progress -> assertThat(progress.trialsTotal()).isEqualTo(15));
        assertThat(seen.get(15).stepsDone()).isEqualTo(15 * 300);
        assertThat(seen.get(15).trialsFailed()).isZero();
    }

    private static void assertSameResults(Path expected, Path actual) throws IOException {
        for (String csv : CSVS) {
            assertThat(Files.mismatch(actual.resolve(csv), expected.resolve(csv))).as(csv).isEqualTo(-1L);
        }
    }

    private static long savedTrials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(ReportFiles.TRIALS))) {
            return files.filter(file -> file.toString().endsWith(".trial")).count();
        }
    }
}
