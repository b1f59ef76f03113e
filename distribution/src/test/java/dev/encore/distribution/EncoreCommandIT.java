package dev.encore.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.cli.Encore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The distribution as a person uses it: the command run from {@code lib/} in a JVM of its own, with the built-in
 * agents loaded from {@code plugins/} as plugin jars.
 */
class EncoreCommandIT {

    private static final Path HOME = Path.of(System.getProperty("encore.home"));
    private static final Path EXPERIMENTS = Path.of(System.getProperty("encore.experiments"));
    private static final List<String> LABELS = List.of("random", "greedy", "epsilon-greedy", "linucb", "cautious");
    private static final int EPISODES = 3;

    @TempDir
    Path folder;

    @Test
    void runsAnExperimentAndWritesAReportWhoseFilesAgree() throws Exception {
        Path spec = Files.writeString(folder.resolve("tiny.yaml"), """
                name: tiny
                seed: 11
                episodes: 3
                steps: 300
                environment: {type: embedding, users: 30, items: 40}
                agents:
                  - random
                  - greedy
                  - epsilon-greedy: {epsilon: 0.2}
                  - linucb
                  - linucb: {alpha: 0.3, label: cautious}
                report: {points: 20}
                """);
        Path report = folder.resolve("report");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dencore.home=" + HOME, "-cp", HOME.resolve("lib") + "/*", "dev.encore.cli.Main",
                "run", spec.toString(), "--out", report.toString())
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("stdout.txt").toFile())
                .redirectError(folder.resolve("stderr.txt").toFile())
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();

        assertThat(Files.readString(folder.resolve("stderr.txt"))).isEmpty();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(folder.resolve("stdout.txt")))
                .startsWith("15 trials in ")
                .endsWith("Report: " + report.resolve("report.html") + System.lineSeparator());
        for (String file : List.of("report.html", "summary.csv", "episodes.csv", "curves.csv", "spec.yaml")) {
            assertThat(report.resolve(file)).isRegularFile();
        }

        List<CSVRecord> episodes = csv(report.resolve("episodes.csv"));
        List<CSVRecord> summary = csv(report.resolve("summary.csv"));
        List<CSVRecord> curves = csv(report.resolve("curves.csv"));
        assertThat(episodes).hasSize(LABELS.size() * EPISODES)
                .allSatisfy(trial -> assertThat(trial.get("status")).isEqualTo("ok"));
        assertThat(summary).extracting(agent -> agent.get("label")).containsExactlyElementsOf(LABELS);
        for (CSVRecord agent : summary) {
            List<CSVRecord> trials = episodes.stream().filter(t -> t.get("label").equals(agent.get("label"))).toList();
            assertThat(trials).hasSize(EPISODES);
            assertThat(agent.get("agent")).isEqualTo(trials.get(0).get("agent"));
            assertThat(Integer.parseInt(agent.get("episodes"))).isEqualTo(EPISODES);
            assertThat(Integer.parseInt(agent.get("failed"))).isZero();
            assertThat(number(agent, "mean_final_regret")).isCloseTo(mean(trials, "final_regret"), within(1e-9));
            assertThat(number(agent, "mean_final_reward")).isCloseTo(mean(trials, "final_reward"), within(1e-9));
            assertThat(number(agent, "mean_steps")).isEqualTo(mean(trials, "steps"));
        }
        for (CSVRecord trial : episodes) {
            List<CSVRecord> curve = curves.stream()
                    .filter(point -> point.get("label").equals(trial.get("label"))
                            && point.get("episode").equals(trial.get("episode")))
                    .toList();
            assertThat(curve).hasSize(20);
            CSVRecord last = curve.get(curve.size() - 1);
            assertThat(last.get("step")).isEqualTo(trial.get("steps"));
            assertThat(last.get("cumulative_regret")).isEqualTo(trial.get("final_regret"));
            assertThat(last.get("cumulative_reward")).isEqualTo(trial.get("final_reward"));
        }

        String data = reportData(Files.readString(report.resolve("report.html")));
        for (String label : LABELS) {
            assertThat(occurrences(data, "\"label\":\"" + label + "\"")).as(label).isEqualTo(1);
        }
        assertThat(seriesIn(data, "\"regret\":{\"mean\":")).isEqualTo(LABELS.size());
        assertThat(seriesIn(data, "\"reward\":{\"mean\":")).isEqualTo(LABELS.size());
    }

    static Stream<Path> shippedExperiments() throws IOException {
        try (Stream<Path> files = Files.list(EXPERIMENTS)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedExperiments")
    void theShippedExperimentsAreValid(Path experiment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Encore(stream(out), stream(err))
                .execute("validate", experiment.toString(), "--out", folder.resolve("report").toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        // every shipped experiment plays the notebook's four agents, some of them swept
        String nl = System.lineSeparator();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(nl + "- random:" + nl, nl + "- greedy:" + nl,
                nl + "- epsilon-greedy:" + nl, nl + "- linucb:" + nl, nl + "ok: ");
    }

    @Test
    void listsTheBuiltInAgentsFromTheirPluginJars() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(new Encore(stream(out), stream(err)).execute("agents")).isZero();
        String listing = out.toString(StandardCharsets.UTF_8);
        assertThat(listing).startsWith("10 agents:")
                .contains("epsilon-greedy", "greedy", "linucb", "lin-ts", "random", "thompson", "ucb1",
                        "disjoint-linucb", "hybrid-linucb", "mf", "alpha", "epsilon", "lambda", "features",
                        "exploration", "prior-mean", "noise", "prior-weight", "rank", "refit-every",
                        HOME.resolve("plugins").resolve("encore-plugin-baseline-").toString(),
                        HOME.resolve("plugins").resolve("encore-plugin-linucb-").toString(),
                        HOME.resolve("plugins").resolve("encore-plugin-song-bandits-").toString(),
                        HOME.resolve("plugins").resolve("encore-plugin-per-listener-").toString(),
                        HOME.resolve("plugins").resolve("encore-plugin-mf-").toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static double number(CSVRecord record, String column) {
        return Double.parseDouble(record.get(column));
    }

    private static double mean(List<CSVRecord> records, String column) {
        return records.stream().mapToDouble(record -> number(record, column)).average().orElseThrow();
    }

    /** The JSON the report's charts are drawn from. */
    private static String reportData(String html) {
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(data.find()).as("the report's data").isTrue();
        return data.group(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** How many arrays the array after {@code key} holds: one series per agent. */
    private static int seriesIn(String json, String key) {
        int start = json.indexOf(key + "[");
        assertThat(start).as(key).isNotNegative();
        int depth = 0;
        int series = 0;
        for (int i = start + key.length(); i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '[') {
                depth++;
                if (depth == 2) {
                    series++;
                }
            } else if (c == ']' && --depth == 0) {
                return series;
            }
        }
        throw new AssertionError("unterminated " + key);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
