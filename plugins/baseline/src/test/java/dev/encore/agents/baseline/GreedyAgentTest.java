package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.environment.CandidateBuffer;
import dev.encore.spi.Agent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GreedyAgentTest {

    private static final double[] WEIGHTS = {0.1, -0.4, 1.0, 0.6, 0.0, -0.2};

    private static double reward(CandidateBuffer candidates, int candidate) {
        double sum = 0.0;
        for (int j = 0; j < WEIGHTS.length; j++) {
            sum += WEIGHTS[j] * candidates.feature(candidate, j);
        }
        return sum;
    }

    @Test
    void learnsFromEverySlatePositionAndThenRecommendsTheBestCandidatesBestFirst() {
        SplittableRandom features = new SplittableRandom(9);
        Agent agent = TestAgents.create(new GreedyAgentFactory(), Map.of(), new SplittableRandom(1), 3, 6, 50);
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 300; step++) {
            CandidateBuffer candidates = TestAgents.candidates(50, 6, features);
            agent.recommend(candidates, slate, 3);
            for (int p = 0; p < 3; p++) {
                rewards[p] = reward(candidates, slate[p]);
            }
            agent.learn(candidates, slate, rewards, 3);
        }
        CandidateBuffer candidates = TestAgents.candidates(50, 6, features);
        agent.recommend(candidates, slate, 3);
        Integer[] byReward = new Integer[50];
        for (int i = 0; i < 50; i++) {
            byReward[i] = i;
        }
        Arrays.sort(byReward, (a, b) -> Double.compare(reward(candidates, b), reward(candidates, a)));
        assertThat(reward(candidates, slate[0])).isEqualTo(reward(candidates, byReward[0]));
        assertThat(reward(candidates, slate[1])).isEqualTo(reward(candidates, byReward[1]));
        assertThat(reward(candidates, slate[2])).isEqualTo(reward(candidates, byReward[2]));
    }

    @Test
    void breaksTiesWithItsOwnGeneratorSoSeedsDifferAndRepeat() {
        // before learning every candidate scores 0: the slate is a tie broken at random
        CandidateBuffer candidates = TestAgents.candidates(100, 6, new SplittableRandom(3));
        Set<String> slates = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            slates.add(firstSlate(candidates, seed));
            assertThat(firstSlate(candidates, seed)).isEqualTo(firstSlate(candidates, seed));
        }
        assertThat(slates).hasSizeGreaterThan(15);
    }

    private static String firstSlate(CandidateBuffer candidates, long seed) {
        Agent agent = TestAgents.create(new GreedyAgentFactory(), Map.of("lambda", 2.0), new SplittableRandom(seed),
                3, 6, 100);
        int[] slate = new int[3];
        agent.recommend(candidates, slate, 3);
        assertThat(slate).doesNotHaveDuplicates();
        return Arrays.toString(slate);
    }
}
