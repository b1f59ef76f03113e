package dev.encore.engine.environment;

import dev.encore.engine.data.StrengthMapping;
import java.nio.file.Path;

/**
 * What an environment type is prepared with besides its own settings.
 *
 * @param baseDirectory where relative paths in the settings (a log) are resolved: the spec's folder
 * @param rewards the experiment's strength mapping, for environments built from a listening log
 */
public record EnvironmentContext(Path baseDirectory, StrengthMapping rewards) {
}
