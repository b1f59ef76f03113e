package dev.encore.agents.kit;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
final class ChiSquare {

    private ChiSquare() {
    }

    static double uniform(long[] counts) {
        double[] equal = new double[counts.length];
        Arrays.fill(equal, 1.0);
        return new ChiSquareTest().chiSquare(equal, counts);
    }
}
