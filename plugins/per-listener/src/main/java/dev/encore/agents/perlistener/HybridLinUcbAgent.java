package dev.encore.agents.perlistener;

import dev.encore.agents.kit.FeatureRows;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by {@code z . beta + x . theta_u + alpha sqrt(s)} of a {@link HybridModel}, ties at random;
 * learns from every slate position into the shared coefficients and the current listener's own.
 *
 * <p>z is a candidate's row through the agent's {@link FeatureRows}: its features, or its features and their listener
 * x song products ({@code features: interactions}), which the shared coefficients then weigh for every listener.
 */
final class HybridLinUcbAgent implements Agent {

    private final FeatureRows rows;
    private final HybridModel model;
    private final UpperConfidenceBounds bounds;
    private final TopK top;
    private final double alpha;

    HybridLinUcbAgent(FeatureRows rows, int users, int[] listenerColumns, double alpha, double lambda, int slateSize,
                      int catalogSize, RandomGenerator random) {
        this.rows = rows;
        this.model = new HybridModel(users, rows.dimension(), listenerColumns, lambda);
        this.bounds = new UpperConfidenceBounds(rows.dimension(), catalogSize);
        this.top = new TopK(slateSize, random);
        this.alpha = alpha;
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        model.prepare(candidates.user());
        top.clear(slateSize);
        bounds.offerAll(rows.map(candidates), candidates.size(), model.weights(), 0, model.quadratic(), 0, alpha,
                top);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        int user = candidates.user();
        double[] features = rows.mapped(candidates);
        int dimension = rows.dimension();
        for (int p = 0; p < slateSize; p++) {
            model.learn(user, features, slate[p] * dimension, rewards[p]);
        }
    }

    /** The model, for tests that check it against a direct solution. */
    HybridModel model() {
        return model;
    }
}
