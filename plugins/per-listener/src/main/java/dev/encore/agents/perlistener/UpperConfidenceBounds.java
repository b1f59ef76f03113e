package dev.encore.agents.perlistener;

/**
 * The upper confidence bound {@code w . x + alpha sqrt(x^T Q x)} of every candidate of a step, in one loop over the
 * rows of the row-major feature array: both agents reduce their listener's model to a weight vector w and a
 * symmetric matrix Q once a step, then score all candidates here.
 *
 * <p>The quadratic form reads the upper half of Q only, each off-diagonal product counted once and doubled; with 6
 * features (the notebook's shape) the row's sums are written out with Q and w held in locals.
 */
final class UpperConfidenceBounds {

    private final int dimension;

    UpperConfidenceBounds(int dimension) {
        this.dimension = dimension;
    }

    /**
     * Writes the bound of rows {@code 0 .. n - 1} of {@code features} into {@code scores[0 .. n)}.
     *
     * @param weights w, at {@code weights[weightsOffset .. + dimension)}
     * @param matrix Q, row-major, at {@code matrix[matrixOffset .. + dimension^2)}; its upper half is read
     */
    void scoreAll(double[] features, int n, double[] weights, int weightsOffset, double[] matrix, int matrixOffset,
                  double alpha, double[] scores) {
        if (dimension == 6) {
            scoreAllOfSix(features, n, weights, weightsOffset, matrix, matrixOffset, alpha, scores);
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
            scores[c] = mean + alpha * Math.sqrt(Math.max(quadratic, 0.0));
        }
    }

    private static void scoreAllOfSix(double[] features, int n, double[] weights, int w, double[] matrix, int m,
                                      double alpha, double[] scores) {
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
            scores[c] = mean + alpha * Math.sqrt(Math.max(quadratic, 0.0));
        }
    }
}
