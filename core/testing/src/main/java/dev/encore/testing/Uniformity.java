package dev.encore.testing;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/** Pearson's chi-square test of counts against equal expected counts: is a random choice uniform? */
public final class Uniformity {

    private Uniformity() {
    }

    /** The chi-square statistic of {@code counts} against equal expected counts. */
    public static double chiSquare(long[] counts) {
        double[] equal = new double[counts.length];
        Arrays.fill(equal, 1.0);
        return new ChiSquareTest().chiSquare(equal, counts);
    }

    /**
     * The statistic that uniform counts in {@code categories} exceed with probability {@code alpha}: assert that
     * {@link #chiSquare} stays below it (with a small alpha such as 0.001, so that a fixed seed's pass is no accident
     * of a loose bound).
     */
    public static double criticalValue(int categories, double alpha) {
        return new ChiSquaredDistribution(categories - 1).inverseCumulativeProbability(1 - alpha);
    }

    /** Whether {@code counts} pass the test at level {@code alpha}. */
    public static boolean looksUniform(long[] counts, double alpha) {
        return chiSquare(counts) < criticalValue(counts.length, alpha);
    }
}
