package dev.encore.agents.kit;

/**
 * Ridge regression learnt one observation at a time: {@code A = lambda I + sum x x^T}, {@code b = sum r x},
 * {@code theta = A^-1 b}.
 *
 * <p>Neither A nor b is kept: {@code A^-1} is updated by the Sherman-Morrison formula and theta by the matching
 * recursive least-squares step, {@code theta += A'^-1 x (r - theta.x)}, so that an observation costs O(d^2) and
 * allocates nothing. Feature vectors are read in place from a row-major array at an offset.
 */
public final class RidgeRegression {

    private final int dimension;
    /** {@code A^-1}, row-major, kept exactly symmetric. */
    private final double[] inverse;
    private final double[] theta;
    /** {@code A^-1 x} of the observation being learnt. */
    private final double[] gain;

    /**
     * @param dimension the length of the feature vectors
     * @param lambda the regularisation, greater than 0: the weight of the prior {@code theta = 0}
     */
    public RidgeRegression(int dimension, double lambda) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension = " + dimension + ": allowed at least 1");
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda = " + lambda + ": allowed a real number > 0");
        }
        this.dimension = dimension;
        this.inverse = new double[dimension * dimension];
        this.theta = new double[dimension];
        this.gain = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            inverse[i * dimension + i] = 1.0 / lambda;
        }
    }

    public int dimension() {
        return dimension;
    }

    /** The predicted reward {@code theta . x} of the features at {@code features[offset ..]}. */
    public double predict(double[] features, int offset) {
        return LinearScores.one(theta, features, offset);
    }

    /**
     * {@link #predict} of rows {@code 0 .. n - 1} of a row-major feature array, into {@code predictions[0 .. n)}:
     * the same values, in one loop over rows, written out for 6 and 10 features ({@link LinearScores}).
     */
    public void predictAll(double[] features, int n, double[] predictions) {
        LinearScores.all(theta, features, n, predictions);
    }

    /**
     * {@code x^T A^-1 x}: how uncertain the prediction for {@code x} still is (its variance, up to the noise's
     * scale). Never negative. Each off-diagonal product is counted once, doubled.
     */
    public double uncertainty(double[] features, int offset) {
        if (dimension == 6) {
            return uncertaintyOfSix(features, offset);
        }
        if (dimension == 10) {
            return uncertaintyOfTen(features, offset);
        }
        double sum = 0.0;
        for (int i = 0; i < dimension; i++) {
            int row = i * dimension;
            double xi = features[offset + i];
            double offDiagonal = 0.0;
            for (int j = i + 1; j < dimension; j++) {
                offDiagonal += inverse[row + j] * features[offset + j];
            }
            sum += xi * (inverse[row + i] * xi + 2.0 * offDiagonal);
        }
        return Math.max(sum, 0.0);
    }

    /** {@link #uncertainty} with 6 features, written out in the same order of operations: the same double. */
    private double uncertaintyOfSix(double[] features, int offset) {
        double[] m = inverse;
        double x0 = features[offset];
        double x1 = features[offset + 1];
        double x2 = features[offset + 2];
        double x3 = features[offset + 3];
        double x4 = features[offset + 4];
        double x5 = features[offset + 5];
        double sum = 0.0;
        sum += x0 * (m[0] * x0 + 2.0 * (0.0 + m[1] * x1 + m[2] * x2 + m[3] * x3 + m[4] * x4 + m[5] * x5));
        sum += x1 * (m[7] * x1 + 2.0 * (0.0 + m[8] * x2 + m[9] * x3 + m[10] * x4 + m[11] * x5));
        sum += x2 * (m[14] * x2 + 2.0 * (0.0 + m[15] * x3 + m[16] * x4 + m[17] * x5));
        sum += x3 * (m[21] * x3 + 2.0 * (0.0 + m[22] * x4 + m[23] * x5));
        sum += x4 * (m[28] * x4 + 2.0 * (0.0 + m[29] * x5));
        sum += x5 * (m[35] * x5 + 2.0 * 0.0);
        return Math.max(sum, 0.0);
    }

    /** {@link #uncertainty} with 10 features (6 and their 4 listener x song products), written out likewise. */
    private double uncertaintyOfTen(double[] features, int offset) {
        double[] m = inverse;
        double x0 = features[offset];
        double x1 = features[offset + 1];
        double x2 = features[offset + 2];
        double x3 = features[offset + 3];
        double x4 = features[offset + 4];
        double x5 = features[offset + 5];
        double x6 = features[offset + 6];
        double x7 = features[offset + 7];
        double x8 = features[offset + 8];
        double x9 = features[offset + 9];
        double sum = 0.0;
        sum += x0 * (m[0] * x0 + 2.0 * (0.0 + m[1] * x1 + m[2] * x2 + m[3] * x3 + m[4] * x4 + m[5] * x5
                + m[6] * x6 + m[7] * x7 + m[8] * x8 + m[9] * x9));
        sum += x1 * (m[11] * x1 + 2.0 * (0.0 + m[12] * x2 + m[13] * x3 + m[14] * x4 + m[15] * x5 + m[16] * x6
                + m[17] * x7 + m[18] * x8 + m[19] * x9));
        sum += x2 * (m[22] * x2 + 2.0 * (0.0 + m[23] * x3 + m[24] * x4 + m[25] * x5 + m[26] * x6
                + m[27] * x7 + m[28] * x8 + m[29] * x9));
        sum += x3 * (m[33] * x3 + 2.0 * (0.0 + m[34] * x4 + m[35] * x5 + m[36] * x6 + m[37] * x7
                + m[38] * x8 + m[39] * x9));
        sum += x4 * (m[44] * x4 + 2.0 * (0.0 + m[45] * x5 + m[46] * x6 + m[47] * x7 + m[48] * x8 + m[49] * x9));
        sum += x5 * (m[55] * x5 + 2.0 * (0.0 + m[56] * x6 + m[57] * x7 + m[58] * x8 + m[59] * x9));
        sum += x6 * (m[66] * x6 + 2.0 * (0.0 + m[67] * x7 + m[68] * x8 + m[69] * x9));
        sum += x7 * (m[77] * x7 + 2.0 * (0.0 + m[78] * x8 + m[79] * x9));
        sum += x8 * (m[88] * x8 + 2.0 * (0.0 + m[89] * x9));
        sum += x9 * (m[99] * x9 + 2.0 * 0.0);
        return Math.max(sum, 0.0);
    }

    /**
     * The trace of {@code A^-1}: the sum of its eigenvalues, so at least the largest. {@code x^T A^-1 x} never
     * exceeds it times {@code |x|^2}, a bound that costs O(d) where the uncertainty costs O(d^2).
     */
    public double inverseTrace() {
        double trace = 0.0;
        for (int i = 0; i < dimension; i++) {
            trace += inverse[i * dimension + i];
        }
        return trace;
    }

    /**
     * Learns from every position of a slate: candidate {@code slate[p]}, whose features are row {@code slate[p]} of
     * the row-major {@code features}, earned {@code rewards[p]}.
     */
    public void learnSlate(double[] features, int[] slate, double[] rewards, int slateSize) {
        for (int p = 0; p < slateSize; p++) {
            learn(features, slate[p] * dimension, rewards[p]);
        }
    }

    /** Learns that the features at {@code features[offset ..]} earned {@code reward}. */
    public void learn(double[] features, int offset, double reward) {
        double quadratic = 0.0;
        for (int i = 0; i < dimension; i++) {
            int row = i * dimension;
            double g = 0.0;
            for (int j = 0; j < dimension; j++) {
                g += inverse[row + j] * features[offset + j];
            }
            gain[i] = g;
            quadratic += features[offset + i] * g;
        }
        double denominator = 1.0 + quadratic;
        double step = (reward - predict(features, offset)) / denominator;
        for (int i = 0; i < dimension; i++) {
            theta[i] += gain[i] * step;
        }
        // Sherman-Morrison: (A + x x^T)^-1 = A^-1 - (A^-1 x)(A^-1 x)^T / (1 + x^T A^-1 x); upper half, mirrored
        for (int i = 0; i < dimension; i++) {
            double scaled = gain[i] / denominator;
            int row = i * dimension;
            for (int j = i; j < dimension; j++) {
                double value = inverse[row + j] - scaled * gain[j];
                inverse[row + j] = value;
                inverse[j * dimension + i] = value;
            }
        }
    }

    /** Coefficient {@code j} of theta. */
    public double theta(int j) {
        return theta[j];
    }

    /** Entry {@code (i, j)} of {@code A^-1}. */
    public double inverse(int i, int j) {
        return inverse[i * dimension + j];
    }
}
