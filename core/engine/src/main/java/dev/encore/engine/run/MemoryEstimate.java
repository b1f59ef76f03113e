package dev.encore.engine.run;

import dev.encore.engine.HeapSize;
import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;

/**
 * The heap a run needs, estimated before any trial: the trials playing at once, each with its environment
 * ({@link dev.encore.engine.environment.EnvironmentBlueprint#trialBytes}) and its regret trace, every trial's curve
 * kept for the reports, and room for Encore itself. With several environment conditions, every trial at once is
 * counted as one of the largest condition's, as the trials of any condition may play together. Agents' own state is the plugins' and is not counted. A run that
 * cannot fit in the heap the JVM may use ({@link Runtime#maxMemory()}) is refused with how to raise it, rather than
 * failing with an {@link OutOfMemoryError} an hour in.
 */
final class MemoryEstimate {

    /** Encore, its libraries and the agents' own state, which the estimate does not see. */
    static final long BASE_BYTES = 64L << 20;
    /** A curve point: the step, the cumulative regret and reward. */
    private static final long POINT_BYTES = Long.BYTES + 2 * Double.BYTES;

    private MemoryEstimate() {
    }

    /** About how many bytes a run of {@code experiment} needs with {@code threads} trials at once. */
    static long bytes(Experiment experiment, int threads) {
        long trials = experiment.trials();
        return BASE_BYTES + Math.min(threads, trials) * trialBytes(experiment)
                + trials * experiment.points() * POINT_BYTES;
    }

    /**
     * @throws UserError when the run needs more than {@code maxBytes}, saying how much and how to raise it
     */
    static void check(Experiment experiment, int threads, long maxBytes) {
        long needed = bytes(experiment, threads);
        if (needed <= maxBytes) {
            return;
        }
        long atOnce = Math.min(threads, experiment.trials());
        String fewerThreads = atOnce > 1 && bytes(experiment, 1) <= maxBytes
                ? ", or play one trial at a time with --threads 1 (about " + HeapSize.human(bytes(experiment, 1))
                        + ")"
                : "";
        String each = "about " + HeapSize.human(trialBytes(experiment)) + " each"
                + (experiment.conditions().size() > 1 ? " at most" : "");
        throw new UserError("the run needs about " + HeapSize.human(needed) + " of memory ("
                + playing(atOnce, each) + "), the JVM may use "
                + HeapSize.human(maxBytes) + "; raise it with " + HeapSize.javaOpts(needed + needed / 4)
                + fewerThreads + ", or play fewer steps or a smaller catalog");
    }

    private static String playing(long atOnce, String each) {
        if (atOnce == 0) {
            return "the curves of every trial, played elsewhere";
        }
        return atOnce == 1 ? "one trial at a time" : atOnce + " trials at once, " + each;
    }

    /** A trial of the condition whose trials need the most. */
    private static long trialBytes(Experiment experiment) {
        long steps = experiment.steps().isAll() ? Long.MAX_VALUE : experiment.steps().steps();
        long environment = experiment.conditions().stream()
                .mapToLong(condition -> condition.blueprint().trialBytes(steps, experiment.slate()))
                .max().orElse(0);
        return environment + experiment.points() * POINT_BYTES;
    }
}
