package dev.encore.agents.perlistener;

import dev.encore.agents.kit.TopK;

/**
 * Offers every candidate of a step to a {@link TopK} with its upper confidence bound
 * {@code w . x + alpha sqrt(x^T Q x)}: both agents reduce their listener's model to a weight vector w and a symmetric
 * matrix Q once a step, then score all candidates here. One loop over the rows of the row-major feature array
 * computes every candidate's mean {@code w . x} and quadratic form {@code x^T Q x}; a second offers them in turn.
 *
 * <p>The square root costs about a quarter of a step. A candidate whose mean falls short of the worst score kept by
 * more than {@code alpha sqrt(x^T Q x)} cannot enter, and squaring both sides tells so without the root: such a
 * candidate is passed over, as {@link TopK#offer} would turn it away. Margins keep the test on the safe side of
 * rounding, so the slate and the random draws for ties are those of offering every exact bound. (Offering from
 * within the first loop was slower: a call and a branch per row keep it from running its rows back to back.)
 *
 * <p>The quadratic form reads the upper half of Q only, each off-diagonal product counted once and doubled; with 6
 * features (the notebook's shape) or 10 (the notebook's with {@code features: interactions}) the row's sums are
 * written out with Q and w held in locals.
 */
final class UpperConfidenceBounds {

    /** Relative slack on the squared comparison, far above the few roundings between it and the exact bound. */
    private static final double SQUARED_MARGIN = 1e-9;
    /**
     * A candidate is passed over only when its shortfall exceeds this fraction of the worst kept score: a smaller
     * shortfall could be the rounding of that score's own sum, and the exact bound then decides.
     */
    private static final double SHORTFALL_MARGIN = 1e-6;

    private final int dimension;
    private final double[] means;
    private final double[] quadratics;

    /**
     * @param dimension the length of the feature vectors
     * @param capacity the most candidates a step can have: the catalog's size
     */
    UpperConfidenceBounds(int dimension, int capacity) {
        this.dimension = dimension;
        this.means = new double[capacity];
        this.quadratics = new double[capacity];
    }

    /**
     * Offers rows {@code 0 .. n - 1} of {@code features}, candidate {@code c} being row {@code c}, to {@code top},
     * which the caller has cleared for the step.
     *
     * @param weights w, at {@code weights[weightsOffset .. + dimension)}
     * @param matrix Q, row-major, at {@code matrix[matrixOffset .. + dimension^2)}; its upper half is read
     */
    void offerAll(double[] features, int n, double[] weights, int weightsOffset, double[] matrix, int matrixOffset,
                  double alpha, TopK top) {
        if (dimension == 6) {
            offerAllOfSix(features, n, weights, weightsOffset, matrix, matrixOffset, alpha, top);
            return;
        }
        if (dimension == 10) {
            offerAllOfTen(features, n, weights, weightsOffset, matrix, matrixOffset, alpha, top);
            return;
        }
        int d = dimension;
        for (int c = 0; c < n; c++) {
            int at = c * d;
            double mean = 0.0;
            double quadratic = 0.0;
            for (int i = 0; i < d; i++) {
                double xi = features[at + i];
                int row = matrixOffset + i * d;
                double offDiagonal = 0.0;
                for (int j = i + 1; j < d; j++) {
                    offDiagonal += matrix[row + j] * features[at + j];
                }
                mean += weights[weightsOffset + i] * xi;
                quadratic += xi * (matrix[row + i] * xi + 2.0 * offDiagonal);
            }
            means[c] = mean;
            quadratics[c] = quadratic;
        }
        offerReachable(n, alpha, top);
    }

