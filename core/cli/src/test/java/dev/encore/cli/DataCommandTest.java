package dev.encore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.ListeningLogReader;
import dev.encore.engine.data.StrengthMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new DataCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(arguments);
    }

    @Test
    void generatesALogThatReadsBack(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        int exit = run("generate", "--users", "20", "--items", "50", "--rows", "300", "--columns", "6", "--seed",
                "3", "--out", file.toString());
        assertThat(exit).isZero();
        assertThat(out.toString().strip())
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
    void refusesOptionsOutOfRangeNamingTheOption(@TempDir Path folder) {
        int exit = run("generate", "--columns", "7", "--out", folder.resolve("log.csv").toString());
        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--columns = 7 is not allowed: allowed 6 or 9");
        assertThat(folder.resolve("log.csv")).doesNotExist();
    }

    @Test
    void needsAnOutputFileAndASubcommand() {
        assertThat(run("generate")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("Missing required option: '--out=FILE'");
        assertThat(run()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Missing subcommand: generate");
    }
}
