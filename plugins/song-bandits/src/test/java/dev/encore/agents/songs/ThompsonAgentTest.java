package dev.encore.agents.songs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ThompsonAgentTest {

    private static ThompsonAgent create(Map<String, ?> parameters, int slateSize, int catalogSize, long seed) {
        return (ThompsonAgent) AgentFixture.of(new ThompsonAgentFactory()).parameters(parameters).seed(seed)
                .slateSize(slateSize).catalogSize(catalogSize).featureDimension(1).create();
    }

    /** Candidates for the given songs, in that order, with one feature of 0 each: the agent reads only the ids. */
    private static TestCandidates songs(int... ids) {
        return TestCandidates.of(1, new double[ids.length]).withItems(ids);
    }

    @Test
    void itsPosteriorsAreTheConjugateUpdatesOfItsPriorByEachReward() {
        double priorMean = 0.5;
        double noise = 0.8;
        double priorWeight = 2.0;
        ThompsonAgent agent = create(Map.of("prior-mean", priorMean, "noise", noise, "prior-weight", priorWeight),
                2, 4, 1);
        double[][] history = {{1.0, 2.2, -0.4}, {3.0}, {}, {0.7, 0.9, 1.1, 1.3}};
        TestCandidates candidates = songs(3, 0, 1);
        agent.learn(candidates, new int[] {1, 0}, new double[] {1.0, 0.7}, 2);
        agent.learn(candidates, new int[] {2, 1}, new double[] {3.0, 2.2}, 2);
        agent.learn(candidates, new int[] {0}, new double[] {0.9}, 1);
        agent.learn(candidates, new int[] {0, 1}, new double[] {1.1, -0.4}, 2);
        agent.learn(candidates, new int[] {0}, new double[] {1.3}, 1);

        for (int song = 0; song < 4; song++) {
            // the normal-normal update one reward at a time, in precisions: the prior's precision is w / sigma^2
            // and each reward adds 1 / sigma^2
            double precision = priorWeight / (noise * noise);
            double mean = priorMean;
            for (double reward : history[song]) {
                double updated = precision + 1 / (noise * noise);
                mean = (precision * mean + reward / (noise * noise)) / updated;
                precision = updated;
            }
            assertThat(agent.posteriorMean(song)).as("mean of song %d", song).isCloseTo(mean, within(1e-12));
            assertThat(agent.posteriorVariance(song)).as("variance of song %d", song)
                    .isCloseTo(1 / precision, within(1e-12));
        }
    }

    @Test
    void choosesASongAsOftenAsItsPosteriorDrawBeatsTheOthers() {
        ThompsonAgent agent = create(Map.of(), 1, 2, 5);
        TestCandidates two = songs(0, 1);
        agent.learn(two, new int[] {0, 1}, new double[] {1.0, 1.3}, 2);
        agent.learn(two, new int[] {0}, new double[] {1.4}, 1);
        // prior N(0, 1), noise 1: song 0 ~ N(2.4 / 3, 1 / 3), song 1 ~ N(1.3 / 2, 1 / 2)
        double difference = 2.4 / 3 - 1.3 / 2;
        double spread = Math.sqrt(1.0 / 3 + 1.0 / 2);
        double firstWins = 1 - new NormalDistribution(difference, spread).cumulativeProbability(0);
        int draws = 200_000;
        int first = 0;
        int[] slate = new int[1];
        for (int step = 0; step < draws; step++) {
            agent.recommend(two, slate, 1);
            first += slate[0] == 0 ? 1 : 0;
        }
        double standardError = Math.sqrt(firstWins * (1 - firstWins) / draws);
        assertThat(firstWins).isBetween(0.55, 0.58);
        assertThat((double) first / draws).isCloseTo(firstWins, within(4.5 * standardError));
    }

    @Test
    void drawsWithItsOwnGeneratorSoSeedsDifferAndRepeat() {
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
        create(Map.of(), 3, candidates.size(), seed).recommend(candidates, slate, 3);
        assertThat(slate).doesNotHaveDuplicates();
        return Arrays.toString(slate);
    }

    @Test
    void recommendsTheLargestDrawsBestFirst() {
        // posterior means 50 apart (200, 150, 100, 50, 0), deviations of 0.007: the draws keep the means' order
        ThompsonAgent agent = create(Map.of("noise", 0.01), 3, 5, 3);
        TestCandidates all = songs(0, 1, 2, 3, 4);
        agent.learn(all, new int[] {0, 1, 2}, new double[] {100, 400, 200}, 3);
        agent.learn(all, new int[] {3, 4}, new double[] {300, 0}, 2);
        int[] slate = new int[3];
        agent.recommend(all, slate, 3);
        assertThat(slate).containsExactly(1, 3, 2);
    }
}
