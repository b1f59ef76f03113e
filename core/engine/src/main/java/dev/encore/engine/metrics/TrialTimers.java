package dev.encore.engine.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Micrometer timers of one trial: the agent's recommend and learn, and the environment's step. They live in the
 * run's registry while the trial runs (tagged with the experiment, the environment's condition, the agent's label and
 * the episode, so that no two trials share one) and are removed by {@link #close()}, which returns their
 * percentiles.
 *
 * <p>Only one step in {@link #SAMPLE_EVERY} is timed (the first, then every {@code SAMPLE_EVERY}-th): timing a step
 * costs four {@link System#nanoTime()} calls and three recordings, small against a step but not nothing, and a
 * sample of a few thousand steps per agent gives stable percentiles. Recording allocates nothing once the
 * histograms have settled.
 */
public final class TrialTimers implements AutoCloseable {

    /** One step in this many is timed. */
    public static final int SAMPLE_EVERY = 16;

    static final String RECOMMEND = "encore.agent.recommend";
    static final String LEARN = "encore.agent.learn";
    static final String STEP = "encore.environment.step";

    private final MeterRegistry registry;
    private final Timer recommend;
    private final Timer learn;
    private final Timer step;

    /** The timers of a trial in an experiment's only condition. */
    public TrialTimers(MeterRegistry registry, String experiment, String label, int episode) {
        this(registry, experiment, 0, label, episode);
    }

    /** @param condition the position of the trial's environment condition */
    public TrialTimers(MeterRegistry registry, String experiment, int condition, String label, int episode) {
        this.registry = registry;
        this.recommend = timer(registry, RECOMMEND, experiment, condition, label, episode);
        this.learn = timer(registry, LEARN, experiment, condition, label, episode);
        this.step = timer(registry, STEP, experiment, condition, label, episode);
    }

    private static Timer timer(MeterRegistry registry, String name, String experiment, int condition, String label,
                               int episode) {
        return Timer.builder(name)
                .tag("experiment", experiment)
                .tag("condition", Integer.toString(condition))
                .tag("agent", label)
                .tag("episode", Integer.toString(episode))
                .publishPercentiles(0.5, 0.99)
                // two significant digits; one window that never expires: the percentiles cover the whole trial
                .percentilePrecision(2)
                .distributionStatisticBufferLength(1)
                .distributionStatisticExpiry(Duration.ofDays(365))
                .register(registry);
    }

    /** Records one timed step's three durations. */
    public void record(long recommendNanos, long stepNanos, long learnNanos) {
        recommend.record(recommendNanos, TimeUnit.NANOSECONDS);
        step.record(stepNanos, TimeUnit.NANOSECONDS);
        learn.record(learnNanos, TimeUnit.NANOSECONDS);
    }

    /** The percentiles so far. */
    public TrialLatencies latencies() {
        return new TrialLatencies(latency(recommend), latency(learn), latency(step));
    }

    private static Latency latency(Timer timer) {
        if (timer.count() == 0) {
            return Latency.NONE;
        }
        var percentiles = timer.takeSnapshot().percentileValues();
        return new Latency(percentiles[0].value(TimeUnit.NANOSECONDS), percentiles[1].value(TimeUnit.NANOSECONDS));
    }

    /** Removes the timers from the registry. */
    @Override
    public void close() {
        registry.remove(recommend);
        registry.remove(learn);
        registry.remove(step);
    }
}
