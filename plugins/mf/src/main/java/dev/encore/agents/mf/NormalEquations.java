package dev.encore.agents.mf;

import java.util.random.RandomGenerator;

/**
 * The ridge regression of one listener's (or one song's) ratings on the other side's vectors, in {@code r}
 * dimensions: {@code A = lambda I + sum v v^T}, {@code b = sum rating v}, solution {@code x = A^-1 b}. Also the
 * Gaussian posterior of that solution, {@code N(x, A^-1)} up to the noise's scale, which the exploration reads.
 *
 * <p>Solved by a Cholesky factorisation {@code A = L L^T}, in arrays sized once: nothing is allocated. A is
 * positive definite for any {@code lambda > 0}, so the factorisation always exists.
 */
final class NormalEquations {

    private final int rank;
    private final double lambda;
    /** A, row-major; only the lower triangle is kept. */
    private final double[] gram;
    private final double[] target;
    /** L, row-major lower triangle, with the reciprocals of its diagonal apart: substitutions then only multiply. */
    private final double[] factor;
    private final double[] inverseDiagonal;
    private final double[] solution;
    private final double[] work;
    private final double[] unit;
    private final double[] column;

    NormalEquations(int rank, double lambda) {
        this.rank = rank;
        this.lambda = lambda;
        this.gram = new double[rank * rank];
        this.target = new double[rank];
        this.factor = new double[rank * rank];
        this.inverseDiagonal = new double[rank];
        this.solution = new double[rank];
        this.work = new double[rank];
        this.unit = new double[rank];
        this.column = new double[rank];
    }

    /** Starts again from no ratings: {@code A = lambda I}, {@code b = 0}. */
    void clear() {
        for (int i = 0; i < rank; i++) {
            int row = i * rank;
            for (int j = 0; j < i; j++) {
                gram[row + j] = 0.0;
            }
            gram[row + i] = lambda;
            target[i] = 0.0;
        }
    }

    /**
     * Sets A and b to statistics kept elsewhere: A as a packed lower triangle at {@code grams[gramOffset ..]} (entry
     * (i, j), {@code j <= i}, at {@code gramOffset + i (i + 1) / 2 + j}), b at {@code targets[targetOffset ..]}.
     */
    void load(double[] grams, int gramOffset, double[] targets, int targetOffset) {
        for (int i = 0; i < rank; i++) {
            int row = i * rank;
            int packedRow = gramOffset + i * (i + 1) / 2;
            for (int j = 0; j <= i; j++) {
                gram[row + j] = grams[packedRow + j];
            }
            target[i] = targets[targetOffset + i];
        }
    }

    /** Writes A and b where {@link #load} reads them. */
    void store(double[] grams, int gramOffset, double[] targets, int targetOffset) {
        for (int i = 0; i < rank; i++) {
            int row = i * rank;
            int packedRow = gramOffset + i * (i + 1) / 2;
            for (int j = 0; j <= i; j++) {
                grams[packedRow + j] = gram[row + j];
            }
            targets[targetOffset + i] = target[i];
        }
    }

    /** Adds one rating of the vector at {@code vectors[offset .. offset + r)}. */
    void add(double[] vectors, int offset, double rating) {
        if (rank == 3) {
            addOfThree(vectors, offset, rating);
            return;
        }
        for (int i = 0; i < rank; i++) {
            double vi = vectors[offset + i];
            target[i] += rating * vi;
            int row = i * rank;
            for (int j = 0; j <= i; j++) {
                gram[row + j] += vi * vectors[offset + j];
            }
        }
    }

    /** {@link #add} in 3 dimensions, written out: every list walk goes through here, once a rating. */
    private void addOfThree(double[] vectors, int offset, double rating) {
        double v0 = vectors[offset];
        double v1 = vectors[offset + 1];
        double v2 = vectors[offset + 2];
        target[0] += rating * v0;
        target[1] += rating * v1;
        target[2] += rating * v2;
        gram[0] += v0 * v0;
        gram[3] += v1 * v0;
        gram[4] += v1 * v1;
        gram[6] += v2 * v0;
        gram[7] += v2 * v1;
        gram[8] += v2 * v2;
    }

    /** Factorises A and solves {@code A x = b}. */
    void solve() {
        for (int j = 0; j < rank; j++) {
            int rowJ = j * rank;
            for (int i = j; i < rank; i++) {
                int rowI = i * rank;
                double sum = gram[rowI + j];
                for (int k = 0; k < j; k++) {
                    sum -= factor[rowI + k] * factor[rowJ + k];
                }
                if (i == j) {
                    double diagonal = Math.sqrt(sum);
                    factor[rowJ + j] = diagonal;
                    inverseDiagonal[j] = 1.0 / diagonal;
                } else {
                    factor[rowI + j] = sum * inverseDiagonal[j];
                }
            }
        }
        forward(target, 0, work);
        backward(work, solution);
    }

