package dev.encore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.ListeningLogReader;
import dev.encore.engine.data.StrengthMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** {@code encore data ARGUMENTS}, as the command runs it. */
    private int run(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "data";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return new Encore(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(command);
    }

    @Test
    void generatesALogThatReadsBack(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        int exit = run("generate", "--users", "20", "--items", "50", "--rows", "300", "--columns", "6", "--seed",
                "3", "--out", file.toString());
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("Wrote 300 rows (20 listeners, 50 songs, 6 columns, seed 3) to " + file);
        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        assertThat(log.rows()).isEqualTo(300);
        assertThat(log.users()).isEqualTo(20);
        assertThat(log.songColumns()).containsExactly("duration");

        String first = Files.readString(file);
        assertThat(run("generate", "--users", "20", "--items", "50", "--rows", "300", "--columns", "6", "--seed",
                "3", "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void refusesOptionsOutOfRangeNamingTheOptionWithExitCodeOne(@TempDir Path folder) {
        int exit = run("generate", "--columns", "7", "--out", folder.resolve("log.csv").toString());
        assertThat(exit).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err()).startsWith("encore: --columns = 7 is not allowed: allowed 6 or 9");
        assertThat(folder.resolve("log.csv")).doesNotExist();
        err.reset();
        assertThat(run("generate", "--users", "many", "--out", folder.resolve("log.csv").toString()))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err()).startsWith("encore: Invalid value for option '--users': 'many' is not an int");
    }

    @Test
    void needsAnOutputFileAndASubcommand() {
        assertThat(run("generate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).startsWith("encore: Missing required option: '--out=FILE'");
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("Missing subcommand: generate");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
