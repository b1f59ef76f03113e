package dev.encore.engine.report;

import java.util.List;

/**
 * Everything {@code report.jte} shows, worked out and formatted beforehand, so the template only lays it out (and
 * escapes every string it is given).
 *
 * @param title the experiment's name
 * @param lead one line: agents, episodes, steps, slate, seed, environment
 * @param warnings the run's warnings (events counted as 0, damaged trial files played again), one line each
 * @param failures the agents with failed trials, for the banner at the top; empty when none failed
 * @param failurePolicy how failed trials are treated, under the banner
 * @param ranking one row per agent, in rank order
 * @param rankingNotes what a reader must know to read the ranking right
 * @param agents one row of figures per agent, in rank order
 * @param sampleEvery one step in how many is timed
 * @param sweeps the charts of final regret against each swept value; none without sweeps
 * @param failedTrials every failed trial
 * @param spec the resolved spec as YAML
 * @param provenance what the run is, where it came from and what ran it
 * @param uplotVersion the inlined uPlot's version
 * @param data the charts' data as JSON
 * @param uplotScript uPlot
 * @param uplotStyles uPlot's styles
 * @param script the report's own script
 * @param styles the report's own styles
 */
record ReportPage(String title, String lead, List<String> warnings, List<FailureNotice> failures, String failurePolicy,
                  List<RankingRow> ranking, List<String> rankingNotes, List<AgentRow> agents, int sampleEvery,
                  SweepCharts sweeps, List<FailedTrial> failedTrials, String spec, List<Fact> provenance,
                  String uplotVersion, Inline data, Inline uplotScript, Inline uplotStyles, Inline script,
                  Inline styles) {

    /**
     * An agent with failed trials.
     *
     * @param label the agent's label
     * @param failed how many of its trials failed
     * @param episodes how many it had
     * @param firstEpisode the first failed episode
     * @param firstReason why that one failed
     */
    record FailureNotice(String label, int failed, int episodes, int firstEpisode, String firstReason) {
    }

    /**
     * A row of the ranking table.
     *
     * @param rank as people read it ({@code =1} for a tie with the best), blank when unranked
     * @param label the agent's label
     * @param agent the agent's name
     * @param style how its series are drawn
     * @param finalRegret mean with its 95% interval
     * @param differenceToBest paired, with its 95% interval; or "best", or why it is unranked
     * @param tied whether it shares rank 1 with the best
     * @param ranked whether it is ranked at all
     */
    record RankingRow(String rank, String label, String agent, SeriesStyle style, String finalRegret,
                      String differenceToBest, boolean tied, boolean ranked) {
    }

    /**
     * An agent's other figures: reward, episodes and speed.
     *
     * @param label the agent's label
     * @param style how its series are drawn
     * @param episodes successful trials
     * @param failed failed trials
     * @param finalReward mean over its successful trials
     * @param stepsPerSecond all its steps over all its wall time
     * @param recommend p50 / p99 in microseconds
     * @param learn p50 / p99 in microseconds
     * @param step p50 / p99 in microseconds
     */
    record AgentRow(String label, SeriesStyle style, int episodes, int failed, String finalReward,
                    String stepsPerSecond, String recommend, String learn, String step) {
    }

    /**
     * A failed trial.
     *
     * @param label the agent's label
     * @param episode the episode
     * @param reason why it failed
     */
    record FailedTrial(String label, int episode, String reason) {
    }

    /**
     * A named value of the provenance table.
     *
     * @param name what it is
     * @param value its value
     */
    record Fact(String name, String value) {
    }
}
