package dev.encore.agents.perlistener;

import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by {@code theta_u . x + alpha sqrt(x^T A_u^-1 x)} with the current listener's own ridge
 * regression, ties at random; learns from every slate position into that listener's model only.
 */
final class DisjointLinUcbAgent implements Agent {

    private final ListenerRidges models;
    private final UpperConfidenceBounds bounds;
    private final TopK top;
    private final double alpha;

    DisjointLinUcbAgent(int users, int dimension, double alpha, double lambda, int slateSize, int catalogSize,
                        RandomGenerator random) {
        this.models = new ListenerRidges(users, dimension, lambda);
        this.bounds = new UpperConfidenceBounds(dimension, catalogSize);
        this.top = new TopK(slateSize, random);
        this.alpha = alpha;
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int user = candidates.user();
        top.clear(slateSize);
        bounds.offerAll(candidates.features(), candidates.size(), models.thetas(), models.thetaOffset(user),
                models.inverses(), models.inverseOffset(user), alpha, top);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        int user = candidates.user();
        double[] features = candidates.features();
        int dimension = candidates.dimension();
        for (int p = 0; p < slateSize; p++) {
            models.learn(user, features, slate[p] * dimension, rewards[p]);
        }
    }

    /** The listeners' models, for tests that check them against a direct solution. */
    ListenerRidges models() {
        return models;
    }
}
