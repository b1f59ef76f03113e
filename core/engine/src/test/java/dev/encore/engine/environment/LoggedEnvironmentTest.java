package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.ListeningLogReader;
import dev.encore.engine.data.LogFixtures;
import dev.encore.engine.data.LogGenerator;
import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.engine.run.RegretTrace;
import dev.encore.engine.run.Trial;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.testing.TestAgents;
import com.sun.management.ThreadMXBean;
import dev.encore.spi.Candidates;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * logged.csv: listeners 10, 20, 30 (0, 1, 2) and songs 100..103 (0..3). Strengths by (listener, song):
 * 0: {0: 6, 1: -3 + 2 = -1 (two rows), 2: 1, 3: 3}; 1: {0: -1, 3: 3}; 2: {2: 0}.
 */
class LoggedEnvironmentTest {

    private static final double[][] LOGGED = {{0, 0, 6}, {0, 1, -1}, {0, 2, 1}, {0, 3, 3}, {1, 0, -1}, {1, 3, 3},
        {2, 2, 0}};

    private static LoggedEnvironment fixture(int noise) {
        return new LoggedEnvironment(LoggedCatalog.of(LogFixtures.read("logged.csv"), noise, RandomAlgorithms.NUMPY));
    }

    @Test
    void candidatesAreTheListenersLoggedSongsInAscendingOrder() {
        LoggedEnvironment environment = fixture(2);
        environment.reset(1);
        Map<Integer, List<Integer>> seen = new HashMap<>();
        do {
            Candidates candidates = environment.candidates();
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                items.add(candidates.item(i));
            }
            assertThat(items).isSorted();
            seen.putIfAbsent(candidates.user(), items);
            environment.step(new int[] {candidates.size() - 1}, 1, new double[1]);
        } while (environment.advance());
        assertThat(seen).containsEntry(0, List.of(0, 1, 2, 3)).containsEntry(1, List.of(0, 3))
                .containsEntry(2, List.of(2));
    }

    @Test
    void rewardsAreMappedStrengthsAndTheBestSlateIsTheTopOfTheRemainingSongs() {
        Map<Integer, Map<Integer, Double>> remaining = new HashMap<>();
        for (double[] pair : LOGGED) {
            remaining.computeIfAbsent((int) pair[0], u -> new LinkedHashMap<>()).put((int) pair[1], pair[2]);
        }
        LoggedEnvironment environment = fixture(0);
        environment.reset(3);
        double[] rewards = new double[2];
        int steps = 0;
        do {
            Candidates candidates = environment.candidates();
            Map<Integer, Double> songs = remaining.get(candidates.user());
            assertThat(candidates.size()).isEqualTo(songs.size());
            List<Double> sorted = new ArrayList<>(songs.values());
            sorted.sort(Comparator.reverseOrder());
            int size = Math.min(2, candidates.size());
            double expectedBest = size == 1 ? sorted.get(0) : sorted.get(0) + sorted.get(1);
            // recommend the last candidates: not the best ones in general
            int[] slate = {candidates.size() - 1, candidates.size() - size};
            int[] items = {candidates.item(slate[0]), candidates.item(slate[1])};
            double best = environment.step(slate, size, rewards);
            assertThat(best).isEqualTo(expectedBest);
            assertThat(environment.optimalReturn()).isEqualTo(sorted.get(0));
            for (int p = 0; p < size; p++) {
                assertThat(rewards[p]).isEqualTo(songs.remove(items[p]));
            }
            assertThat(best - rewards[0] - (size == 2 ? rewards[1] : 0)).isGreaterThanOrEqualTo(0.0);
            steps++;
        } while (environment.advance());
        assertThat(remaining.values()).allMatch(Map::isEmpty);
        assertThat(steps).isEqualTo(4).isEqualTo(environment.stepsToExhaust(2));
        assertThat(environment.stepsToExhaust(1)).isEqualTo(7);
        assertThat(environment.stepsToExhaust(3)).isEqualTo(4);
    }

    @Test
    void featuresAreStandardizedSongColumnsTheListenersProfileAndNoise() {
        LoggedEnvironment environment = fixture(2);
        assertThat(environment.featureDimension()).isEqualTo(10);
        double[] duration = standardized(200, 300, 100, 400);
        double[] loudness = standardized(-10, -20, -30, -40);
        double[] tempo = standardized(100, 120, 140, 160);
        double[] key = standardized(0, 2, 4, 6);
        double[][] songs = new double[4][];
        for (int s = 0; s < 4; s++) {
            songs[s] = new double[] {duration[s], loudness[s], tempo[s], key[s]};
        }
        // the plain mean over the listener's logged songs: listener 1 logged songs 0 and 3
        double[][] profiles = {mean(songs, 0, 1, 2, 3), mean(songs, 0, 3), mean(songs, 2)};
        environment.reset(5);
        do {
            Candidates candidates = environment.candidates();
            for (int i = 0; i < candidates.size(); i++) {
                for (int c = 0; c < 4; c++) {
                    assertThat(candidates.feature(i, c)).isCloseTo(songs[candidates.item(i)][c], within(1e-12));
                    assertThat(candidates.feature(i, 4 + c))
                            .isCloseTo(profiles[candidates.user()][c], within(1e-12));
                }
                assertThat(candidates.feature(i, 8)).isIn(0.2, 0.4, 0.6, 0.8, 1.0);
                assertThat(candidates.feature(i, 9)).isIn(0.2, 0.4, 0.6, 0.8, 1.0);
            }
            environment.step(new int[] {0}, 1, new double[1]);
        } while (environment.advance());
    }

    @Test
    void theMappingChangesRewardsButNeverFeaturesOrListeners() {
        ListeningLog seed = LogFixtures.read("logged.csv");
        Map<String, Double> inverted = new LinkedHashMap<>();
        StrengthMapping.SEED_EVENTS.strengths().forEach((event, strength) -> inverted.put(event, -strength));
        ListeningLog other = ListeningLogReader.read(LogFixtures.path("logged.csv"),
                new StrengthMapping(inverted, StrengthMapping.UnknownEvents.ERROR));
        LoggedEnvironment a = new LoggedEnvironment(LoggedCatalog.of(seed, 2, RandomAlgorithms.NUMPY));
        LoggedEnvironment b = new LoggedEnvironment(LoggedCatalog.of(other, 2, RandomAlgorithms.NUMPY));
        a.reset(9);
        b.reset(9);
        double[] rewardA = new double[1];
        double[] rewardB = new double[1];
        do {
            assertThat(b.candidates().user()).isEqualTo(a.candidates().user());
            int n = a.candidates().size() * a.featureDimension();
            assertThat(Arrays.copyOf(b.candidates().features(), n))
                    .containsExactly(Arrays.copyOf(a.candidates().features(), n));
            a.step(new int[] {0}, 1, rewardA);
            b.step(new int[] {0}, 1, rewardB);
            assertThat(rewardB[0]).isEqualTo(-rewardA[0]);
            assertThat(b.advance()).isEqualTo(a.advance());
        } while (a.candidates().size() > 0);
    }

    @Test
    void playsFullEpisodesWithAnyAgentAndRegretNeverDecreases(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        new LogGenerator(30, 80, 600, 9, 4).write(file);
        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        EnvironmentBlueprint blueprint = LoggedType.blueprint(log, 2, RandomAlgorithms.NUMPY);
        for (var agent : List.of(TestAgents.firstCandidates(), TestAgents.uniform(1, blueprint.items()))) {
            Environment environment = blueprint.create();
            long steps = environment.stepsToExhaust(3);
            RegretTrace trace = new Trial(environment, agent, 3).run(7, EpisodeLength.ALL, Math.toIntExact(steps));
            assertThat(trace.totalSteps()).isEqualTo(steps);
            assertThat(trace.cumulativeRegret(0)).isGreaterThanOrEqualTo(0.0);
            for (int i = 1; i < trace.size(); i++) {
                assertThat(trace.cumulativeRegret(i)).isGreaterThanOrEqualTo(trace.cumulativeRegret(i - 1));
            }
            double total = 0;
            for (int row = 0; row < log.rows(); row++) {
                total += log.strength(row);
            }
            // every logged song is recommended once: the rewards add up to the log's strengths
            assertThat(trace.finalReward()).isCloseTo(total, within(1e-9));
        }
    }

    @Test
    void theSameSeedReplaysTheSameListenersAndNoise() {
        LoggedEnvironment a = fixture(2);
        LoggedEnvironment b = fixture(2);
        a.reset(11);
        b.reset(11);
        do {
            assertThat(b.candidates().user()).isEqualTo(a.candidates().user());
            assertThat(b.candidates().feature(0, 8)).isEqualTo(a.candidates().feature(0, 8));
            a.step(new int[] {0}, 1, new double[1]);
            b.step(new int[] {0}, 1, new double[1]);
        } while (a.advance() & b.advance());
    }

    @Test
    void stepsAllocateNothing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        new LogGenerator(200, 500, 20_000, 9, 4).write(file);
        Environment environment = LoggedType.blueprint(
                ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS), 2, RandomAlgorithms.NUMPY).create();
        int[] slate = {0, 1, 2};
        double[] rewards = new double[3];
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        environment.reset(1);
        play(environment, slate, rewards, 2_000);
        long before = threads.getThreadAllocatedBytes(thread);
        play(environment, slate, rewards, 2_000);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(allocated).isZero();
    }

    private static void play(Environment environment, int[] slate, double[] rewards, int steps) {
        for (int s = 0; s < steps; s++) {
            int size = Math.min(3, environment.candidates().size());
            environment.step(slate, size, rewards);
            environment.advance();
        }
    }

    private static double[] standardized(double... values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        return Arrays.stream(values).map(v -> (v - mean) / Math.sqrt(variance)).toArray();
    }

    private static double[] mean(double[][] songs, int... logged) {
        double[] mean = new double[4];
        for (int s : logged) {
            for (int c = 0; c < 4; c++) {
                mean[c] += songs[s][c] / logged.length;
            }
        }
        return mean;
    }
}
