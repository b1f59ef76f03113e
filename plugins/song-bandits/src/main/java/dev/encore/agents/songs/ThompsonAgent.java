package dev.encore.agents.songs;

import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Gaussian Thompson sampling with one arm per song: each song's mean reward has the posterior
 * {@code N(m_i, sigma^2 / (n_i + w))}, from the prior {@code N(m_0, sigma^2 / w)} and {@code n_i} rewards believed
 * {@code N(mean, sigma^2)}, so {@code m_i = (w m_0 + sum of its rewards) / (n_i + w)}. At every step one value is
 * drawn from each candidate's posterior and the k largest are recommended, ties at random. Features and listeners
 * are ignored.
 *
 * <p>Each song's posterior mean and standard deviation are kept and changed only when the song is heard, so a
 * candidate costs one Gaussian draw from the agent's generator and one multiply-add.
 */
final class ThompsonAgent implements Agent {

    private final SongRewards rewards;
    private final RandomGenerator random;
    private final double priorMean;
    private final double noise;
    private final double priorWeight;
    private final double[] posteriorMeans;
    private final double[] posteriorDeviations;
    /** The current step's draw for each candidate, by candidate index. */
    private final double[] draws;
    private final TopK top;

    ThompsonAgent(double priorMean, double noise, double priorWeight, int slateSize, int catalogSize,
                  RandomGenerator random) {
        this.rewards = new SongRewards(catalogSize);
        this.random = random;
        this.priorMean = priorMean;
        this.noise = noise;
        this.priorWeight = priorWeight;
        this.posteriorMeans = new double[catalogSize];
        this.posteriorDeviations = new double[catalogSize];
        this.draws = new double[catalogSize];
        this.top = new TopK(slateSize, random);
        Arrays.fill(posteriorMeans, priorMean);
        Arrays.fill(posteriorDeviations, noise / Math.sqrt(priorWeight));
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int size = candidates.size();
        for (int i = 0; i < size; i++) {
            int song = candidates.item(i);
            draws[i] = posteriorMeans[song] + posteriorDeviations[song] * random.nextGaussian();
        }
        top.clear(slateSize);
        top.offerAll(draws, size);
        top.copyTo(slate, slateSize);
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] slateRewards, int slateSize) {
        for (int p = 0; p < slateSize; p++) {
            int song = candidates.item(slate[p]);
            rewards.add(song, slateRewards[p]);
            double weight = rewards.count(song) + priorWeight;
            posteriorMeans[song] = (priorWeight * priorMean + rewards.sum(song)) / weight;
            posteriorDeviations[song] = noise / Math.sqrt(weight);
        }
    }

    /** The mean of {@code song}'s posterior, for tests. */
    double posteriorMean(int song) {
        return posteriorMeans[song];
    }

    /** The variance of {@code song}'s posterior, for tests. */
    double posteriorVariance(int song) {
        return posteriorDeviations[song] * posteriorDeviations[song];
    }
}
