package dev.encore.engine.metrics;

import java.io.Serializable;

/**
 * How long one trial's calls took.
 *
 * @param recommend the agent choosing a slate
 * @param learn the agent learning from the rewards
 * @param step the environment playing the slate (the slate check included)
 */
public record TrialLatencies(Latency recommend, Latency learn, Latency step) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A trial with nothing timed. */
    public static final TrialLatencies NONE = new TrialLatencies(Latency.NONE, Latency.NONE, Latency.NONE);
}
