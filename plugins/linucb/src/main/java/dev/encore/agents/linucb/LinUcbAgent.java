package dev.encore.agents.linucb;

import dev.encore.agents.kit.FeatureRows;
import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends the top k by the upper confidence bound {@code theta . x + alpha sqrt(x^T A^-1 x)}, ties at random;
 * learns from every slate position, {@code A^-1} kept by Sherman-Morrison updates.
 *
 * <p>Most candidates of a step cannot reach the slate: their predicted reward plus the largest bonus they could get
 * (from an {@link UncertaintyBound}, O(d) a candidate) is already below the slate's worst. Such candidates are passed
 * over without computing their exact bonus (O(d^2)), which leaves the slate exactly as it would be otherwise.
 *
 * <p>x is a candidate's row through the agent's {@link FeatureRows}: its features, or its features and their listener
 * x song products.
 */
final class LinUcbAgent implements Agent {

    private final FeatureRows rows;
    private final RidgeRegression model;
    private final UncertaintyBound bound;
    private final TopK top;
    private final double alpha;
    private final double[] predictions;
    private final double[] bounds;

    LinUcbAgent(FeatureRows rows, double alpha, double lambda, int slateSize, int catalogSize,
                RandomGenerator random) {
        this.rows = rows;
        this.model = new RidgeRegression(rows.dimension(), lambda);
        this.bound = new UncertaintyBound(rows.dimension());
        this.top = new TopK(slateSize, random);
        this.alpha = alpha;
        this.predictions = new double[catalogSize];
        this.bounds = new double[catalogSize];
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        double[] features = rows.map(candidates);
        int dimension = rows.dimension();
        int size = candidates.size();
        model.predictAll(features, size, predictions);
        bound.update(model);
        bound.ofAll(features, size, bounds);
        double alphaSquared = alpha * alpha;
        top.clear(slateSize);
        double threshold = top.threshold();
        for (int i = 0; i < size; i++) {
            double predicted = predictions[i];
            double shortfall = threshold - predicted;
            if (shortfall > 0 && shortfall * shortfall > alphaSquared * bounds[i]) {
                continue; // even its largest possible bonus leaves it below the slate: no need for the exact one
            }
            top.offer(i, predicted + alpha * Math.sqrt(model.uncertainty(features, i * dimension)));
            threshold = top.threshold();
        }
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        model.learnSlate(rows.mapped(candidates), slate, rewards, slateSize);
    }

    /** The model, for tests that check it against a direct solution. */
    RidgeRegression model() {
        return model;
    }
}
