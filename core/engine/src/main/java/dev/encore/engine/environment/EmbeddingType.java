package dev.encore.engine.environment;

import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code type: embedding}: the seed notebook's Spotify environment, hidden tastes drawn at every reset. */
public final class EmbeddingType implements EnvironmentType {

    private static final EmbeddingSettings DEFAULTS = EmbeddingSettings.NOTEBOOK;

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public String description() {
        return "listeners and songs with hidden taste embeddings; rating = their dot product (the seed notebook)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("users", DEFAULTS.users(), "listeners in the catalog").atLeast(1),
                ParameterSpec.integer("items", DEFAULTS.items(), "songs in the catalog").atLeast(1),
                ParameterSpec.integer("hidden", DEFAULTS.hidden(), "size of the hidden taste embeddings")
                        .atLeast(1),
                ParameterSpec.integer("visible-user", DEFAULTS.visibleUser(),
                        "leading listener-embedding values shown as features").atLeast(0),
                ParameterSpec.integer("visible-item", DEFAULTS.visibleItem(),
                        "leading song-embedding values shown as features").atLeast(0),
                ParameterSpec.integer("noise", DEFAULTS.noise(),
                        "context values (occasion, weather, mood) drawn afresh per candidate and step").atLeast(0),
                ParameterSpec.text("random", RandomAlgorithms.NUMPY,
                        "generator: numpy (the notebook's numbers) or a java.util.random algorithm"));
    }

    @Override
    public EnvironmentBlueprint prepare(ParameterValues values, EnvironmentContext context) {
        EmbeddingSettings settings = new EmbeddingSettings(
                Math.toIntExact(values.integer("users")),
                Math.toIntExact(values.integer("items")),
                Math.toIntExact(values.integer("hidden")),
                Math.toIntExact(values.integer("visible-user")),
                Math.toIntExact(values.integer("visible-item")),
                Math.toIntExact(values.integer("noise")),
                values.text("random"));
        return blueprint(settings, Tastes.DRAWN);
    }

    /** A blueprint for the given settings and tastes: every trial gets a fresh environment. */
    public static EnvironmentBlueprint blueprint(EmbeddingSettings settings, Tastes tastes) {
        return new EnvironmentBlueprint() {
            @Override
            public Environment create() {
                return new EmbeddingEnvironment(settings, tastes);
            }

            @Override
            public int users() {
                return settings.users();
            }

            @Override
            public int items() {
                return settings.items();
            }

            @Override
            public int featureDimension() {
                return settings.featureDimension();
            }
        };
    }
}
