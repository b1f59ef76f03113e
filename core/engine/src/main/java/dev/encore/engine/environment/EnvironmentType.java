package dev.encore.engine.environment;

import dev.encore.engine.params.ParameterValues;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/**
 * A kind of environment an experiment can name with {@code type:} (such as {@code embedding} or {@code logged}):
 * the settings it accepts, and how to build it.
 */
public interface EnvironmentType {

    /** The {@code type:} value that selects it. */
    String name();

    /** One line that says what it simulates. */
    String description();

    /** The settings it accepts, with types, defaults and ranges: checked before {@link #prepare} is called. */
    List<ParameterSpec> parameters();

    /**
     * The settings whose value is a file, relative to the spec's folder (a listening log): a resolved spec names it
     * by its absolute path, so that the spec can be resolved away from its folder.
     */
    default List<String> files() {
        return List.of();
    }

    /**
     * Builds what trials share, once per experiment condition.
     *
     * @throws dev.encore.engine.UserError for a combination of settings that is not allowed, each problem at the
     *     setting it names when it names one (as {@link EmbeddingSettings} does), and for a problem with a file the
     *     settings name (a log)
     */
    EnvironmentBlueprint prepare(ParameterValues settings, EnvironmentContext context);
}
