package dev.encore.engine.run;

import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Plays trials on a pool of this machine's threads (see {@link TrialScheduler}), timing their calls in the run's
 * meter registry.
 */
public final class LocalTrialExecutor implements TrialExecutor {

    private final TrialThreads threads;
    private final MeterRegistry registry;

    @Inject
    public LocalTrialExecutor(TrialThreads threads, MeterRegistry registry) {
        this.threads = threads;
        this.registry = registry;
    }

    @Override
    public void execute(Experiment experiment, List<TrialPlan> plans, RunOptions options, Results results)
            throws InterruptedException {
        TrialPlayer player = new TrialPlayer(experiment, registry);
        try {
            new TrialScheduler(threads.newPool(Math.min(options.threads(), plans.size())), options.trialTimeLimit())
                    .run(plans, player::play, results::save, results::finished);
        } catch (TrialScheduler.Crash crash) {
            if (crash.getCause() instanceof UncheckedIOException io) {
                throw new UserError(io.getMessage(), io);
            }
            if (crash.getCause() instanceof OutOfMemoryError outOfMemory) {
                throw new TrialOutOfMemoryException(crash.plan(), outOfMemory);
            }
            throw new IllegalStateException(crash.getMessage(), crash);
        }
    }
}
