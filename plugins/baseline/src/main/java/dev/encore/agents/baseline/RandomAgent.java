package dev.encore.agents.baseline;

import dev.encore.agents.kit.UnchosenCandidates;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/** A slate of distinct candidates drawn uniformly at random: every k-subset equally likely, in random order. */
final class RandomAgent implements Agent {

    private final RandomGenerator random;
    private final UnchosenCandidates unchosen;

    RandomAgent(RandomGenerator random, int slateSize) {
        this.random = random;
        this.unchosen = new UnchosenCandidates(slateSize);
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        unchosen.clear();
        int size = candidates.size();
        for (int p = 0; p < slateSize; p++) {
            slate[p] = unchosen.draw(size, random);
        }
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        // a random policy has nothing to learn
    }
}
