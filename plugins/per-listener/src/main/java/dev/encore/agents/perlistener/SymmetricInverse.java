package dev.encore.agents.perlistener;

/**
 * The inverse of a small symmetric positive definite matrix by its Cholesky factor, into arrays the caller owns:
 * nothing allocated.
 */
final class SymmetricInverse {

    private final int dimension;
    /** The lower triangular factor L of {@code A = L L^T}, row-major. */
    private final double[] factor;
    private final double[] column;

    SymmetricInverse(int dimension) {
        this.dimension = dimension;
        this.factor = new double[dimension * dimension];
        this.column = new double[dimension];
    }

    /**
     * Writes {@code a^-1} into {@code inverse}, both row-major {@code dimension x dimension}; {@code a} is read only.
     *
     * @throws IllegalStateException when {@code a} is not positive definite (or holds a NaN)
     */
    void invert(double[] a, double[] inverse) {
        int n = dimension;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int p = 0; p < j; p++) {
                    sum -= factor[i * n + p] * factor[j * n + p];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalStateException("the shared model's matrix A0 is not positive definite "
                                + "(pivot " + i + " is " + sum + "): a feature is NaN or infinite, or too large");
                    }
                    factor[i * n + i] = Math.sqrt(sum);
                } else {
                    factor[i * n + j] = sum / factor[j * n + j];
                }
            }
        }
        // column by column: L y = e_c, then L^T column = y
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < n; i++) {
                double sum = i == c ? 1.0 : 0.0;
                for (int p = 0; p < i; p++) {
                    sum -= factor[i * n + p] * column[p];
                }
                column[i] = sum / factor[i * n + i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double sum = column[i];
                for (int p = i + 1; p < n; p++) {
                    sum -= factor[p * n + i] * column[p];
                }
                column[i] = sum / factor[i * n + i];
            }
            for (int i = 0; i < n; i++) {
                inverse[i * n + c] = column[i];
            }
        }
        // the two halves differ by rounding: keep the matrix exactly symmetric, as the quadratic forms assume
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (inverse[i * n + j] + inverse[j * n + i]);
                inverse[i * n + j] = mean;
                inverse[j * n + i] = mean;
            }
        }
    }
}
