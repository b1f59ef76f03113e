package dev.encore.engine.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a test that opens a page in headless Chromium runs, is skipped or fails. {@code mvn verify} must pass on a
 * machine with only a JDK and Maven, so without Chromium such a test is skipped, saying why; CI installs Chromium and
 * sets {@value #REQUIRE_VARIABLE}=1, so that a browser gone missing there fails the build instead of hiding as a
 * skip.
 */
public final class HeadlessChromium {

    /** The environment variable that makes Chromium required: {@code 1} requires it, {@code 0} or unset not. */
    public static final String REQUIRE_VARIABLE = "ENCORE_REQUIRE_BROWSER";

    /** The names Chromium goes by on the PATH, tried in this order. */
    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private HeadlessChromium() {
    }

    /** What a browser test does. */
    public sealed interface Decision {
    }

    /** Runs, with this Chromium. */
    public record Run(Path executable) implements Decision {
    }

    /** Is skipped, for this reason. */
    public record Skip(String reason) implements Decision {
    }

    /** Fails, for this reason. */
    public record Fail(String reason) implements Decision {
    }

    /** The decision for an environment: its {@code PATH} and {@value #REQUIRE_VARIABLE}. */
    public static Decision decide(Map<String, String> environment) {
        String required = environment.getOrDefault(REQUIRE_VARIABLE, "");
        if (!List.of("", "0", "1").contains(required)) {
            return new Fail(REQUIRE_VARIABLE + " is '" + required + "': allowed 1 (Chromium is required) or 0 (the "
                    + "browser tests are skipped without it)");
        }
        Path found = find(environment.getOrDefault("PATH", ""));
        if (found != null) {
            return new Run(found);
        }
        String missing = "Chromium was not found on the PATH (tried " + String.join(", ", NAMES) + ")";
        return required.equals("1")
                ? new Fail(REQUIRE_VARIABLE + "=1 requires Chromium to open the report in a browser, and " + missing
                        + ". Install it: apt-get install -y chromium")
                : new Skip(missing + ": the browser tests are skipped. Install Chromium to run them; "
                        + REQUIRE_VARIABLE + "=1 makes its absence a failure.");
    }

    /**
     * Chromium for the calling test, as {@link #decide} says for this process's environment: a skip is a JUnit
     * assumption and its reason is printed, since a build's summary only counts skips. Call it from the test or a
     * {@code @BeforeEach}: Surefire counts no skipped test when a {@code @BeforeAll} aborts the class.
     */
    public static Path forTest() {
        Decision decision = decide(System.getenv());
        if (decision instanceof Skip skip) {
            System.out.println("Skipped: " + skip.reason());
            Assumptions.abort(skip.reason());
        }
        if (decision instanceof Fail fail) {
            Assertions.fail(fail.reason());
        }
        return ((Run) decision).executable();
    }

    /** The first of {@link #NAMES} that is an executable file in a folder of {@code path}, or null. */
    private static Path find(String path) {
        for (String name : NAMES) {
            for (String folder : path.split(File.pathSeparator)) {
                if (folder.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
