package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.NotebookEnvironment;
import dev.encore.testing.TestCandidates;
import dev.encore.testing.Uniformity;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpsilonGreedyAgentTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "interactions"})
    void withEpsilonZeroRecommendsWhatGreedyRecommends(String features) {
        NotebookEnvironment forGreedy = NotebookEnvironment.seeded(2020);
        NotebookEnvironment forEpsilon = NotebookEnvironment.seeded(2020);
        Agent greedy = AgentFixture.of(new GreedyAgentFactory()).parameter("features", features).seed(42)
                .slateSize(3).featureLayout(forGreedy.featureLayout()).catalogSize(1682).create();
        Agent epsilonGreedy = AgentFixture.of(new EpsilonGreedyAgentFactory()).parameter("epsilon", 0.0)
                .parameter("features", features).seed(42).slateSize(3).featureLayout(forEpsilon.featureLayout())
                .catalogSize(1682).create();
        int[] greedySlate = new int[3];
        int[] epsilonSlate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 2_000; step++) {
            Candidates candidates = forGreedy.candidates();
            greedy.recommend(candidates, greedySlate, 3);
            epsilonGreedy.recommend(forEpsilon.candidates(), epsilonSlate, 3);
            assertThat(epsilonSlate).as("step %d", step).containsExactly(greedySlate);
            forGreedy.step(greedySlate, 3, rewards);
            greedy.learn(candidates, greedySlate, rewards, 3);
            forEpsilon.step(epsilonSlate, 3, rewards);
            epsilonGreedy.learn(forEpsilon.candidates(), epsilonSlate, rewards, 3);
            forGreedy.advance();
            forEpsilon.advance();
        }
    }

    @Test
    void exploresEachSlatePositionWithProbabilityEpsilon() {
        // a model that knows candidate 7 is best: every other position is then either explored or the next best
        double[] features = new double[50];
        for (int i = 0; i < 50; i++) {
            features[i] = i == 7 ? 1.0 : 0.01 * i;
        }
        TestCandidates candidates = TestCandidates.of(1, features);
        Agent agent = AgentFixture.of(new EpsilonGreedyAgentFactory()).parameter("epsilon", 0.3).seed(8)
                .slateSize(1).featureDimension(1).catalogSize(50).create();
        agent.learn(candidates, new int[] {7}, new double[] {10.0}, 1);
        int[] slate = new int[1];
        int best = 0;
        int trials = 20_000;
        for (int trial = 0; trial < trials; trial++) {
            agent.recommend(candidates, slate, 1);
            if (slate[0] == 7) {
                best++;
            }
        }
        // the best unless explored; an exploration finds it one time in 50
        assertThat((double) best / trials).isCloseTo(0.7 + 0.3 / 50, within(0.015));
    }

    @Test
    void withEpsilonOneEverySlateIsUniformAndDistinct() {
        TestCandidates candidates = TestCandidates.random(10, 6, new SplittableRandom(4));
        Agent agent = AgentFixture.of(new EpsilonGreedyAgentFactory()).parameter("epsilon", 1.0).seed(4)
                .slateSize(3).featureDimension(6).catalogSize(10).create();
        long[] counts = new long[10];
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 20_000; step++) {
            agent.recommend(candidates, slate, 3);
            assertThat(slate).doesNotHaveDuplicates();
            for (int p = 0; p < 3; p++) {
                counts[slate[p]]++;
                rewards[p] = candidates.feature(slate[p], 0);
            }
            agent.learn(candidates, slate, rewards, 3);
        }
        assertThat(Uniformity.looksUniform(counts, 0.001)).isTrue();
    }
}
