package dev.encore.engine.environment;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.data.AlternatingLeastSquares;
import dev.encore.engine.data.Factorization;
import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.StrengthMatrix;
import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/**
 * {@code type: embedding}: the seed notebook's Spotify environment. Hidden tastes are drawn at every reset, or, with
 * {@code embeddings: fitted}, fitted once to a listening log's strengths.
 *
 * <p>With {@code catalog: <log>} the listeners and songs are counted from the log (the seed's way of sizing the
 * catalog): the catalog decides, and a {@code users} or {@code items} other than its default that disagrees with
 * the log is refused. A fit needs a catalog.
 */
public final class EmbeddingType implements EnvironmentType {

    /** {@code embeddings:} drawn at every reset, the notebook's way. */
    public static final String DRAWN = "drawn";
    /** {@code embeddings:} fitted once to the catalog's strengths. */
    public static final String FITTED = "fitted";

    private static final EmbeddingSettings DEFAULTS = EmbeddingSettings.NOTEBOOK;
    private static final long DEFAULT_FIT_SWEEPS = 20;
    private static final double DEFAULT_FIT_REGULARIZATION = 1.0;

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
                        "generator: numpy (the notebook's numbers) or a java.util.random algorithm"),
                ParameterSpec.text("catalog", "",
                        "a listening log (CSV, relative to the spec's folder) that sizes users and items"),
                ParameterSpec.text("embeddings", DRAWN,
                        "drawn (at every reset) or fitted (once, to the catalog's strengths: needs a catalog)"),
                ParameterSpec.integer("fit-sweeps", DEFAULT_FIT_SWEEPS,
                        "alternating least squares sweeps of a fit").atLeast(1),
                ParameterSpec.real("fit-regularization", DEFAULT_FIT_REGULARIZATION,
                        "weight of the embeddings' lengths in a fit, per logged pair").above(0));
    }

    @Override
    public List<String> files() {
        return List.of("catalog");
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
        String embeddings = values.text("embeddings");
        if (!embeddings.equals(DRAWN) && !embeddings.equals(FITTED)) {
            throw new UserError(Problem.ofSetting("embeddings", "'" + embeddings + "' is not allowed",
                    DRAWN + " or " + FITTED));
        }
        String catalog = values.text("catalog");
        if (catalog.isEmpty()) {
            if (embeddings.equals(FITTED)) {
                throw new UserError(Problem.ofSetting("embeddings", "'fitted' needs a catalog: the listening log to"
                        + " fit, such as catalog: data/listening-log.csv", ""));
            }
            return blueprint(settings, Tastes.DRAWN, List.of());
        }
        ListeningLog log = LogFiles.read("catalog", catalog, context);
        requireAgrees("users", settings.users(), DEFAULTS.users(), log.users(), "listeners", log);
        requireAgrees("items", settings.items(), DEFAULTS.items(), log.items(), "songs", log);
        EmbeddingSettings sized = settings.withCatalog(log.users(), log.items());
        if (embeddings.equals(DRAWN)) {
            return blueprint(sized, Tastes.DRAWN, log.warnings());
        }
        Factorization fit = AlternatingLeastSquares.fit(StrengthMatrix.byUser(log), settings.hidden(),
                values.real("fit-regularization"), Math.toIntExact(values.integer("fit-sweeps")));
        return blueprint(sized, new FittedTastes(fit), log.warnings());
    }

    private static void requireAgrees(String name, int given, int byDefault, int counted, String what,
                                      ListeningLog log) {
        if (given != byDefault && given != counted) {
            throw new UserError(Problem.ofSetting(name, given + " disagrees with the catalog " + log.source()
                    + ", which has " + counted + " " + what + ": leave " + name + " out, the catalog sets it", ""));
        }
    }

    /** A blueprint for the given settings and tastes: every trial gets a fresh environment. */
    public static EnvironmentBlueprint blueprint(EmbeddingSettings settings, Tastes tastes) {
        return blueprint(settings, tastes, List.of());
    }

    private static EnvironmentBlueprint blueprint(EmbeddingSettings settings, Tastes tastes, List<String> warnings) {
        return new PreparedEnvironment(settings.users(), settings.items(), settings.featureLayout(), warnings,
                TrialMemory.embedding(settings), () -> new EmbeddingEnvironment(settings, tastes));
    }
}
