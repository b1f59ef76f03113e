package dev.encore.engine.data;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small logs under {@code src/test/resources/logs}. */
public final class LogFixtures {

    private LogFixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(LogFixtures.class.getResource("/logs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ListeningLog read(String name) {
        return ListeningLogReader.read(path(name), StrengthMapping.SEED_EVENTS);
    }
}
