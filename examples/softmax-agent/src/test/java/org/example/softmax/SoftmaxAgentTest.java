package org.example.softmax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.environment.CandidateBuffer;
import dev.encore.spi.Agent;
import dev.encore.testing.AgentFixture;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxAgentTest {

    private static Agent create(double temperature, int slateSize, int dimension, int catalogSize, long seed) {
        return AgentFixture.of(new SoftmaxAgentFactory()).parameter("temperature", temperature).seed(seed)
                .slateSize(slateSize).featureDimension(dimension).catalogSize(catalogSize).create();
    }

    /** Candidates with one feature each. */
    private static CandidateBuffer candidates(double... features) {
        CandidateBuffer candidates = new CandidateBuffer(features.length, 1);
        candidates.clear(0);
        for (double feature : features) {
            candidates.features()[candidates.add(candidates.size())] = feature;
        }
        return candidates;
    }

    @Test
    void drawsEachCandidateWithItsBoltzmannProbability() {
        double temperature = 0.5;
        Agent agent = create(temperature, 1, 1, 3, 2020);
        CandidateBuffer candidates = candidates(0.0, 0.5, 1.0);
        int learnt = 999;
        for (int step = 0; step < learnt; step++) {
            agent.learn(candidates, new int[] {2}, new double[] {1.0}, 1);
        }
        double theta = learnt / (learnt + 1.0); // ridge with lambda 1 on x = 1, r = 1
        double[] expected = new double[3];
        double total = 0.0;
        for (int i = 0; i < 3; i++) {
            expected[i] = Math.exp(theta * candidates.feature(i, 0) / temperature);
            total += expected[i];
        }
        int draws = 30_000;
        long[] counts = new long[3];
        int[] slate = new int[1];
        for (int draw = 0; draw < draws; draw++) {
            agent.recommend(candidates, slate, 1);
            counts[slate[0]]++;
        }
        double chiSquare = 0.0;
        for (int i = 0; i < 3; i++) {
            double mean = draws * expected[i] / total;
            chiSquare += (counts[i] - mean) * (counts[i] - mean) / mean;
        }
        // 2 degrees of freedom: 13.82 is the 0.1% critical value
        assertThat(chiSquare).isLessThan(13.82);
    }

    @Test
    void neverRepeatsACandidateEvenWhenTheRestWeighNothing() {
        // at a tiny temperature the candidates after the best weigh exactly 0 next to it
        Agent agent = create(1e-6, 3, 1, 5, 1);
        CandidateBuffer candidates = candidates(0.1, 0.2, 0.3, 0.4, 1.0);
        agent.learn(candidates, new int[] {4, 3, 2}, new double[] {1.0, 0.4, 0.3}, 3);
        int[] slate = new int[3];
        for (int step = 0; step < 100; step++) {
            agent.recommend(candidates, slate, 3);
            assertThat(slate).containsExactly(4, 3, 2);
        }
    }
}