    private void offerAllOfSix(double[] features, int n, double[] weights, int w, double[] matrix, int m,
                               double alpha, TopK top) {
        double w0 = weights[w];
        double w1 = weights[w + 1];
        double w2 = weights[w + 2];
        double w3 = weights[w + 3];
        double w4 = weights[w + 4];
        double w5 = weights[w + 5];
        double q00 = matrix[m];
        double q01 = 2.0 * matrix[m + 1];
        double q02 = 2.0 * matrix[m + 2];
        double q03 = 2.0 * matrix[m + 3];
        double q04 = 2.0 * matrix[m + 4];
        double q05 = 2.0 * matrix[m + 5];
        double q11 = matrix[m + 7];
        double q12 = 2.0 * matrix[m + 8];
        double q13 = 2.0 * matrix[m + 9];
        double q14 = 2.0 * matrix[m + 10];
        double q15 = 2.0 * matrix[m + 11];
        double q22 = matrix[m + 14];
        double q23 = 2.0 * matrix[m + 15];
        double q24 = 2.0 * matrix[m + 16];
        double q25 = 2.0 * matrix[m + 17];
        double q33 = matrix[m + 21];
        double q34 = 2.0 * matrix[m + 22];
        double q35 = 2.0 * matrix[m + 23];
        double q44 = matrix[m + 28];
        double q45 = 2.0 * matrix[m + 29];
        double q55 = matrix[m + 35];
        for (int c = 0; c < n; c++) {
            int at = c * 6;
            double x0 = features[at];
            double x1 = features[at + 1];
            double x2 = features[at + 2];
            double x3 = features[at + 3];
            double x4 = features[at + 4];
            double x5 = features[at + 5];
            double mean = w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3 + w4 * x4 + w5 * x5;
            double quadratic = x0 * (q00 * x0 + q01 * x1 + q02 * x2 + q03 * x3 + q04 * x4 + q05 * x5)
                    + x1 * (q11 * x1 + q12 * x2 + q13 * x3 + q14 * x4 + q15 * x5)
                    + x2 * (q22 * x2 + q23 * x3 + q24 * x4 + q25 * x5)
                    + x3 * (q33 * x3 + q34 * x4 + q35 * x5)
                    + x4 * (q44 * x4 + q45 * x5)
                    + x5 * (q55 * x5);
            means[c] = mean;
            quadratics[c] = quadratic;
        }
        offerReachable(n, alpha, top);
    }

