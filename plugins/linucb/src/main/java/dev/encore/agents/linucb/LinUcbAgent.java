package dev.encore.agents.linucb;

import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by the upper confidence bound {@code theta . x + alpha sqrt(x^T A^-1 x)}, ties at random;
 * learns from every slate position, {@code A^-1} kept by Sherman-Morrison updates.
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
        for (int i = 0; i < size; i++) {
            int offset = i * dimension;
            top.offer(i, model.predict(features, offset) + alpha * Math.sqrt(model.uncertainty(features, offset)));
        }
        for (int p = 0; p < slateSize; p++) {
            slate[p] = top.candidate(p);
        }
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
