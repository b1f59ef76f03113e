package dev.encore.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files on the class path: the report's script and styles, and uPlot's. */
final class Resources {

    private Resources() {
    }

    /**
     * The UTF-8 text of {@code name}, relative to this package or absolute.
     *
     * @throws IllegalStateException when it is missing: a broken build, not a user's error
     */
    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Resources.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