    /** {@link #offerAllOfSix} for 10 features: the notebook's with their listener x song products. */
    private void offerAllOfTen(double[] features, int n, double[] weights, int w, double[] matrix, int m,
                               double alpha, TopK top) {
        double w0 = weights[w];
        double w1 = weights[w + 1];
        double w2 = weights[w + 2];
        double w3 = weights[w + 3];
        double w4 = weights[w + 4];
        double w5 = weights[w + 5];
        double w6 = weights[w + 6];
        double w7 = weights[w + 7];
        double w8 = weights[w + 8];
        double w9 = weights[w + 9];
        double q00 = matrix[m];
        double q01 = 2.0 * matrix[m + 1];
        double q02 = 2.0 * matrix[m + 2];
        double q03 = 2.0 * matrix[m + 3];
        double q04 = 2.0 * matrix[m + 4];
        double q05 = 2.0 * matrix[m + 5];
        double q06 = 2.0 * matrix[m + 6];
        double q07 = 2.0 * matrix[m + 7];
        double q08 = 2.0 * matrix[m + 8];
        double q09 = 2.0 * matrix[m + 9];
        double q11 = matrix[m + 11];
        double q12 = 2.0 * matrix[m + 12];
        double q13 = 2.0 * matrix[m + 13];
        double q14 = 2.0 * matrix[m + 14];
        double q15 = 2.0 * matrix[m + 15];
        double q16 = 2.0 * matrix[m + 16];
        double q17 = 2.0 * matrix[m + 17];
        double q18 = 2.0 * matrix[m + 18];
        double q19 = 2.0 * matrix[m + 19];
        double q22 = matrix[m + 22];
        double q23 = 2.0 * matrix[m + 23];
        double q24 = 2.0 * matrix[m + 24];
        double q25 = 2.0 * matrix[m + 25];
        double q26 = 2.0 * matrix[m + 26];
        double q27 = 2.0 * matrix[m + 27];
        double q28 = 2.0 * matrix[m + 28];
        double q29 = 2.0 * matrix[m + 29];
        double q33 = matrix[m + 33];
        double q34 = 2.0 * matrix[m + 34];
        double q35 = 2.0 * matrix[m + 35];
        double q36 = 2.0 * matrix[m + 36];
        double q37 = 2.0 * matrix[m + 37];
        double q38 = 2.0 * matrix[m + 38];
        double q39 = 2.0 * matrix[m + 39];
        double q44 = matrix[m + 44];
        double q45 = 2.0 * matrix[m + 45];
        double q46 = 2.0 * matrix[m + 46];
        double q47 = 2.0 * matrix[m + 47];
        double q48 = 2.0 * matrix[m + 48];
        double q49 = 2.0 * matrix[m + 49];
        double q55 = matrix[m + 55];
        double q56 = 2.0 * matrix[m + 56];
        double q57 = 2.0 * matrix[m + 57];
        double q58 = 2.0 * matrix[m + 58];
        double q59 = 2.0 * matrix[m + 59];
        double q66 = matrix[m + 66];
        double q67 = 2.0 * matrix[m + 67];
        double q68 = 2.0 * matrix[m + 68];
        double q69 = 2.0 * matrix[m + 69];
        double q77 = matrix[m + 77];
        double q78 = 2.0 * matrix[m + 78];
        double q79 = 2.0 * matrix[m + 79];
        double q88 = matrix[m + 88];
        double q89 = 2.0 * matrix[m + 89];
        double q99 = matrix[m + 99];
        for (int c = 0; c < n; c++) {
            int at = c * 10;
            double x0 = features[at];
            double x1 = features[at + 1];
            double x2 = features[at + 2];
            double x3 = features[at + 3];
            double x4 = features[at + 4];
            double x5 = features[at + 5];
            double x6 = features[at + 6];
            double x7 = features[at + 7];
            double x8 = features[at + 8];
            double x9 = features[at + 9];
            double mean = w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3 + w4 * x4
                    + w5 * x5 + w6 * x6 + w7 * x7 + w8 * x8 + w9 * x9;
            double quadratic = x0 * (q00 * x0 + q01 * x1 + q02 * x2 + q03 * x3 + q04 * x4 + q05 * x5
                            + q06 * x6 + q07 * x7 + q08 * x8 + q09 * x9)
                    + x1 * (q11 * x1 + q12 * x2 + q13 * x3 + q14 * x4 + q15 * x5
                            + q16 * x6 + q17 * x7 + q18 * x8 + q19 * x9)
                    + x2 * (q22 * x2 + q23 * x3 + q24 * x4 + q25 * x5 + q26 * x6 + q27 * x7 + q28 * x8 + q29 * x9)
                    + x3 * (q33 * x3 + q34 * x4 + q35 * x5 + q36 * x6 + q37 * x7 + q38 * x8 + q39 * x9)
                    + x4 * (q44 * x4 + q45 * x5 + q46 * x6 + q47 * x7 + q48 * x8 + q49 * x9)
                    + x5 * (q55 * x5 + q56 * x6 + q57 * x7 + q58 * x8 + q59 * x9)
                    + x6 * (q66 * x6 + q67 * x7 + q68 * x8 + q69 * x9)
                    + x7 * (q77 * x7 + q78 * x8 + q79 * x9)
                    + x8 * (q88 * x8 + q89 * x9)
                    + x9 * (q99 * x9);
            means[c] = mean;
            quadratics[c] = quadratic;
        }
        offerReachable(n, alpha, top);
    }

    /** Offers candidates {@code 0 .. n - 1} in turn, but for those that cannot reach the slate. */
    private void offerReachable(int n, double alpha, TopK top) {
        double alphaSquared = alpha * alpha;
        double threshold = top.threshold();
        for (int c = 0; c < n; c++) {
            double mean = means[c];
            double quadratic = quadratics[c];
            if (!cannotReach(threshold - mean, threshold, alphaSquared, quadratic)) {
                top.offer(c, mean + alpha * Math.sqrt(Math.max(quadratic, 0.0)));
                threshold = top.threshold();
            }
        }
    }

    /**
     * Whether {@code mean + alpha sqrt(quadratic)} is surely below {@code threshold}, from
     * {@code shortfall = threshold - mean}: {@code shortfall^2 > alpha^2 quadratic} with margins. False while nothing
     * is kept (the threshold is minus infinity) and for NaN.
     */
    private static boolean cannotReach(double shortfall, double threshold, double alphaSquared, double quadratic) {
        return shortfall > SHORTFALL_MARGIN * Math.abs(threshold)
                && shortfall * shortfall > alphaSquared * quadratic * (1 + SQUARED_MARGIN);
    }
}
