package dev.encore.engine.run;

import java.io.Serializable;
import java.util.Arrays;

/** A trial's cumulative regret and reward at its recorded steps, ascending. Immutable. */
public final class Curve implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A trial that recorded nothing (it failed). */
    public static final Curve EMPTY = new Curve(new long[0], new double[0], new double[0]);

    private final long[] steps;
    private final double[] regrets;
    private final double[] rewards;

    public Curve(long[] steps, double[] regrets, double[] rewards) {
        if (regrets.length != steps.length || rewards.length != steps.length) {
            throw new IllegalArgumentException("a curve needs as many regrets and rewards as steps");
        }
        this.steps = steps.clone();
        this.regrets = regrets.clone();
        this.rewards = rewards.clone();
    }

    /** The points a trace kept. */
    public static Curve of(RegretTrace trace) {
        int size = trace.size();
        long[] steps = new long[size];
        double[] regrets = new double[size];
        double[] rewards = new double[size];
        for (int i = 0; i < size; i++) {
            steps[i] = trace.step(i);
            regrets[i] = trace.cumulativeRegret(i);
            rewards[i] = trace.cumulativeReward(i);
        }
        return new Curve(steps, regrets, rewards);
    }

    public int size() {
        return steps.length;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Curve curve && Arrays.equals(steps, curve.steps)
                && Arrays.equals(regrets, curve.regrets) && Arrays.equals(rewards, curve.rewards);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(steps) + Arrays.hashCode(regrets)) + Arrays.hashCode(rewards);
    }

    @Override
    public String toString() {
        return "Curve(" + size() + " points)";
    }
}
