package dev.encore.agents.linucb;

import dev.encore.agents.kit.FeatureRows;
import dev.encore.agents.kit.LinearScores;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Linear Thompson sampling: at each step draws weights {@code theta~} from the ridge posterior {@code N(A^-1 b, v^2
 * A^-1)} and recommends the top k by {@code x . theta~}, ties at random; learns from every slate position. One draw
 * serves the whole slate. x is a candidate's row through the agent's {@link FeatureRows}.
 */
final class LinTsAgent implements Agent {

    private final FeatureRows rows;
    private final RidgePosterior posterior;
    private final TopK top;
    private final double scale;
    private final RandomGenerator random;
    private final double[] weights;
    private final double[] scores;

    LinTsAgent(FeatureRows rows, double scale, double lambda, int slateSize, int catalogSize,
               RandomGenerator random) {
        this.rows = rows;
        this.posterior = new RidgePosterior(rows.dimension(), lambda);
        this.top = new TopK(slateSize, random);
        this.scale = scale;
        this.random = random;
        this.weights = new double[rows.dimension()];
        this.scores = new double[catalogSize];
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        double[] x = rows.map(candidates);
        int size = candidates.size();
        posterior.sample(scale, random, weights);
        LinearScores.all(weights, x, size, scores);
        top.clear(slateSize);
        top.offerAll(scores, size);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        posterior.learnSlate(rows.mapped(candidates), slate, rewards, slateSize);
    }

    /** The posterior, for tests that check it against a direct solution. */
    RidgePosterior posterior() {
        return posterior;
    }
}
