package dev.encore.engine.run;

/**
 * Cumulative regret and reward of one trial, kept at chosen steps (the points of a curve) and at the last step.
 * Recording is a comparison per step; storage is allocated once, when the trace is made.
 */
public final class RegretTrace {

    private final long[] recordAt;
    private final long[] steps;
    private final double[] regrets;
    private final double[] rewards;
    private int next;
    private int size;
    private long lastStep;
    private double lastRegret;
    private double lastReward;

    /**
     * @param recordAt the steps to keep, ascending (see {@link #schedule})
     */
    public RegretTrace(long[] recordAt) {
        this.recordAt = recordAt.clone();
        this.steps = new long[recordAt.length + 1];
        this.regrets = new double[recordAt.length + 1];
        this.rewards = new double[recordAt.length + 1];
    }

    /**
     * Up to {@code points} steps spread evenly over {@code 1 .. totalSteps}, always ending at {@code totalSteps}.
     */
    public static long[] schedule(long totalSteps, int points) {
        if (totalSteps < 1 || points < 1) {
            throw new IllegalArgumentException("totalSteps and points must be positive: " + totalSteps + ", " + points);
        }
        int n = (int) Math.min(points, totalSteps);
        long[] at = new long[n];
        for (int i = 1; i <= n; i++) {
            at[i - 1] = (long) Math.ceil((double) i * totalSteps / n);
        }
        return at;
    }

    /** Called after every step, with the totals so far. */
    public void record(long step, double cumulativeRegret, double cumulativeReward) {
        lastStep = step;
        lastRegret = cumulativeRegret;
        lastReward = cumulativeReward;
        if (next < recordAt.length && recordAt[next] == step) {
            next++;
            keep(step, cumulativeRegret, cumulativeReward);
        }
    }

    /** Ends the trace: the last step is kept even when it was not scheduled (an episode that ended early). */
    public void finish() {
        if (lastStep > 0 && (size == 0 || steps[size - 1] != lastStep)) {
            keep(lastStep, lastRegret, lastReward);
        }
    }

    private void keep(long step, double regret, double reward) {
        steps[size] = step;
        regrets[size] = regret;
        rewards[size] = reward;
        size++;
    }

    /** Points kept. */
    public int size() {
        return size;
    }

    public long step(int point) {
        return steps[point];
    }

    public double cumulativeRegret(int point) {
        return regrets[point];
    }

    public double cumulativeReward(int point) {
        return rewards[point];
    }

    /** Steps played. */
    public long totalSteps() {
        return lastStep;
    }

    public double finalRegret() {
        return lastRegret;
    }

    public double finalReward() {
        return lastReward;
    }
}
