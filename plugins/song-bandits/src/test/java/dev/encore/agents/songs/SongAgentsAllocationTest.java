package dev.encore.agents.songs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A step, recommend then learn, allocates nothing: the Gaussian draws and the top k included. */
class SongAgentsAllocationTest {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Stream<AgentFactory> factories() {
        return Stream.of(new Ucb1AgentFactory(), new ThompsonAgentFactory());
    }

    @ParameterizedTest
    @MethodSource("factories")
    void tenThousandStepsAllocateNothing(AgentFactory factory) {
        Agent agent = AgentFixture.of(factory).seed(3).create();
        TestCandidates candidates = TestCandidates.random(1682, 6, new SplittableRandom(3));
        int[] slate = new int[3];
        double[] rewards = {0.4, 1.2, 2.0};
        steps(agent, candidates, slate, rewards, 20_000);
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        steps(agent, candidates, slate, rewards, 10_000);
        // one small object a step would be 160 KB
        assertThat(THREADS.getThreadAllocatedBytes(thread) - before).isLessThan(1024);
    }

    private static void steps(Agent agent, TestCandidates candidates, int[] slate, double[] rewards, int count) {
        for (int step = 0; step < count; step++) {
            agent.recommend(candidates, slate, 3);
            agent.learn(candidates, slate, rewards, 3);
        }
    }
}
