package dev.encore.engine.run;

import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;
import java.util.Locale;

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
    private static final long GIB = 1L << 30;

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
                ? ", or play one trial at a time with --threads 1 (about " + human(bytes(experiment, 1)) + ")" : "";
        throw new UserError("the run needs about " + human(needed) + " of memory (" + (atOnce == 1
                ? "one trial at a time" : atOnce + " trials at once, about " + human(trialBytes(experiment)) + " each"
                + (experiment.conditions().size() > 1 ? " at most" : ""))
                + "), the JVM may use " + human(maxBytes) + "; raise it with " + javaOpts(needed + needed / 4)
                + fewerThreads + ", or play fewer steps or a smaller catalog");
    }

    /** A trial of the condition whose trials need the most. */
    private static long trialBytes(Experiment experiment) {
        long steps = experiment.steps().isAll() ? Long.MAX_VALUE : experiment.steps().steps();
        long environment = experiment.conditions().stream()
                .mapToLong(condition -> condition.blueprint().trialBytes(steps, experiment.slate()))
                .max().orElse(0);
        return environment + experiment.points() * POINT_BYTES;
    }

    /** {@code JAVA_OPTS=-Xmx3g}: a heap of at least {@code bytes}, in whole gigabytes, as the launcher passes it. */
    static String javaOpts(long bytes) {
        return "JAVA_OPTS=-Xmx" + Math.max(1, (bytes + GIB - 1) / GIB) + "g";
    }

    /** {@code 1.5 GB}, {@code 300 MB}, in binary units as -Xmx reads them. */
    static String human(long bytes) {
        return bytes >= GIB ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GIB)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
