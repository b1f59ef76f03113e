package dev.encore.engine.spec;

import dev.encore.engine.environment.EnvironmentBlueprint;
import dev.encore.engine.environment.EnvironmentType;
import dev.encore.engine.params.ParameterValues;

/**
 * The environment an experiment plays, prepared once (a log read, tastes fitted) when the experiment is loaded.
 *
 * @param name the reusable file's name ({@code spotify} for {@code environments/spotify.yaml}), or {@code inline}
 * @param type its type
 * @param settings its checked settings, defaults filled in
 * @param blueprint what its settings prepared: every trial creates its own environment from it
 */
public record EnvironmentChoice(String name, EnvironmentType type, ParameterValues settings,
                               EnvironmentBlueprint blueprint) {
}
