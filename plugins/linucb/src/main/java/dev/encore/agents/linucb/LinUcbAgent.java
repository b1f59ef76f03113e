package dev.encore.agents.linucb;

import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by the upper confidence bound {@code theta . x + alpha sqrt(x^T A^-1 x)}, ties at random;
 * learns from every slate position, {@code A^-1} kept by Sherman-Morrison updates.
 *
 * <p>Most candidates of a step cannot reach the slate: their predicted reward plus the largest bonus any vector of
 * their length could get ({@code alpha sqrt(trace(A^-1)) |x|}) is already below the slate's worst. Such candidates
 * are passed over without computing their exact bonus, which leaves the slate exactly as it would be otherwise.
 */
final class LinUcbAgent implements Agent {

    private final RidgeRegression model;
    private final TopK top;
    private final double alpha;

    LinUcbAgent(int dimension, double alpha, double lambda, int slateSize, RandomGenerator random) {
        this.model = new RidgeRegression(dimension, lambda);
        this.top = new TopK(slateSize, random);
        this.alpha = alpha;
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        double[] features = candidates.features();
        int dimension = candidates.dimension();
        int size = candidates.size();
        top.clear(slateSize);
        // alpha^2 x^T A^-1 x <= bonusBound |x|^2, with a margin far above rounding errors
        double bonusBound = alpha * alpha * model.inverseTrace() * (1 + 1e-6);
        for (int i = 0; i < size; i++) {
            int offset = i * dimension;
            double predicted = model.predict(features, offset);
            double shortfall = top.threshold() - predicted;
            if (shortfall > 0 && shortfall * shortfall > bonusBound * squaredNorm(features, offset, dimension)) {
                continue; // even its largest possible bonus leaves it below the slate: no need for the exact one
            }
            top.offer(i, predicted + alpha * Math.sqrt(model.uncertainty(features, offset)));
        }
        for (int p = 0; p < slateSize; p++) {
            slate[p] = top.candidate(p);
        }
    }

    private static double squaredNorm(double[] features, int offset, int dimension) {
        double sum = 0.0;
        for (int j = 0; j < dimension; j++) {
            sum += features[offset + j] * features[offset + j];
        }
        return sum;
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        double[] features = candidates.features();
        int dimension = candidates.dimension();
        for (int p = 0; p < slateSize; p++) {
            model.learn(features, slate[p] * dimension, rewards[p]);
        }
    }

    /** The model, for tests that check it against a direct solution. */
    RidgeRegression model() {
        return model;
    }
}
