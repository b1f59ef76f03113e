package dev.encore.engine.environment;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code type: logged}: replays a listening log, rewarded by the mapped strengths (see {@link LoggedEnvironment}). */
public final class LoggedType implements EnvironmentType {

    private static final long DEFAULT_NOISE = 2;

    @Override
    public String name() {
        return "logged";
    }

    @Override
    public String description() {
        return "replays a listening log: each listener's logged songs, rewarded by their mapped strengths";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("log", "", "the listening log to replay (CSV, relative to the spec's folder)"),
                ParameterSpec.integer("noise", DEFAULT_NOISE,
                        "context values (occasion, weather, mood) drawn afresh per candidate and step").atLeast(0),
                ParameterSpec.text("random", RandomAlgorithms.NUMPY,
                        "generator: numpy or a java.util.random algorithm"));
    }

    @Override
    public List<String> files() {
        return List.of("log");
    }

    @Override
    public EnvironmentBlueprint prepare(ParameterValues values, EnvironmentContext context) {
        String log = values.text("log");
        if (log.isEmpty()) {
            throw new UserError(Problem.ofSetting("log", "'' is required: the listening log to replay, a CSV path"
                    + " relative to the spec's folder, such as log: data/listening-log.csv", ""));
        }
        int noise = Math.toIntExact(values.integer("noise"));
        String random = values.text("random");
        EmbeddingSettings.requireAtLeast("noise", noise, 0);
        RandomAlgorithms.requireKnown(random);
        return blueprint(LogFiles.read("log", log, context), noise, random);
    }

    /** A replay of {@code log}: the per-listener song lists and features are built once, trials share them. */
    public static EnvironmentBlueprint blueprint(ListeningLog log, int noise, String random) {
        LoggedCatalog catalog = LoggedCatalog.of(log, noise, random);
        return new PreparedEnvironment(catalog.users(), catalog.items(), catalog.featureLayout(), log.warnings(),
                TrialMemory.logged(catalog), () -> new LoggedEnvironment(catalog));
    }
}
