package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.testing.TestAgents;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The step loop allocates nothing, timers included: a long episode allocates no more than a short one (what both
 * allocate, the trace and the environment's reset, does not grow with the steps), and recording a duration into a
 * Micrometer timer allocates nothing.
 */
class TrialAllocationTest {

    private static final Agent FIRST = TestAgents.firstCandidates();

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void theStepLoopAllocatesNothingWithTimingOn() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(
                new EmbeddingSettings(200, 300, 3, 2, 2, 2, "numpy"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrialTimers timers = new TrialTimers(registry, "allocation", "first", 0)) {
            Trial trial = new Trial(environment, FIRST, 3, timers);
            for (int warmUp = 0; warmUp < 5; warmUp++) {
                trial.run(warmUp, EpisodeLength.of(18_000), 100);
            }
            // A timed step slower or faster than any before (the machine being busy) makes HdrHistogram, under the
            // timers, widen its range once: a one-off allocation of some kilobytes. The least of a few runs is the
            // loop's own.
            long extra = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long shortEpisode = allocatedBy(() -> trial.run(7, EpisodeLength.of(2_000), 100));
                long longEpisode = allocatedBy(() -> trial.run(7, EpisodeLength.of(18_000), 100));
                extra = Math.min(extra, longEpisode - shortEpisode);
            }
            // 16,000 more steps, 1,000 more timed: one small object a step, or one per timed step, would be 16 KB
            assertThat(extra).isLessThan(8 * 1024);
        }
    }

    @Test
    void recordingIntoAMicrometerTimerAllocatesNothing() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrialTimers timers = new TrialTimers(registry, "allocation", "first", 0)) {
            for (int i = 0; i < 100_000; i++) {
                timers.record(50 + i % 5000, 100 + i % 20_000, 30 + i % 3000);
            }
            long allocated = allocatedBy(() -> {
                for (int i = 0; i < 100_000; i++) {
                    timers.record(50 + i % 5000, 100 + i % 20_000, 30 + i % 3000);
                }
            });
            assertThat(allocated).isLessThan(1024);
        }
    }

    private static long allocatedBy(Runnable work) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        work.run();
        return THREADS.getThreadAllocatedBytes(id) - before;
    }
}
