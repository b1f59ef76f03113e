package dev.encore.engine.environment;

import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;

/**
 * A simulated platform an agent plays: listeners arrive one at a time and hear the slates recommended to them.
 *
 * <p>One episode runs {@link #reset}, then alternately {@link #step} (the current listener hears a slate) and
 * {@link #advance} (the next listener arrives) until {@code advance} says the catalog is exhausted or the trial has
 * run its steps. An environment belongs to one trial and one thread; nothing on the step path allocates.
 */
public interface Environment {

    /** Listeners in the catalog. */
    int users();

    /** Songs in the catalog: the most candidates a step can have. */
    int items();

    /** What each column of a candidate's feature vector means. */
    FeatureLayout featureLayout();

    /** The length of each candidate's feature vector. */
    default int featureDimension() {
        return featureLayout().dimension();
    }

    /** How many steps an episode lasts when run until every listener has heard every song, at this slate size. */
    long stepsToExhaust(int slateSize);

    /** Starts an episode from {@code seed} and makes the first listener arrive. */
    void reset(long seed);

    /** The current listener's candidates: a view that {@link #advance} overwrites. */
    Candidates candidates();

    /**
     * The current listener hears the slate: those songs leave the candidates for good.
     *
     * @param slate distinct candidate indices, positions {@code 0 .. slateSize - 1}
     * @param slateSize how many positions are in use: at least 1, at most the number of candidates
     * @param rewards receives the reward of each slate position, in slate order
     * @return the best slate's value: the sum of the top {@code slateSize} rewards among the candidates before this
     *     step, summed largest first (so {@link TopValues#sum} of the rewards never exceeds it)
     */
    double step(int[] slate, int slateSize, double[] rewards);

    /** The notebook's {@code optimal_return} of the last step: the best single reward among its candidates. */
    double optimalReturn();

    /**
     * Makes the next listener arrive, with fresh candidates.
     *
     * @return false when every listener has heard every song: the episode is over and there are no candidates
     */
    boolean advance();
}
