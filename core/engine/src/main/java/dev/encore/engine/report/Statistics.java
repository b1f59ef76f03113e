package dev.encore.engine.report;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/** The statistics of a report: means and paired differences with Student t intervals across episodes, medians. */
public final class Statistics {

    /** The confidence of every interval in a report. */
    public static final double CONFIDENCE = 0.95;

    private Statistics() {
    }

    /**
     * The mean of {@code values} and the half-width of its {@link #CONFIDENCE} interval, {@code t * s / sqrt(n)}
     * with {@code t} the Student t quantile at {@code n - 1} degrees of freedom and {@code s} the sample standard
     * deviation.
     */
    public static Estimate tInterval(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN);
        }
        double mean = StatUtils.mean(values);
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN);
        }
        double deviation = Math.sqrt(StatUtils.variance(values, mean));
        return new Estimate(n, mean, tQuantile(n - 1) * deviation / Math.sqrt(n));
    }

    /**
     * The mean of the paired differences {@code values[i] - reference[i]} with its {@link #CONFIDENCE} Student t
     * interval: the comparison of two agents over the same episodes, where each episode's environment (common random
     * numbers) cancels out of the difference.
     *
     * @throws IllegalArgumentException when the two do not have one value per pair
     */
    public static Estimate pairedDifference(double[] values, double[] reference) {
        if (values.length != reference.length) {
            throw new IllegalArgumentException("paired values need as many on each side: " + values.length + " and "
                    + reference.length);
        }
        double[] differences = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            differences[i] = values[i] - reference[i];
        }
        return tInterval(differences);
    }

    /** The two-sided {@link #CONFIDENCE} quantile of Student's t with {@code degreesOfFreedom}. */
    static double tQuantile(int degreesOfFreedom) {
        // no generator: the distribution is only asked for quantiles, never sampled
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }

    /** The median (the mean of the two middle values for an even count); NaN when there are none. */
    public static double median(double[] values) {
        return values.length == 0 ? Double.NaN : new Median().evaluate(values);
    }
}
