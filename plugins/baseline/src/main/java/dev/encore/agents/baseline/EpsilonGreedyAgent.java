package dev.encore.agents.baseline;

import dev.encore.agents.kit.FeatureRows;
import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.agents.kit.UnchosenCandidates;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Fills the slate position by position: with probability epsilon a uniformly random candidate not yet in the slate,
 * otherwise the best-ranked candidate by {@code theta . x} not yet in it. Learns from every slate position. x is a
 * candidate's row through the agent's {@link FeatureRows}.
 */
final class EpsilonGreedyAgent implements Agent {

    private final FeatureRows rows;
    private final RidgeRegression model;
    private final TopK top;
    private final UnchosenCandidates unchosen;
    private final double epsilon;
    private final RandomGenerator random;
    private final double[] scores;

    EpsilonGreedyAgent(FeatureRows rows, double lambda, double epsilon, int slateSize, int catalogSize,
                       RandomGenerator random) {
        this.rows = rows;
        this.model = new RidgeRegression(rows.dimension(), lambda);
        this.scores = new double[catalogSize];
        this.top = new TopK(slateSize, random);
        this.unchosen = new UnchosenCandidates(slateSize);
        this.epsilon = epsilon;
        this.random = random;
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int size = candidates.size();
        model.predictAll(rows.map(candidates), size, scores);
        top.clear(slateSize);
        top.offerAll(scores, size);
        unchosen.clear();
        int rank = 0;
        for (int p = 0; p < slateSize; p++) {
            if (explores()) {
                slate[p] = unchosen.draw(size, random);
            } else {
                while (unchosen.isChosen(top.candidate(rank))) {
                    rank++;
                }
                slate[p] = top.candidate(rank++);
                unchosen.choose(slate[p]);
            }
        }
    }

    /** A coin of probability epsilon; with epsilon 0 no number is drawn, so the agent plays exactly as greedy. */
    private boolean explores() {
        return epsilon > 0 && random.nextDouble() < epsilon;
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        model.learnSlate(rows.mapped(candidates), slate, rewards, slateSize);
    }
}
