package dev.encore.agents.perlistener;

import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by {@code z . beta + x . theta_u + alpha sqrt(s)} of a {@link HybridModel}, ties at random;
 * learns from every slate position into the shared coefficients and the current listener's own.
 */
final class HybridLinUcbAgent implements Agent {

    private final HybridModel model;
    private final UpperConfidenceBounds bounds;
    private final TopK top;
    private final double alpha;

    HybridLinUcbAgent(int users, int dimension, int[] listenerColumns, double alpha, double lambda, int slateSize,
                      int catalogSize, RandomGenerator random) {
        this.model = new HybridModel(users, dimension, listenerColumns, lambda);
        this.bounds = new UpperConfidenceBounds(dimension, catalogSize);
        this.top = new TopK(slateSize, random);
        this.alpha = alpha;
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        model.prepare(candidates.user());
        top.clear(slateSize);
        bounds.offerAll(candidates.features(), candidates.size(), model.weights(), 0, model.quadratic(), 0, alpha,
                top);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        int user = candidates.user();
        double[] features = candidates.features();
        int dimension = candidates.dimension();
        for (int p = 0; p < slateSize; p++) {
            model.learn(user, features, slate[p] * dimension, rewards[p]);
        }
    }

    /** The model, for tests that check it against a direct solution. */
    HybridModel model() {
        return model;
    }
}
