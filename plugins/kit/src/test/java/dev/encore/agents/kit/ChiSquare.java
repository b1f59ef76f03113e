package dev.encore.agents.kit;

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
final class ChiSquare {

    private ChiSquare() {
    }

    static double uniform(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        double expected = (double) total / counts.length;
        double statistic = 0.0;
        for (long count : counts) {
            statistic += (count - expected) * (count - expected) / expected;
        }
        return statistic;
    }
}
