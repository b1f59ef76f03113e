package dev.encore.engine.spec;

import dev.encore.engine.environment.EnvironmentType;
import dev.encore.engine.params.ParameterValues;

/**
 * The environment an experiment plays.
 *
 * @param name the reusable file's name ({@code spotify} for {@code environments/spotify.yaml}), or {@code inline}
 * @param type its type
 * @param settings its checked settings, defaults filled in
 */
public record EnvironmentChoice(String name, EnvironmentType type, ParameterValues settings) {
}
