package dev.encore.agents.perlistener;

import dev.encore.agents.kit.FeatureRows;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by {@code theta_u . x + alpha sqrt(x^T A_u^-1 x)} with the current listener's own ridge
 * regression, ties at random; learns from every slate position into that listener's model only.
 *
 * <p>x is a candidate's row through the agent's {@link FeatureRows}: its features, or its features and their
 * listener x song products ({@code features: interactions}).
 */
final class DisjointLinUcbAgent implements Agent {

    private final FeatureRows rows;
    private final ListenerRidges models;
    private final UpperConfidenceBounds bounds;
    private final TopK top;
    private final double alpha;

    DisjointLinUcbAgent(FeatureRows rows, int users, double alpha, double lambda, int slateSize, int catalogSize,
                        RandomGenerator random) {
        this.rows = rows;
        this.models = new ListenerRidges(users, rows.dimension(), lambda);
        this.bounds = new UpperConfidenceBounds(rows.dimension(), catalogSize);
        this.top = new TopK(slateSize, random);
        this.alpha = alpha;
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int user = candidates.user();
        top.clear(slateSize);
        bounds.offerAll(rows.map(candidates), candidates.size(), models.thetas(), models.thetaOffset(user),
                models.inverses(), models.inverseOffset(user), alpha, top);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        int user = candidates.user();
        double[] features = rows.mapped(candidates);
        int dimension = rows.dimension();
        for (int p = 0; p < slateSize; p++) {
            models.learn(user, features, slate[p] * dimension, rewards[p]);
        }
    }

    /** The listeners' models, for tests that check them against a direct solution. */
    ListenerRidges models() {
        return models;
    }
}
