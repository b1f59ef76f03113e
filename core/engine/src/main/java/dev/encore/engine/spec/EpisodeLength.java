package dev.encore.engine.spec;

import dev.encore.engine.environment.Environment;
import java.io.Serializable;

/**
 * How long an episode runs: a fixed number of steps, or {@code all} (until every listener has heard every song).
 * An episode also ends early when the catalog is exhausted before its steps are done.
 */
public record EpisodeLength(long steps) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Until every pair is heard. */
    public static final EpisodeLength ALL = new EpisodeLength(Long.MAX_VALUE);

    public EpisodeLength {
        if (steps < 1) {
            throw new IllegalArgumentException("steps = " + steps + " is out of range: allowed at least 1, or 'all'");
        }
    }

    public static EpisodeLength of(long steps) {
        return new EpisodeLength(steps);
    }

    public boolean isAll() {
        return steps == Long.MAX_VALUE;
    }

    /** The number of steps an episode of {@code environment} lasts at this slate size. */
    public long resolve(Environment environment, int slateSize) {
        return Math.min(steps, environment.stepsToExhaust(slateSize));
    }

    @Override
    public String toString() {
        return isAll() ? "all" : Long.toString(steps);
    }
}
