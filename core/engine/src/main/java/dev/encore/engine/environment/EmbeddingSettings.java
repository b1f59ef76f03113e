package dev.encore.engine.environment;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.spi.FeatureLayout;

/**
 * The parameters of the Spotify environment ({@code type: embedding}), checked when built: each bad value is
 * refused with a {@link UserError} whose problem is at the setting's name as written in YAML, with the range allowed.
 *
 * @param users listeners in the catalog
 * @param items songs in the catalog
 * @param hidden size of the hidden taste embeddings
 * @param visibleUser leading listener-embedding values shown in the features
 * @param visibleItem leading song-embedding values shown in the features
 * @param noise context values drawn afresh for every candidate at every step
 * @param random the generator: {@code numpy} or a {@code java.util.random} algorithm
 */
public record EmbeddingSettings(int users, int items, int hidden, int visibleUser, int visibleItem, int noise,
                                String random) {

    /** The seed notebook's settings: 943 listeners, 1,682 songs, hidden 3, features 2 + 2 + 2, numpy. */
    public static final EmbeddingSettings NOTEBOOK = new EmbeddingSettings(943, 1682, 3, 2, 2, 2,
            RandomAlgorithms.NUMPY);

    public EmbeddingSettings {
        requireAtLeast("users", users, 1);
        requireAtLeast("items", items, 1);
        requireAtLeast("hidden", hidden, 1);
        requireRange("visible-user", visibleUser, 0, hidden, " (hidden)");
        requireRange("visible-item", visibleItem, 0, hidden, " (hidden)");
        requireAtLeast("noise", noise, 0);
        if ((long) visibleUser + visibleItem + noise < 1) {
            throw new UserError(new Problem(Problem.Location.NOWHERE, "visible-user + visible-item + noise = 0",
                    "at least 1, agents need a feature"));
        }
        if ((long) items * (visibleUser + visibleItem + noise) > Integer.MAX_VALUE - 8) {
            throw new UserError(new Problem(Problem.Location.NOWHERE, "items x features = " + (long) items
                    * (visibleUser + visibleItem + noise) + " is out of range", "at most " + (Integer.MAX_VALUE - 8)));
        }
        RandomAlgorithms.requireKnown(random);
    }

    /** The length of every candidate's feature vector. */
    public int featureDimension() {
        return visibleUser + visibleItem + noise;
    }

    /** The listener's visible taste values, then the song's, then the context noise. */
    public FeatureLayout featureLayout() {
        return FeatureLayout.builder().listener("listener-taste", visibleUser).song("song-taste", visibleItem)
                .context("noise", noise).build();
    }

    public EmbeddingSettings withCatalog(int users, int items) {
        return new EmbeddingSettings(users, items, hidden, visibleUser, visibleItem, noise, random);
    }

    public EmbeddingSettings withRandom(String random) {
        return new EmbeddingSettings(users, items, hidden, visibleUser, visibleItem, noise, random);
    }

    static void requireAtLeast(String name, long value, long min) {
        if (value < min) {
            throw new UserError(Problem.ofSetting(name, value + " is out of range", "at least " + min));
        }
    }

    private static void requireRange(String name, long value, long min, long max, String maxMeaning) {
        if (value < min || value > max) {
            throw new UserError(Problem.ofSetting(name, value + " is out of range", min + " to " + max + maxMeaning));
        }
    }
}
