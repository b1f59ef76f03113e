package dev.encore.agents.songs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.spi.Candidates;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.NotebookEnvironment;
import dev.encore.testing.TestCandidates;
import dev.encore.testing.Uniformity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Ucb1AgentTest {

    private static Ucb1Agent create(double exploration, int slateSize, int catalogSize, long seed) {
        return (Ucb1Agent) AgentFixture.of(new Ucb1AgentFactory()).parameter("exploration", exploration).seed(seed)
                .slateSize(slateSize).catalogSize(catalogSize).featureDimension(1).create();
    }

    /** Candidates for the given songs, in that order, with one feature of 0 each: UCB1 reads only the ids. */
    private static TestCandidates songs(int... ids) {
        return TestCandidates.of(1, new double[ids.length]).withItems(ids);
    }

    @Test
    void scoresEveryCandidateByItsSongsMeanPlusTheBonusOfAHandMadeHistory() {
        double c = 0.7;
        Ucb1Agent agent = create(c, 2, 6, 1);
        // candidate positions differ from song ids: the agent must key its statistics by song
        TestCandidates first = songs(5, 2, 0, 3);
        agent.learn(first, new int[] {2, 0}, new double[] {1.0, 0.8}, 2); // song 0: 1.0, song 5: 0.8
        agent.learn(first, new int[] {1, 3}, new double[] {0.3, 1.2}, 2); // song 2: 0.3, song 3: 1.2
        TestCandidates second = songs(0, 1, 2, 3, 4);
        agent.learn(second, new int[] {0, 1}, new double[] {2.0, 2.5}, 2); // song 0: 2.0, song 1: 2.5
        agent.learn(second, new int[] {2}, new double[] {0.9}, 1); // song 2: 0.9
        agent.learn(second, new int[] {3, 4}, new double[] {1.1, 3.0}, 2); // song 3: 1.1, song 4: 3.0
        agent.learn(second, new int[] {4, 0}, new double[] {-1.0, 0.5}, 2); // song 4: -1.0, song 0: 0.5
        agent.learn(second, new int[] {3}, new double[] {1.3}, 1); // song 3: 1.3

        double[][] history = {{1.0, 2.0, 0.5}, {2.5}, {0.3, 0.9}, {1.2, 1.1, 1.3}, {3.0, -1.0}, {0.8}};
        int t = Arrays.stream(history).mapToInt(rewards -> rewards.length).sum();
        double[] expected = new double[6];
        for (int song = 0; song < 6; song++) {
            double mean = Arrays.stream(history[song]).sum() / history[song].length;
            expected[song] = mean + c * Math.sqrt(2 * Math.log(t) / history[song].length);
        }

        TestCandidates all = songs(4, 1, 5, 0, 3, 2);
        int[] slate = new int[2];
        agent.recommend(all, slate, 2);
        for (int i = 0; i < all.size(); i++) {
            assertThat(agent.score(i)).isCloseTo(expected[all.item(i)], within(1e-12));
        }
        Integer[] byScore = {0, 1, 2, 3, 4, 5};
        Arrays.sort(byScore, (a, b) -> Double.compare(expected[b], expected[a]));
        assertThat(new int[] {all.item(slate[0]), all.item(slate[1])}).containsExactly(byScore[0], byScore[1]);
    }

    @Test
    void onTheNotebooksEnvironmentItsSlatesAreTheBestIndicesOfItsHistory() {
        double c = 1.0;
        Ucb1Agent agent = create(c, 3, 1682, 4);
        NotebookEnvironment environment = NotebookEnvironment.seeded(2020);
        double[] sums = new double[1682];
        int[] counts = new int[1682];
        long t = 0;
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 3_000; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            if (step % 500 == 499) {
                assertSlateHoldsTheBestIndices(candidates, slate, sums, counts, t, c);
            }
            environment.step(slate, 3, rewards);
            agent.learn(candidates, slate, rewards, 3);
            for (int p = 0; p < 3; p++) {
                int song = candidates.item(slate[p]);
                sums[song] += rewards[p];
                counts[song]++;
                t++;
            }
            environment.advance();
        }
    }

    private static void assertSlateHoldsTheBestIndices(Candidates candidates, int[] slate, double[] sums,
                                                       int[] counts, long t, double c) {
        double[] index = new double[candidates.size()];
        for (int i = 0; i < index.length; i++) {
            int song = candidates.item(i);
            index[i] = counts[song] == 0 ? Double.POSITIVE_INFINITY
                    : sums[song] / counts[song] + c * Math.sqrt(2 * Math.log(t) / counts[song]);
        }
        double worstChosen = Math.min(index[slate[0]], Math.min(index[slate[1]], index[slate[2]]));
        for (int i = 0; i < index.length; i++) {
            if (i != slate[0] && i != slate[1] && i != slate[2]) {
                assertThat(index[i]).isLessThanOrEqualTo(worstChosen + 1e-12);
            }
        }
        assertThat(index[slate[0]]).isGreaterThanOrEqualTo(index[slate[1]] - 1e-12);
        assertThat(index[slate[1]]).isGreaterThanOrEqualTo(index[slate[2]] - 1e-12);
    }

    @Test
    void songsNeverHeardComeFirstHoweverWellTheOthersDid() {
        for (double c : new double[] {0.0, 1.0}) {
            Ucb1Agent agent = create(c, 3, 6, 2);
            TestCandidates all = songs(0, 1, 2, 3, 4, 5);
            agent.learn(all, new int[] {0, 1, 2}, new double[] {10.0, 1.0, 1.0}, 3);
            agent.learn(all, new int[] {0}, new double[] {10.0}, 1);
            agent.learn(all, new int[] {0}, new double[] {10.0}, 1);
            agent.learn(all, new int[] {3}, new double[] {9.5}, 1);
            int[] slate = new int[3];
            agent.recommend(all, slate, 3);
            // songs 4 and 5 were never heard; then the best index: with t = 6, song 3's 9.5 + sqrt(2 ln 6) = 11.39
            // beats song 0's 10 + sqrt(2 ln 6 / 3) = 11.09 for c = 1, and song 0's mean wins for c = 0
            assertThat(Set.of(slate[0], slate[1])).containsExactlyInAnyOrder(4, 5);
            assertThat(slate[2]).isEqualTo(c == 0.0 ? 0 : 3);
        }
    }

    @Test
    void breaksTiesWithItsOwnGeneratorSoSeedsDifferAndRepeat() {
        TestCandidates unheard = TestCandidates.of(1, new double[100]);
        Set<String> slates = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            String slate = firstSlate(unheard, seed);
            assertThat(firstSlate(unheard, seed)).isEqualTo(slate);
            slates.add(slate);
        }
        assertThat(slates).hasSizeGreaterThan(15);
    }

    private static String firstSlate(TestCandidates candidates, long seed) {
        int[] slate = new int[3];
        create(1.0, 3, candidates.size(), seed).recommend(candidates, slate, 3);
        assertThat(slate).doesNotHaveDuplicates();
        return Arrays.toString(slate);
    }

    @Test
    void songsWithTheSameHistoryAreChosenUniformly() {
        TestCandidates four = songs(0, 1, 2, 3);
        long[] chosen = new long[4];
        int[] slate = new int[1];
        for (long seed = 0; seed < 4_000; seed++) {
            Ucb1Agent agent = create(1.0, 1, 4, seed);
            for (int song = 0; song < 4; song++) {
                agent.learn(four, new int[] {song}, new double[] {0.6}, 1);
            }
            agent.recommend(four, slate, 1);
            chosen[slate[0]]++;
        }
        assertThat(Uniformity.chiSquare(chosen)).isLessThan(Uniformity.criticalValue(4, 0.001));
    }
}
