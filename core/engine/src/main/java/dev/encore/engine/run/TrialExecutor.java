package dev.encore.engine.run;

import com.google.inject.ImplementedBy;
import dev.encore.engine.spec.Experiment;
import java.util.List;

/**
 * Plays an experiment's trials and hands back their results: the runner plans the trials, skips those an earlier run
 * saved, and saves and reports the results; an executor only plays. A plan and a result are plain data, and an
 * experiment's spec is all a machine needs to resolve the experiment again, so an executor may play the plans
 * elsewhere. {@link LocalTrialExecutor} plays them on this machine's threads.
 */
@ImplementedBy(LocalTrialExecutor.class)
public interface TrialExecutor {

    /**
     * How many trials this executor plays at once in this JVM, for the memory check before the first trial: the
     * local executor plays {@code --threads} of them, a cluster's executors none or as many as it runs here.
     */
    default int trialsAtOnceHere(RunOptions options) {
        return options.threads();
    }

    /** Where the results go. */
    interface Results {

        /** Each result that counts, as soon as it is known, from any thread: where results are saved. */
        void save(TrialResult result);

        /** Then each result, on the thread that called {@link #execute}, one at a time, in the order they come. */
        void finished(TrialResult result);
    }

    /**
     * Plays every plan and returns when each has a result. A trial that fails (its agent threw, returned a bad slate
     * or ran out of time) is a failed result, not an exception.
     *
     * @param plans the trials to play, in the order they should start
     * @param options the threads to use and how long one trial may run
     * @throws InterruptedException when the calling thread is interrupted; results saved so far stay saved
     * @throws dev.encore.engine.UserError when a result cannot be saved
     * @throws TrialOutOfMemoryException when a trial runs out of memory: the run stops
     */
    void execute(Experiment experiment, List<TrialPlan> plans, RunOptions options, Results results)
            throws InterruptedException;
}
