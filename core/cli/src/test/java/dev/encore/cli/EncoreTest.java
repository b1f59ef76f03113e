package dev.encore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import dev.encore.engine.spec.AgentSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncoreTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    private Path spec;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeSpec() throws IOException {
        spec = Files.writeString(folder.resolve("tiny.yaml"), """
                seed: 3
                episodes: 2
                steps: 50
                environment: {type: embedding, users: 10, items: 20}
                agents: [first]
                """);
    }

    @Test
    void helpListsTheSubcommandsAndTheExitCodes() {
        assertThat(execute("--help")).isZero();
        assertThat(out()).contains("Usage: encore [-hV] [COMMAND]", "run", "validate", "agents",
                "Exit codes:", "0   done",
                "3   the run finished but some trials failed (the report says why)");
        assertThat(err()).isEmpty();
    }

    @Test
    void eachSubcommandHasItsHelp() {
        assertThat(execute("run", "--help")).isZero();
        assertThat(out()).contains("Usage: encore run", "SPEC", "--episodes=N", "--steps=N|all", "--seed=N",
                "--out=DIR", "--threads=N", "--plugins=DIR", "--fresh", "--verbose", "Exit codes:",
                "the ranking by final regret");
        out.reset();
        assertThat(execute("validate", "--help")).isZero();
        assertThat(out()).contains("Usage: encore validate", "--out=DIR", "--threads=N")
                .doesNotContain("--trial-time-limit");
        out.reset();
        assertThat(execute("agents", "--help")).isZero();
        assertThat(out()).contains("Usage: encore agents", "--plugins=DIR");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(execute()).isEqualTo(2);
        assertThat(err()).startsWith("Usage: encore");
    }

    @Test
    void aMisspeltOptionGetsASuggestion() {
        assertThat(execute("run", spec.toString(), "--episdoes", "3")).isEqualTo(2);
        assertThat(err()).isEqualTo("encore: Unknown options: '--episdoes', '3'" + NL
                + "Possible solutions: --episodes" + NL
                + "Try 'encore run --help'." + NL);
    }

    @Test
    void aMissingSpecIsAUsageError() {
        assertThat(execute("validate")).isEqualTo(2);
        assertThat(err()).isEqualTo("encore: Missing required parameter: 'SPEC'" + NL
                + "Try 'encore validate --help'." + NL);
    }

    @Test
    void aBadSpecIsReportedInPlainLinesWithoutStackTrace() throws IOException {
        Files.writeString(spec, """
                steps: 50
                episodes: 0
                environment: {type: embedding, users: 10, items: 20}
                agents: [frist]
                """);
        assertThat(execute("run", spec.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(spec + ":2:11: episodes: 0 is out of range: allowed an integer from 1 to 1000000"
                + NL + spec + ":4:10: agents[0]: No agent 'frist'. Available: broken, first, stuck. Did you mean 'first'?"
                + NL);
        assertThat(out()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Files.writeString(spec, "steps: [");
        assertThat(execute("validate", spec.toString(), "--verbose")).isEqualTo(1);
        assertThat(err()).startsWith(spec + ":1:9: not valid YAML:")
                .contains("dev.encore.engine.UserError", "\tat dev.encore.engine.spec.");
    }

    @Test
    void validatePrintsTheResolvedSpecAndOk() {
        Path out = folder.resolve("reports");
        assertThat(execute("validate", spec.toString(), "--episodes", "4", "--out", out.toString())).isZero();
        assertThat(out()).contains("name: tiny" + NL, "seed: 3" + NL, "episodes: 4" + NL, "users: 10" + NL,
                "- first:" + NL)
                .endsWith("ok: 1 agent x 4 episodes = 4 trials; the report would go to " + out + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void validatePrintsTheGridOfASweep() throws IOException {
        Files.writeString(spec, """
                seed: 3
                episodes: 2
                steps: 50
                environment: {type: embedding, users: 10, items: [20, 30]}
                agents: [broken, first: {patience: [0.5, 2]}]
                """);
        Path out = folder.resolve("reports");
        assertThat(execute("validate", spec.toString(), "--out", out.toString())).isZero();
        assertThat(out()).contains("  items:" + NL + "  - 20" + NL + "  - 30" + NL)
                .endsWith("conditions: items=20; items=30" + NL
                        + "agents: broken; first patience=0.5; first patience=2.0" + NL
                        + "ok: 2 conditions x 3 agents x 2 episodes = 12 trials; the report would go to " + out + NL);
    }

    @Test
    void aSweepOfMoreTrialsThanAllowedIsRefusedUnlessTheLimitIsRaised() throws IOException {
        Files.writeString(spec, """
                episodes: 5
                steps: 50
                environment: {type: embedding, users: 10, items: 20}
                agents: [first: {patience: [1, 2, 3]}]
                """);
        Path out = folder.resolve("reports");
        assertThat(execute("validate", spec.toString(), "--max-trials", "10", "--out", out.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(spec + ": the sweeps make 15 trials = 1 condition x 3 agents (agents[0] patience 3)"
                + " x 5 episodes: allowed at most 10 trials: sweep fewer values, or raise the limit with --max-trials"
                + " 15" + NL);
        err.reset();
        assertThat(execute("validate", spec.toString(), "--max-trials", "15", "--out", out.toString())).isZero();
        assertThat(execute("run", spec.toString(), "--max-trials", "0")).isEqualTo(1);
        assertThat(err()).startsWith("encore: --max-trials: 0 is out of range: allowed an integer >= 1" + NL);
    }

    @Test
    void validateRefusesAnOutputFolderThatCannotBeWritten() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertThat(execute("validate", spec.toString(), "--out", file.resolve("report").toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(file.resolve("report") + " cannot be created: " + file + " is a file" + NL);
    }

    @Test
    void eventsCountedAsZeroAreWarnedOnStderrByValidateAndRunAndInTheReport() throws IOException {
        Files.writeString(folder.resolve("log.csv"), """
                user_id,item_id,listening_time_in_scale_0-5,title,duration,event_type
                1,10,2,A,100,\"""Like\"""\"Loved it\"""
                2,11,2,B,120,\"""Loved it\"""
                """);
        Files.writeString(spec, """
                episodes: 1
                steps: all
                slate: 1
                environment: {type: logged, log: log.csv}
                rewards: {events: {Like: 1}, unknown-events: zero}
                agents: [first]
                """);
        String warning = "warning: " + folder.resolve("log.csv")
                + ": events not in the rewards mapping count as 0: 'Loved it' (2 times)" + NL;
        Path report = folder.resolve("report");
        assertThat(execute("validate", spec.toString(), "--out", report.toString())).as(this::err).isZero();
        assertThat(err()).isEqualTo(warning);
        err.reset();
        assertThat(execute("run", spec.toString(), "--out", report.toString())).isZero();
        assertThat(err()).isEqualTo(warning);
        assertThat(Files.readString(report.resolve("report.html")))
                .contains("<strong>Warnings</strong>", folder.resolve("log.csv")
                        + ": events not in the rewards mapping count as 0: 'Loved it' (2 times)</li>");
    }

    @Test
    void validateAndRunRefuseTrialsTooLargeForTheHeapAlike() throws IOException {
        Files.writeString(spec, """
                episodes: 2
                steps: all
                environment: {type: embedding, users: 1000000, items: 1000000}
                agents: [first]
                """);
        Path report = folder.resolve("report");
        assertThat(execute("validate", spec.toString(), "--out", report.toString(), "--threads", "2")).isEqualTo(1);
        String refused = err();
        assertThat(refused).startsWith("the run needs about ").contains("(2 trials at once, ", "JAVA_OPTS=-Xmx");
        err.reset();
        assertThat(execute("run", spec.toString(), "--out", report.toString(), "--threads", "2")).isEqualTo(1);
        assertThat(err()).isEqualTo(refused);
        assertThat(report).doesNotExist();
    }

    @Test
    void runWritesTheReportPrintsTheRankingAndSaysWhere() {
        Path report = folder.resolve("report");
        assertThat(execute("run", spec.toString(), "--out", report.toString(), "--threads", "2")).isZero();
        assertThat(out()).startsWith("2 trials in ").endsWith("Report: " + report.resolve("report.html") + NL);
        assertThat(out()).containsPattern("(?m)^Ranking by final regret, lower is better \\(mean \\+/- 95% "
                + "interval over 2 episodes\\):$")
                .containsPattern("(?m)^  rank  agent +final regret  vs best \\(paired\\)$")
                .containsPattern("(?m)^  1     first +[0-9,.]+ \\+/- [0-9,.]+  best$");
        assertThat(report.resolve("report.html")).isRegularFile();
        assertThat(err()).isEmpty();
    }

    @Test
    void aRunWithFailedTrialsExitsWithThree() throws IOException {
        Files.writeString(spec, """
                episodes: 1
                steps: 50
                environment: {type: embedding, users: 10, items: 20}
                agents: [first, broken]
                """);
        assertThat(execute("run", spec.toString(), "--out", folder.resolve("report").toString())).isEqualTo(3);
        assertThat(err()).isEqualTo("1 of 2 trials failed: the report says why." + NL);
        assertThat(out()).containsPattern("(?m)^  -     broken +-  unranked: no successful episode$");
    }

    @Test
    void aTrialPastItsTimeLimitFailsAndTheOthersFinish() throws IOException {
        Files.writeString(spec, """
                episodes: 1
                steps: 50
                environment: {type: embedding, users: 10, items: 20}
                agents: [stuck, first]
                """);
        Path report = folder.resolve("report");
        assertThat(execute("run", spec.toString(), "--out", report.toString(), "--trial-time-limit", "300ms"))
                .isEqualTo(3);
        assertThat(Files.readString(report.resolve("episodes.csv")))
                .containsPattern("(?m)^stuck,stuck,0,2020,-?\\d+,failed,did not finish within 300 ms,,,$")
                .containsPattern("(?m)^first,first,0,2020,-?\\d+,ok,,50,");
    }

    @Test
    void aTrialTimeLimitMustBeADuration() {
        assertThat(execute("run", spec.toString(), "--trial-time-limit", "soon")).isEqualTo(1);
        assertThat(err()).startsWith("encore: Invalid value for option '--trial-time-limit': 'soon' is not a duration");
    }

    @Test
    void progressIsShownOnATerminalOnly() {
        Path report = folder.resolve("report");
        Encore atTerminal = new Encore(stream(out), stream(err), new Terminal(true), agents());
        assertThat(atTerminal.execute("run", spec.toString(), "--out", report.toString(), "--threads", "1")).isZero();
        assertThat(err()).startsWith("\rtrials 0/2 |").contains("\rtrials 2/2 | ").endsWith(NL);
        assertThat(err().stripTrailing()).endsWith(" | done");
    }

    @Test
    void threadsMustBeAPositiveNumber() {
        assertThat(execute("run", spec.toString(), "--threads", "0")).isEqualTo(1);
        assertThat(err()).isEqualTo("encore: --threads: 0 is out of range: allowed an integer >= 1" + NL
                + "Try 'encore run --help'." + NL);
        err.reset();
        assertThat(execute("run", spec.toString(), "--threads", "abc")).isEqualTo(1);
        assertThat(err()).isEqualTo("encore: Invalid value for option '--threads': 'abc' is not an int" + NL
                + "Try 'encore run --help'." + NL);
    }

    /** Every way out of the command, with the code {@code encore --help} and the README document for it. */
    static Stream<Arguments> exitCodes() {
        return Stream.of(
                exit("help", 0, "--help"),
                exit("a command's help", 0, "run", "--help"),
                exit("the version", 0, "--version"),
                exit("a valid spec", 0, "validate", "SPEC", "--out", "DIR/report"),
                exit("the agents", 0, "agents"),
                exit("a spec that does not exist", 1, "validate", "DIR/missing.yaml"),
                exit("--threads not a number", 1, "run", "SPEC", "--threads", "abc"),
                exit("--threads zero", 1, "run", "SPEC", "--threads", "0"),
                exit("--threads zero, on validate", 1, "validate", "SPEC", "--threads", "0"),
                exit("--max-trials zero", 1, "validate", "SPEC", "--max-trials", "0"),
                exit("--episodes not a number", 1, "run", "SPEC", "--episodes", "many"),
                exit("--episodes zero", 1, "validate", "SPEC", "--episodes", "0"),
                exit("--seed negative", 1, "validate", "SPEC", "--seed", "-1"),
                exit("--steps not a number", 1, "validate", "SPEC", "--steps", "lots"),
                exit("--trial-time-limit not a duration", 1, "run", "SPEC", "--trial-time-limit", "soon"),
                exit("a --plugins folder that is missing, on run", 1, "run", "SPEC", "--plugins", "DIR/nowhere"),
                exit("a --plugins folder that is missing, on validate", 1, "validate", "SPEC", "--plugins",
                        "DIR/nowhere"),
                exit("a --plugins folder that is missing, on agents", 1, "agents", "--plugins", "DIR/nowhere"),
                exit("a report folder that is a file", 1, "run", "SPEC", "--out", "SPEC"),
                exit("data generate with a bad value", 1, "data", "generate", "--rows", "-3", "--out", "DIR/x.csv"),
                exit("an unknown option", 2, "run", "SPEC", "--episdoes", "3"),
                exit("an option without its value", 2, "run", "SPEC", "--threads"),
                exit("no SPEC", 2, "validate"),
                exit("no command", 2),
                exit("an unknown command", 2, "frobnicate"),
                exit("data without its subcommand", 2, "data"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("exitCodes")
    void exitsWithTheDocumentedCode(String what, int code, List<String> arguments) {
        String[] args = arguments.stream()
                .map(argument -> argument.replace("SPEC", spec.toString()).replace("DIR", folder.toString()))
                .toArray(String[]::new);
        assertThat(execute(args)).as(() -> what + ": " + err()).isEqualTo(code);
        if (code != 0) {
            // agents lists the plugins that failed with the agents, on stdout
            assertThat(err() + out()).as(what).containsPattern("\\S").doesNotContain("\tat ");
        }
    }

    private static Arguments exit(String what, int code, String... arguments) {
        return Arguments.of(what, code, List.of(arguments));
    }

    @Test
    void aMasterNeedsEncoreOnSparkOnTheClassPath() {
        Path report = folder.resolve("report");
        assertThat(execute("run", spec.toString(), "--out", report.toString(), "--master", "local[2]")).isEqualTo(1);
        assertThat(err()).isEqualTo("--master local[2]: this Encore cannot run on a cluster, because Encore on Spark"
                + " is not on its class path: submit the application jar encore-spark-*-app.jar with spark-submit"
                + " (see docs/spark.md)" + NL);
        assertThat(report).doesNotExist();
    }

    @Test
    void agentsListsTheAgentsAndFailsWhenAPluginDoes() {
        assertThat(execute("agents")).isZero();
        assertThat(out()).contains("first", "recommends the first candidates", "patience", "broken");
        out.reset();
        assertThat(execute("agents", "--plugins", "nowhere")).isEqualTo(1);
        assertThat(out()).contains("nowhere", "not a jar");
    }

    @Test
    void anUnexpectedFailureIsABug() {
        Module failing = binder -> binder.bind(AgentSource.class).toInstance(locations -> {
            throw new IllegalStateException("boom");
        });
        Encore encore = new Encore(stream(out), stream(err), new Terminal(false), failing);
        assertThat(encore.execute("agents")).isEqualTo(4);
        assertThat(err()).isEqualTo("encore: unexpected failure: java.lang.IllegalStateException: boom" + NL
                + "Run again with --verbose for the stack trace." + NL);
    }

    private int execute(String... args) {
        return new Encore(stream(out), stream(err), new Terminal(false), agents()).execute(args);
    }

    private static Module agents() {
        return binder -> binder.bind(AgentSource.class).toInstance(new InMemoryAgents());
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
