package dev.encore.agents.songs;

import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * UCB1 with one arm per song: recommends the top k by {@code mean_i + c sqrt(2 ln t / n_i)}, where {@code n_i} is
 * how often song i was heard (by anyone), {@code mean_i} its mean reward and {@code t} the number of rewards so far.
 * Songs never heard come first; ties at random. Features and listeners are ignored.
 *
 * <p>The bonus is written {@code c sqrt(2 ln t) / sqrt(n_i)}: the first factor once a step, the second kept per song
 * and changed only when the song is heard, so scoring a candidate is one multiply-add and no square root. A song
 * never heard keeps a mean of plus infinity and a factor of 0, so it scores infinity whatever the step's factor, and
 * all such songs tie.
 */
final class Ucb1Agent implements Agent {

    private final SongRewards rewards;
    private final double exploration;
    /** Each song's mean reward; plus infinity while it has never been heard. */
    private final double[] means;
    /** {@code 1 / sqrt(n_i)}; 0 while the song has never been heard. */
    private final double[] inverseRootCounts;
    /** The current step's score of each candidate, by candidate index. */
    private final double[] scores;
    private final TopK top;

    Ucb1Agent(double exploration, int slateSize, int catalogSize, RandomGenerator random) {
        this.rewards = new SongRewards(catalogSize);
        this.exploration = exploration;
        this.means = new double[catalogSize];
        this.inverseRootCounts = new double[catalogSize];
        this.scores = new double[catalogSize];
        this.top = new TopK(slateSize, random);
        Arrays.fill(means, Double.POSITIVE_INFINITY);
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        long t = rewards.total();
        double bonusScale = t == 0 ? 0.0 : exploration * Math.sqrt(2.0 * Math.log(t));
        int size = candidates.size();
        for (int i = 0; i < size; i++) {
            int song = candidates.item(i);
            scores[i] = means[song] + bonusScale * inverseRootCounts[song];
        }
        top.clear(slateSize);
        top.offerAll(scores, size);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] slateRewards, int slateSize) {
        for (int p = 0; p < slateSize; p++) {
            int song = candidates.item(slate[p]);
            rewards.add(song, slateRewards[p]);
            int count = rewards.count(song);
            means[song] = rewards.sum(song) / count;
            inverseRootCounts[song] = 1.0 / Math.sqrt(count);
        }
    }

    /** Candidate {@code candidate}'s score at the last {@link #recommend}, for tests. */
    double score(int candidate) {
        return scores[candidate];
    }
}
