package dev.encore.testing;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;

/**
 * The seed notebook's Spotify environment, step by step, for a test that drives an agent itself and checks it
 * along the way: the candidates of the step's listener, their rewards for a slate, the next listener. Where only the
 * episode's outcome matters, {@link NotebookTrial} plays it.
 *
 * <pre>{@code
 * NotebookEnvironment environment = NotebookEnvironment.seeded(2020);
 * Candidates candidates = environment.candidates();
 * agent.recommend(candidates, slate, 3);
 * environment.step(slate, 3, rewards);
 * agent.learn(candidates, slate, rewards, 3);
 * environment.advance();
 * }</pre>
 */
public final class NotebookEnvironment {

    private final EmbeddingEnvironment environment;

    private NotebookEnvironment(EmbeddingSettings settings, long seed) {
        this.environment = new EmbeddingEnvironment(settings);
        environment.reset(seed);
    }

    /** The notebook's 943 listeners and 1,682 songs, reset with {@code seed}. */
    public static NotebookEnvironment seeded(long seed) {
        return new NotebookEnvironment(EmbeddingSettings.NOTEBOOK, seed);
    }

    /** The notebook's tastes and features on a smaller (or larger) catalog, reset with {@code seed}. */
    public static NotebookEnvironment withCatalog(int users, int items, long seed) {
        return new NotebookEnvironment(EmbeddingSettings.NOTEBOOK.withCatalog(users, items), seed);
    }

    public int users() {
        return environment.users();
    }

    public int items() {
        return environment.items();
    }

    /** Which feature columns are the listener's, the song's and the context's. */
    public FeatureLayout featureLayout() {
        return environment.featureLayout();
    }

    /** The current listener's unheard songs with their features, changed by {@link #step} and {@link #advance()}. */
    public Candidates candidates() {
        return environment.candidates();
    }

    /**
     * Plays the slate to the current listener: those songs leave the candidates for good.
     *
     * @param rewards filled with the reward of each slate position
     * @return the best slate's value, the sum of the top {@code slateSize} rewards among the candidates
     */
    public double step(int[] slate, int slateSize, double[] rewards) {
        return environment.step(slate, slateSize, rewards);
    }

    /**
     * Moves on to the next listener.
     *
     * @return false when every listener has heard every song
     */
    public boolean advance() {
        return environment.advance();
    }
}
