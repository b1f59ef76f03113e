package dev.encore.agents.mf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.encore.spi.Agent;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step allocates nothing, full refits included, once the episode's length is known: the rating lists are then
 * sized for the whole episode at creation. The agent plays the notebook's shape (943 listeners, 1,682 songs, slate
 * 3, ratings dot products of hidden values) on candidates that stay in place, so that only the agent's allocations
 * are counted.
 */
class MfAllocationTest {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int USERS = 943;
    private static final int SONGS = 1682;

    @ParameterizedTest
    @ValueSource(strings = {"ucb", "thompson", "epsilon"})
    void stepsAndRefitsAllocateNothing(String exploration) {
        SplittableRandom random = new SplittableRandom(3);
        double[] listeners = hidden(USERS, random);
        double[] songs = hidden(SONGS, random);
        TestCandidates candidates = TestCandidates.random(SONGS, 6, random);
        Agent agent = AgentFixture.of(new MfAgentFactory()).parameter("exploration", exploration)
                .parameter("refit-every", 500L).horizon(8_000).create();
        int[] slate = new int[3];
        double[] rewards = new double[3];
        Runnable steps = () -> {
            for (int step = 0; step < 4_000; step++) {
                int listener = random.nextInt(USERS);
                candidates.forUser(listener);
                agent.recommend(candidates, slate, 3);
                for (int p = 0; p < 3; p++) {
                    int song = candidates.item(slate[p]);
                    rewards[p] = listeners[listener * 3] * songs[song * 3] + listeners[listener * 3 + 1]
                            * songs[song * 3 + 1] + listeners[listener * 3 + 2] * songs[song * 3 + 2];
                }
                agent.learn(candidates, slate, rewards, 3);
            }
        };
        steps.run(); // compiled by now
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        steps.run(); // 8 refits among them
        long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
        // one small object a step would be 64 KB
        assertThat(allocated).isLessThan(1024);
    }

    private static double[] hidden(int rows, SplittableRandom random) {
        double[] values = new double[rows * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(1, 6) / 5.0;
        }
        return values;
    }
}
