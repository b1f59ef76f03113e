package dev.encore.agents.baseline;

import dev.encore.agents.kit.FeatureRows;
import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by {@code theta . x}, ties at random; learns from every slate position. x is a candidate's row
 * through the agent's {@link FeatureRows}.
 */
final class GreedyAgent implements Agent {

    private final FeatureRows rows;
    private final RidgeRegression model;
    private final TopK top;
    private final double[] scores;

    GreedyAgent(FeatureRows rows, double lambda, int slateSize, int catalogSize, RandomGenerator random) {
        this.rows = rows;
        this.model = new RidgeRegression(rows.dimension(), lambda);
        this.top = new TopK(slateSize, random);
        this.scores = new double[catalogSize];
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int size = candidates.size();
        model.predictAll(rows.map(candidates), size, scores);
        top.clear(slateSize);
        top.offerAll(scores, size);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        model.learnSlate(rows.mapped(candidates), slate, rewards, slateSize);
    }
}
