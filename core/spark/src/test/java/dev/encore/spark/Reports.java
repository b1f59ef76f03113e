package dev.encore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.cli.Encore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs and report folders the Spark tests compare. */
final class Reports {

    /** A user's plugin, named with --plugins; the built-in agents come with Encore on Spark's jar. */
    static final Path EXAMPLE_PLUGIN = Path.of(System.getProperty("encore.test.plugins"), "example");

    /** The first of timings.csv's columns that are times, different in every run, wherever it runs. */
    private static final String FIRST_TIME_COLUMN = "wall_time_s";

    private Reports() {
    }

    /** Runs {@code encore run} in this JVM; fails unless it succeeds. */
    static void runHere(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Encore(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        assertThat(code).as("encore %s%nout: %s%nerr: %s", String.join(" ", args),
                out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)).isZero();
    }

    /**
     * Asserts that {@code actual} holds the reports of {@code expected} byte for byte: every CSV and spec.yaml, and
     * timings.csv up to its time columns. (The HTML report shows the run's date, duration and threads.)
     */
    static void assertSameReports(Path actual, Path expected) {
        List<String> compared = new ArrayList<>();
        for (Path file : list(expected)) {
            String name = file.getFileName().toString();
            if (name.equals("timings.csv")) {
                assertThat(withoutTimes(actual.resolve(name))).as(name).isEqualTo(withoutTimes(file));
                compared.add(name);
            } else if (name.endsWith(".csv") || name.equals("spec.yaml")) {
                assertThat(actual.resolve(name)).as(name).hasSameBinaryContentAs(file);
                compared.add(name);
            }
        }
        assertThat(compared).contains("episodes.csv", "curves.csv", "summary.csv", "timings.csv", "spec.yaml");
    }

    /** The finished trials a run saved so far. */
    static long savedTrials(Path report) {
        Path trials = report.resolve("trials");
        return Files.isDirectory(trials) ? list(trials).stream().filter(f -> f.toString().endsWith(".trial")).count()
                : 0;
    }

    private static List<String> withoutTimes(Path timings) {
        try {
            List<String> lines = Files.readAllLines(timings);
            int times = List.of(lines.get(0).split(",", -1)).indexOf(FIRST_TIME_COLUMN);
            assertThat(times).as("the %s column of %s", FIRST_TIME_COLUMN, timings).isPositive();
            return lines.stream().map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, times)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
