package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.environment.CandidateBuffer;
import dev.encore.spi.Agent;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomAgentTest {

    @Test
    void choosesEveryCandidateEquallyOftenAndNeverTwiceInASlate() {
        CandidateBuffer candidates = TestAgents.candidates(20, 6, new SplittableRandom(1));
        Agent agent = TestAgents.create(new RandomAgentFactory(), Map.of(), new SplittableRandom(2020), 3, 6, 20);
        long[] counts = new long[20];
        long[] firstPosition = new long[20];
        int[] slate = new int[3];
        for (int step = 0; step < 30_000; step++) {
            agent.recommend(candidates, slate, 3);
            assertThat(slate).doesNotHaveDuplicates();
            firstPosition[slate[0]]++;
            for (int candidate : slate) {
                counts[candidate]++;
            }
        }
        // 19 degrees of freedom: 43.82 is the 0.1% critical value
        assertThat(TestAgents.chiSquare(counts)).isLessThan(43.82);
        assertThat(TestAgents.chiSquare(firstPosition)).isLessThan(43.82);
    }

    @Test
    void aListenerWithAsManySongsLeftAsTheSlateGetsAllOfThem() {
        CandidateBuffer candidates = TestAgents.candidates(2, 6, new SplittableRandom(1));
        Agent agent = TestAgents.create(new RandomAgentFactory(), Map.of(), new SplittableRandom(5), 3, 6, 20);
        int[] slate = new int[3];
        agent.recommend(candidates, slate, 2);
        assertThat(new int[] {slate[0], slate[1]}).containsExactlyInAnyOrder(0, 1);
    }
}
