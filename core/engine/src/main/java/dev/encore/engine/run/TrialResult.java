package dev.encore.engine.run;

import dev.encore.engine.metrics.TrialLatencies;
import java.io.Serializable;

/**
 * How one trial (one agent on one episode) went: one row of {@code episodes.csv}, and its curve. Plain data, so that
 * a trial played elsewhere can send it back.
 *
 * @param plan which trial it was
 * @param status ok or failed
 * @param message why it failed; empty when ok
 * @param steps steps played; for a failed trial, the steps completed before the fault, or -1 when unknown (the
 *     trial ran out of time)
 * @param finalRegret cumulative regret at the last step; NaN for a failed trial
 * @param finalReward cumulative reward at the last step; NaN for a failed trial
 * @param wallNanos how long the trial took, creating the agent and environment included
 * @param curve cumulative regret and reward at the recorded steps; empty for a failed trial
 * @param latencies the sampled durations of its calls
 */
public record TrialResult(TrialPlan plan, TrialStatus status, String message, long steps, double finalRegret,
                          double finalReward, long wallNanos, Curve curve, TrialLatencies latencies)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static TrialResult ok(TrialPlan plan, RegretTrace trace, long wallNanos, TrialLatencies latencies) {
        return new TrialResult(plan, TrialStatus.OK, "", trace.totalSteps(), trace.finalRegret(),
                trace.finalReward(), wallNanos, Curve.of(trace), latencies);
    }

    public static TrialResult failed(TrialPlan plan, String message, long stepsCompleted, long wallNanos,
                                     TrialLatencies latencies) {
        return new TrialResult(plan, TrialStatus.FAILED, message, stepsCompleted, Double.NaN, Double.NaN,
                wallNanos, Curve.EMPTY, latencies);
    }

    public boolean isOk() {
        return status == TrialStatus.OK;
    }

    /** Steps per second of wall time; NaN when no step or no time was counted. */
    public double stepsPerSecond() {
        return steps <= 0 || wallNanos <= 0 ? Double.NaN : steps * 1e9 / wallNanos;
    }
}
