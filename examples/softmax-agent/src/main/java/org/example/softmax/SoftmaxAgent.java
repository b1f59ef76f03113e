package org.example.softmax;

import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Softmax (Boltzmann) exploration over ridge regression. Each slate position is drawn among the candidates not yet
 * in the slate with probability proportional to {@code exp(theta . x / temperature)}; after each step the model
 * learns from every position and theta is solved again (a Cholesky solve of the d x d system, cheap for the handful
 * of features an environment shows).
 *
 * <p>Every array is sized once, here, from the catalog and the feature dimension: recommending and learning
 * allocate nothing.
 */
final class SoftmaxAgent implements Agent {

    private final int dimension;
    private final double temperature;
    private final RandomGenerator random;
    /** {@code A = lambda I + sum x x^T}, row-major. */
    private final double[] a;
    /** {@code b = sum r x}. */
    private final double[] b;
    private final double[] theta;
    /** The Cholesky factor of A (lower triangle), refreshed at every solve. */
    private final double[] factor;
    /** One score and one weight per candidate; a candidate already in the slate scores minus infinity. */
    private final double[] scores;
    private final double[] weights;

    SoftmaxAgent(int dimension, int catalogSize, double temperature, double lambda, RandomGenerator random) {
        this.dimension = dimension;
        this.temperature = temperature;
        this.random = random;
        this.a = new double[dimension * dimension];
        this.b = new double[dimension];
        this.theta = new double[dimension];
        this.factor = new double[dimension * dimension];
        this.scores = new double[catalogSize];
        this.weights = new double[catalogSize];
        for (int i = 0; i < dimension; i++) {
            a[i * dimension + i] = lambda;
        }
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int size = candidates.size();
        double[] features = candidates.features();
        for (int i = 0; i < size; i++) {
            double score = 0.0;
            for (int j = 0; j < dimension; j++) {
                score += theta[j] * features[i * dimension + j];
            }
            scores[i] = score;
        }
        weigh(size);
        for (int p = 0; p < slateSize; p++) {
            double total = 0.0;
            for (int i = 0; i < size; i++) {
                total += weights[i];
            }
            if (total == 0.0) {
                // the candidates left all scored far below the ones taken: weigh them against the best of them
                total = weigh(size);
            }
            int chosen = draw(size, total);
            slate[p] = chosen;
            weights[chosen] = 0.0;
            scores[chosen] = Double.NEGATIVE_INFINITY;
        }
    }

    /** Sets each weight to {@code exp((score - best) / temperature)}: the best weighs 1, so nothing overflows. */
    private double weigh(int size) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            best = Math.max(best, scores[i]);
        }
        double total = 0.0;
        for (int i = 0; i < size; i++) {
            weights[i] = Math.exp((scores[i] - best) / temperature);
            total += weights[i];
        }
        return total;
    }

    /** A candidate drawn with probability weight / total. */
    private int draw(int size, double total) {
        double target = random.nextDouble() * total;
        double cumulative = 0.0;
        int last = -1;
        for (int i = 0; i < size; i++) {
            if (weights[i] > 0.0) {
                cumulative += weights[i];
                last = i;
                if (target < cumulative) {
                    return i;
                }
            }
        }
        return last; // target fell on the rounding error of the total
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        double[] features = candidates.features();
        for (int p = 0; p < slateSize; p++) {
            int x = slate[p] * dimension;
            for (int i = 0; i < dimension; i++) {
                b[i] += rewards[p] * features[x + i];
                for (int j = 0; j < dimension; j++) {
                    a[i * dimension + j] += features[x + i] * features[x + j];
                }
            }
        }
        solve();
    }

    /** theta = A^-1 b by Cholesky: A = L L^T, then L y = b and L^T theta = y. */
    private void solve() {
        int d = dimension;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * d + j];
                for (int k = 0; k < j; k++) {
                    sum -= factor[i * d + k] * factor[j * d + k];
                }
                factor[i * d + j] = i == j ? Math.sqrt(sum) : sum / factor[j * d + j];
            }
        }
        for (int i = 0; i < d; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= factor[i * d + k] * theta[k];
            }
            theta[i] = sum / factor[i * d + i];
        }
        for (int i = d - 1; i >= 0; i--) {
            double sum = theta[i];
            for (int k = i + 1; k < d; k++) {
                sum -= factor[k * d + i] * theta[k];
            }
            theta[i] = sum / factor[i * d + i];
        }
    }
}