    /** {@code out = L^-1 v} for the vector at {@code vectors[offset ..]}. */
    private void forward(double[] vectors, int offset, double[] out) {
        for (int i = 0; i < rank; i++) {
            int row = i * rank;
            double sum = vectors[offset + i];
            for (int k = 0; k < i; k++) {
                sum -= factor[row + k] * out[k];
            }
            out[i] = sum * inverseDiagonal[i];
        }
    }

    /** {@code out = L^-T y}. */
    private void backward(double[] y, double[] out) {
        for (int i = rank - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < rank; k++) {
                sum -= factor[k * rank + i] * out[k];
            }
            out[i] = sum * inverseDiagonal[i];
        }
    }

    /** Coordinate {@code i} of the solution, after {@link #solve}. */
    double solution(int i) {
        return solution[i];
    }

    /** The solution, after {@link #solve}: {@code r} values. Read only. */
    double[] solution() {
        return solution;
    }

    /** Copies the solution into {@code vectors[offset .. offset + r)}. */
    void copySolution(double[] vectors, int offset) {
        System.arraycopy(solution, 0, vectors, offset, rank);
    }

    /**
     * {@code v^T A^-1 v} for the vector at {@code vectors[offset ..]}, after {@link #solve}: the variance of the
     * predicted rating {@code x . v}, up to the noise's scale. Never negative.
     */
    double variance(double[] vectors, int offset) {
        forward(vectors, offset, work);
        double sum = 0.0;
        for (int i = 0; i < rank; i++) {
            sum += work[i] * work[i];
        }
        return sum;
    }

    /**
     * Writes {@code A^-1}, after {@link #solve}, into {@code out} from {@code offset} as a packed lower triangle:
     * entry (i, j), {@code j <= i}, at {@code offset + i (i + 1) / 2 + j}. Column by column, {@code L^-T L^-1 e_j}.
     */
    void inverse(double[] out, int offset) {
        for (int j = 0; j < rank; j++) {
            for (int i = 0; i < rank; i++) {
                unit[i] = i == j ? 1.0 : 0.0;
            }
            forward(unit, 0, work);
            backward(work, column);
            for (int i = j; i < rank; i++) {
                out[offset + i * (i + 1) / 2 + j] = column[i];
            }
        }
    }

    /** The length of a packed lower triangle of an r x r matrix. */
    static int packedSize(int rank) {
        return rank * (rank + 1) / 2;
    }

    /**
     * {@code v^T M v} for the symmetric M packed as {@link #inverse} writes it at {@code matrix[matrixOffset ..]} and
     * v at {@code vector[vectorOffset ..]}.
     */
    static double quadraticForm(double[] matrix, int matrixOffset, double[] vector, int vectorOffset, int rank) {
        if (rank == 3) {
            double v0 = vector[vectorOffset];
            double v1 = vector[vectorOffset + 1];
            double v2 = vector[vectorOffset + 2];
            int m = matrixOffset;
            return matrix[m] * v0 * v0 + matrix[m + 2] * v1 * v1 + matrix[m + 5] * v2 * v2
                    + 2.0 * (matrix[m + 1] * v1 * v0 + matrix[m + 3] * v2 * v0 + matrix[m + 4] * v2 * v1);
        }
        double sum = 0.0;
        for (int i = 0; i < rank; i++) {
            double vi = vector[vectorOffset + i];
            int row = matrixOffset + i * (i + 1) / 2;
            double offDiagonal = 0.0;
            for (int j = 0; j < i; j++) {
                offDiagonal += matrix[row + j] * vector[vectorOffset + j];
            }
            sum += vi * (matrix[row + i] * vi + 2.0 * offDiagonal);
        }
        return sum;
    }

    /**
     * Draws from {@code N(x, scale^2 A^-1)} into {@code out[0 .. r)}, after {@link #solve}: {@code x + scale L^-T z}
     * with z standard normal, whose covariance is {@code scale^2 (L L^T)^-1}.
     */
    void sample(RandomGenerator random, double scale, double[] out) {
        for (int i = 0; i < rank; i++) {
            work[i] = random.nextGaussian();
        }
        backward(work, out);
        for (int i = 0; i < rank; i++) {
            out[i] = solution[i] + scale * out[i];
        }
    }
}
