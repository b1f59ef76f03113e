package dev.encore.engine.run;

import dev.encore.engine.spec.Experiment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a finished run hands its report writers.
 *
 * @param experiment what was run
 * @param results every trial, ordered by agent (the spec's order), then episode
 * @param threads how many trials ran at once
 * @param finishedAt when the run ended
 * @param elapsed the run's wall time (resumed trials' own time not included)
 */
public record RunReport(Experiment experiment, List<TrialResult> results, int threads, Instant finishedAt,
                        Duration elapsed) {

    public RunReport {
        results = List.copyOf(results);
    }

    /** The results of the agent at {@code agentIndex}, by episode. */
    public List<TrialResult> resultsOf(int agentIndex) {
        int episodes = experiment.episodes();
        return results.subList(agentIndex * episodes, (agentIndex + 1) * episodes);
    }
}
