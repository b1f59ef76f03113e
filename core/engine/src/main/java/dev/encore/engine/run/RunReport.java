package dev.encore.engine.run;

import dev.encore.engine.spec.Experiment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a finished run hands its report writers.
 *
 * <p>The results come in rows ({@link #rows()}): one per agent variant in each environment condition, condition by
 * condition, then agent by agent in the spec's order, each with its trials by episode. A row knows its variant's
 * base label, its swept parameters and its condition's swept settings (ordered maps), what a chart of final regret
 * against a swept parameter needs. Without sweeps there is one row per agent, in the spec's order.
 *
 * @param experiment what was run
 * @param results every trial, ordered by row, then episode
 * @param threads how many trials ran at once
 * @param finishedAt when the run ended
 * @param elapsed the run's wall time (resumed trials' own time not included)
 * @param warnings what the person running was warned of: the environment's (events counted as 0, ...), then the
 *     run's (saved trials played again), one line each
 */
public record RunReport(Experiment experiment, List<TrialResult> results, int threads, Instant finishedAt,
                        Duration elapsed, List<String> warnings) {

    public RunReport {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    /** Every agent variant in every condition, with its trials. */
    public List<AgentRow> rows() {
        List<AgentRow> rows = new ArrayList<>();
        int agents = experiment.agents().size();
        for (int condition = 0; condition < experiment.conditions().size(); condition++) {
            for (int agent = 0; agent < agents; agent++) {
                int row = condition * agents + agent;
                rows.add(new AgentRow(row, experiment.agents().get(agent), experiment.conditions().get(condition),
                        resultsOf(row)));
            }
        }
        return rows;
    }

    /** The results of the row at {@code row}, by episode. */
    public List<TrialResult> resultsOf(int row) {
        int episodes = experiment.episodes();
        return results.subList(row * episodes, (row + 1) * episodes);
    }
}
