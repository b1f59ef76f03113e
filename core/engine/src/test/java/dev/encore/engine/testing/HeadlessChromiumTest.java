package dev.encore.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.testing.HeadlessChromium.Fail;
import dev.encore.engine.testing.HeadlessChromium.Run;
import dev.encore.engine.testing.HeadlessChromium.Skip;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessChromiumTest {

    private static final String NOT_FOUND =
            "Chromium was not found on the PATH (tried chromium, chromium-browser, google-chrome)";

    @TempDir
    Path temp;

    @Test
    void runsWithChromiumFoundOnThePathWhetherRequiredOrNot() throws IOException {
        Path chromium = executable(temp.resolve("bin"), "chromium");
        String path = temp.resolve("empty") + File.pathSeparator + temp.resolve("bin");

        assertThat(HeadlessChromium.decide(Map.of("PATH", path))).isEqualTo(new Run(chromium));
        assertThat(HeadlessChromium.decide(Map.of("PATH", path, "ENCORE_REQUIRE_BROWSER", "1")))
                .isEqualTo(new Run(chromium));
    }

    @Test
    void triesEachNameOfChromiumInTurn() throws IOException {
        executable(temp.resolve("first"), "google-chrome");
        Path browser = executable(temp.resolve("second"), "chromium-browser");
        String path = temp.resolve("first") + File.pathSeparator + temp.resolve("second");

        assertThat(HeadlessChromium.decide(Map.of("PATH", path))).isEqualTo(new Run(browser));
    }

    @Test
    void skipsSayingWhyWhenChromiumIsAbsentAndNotRequired() throws IOException {
        Files.createDirectories(temp.resolve("bin"));
        Skip skip = new Skip(NOT_FOUND + ": the browser tests are skipped. Install Chromium to run them; "
                + "ENCORE_REQUIRE_BROWSER=1 makes its absence a failure.");

        assertThat(HeadlessChromium.decide(Map.of("PATH", temp.resolve("bin").toString()))).isEqualTo(skip);
        assertThat(HeadlessChromium.decide(Map.of("PATH", temp.resolve("bin").toString(),
                "ENCORE_REQUIRE_BROWSER", "0"))).isEqualTo(skip);
        assertThat(HeadlessChromium.decide(Map.of("ENCORE_REQUIRE_BROWSER", ""))).isEqualTo(skip);
    }

    @Test
    void failsSayingWhatToDoWhenChromiumIsAbsentAndRequired() throws IOException {
        Files.createDirectories(temp.resolve("bin"));

        assertThat(HeadlessChromium.decide(Map.of("PATH", temp.resolve("bin").toString(),
                "ENCORE_REQUIRE_BROWSER", "1")))
                .isEqualTo(new Fail("ENCORE_REQUIRE_BROWSER=1 requires Chromium to open the report in a browser, and "
                        + NOT_FOUND + ". Install it: apt-get install -y chromium"));
    }

    @Test
    void aFileThatCannotRunOrAFolderIsNotChromium() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createFile(bin.resolve("chromium"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-r--r--")));
        Files.createDirectories(bin.resolve("google-chrome"));

        assertThat(HeadlessChromium.decide(Map.of("PATH", bin.toString()))).isInstanceOf(Skip.class);
        assertThat(HeadlessChromium.decide(Map.of("PATH", bin.toString(), "ENCORE_REQUIRE_BROWSER", "1")))
                .isInstanceOf(Fail.class);
    }

    @Test
    void anyOtherValueOfTheVariableFailsEvenWithChromiumPresent() throws IOException {
        executable(temp.resolve("bin"), "chromium");

        assertThat(HeadlessChromium.decide(Map.of("PATH", temp.resolve("bin").toString(),
                "ENCORE_REQUIRE_BROWSER", "yes")))
                .isEqualTo(new Fail("ENCORE_REQUIRE_BROWSER is 'yes': allowed 1 (Chromium is required) or 0 (the "
                        + "browser tests are skipped without it)"));
    }

    private static Path executable(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.createFile(folder.resolve(name), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
