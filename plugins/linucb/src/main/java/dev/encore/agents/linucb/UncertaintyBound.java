package dev.encore.agents.linucb;

import dev.encore.agents.kit.RidgeRegression;
import java.util.Arrays;

/**
 * An upper bound on {@code x^T A^-1 x} that costs O(d) a candidate where the exact value costs O(d^2), tight enough
 * that LinUCB can pass over most candidates without their exact bonus.
 *
 * <p>For any unit vector q and number l, {@code A^-1 = l q q^T + R} with R what remains, so
 * {@code x^T A^-1 x = l (q.x)^2 + x^T R x <= l (q.x)^2 + |R|_F |x|^2} (the Frobenius norm of a symmetric matrix is at
 * least its largest eigenvalue). With q the direction in which {@code A^-1} is largest, the least explored one, and
 * l its eigenvalue, R keeps only the smaller eigenvalues and the bound is close to the exact value; bounding by the
 * trace alone ({@code trace(A^-1) |x|^2}) left nearly every candidate to compute while one direction was still
 * unexplored. q comes from two steps of power iteration per update, started from the previous q: {@code A^-1}
 * changes little from one step to the next. The bound holds whatever q is; a poor q only makes it looser.
 */
final class UncertaintyBound {

    /** Relative slack for rounding, far above the few ulps the exact and the bound computations can differ by. */
    private static final double RELATIVE_MARGIN = 1e-6;
    /** Absolute slack, in units of {@code trace(A^-1) |x|^2}, which bounds the rounding error of either side. */
    private static final double ABSOLUTE_MARGIN = 1e-9;
    private static final int POWER_STEPS = 2;

    private final int dimension;
    private final double[] direction;
    private final double[] product;
    private double weight;
    private double residual;

    UncertaintyBound(int dimension) {
        this.dimension = dimension;
        this.direction = new double[dimension];
        this.product = new double[dimension];
        startDirection();
    }

    private void startDirection() {
        Arrays.fill(direction, 1.0 / Math.sqrt(dimension));
    }

    /** Fits the bound to the model's current {@code A^-1}. */
    void update(RidgeRegression model) {
        for (int step = 0; step < POWER_STEPS; step++) {
            multiply(model, direction, product);
            double norm = 0.0;
            for (int i = 0; i < dimension; i++) {
                norm += product[i] * product[i];
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0 && norm < Double.POSITIVE_INFINITY)) {
                startDirection(); // only a broken matrix gets here; its bound is NaN and passes over nothing
                break;
            }
            for (int i = 0; i < dimension; i++) {
                direction[i] = product[i] / norm;
            }
        }
        multiply(model, direction, product);
        double l = 0.0;
        for (int i = 0; i < dimension; i++) {
            l += direction[i] * product[i];
        }
        double squares = 0.0;
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                double r = model.inverse(i, j) - l * direction[i] * direction[j];
                squares += r * r;
            }
        }
        weight = l * (1 + RELATIVE_MARGIN);
        residual = Math.sqrt(squares) * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN * model.inverseTrace();
    }

    private void multiply(RidgeRegression model, double[] vector, double[] out) {
        for (int i = 0; i < dimension; i++) {
            double sum = 0.0;
            for (int j = 0; j < dimension; j++) {
                sum += model.inverse(i, j) * vector[j];
            }
            out[i] = sum;
        }
    }

    /**
     * {@link #of} for rows {@code 0 .. n - 1} of a row-major feature array, into {@code bounds[0 .. n)}, in one
     * loop over rows (written out for 6 features, the notebook's shape). Fused multiply-adds: a bound need not
     * repeat any other computation's rounding, only stay above the exact value, which its margins see to.
     */
    void ofAll(double[] features, int n, double[] bounds) {
        if (dimension != 6) {
            for (int i = 0; i < n; i++) {
                bounds[i] = of(features, i * dimension);
            }
            return;
        }
        double q0 = direction[0];
        double q1 = direction[1];
        double q2 = direction[2];
        double q3 = direction[3];
        double q4 = direction[4];
        double q5 = direction[5];
        for (int i = 0; i < n; i++) {
            int at = i * 6;
            double x0 = features[at];
            double x1 = features[at + 1];
            double x2 = features[at + 2];
            double x3 = features[at + 3];
            double x4 = features[at + 4];
            double x5 = features[at + 5];
            double along = Math.fma(q5, x5, Math.fma(q4, x4, Math.fma(q3, x3,
                    Math.fma(q2, x2, Math.fma(q1, x1, q0 * x0)))));
            double squaredNorm = Math.fma(x5, x5, Math.fma(x4, x4, Math.fma(x3, x3,
                    Math.fma(x2, x2, Math.fma(x1, x1, x0 * x0)))));
            bounds[i] = Math.fma(weight * along, along, residual * squaredNorm);
        }
    }

    /** At least {@code x^T A^-1 x} as {@link RidgeRegression#uncertainty} computes it, for the features at offset. */
    double of(double[] features, int offset) {
        double along = 0.0;
        double squaredNorm = 0.0;
        for (int j = 0; j < dimension; j++) {
            double x = features[offset + j];
            along = Math.fma(direction[j], x, along);
            squaredNorm = Math.fma(x, x, squaredNorm);
        }
        return Math.fma(weight * along, along, residual * squaredNorm);
    }
}
