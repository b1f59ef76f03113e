package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.engine.environment.CandidateBuffer;
import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EpsilonGreedyAgentTest {

    @Test
    void withEpsilonZeroRecommendsWhatGreedyRecommends() {
        EmbeddingEnvironment forGreedy = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        EmbeddingEnvironment forEpsilon = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        Agent greedy = TestAgents.create(new GreedyAgentFactory(), Map.of(), new SplittableRandom(42), 3, 6, 1682);
        Agent epsilonGreedy = TestAgents.create(new EpsilonGreedyAgentFactory(), Map.of("epsilon", 0.0),
                new SplittableRandom(42), 3, 6, 1682);
        forGreedy.reset(2020);
        forEpsilon.reset(2020);
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
        CandidateBuffer candidates = new CandidateBuffer(50, 1);
        candidates.clear(0);
        for (int i = 0; i < 50; i++) {
            candidates.features()[candidates.add(i)] = i == 7 ? 1.0 : 0.01 * i;
        }
        Agent agent = TestAgents.create(new EpsilonGreedyAgentFactory(), Map.of("epsilon", 0.3),
                new SplittableRandom(8), 1, 1, 50);
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
        CandidateBuffer candidates = TestAgents.candidates(10, 6, new SplittableRandom(4));
        Agent agent = TestAgents.create(new EpsilonGreedyAgentFactory(), Map.of("epsilon", 1.0),
                new SplittableRandom(4), 3, 6, 10);
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
        // 9 degrees of freedom: 27.88 is the 0.1% critical value
        assertThat(TestAgents.chiSquare(counts)).isLessThan(27.88);
    }
}
