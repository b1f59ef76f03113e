package dev.encore.engine.run;

import dev.encore.engine.UserError;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run an experiment, apart from the experiment itself.
 *
 * @param outputDirectory where the report goes ({@code reports/<name>/} unless {@code --out} says otherwise)
 * @param threads how many trials run at once
 * @param fresh start over in a folder that holds another run: its trials and reports are deleted first
 * @param trialTimeLimit how long one trial may run before it is failed and the run goes on without it
 */
public record RunOptions(Path outputDirectory, int threads, boolean fresh, Duration trialTimeLimit) {

    /** Generous: long enough for any honest trial, so that only an agent stuck in a loop reaches it. */
    public static final Duration DEFAULT_TRIAL_TIME_LIMIT = Duration.ofHours(1);

    public RunOptions {
        if (threads < 1) {
            throw new UserError("threads = " + threads + " is out of range: allowed at least 1");
        }
        if (trialTimeLimit.toMillis() < 1) {
            throw new UserError("trial time limit = " + trialTimeLimit + " is out of range: allowed at least 1 ms");
        }
    }

    /** Options with the default trial time limit. */
    public RunOptions(Path outputDirectory, int threads, boolean fresh) {
        this(outputDirectory, threads, fresh, DEFAULT_TRIAL_TIME_LIMIT);
    }

    /** One thread per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public RunOptions withTrialTimeLimit(Duration limit) {
        return new RunOptions(outputDirectory, threads, fresh, limit);
    }
}
