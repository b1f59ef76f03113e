package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.spi.Agent;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import dev.encore.testing.Uniformity;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomAgentTest {

    @Test
    void choosesEveryCandidateEquallyOftenAndNeverTwiceInASlate() {
        TestCandidates candidates = TestCandidates.random(20, 6, new SplittableRandom(1));
        Agent agent = AgentFixture.of(new RandomAgentFactory()).seed(2020).slateSize(3)
                .featureDimension(6).catalogSize(20).create();
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
        assertThat(Uniformity.looksUniform(counts, 0.001)).isTrue();
        assertThat(Uniformity.looksUniform(firstPosition, 0.001)).isTrue();
    }

    @Test
    void aListenerWithAsManySongsLeftAsTheSlateGetsAllOfThem() {
        TestCandidates candidates = TestCandidates.random(2, 6, new SplittableRandom(1));
        Agent agent = AgentFixture.of(new RandomAgentFactory()).seed(5).slateSize(3)
                .featureDimension(6).catalogSize(20).create();
        int[] slate = new int[3];
        agent.recommend(candidates, slate, 2);
        assertThat(new int[] {slate[0], slate[1]}).containsExactlyInAnyOrder(0, 1);
    }
}
