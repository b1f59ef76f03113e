package dev.encore.engine.environment;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.ListeningLogReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the listening log an environment setting names, relative to the spec's folder. */
final class LogFiles {

    private LogFiles() {
    }

    /**
     * @param setting the setting's name, for messages ({@code catalog}, {@code log})
     * @param value the path as written in the spec
     * @throws UserError when the file is missing (the problem at the setting) or is not a readable log under the
     *     experiment's mapping
     */
    static ListeningLog read(String setting, String value, EnvironmentContext context) {
        Path file = context.baseDirectory().resolve(value);
        if (!Files.isRegularFile(file)) {
            throw new UserError(Problem.ofSetting(setting, "'" + value + "': no such file: " + file, ""));
        }
        return ListeningLogReader.read(file, context.rewards());
    }
}
