package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import dev.encore.testing.Uniformity;

/** Checks both agents share: the slate against scores computed directly, and ties. */
final class ScoreAssertions {

    private ScoreAssertions() {
    }

    /** The slate holds the {@code k} best of {@code scores}, best first, up to rounding. */
    static void assertSlateHoldsTheBest(double[] scores, int[] slate, int k) {
        double worstChosen = Double.POSITIVE_INFINITY;
        for (int p = 0; p < k; p++) {
            worstChosen = Math.min(worstChosen, scores[slate[p]]);
            if (p > 0) {
                assertThat(scores[slate[p - 1]]).isGreaterThanOrEqualTo(scores[slate[p]] - 1e-9);
            }
        }
        for (int c = 0; c < scores.length; c++) {
            boolean chosen = false;
            for (int p = 0; p < k; p++) {
                chosen |= slate[p] == c;
            }
            if (!chosen) {
                assertThat(scores[c]).as("candidate %d", c).isLessThanOrEqualTo(worstChosen + 1e-9);
            }
        }
    }

    /**
     * With nothing learnt and identical candidates every score ties: the agent's first choice is uniform over the
     * candidates across seeds, a slate never repeats a candidate, and a seed repeats its slate.
     */
    static void assertTiesAreBrokenUniformly(AgentFactory factory) {
        int size = 10;
        double[] features = new double[size * 6];
        for (int i = 0; i < features.length; i++) {
            features[i] = 0.2 * (1 + i % 6);
        }
        TestCandidates candidates = TestCandidates.of(6, features).forUser(4);
        long[] firstChoices = new long[size];
        int[] slate = new int[3];
        int[] again = new int[3];
        for (long seed = 0; seed < 2_000; seed++) {
            Agent agent = AgentFixture.of(factory).seed(seed).users(5).catalogSize(size).create();
            agent.recommend(candidates, slate, 3);
            assertThat(slate).doesNotHaveDuplicates();
            firstChoices[slate[0]]++;
            if (seed < 10) {
                AgentFixture.of(factory).seed(seed).users(5).catalogSize(size).create().recommend(candidates, again, 3);
                assertThat(again).containsExactly(slate);
            }
        }
        assertThat(Uniformity.chiSquare(firstChoices)).isLessThan(Uniformity.criticalValue(size, 0.001));
    }
}
