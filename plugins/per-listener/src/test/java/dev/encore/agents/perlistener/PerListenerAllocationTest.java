package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.FeatureLayout;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A step, recommend then learn, allocates nothing: every listener's state was allocated with the agent. */
class PerListenerAllocationTest {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final FeatureLayout NOTEBOOK_LAYOUT = FeatureLayout.builder().listener("listener-taste", 2)
            .song("song-taste", 2).context("context", 2).build();

    @ParameterizedTest
    @CsvSource({"disjoint-linucb, plain", "hybrid-linucb, plain", "disjoint-linucb, interactions",
            "hybrid-linucb, interactions"})
    void aStepAllocatesNothing(String name, String features) {
        AgentFactory factory = name.equals("disjoint-linucb")
                ? new DisjointLinUcbAgentFactory() : new HybridLinUcbAgentFactory();
        Agent agent = AgentFixture.of(factory).parameter("features", features).users(50).catalogSize(200)
                .featureLayout(NOTEBOOK_LAYOUT).create();
        SplittableRandom random = new SplittableRandom(2);
        TestCandidates[] steps = new TestCandidates[50];
        for (int user = 0; user < steps.length; user++) {
            steps[user] = TestCandidates.random(200, 6, random).forUser(user);
        }
        int[] slate = new int[3];
        double[] rewards = {1.0, 0.5, 2.0};
        play(agent, steps, slate, rewards, 20_000);
        long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        play(agent, steps, slate, rewards, 20_000);
        long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        // one small object a step would be 320 KB
        assertThat(allocated).isLessThan(4 * 1024);
    }

    private static void play(Agent agent, TestCandidates[] steps, int[] slate, double[] rewards, int count) {
        for (int step = 0; step < count; step++) {
            TestCandidates candidates = steps[step % steps.length];
            agent.recommend(candidates, slate, 3);
            agent.learn(candidates, slate, rewards, 3);
        }
    }
}
