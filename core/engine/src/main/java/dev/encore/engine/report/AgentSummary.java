package dev.encore.engine.report;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One agent across its episodes (one agent variant in one condition, with sweeps): a row of {@code summary.csv}.
 * Every figure is over the agent's successful trials.
 *
 * @param label the agent's label
 * @param agent the agent's name
 * @param episodes successful trials
 * @param failed failed trials
 * @param finalRegret mean cumulative regret at the last step, with its 95% interval over episodes
 * @param meanFinalReward mean cumulative reward at the last step
 * @param meanSteps mean steps played
 * @param stepsPerSecond all steps over all wall time
 * @param recommend the median over trials of each trial's recommend p50, and of its p99
 * @param learn likewise for learn
 * @param step likewise for the environment's step
 */
public record AgentSummary(String label, String agent, int episodes, int failed, Estimate finalRegret,
                           double meanFinalReward, double meanSteps, double stepsPerSecond, Latency recommend,
                           Latency learn, Latency step) {

    /** One summary per row of the report: per agent, in the spec's order, without sweeps. */
    public static List<AgentSummary> of(RunReport report) {
        List<AgentSummary> summaries = new ArrayList<>();
        for (AgentRow row : report.rows()) {
            summaries.add(of(row));
        }
        return summaries;
    }

    static AgentSummary of(AgentRow row) {
        List<TrialResult> results = row.results();
        List<TrialResult> ok = results.stream().filter(TrialResult::isOk).toList();
        long steps = 0;
        long nanos = 0;
        for (TrialResult result : ok) {
            steps += result.steps();
            nanos += result.wallNanos();
        }
        return new AgentSummary(row.label(), row.agentName(), ok.size(), results.size() - ok.size(),
                Statistics.tInterval(values(ok, TrialResult::finalRegret)),
                mean(values(ok, TrialResult::finalReward)),
                mean(values(ok, result -> result.steps())),
                nanos == 0 ? Double.NaN : steps * 1e9 / nanos,
                latency(ok, TrialLatencies::recommend),
                latency(ok, TrialLatencies::learn),
                latency(ok, TrialLatencies::step));
    }

    private static double[] values(List<TrialResult> results, ToDoubleFunction<TrialResult> value) {
        return results.stream().mapToDouble(value).toArray();
    }

    private static double mean(double[] values) {
        return Statistics.tInterval(values).mean();
    }

    private static Latency latency(List<TrialResult> results, Function<TrialLatencies, Latency> operation) {
        List<Latency> measured = results.stream().map(result -> operation.apply(result.latencies()))
                .filter(Latency::measured).toList();
        return measured.isEmpty() ? Latency.NONE : new Latency(
                Statistics.median(measured.stream().mapToDouble(Latency::p50Nanos).toArray()),
                Statistics.median(measured.stream().mapToDouble(Latency::p99Nanos).toArray()));
    }
}
