package dev.encore.engine.run;

/**
 * A trial ran out of memory: not its agent's fault but the run's, which stops. A {@link TrialExecutor} throws it,
 * naming the trial, so that the runner, which knows the trials saved and the run's options, says how to go on.
 */
public final class TrialOutOfMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TrialPlan plan;

    public TrialOutOfMemoryException(TrialPlan plan, OutOfMemoryError cause) {
        super("trial " + plan.label() + " episode " + plan.episode() + " ran out of memory", cause);
        this.plan = plan;
    }

    /** The trial that ran out of memory. */
    public TrialPlan plan() {
        return plan;
    }
}
