package dev.encore.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.encore.engine.UserError;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.engine.run.OutputFolder;
import dev.encore.engine.testing.DeclaredAgents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad specs and output folders, each with the exact lines {@code encore validate} prints: file, line, column, key
 * path (with a sweep's position, {@code agents[0].alpha[2]}), what was found and what is allowed. {@code SPEC}
 * stands for the spec's path, {@code DIR} for its folder and {@code TMP} for the test's folder.
 */
class BadSpecTest {

    private static final String KEYS =
            "name, seed, episodes, steps, slate, environment, rewards, agents, plugins, report";
    private static final String AGENTS = "epsilon-greedy, greedy, linucb, random, single";

    @TempDir
    Path folder;

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                bad("YAML that does not parse", Overrides.NONE, """
                        steps: 10
                        agents: [random, greedy
                        environment: tiny
                        """,
                        "SPEC:3:12: not valid YAML: expected ',' or ']', but got :"
                                + " (while parsing a flow sequence at line 2)"),
                bad("a misspelt key", Overrides.NONE, """
                        steps: 10
                        epsiodes: 5
                        environment: tiny
                        agents: [random]
                        """,
                        "SPEC:2:1: epsiodes: unknown key: allowed " + KEYS + ". Did you mean 'episodes'?"),
                bad("a misspelt agent", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents: [random, linucp]
                        """,
                        "SPEC:3:18: agents[1]: No agent 'linucp'. Available: " + AGENTS + ". Did you mean 'linucb'?"),
                bad("a misspelt agent in a map", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - greedy
                          - epsilon-greddy: {epsilon: 0.2}
                        """,
                        "SPEC:5:5: agents[1]: No agent 'epsilon-greddy'. Available: " + AGENTS
                                + ". Did you mean 'epsilon-greedy'?"),
                bad("a misspelt parameter", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - linucb: {alhpa: 0.3}
                        """,
                        "SPEC:4:14: agents[0].alhpa: unknown key: allowed alpha, lambda, label. Did you mean 'alpha'?"),
                bad("values of the wrong type", Overrides.NONE, """
                        episodes: ten
                        steps: [10]
                        slate: 2.5
                        environment: tiny
                        agents:
                          - epsilon-greedy: {epsilon: often}
                        """,
                        "SPEC:1:11: episodes: 'ten' has the wrong type: allowed an integer from 1 to 1000000",
                        "SPEC:3:8: slate: 2.5 has the wrong type: allowed an integer >= 1",
                        "SPEC:2:8: steps: a list has the wrong type: allowed an integer >= 1, or all",
                        "SPEC:6:31: agents[0].epsilon: 'often' has the wrong type: allowed a real number from 0 to 1"),
                bad("values out of range", Overrides.NONE, """
                        seed: -1
                        steps: 0
                        slate: 0
                        environment: tiny
                        agents:
                          - epsilon-greedy: {epsilon: 1.5, lambda: 0}
                        report: {points: 1}
                        """,
                        "SPEC:1:7: seed: -1 is out of range: allowed an integer from 0 to 4294967295",
                        "SPEC:3:8: slate: 0 is out of range: allowed an integer >= 1",
                        "SPEC:2:8: steps: 0 is out of range: allowed an integer >= 1, or all",
                        "SPEC:7:18: report.points: 1 is out of range: allowed an integer from 2 to 100000",
                        "SPEC:6:31: agents[0].epsilon: 1.5 is out of range: allowed a real number from 0 to 1",
                        "SPEC:6:44: agents[0].lambda: 0 is out of range: allowed a real number > 0"),
                bad("a slate larger than the catalog", Overrides.NONE, """
                        steps: 10
                        slate: 31
                        environment: tiny
                        agents: [random]
                        """,
                        "SPEC:2:8: slate: 31 is out of range: allowed an integer from 1 to 30"
                                + " (the environment's songs)"),
                bad("two agents with one label", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - linucb
                          - random
                          - greedy
                          - linucb: {alpha: 0.3}
                        """,
                        "SPEC:7:5: agents[3]: label 'linucb' is already used by agents[0]: give one of them a"
                                + " distinct label, such as {label: linucb-2}"),
                bad("a missing environment file", Overrides.NONE, """
                        steps: 10
                        environment: tine
                        agents: [random]
                        """,
                        "SPEC:2:14: environment: DIR/environments/tine.yaml not found: available tiny."
                                + " Did you mean 'tiny'?"),
                bad("a missing rewards file", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        rewards: seed-events
                        agents: [random]
                        """,
                        "SPEC:3:10: rewards: DIR/rewards/seed-events.yaml not found: available likes."),
                bad("missing keys", Overrides.NONE, """
                        name: no-steps
                        """,
                        "SPEC:1:1: steps: missing: allowed an integer >= 1, or all",
                        "SPEC:1:1: environment: missing: allowed the name of a file in environments/ or an inline map",
                        "SPEC:1:1: agents: missing: allowed a list of agents, such as [random, linucb]"),
                bad("environment settings out of range and unknown", Overrides.NONE, """
                        steps: 10
                        environment:
                          type: embedding
                          users: 0
                          hiden: 4
                        agents: [random]
                        """,
                        "SPEC:5:3: environment.hiden: unknown key: allowed type, users, items, hidden, visible-user,"
                                + " visible-item, noise, random, catalog, embeddings, fit-sweeps, fit-regularization."
                                + " Did you mean 'hidden'?",
                        "SPEC:4:10: environment.users: 0 is out of range: allowed an integer >= 1"),
                bad("environment settings the type refuses together", Overrides.NONE, """
                        steps: 10
                        environment: {type: embedding, hidden: 2, visible-user: 3}
                        agents: [random]
                        """,
                        "SPEC:2:57: environment.visible-user: 3 is out of range: allowed 0 to 2 (hidden)"),
                bad("a generator that cannot replay a seed", Overrides.NONE, """
                        steps: 10
                        environment: {type: embedding, random: SecureRandom}
                        agents: [random]
                        """,
                        "SPEC:2:40: environment.random: 'SecureRandom' cannot be seeded to draw the same numbers"
                                + " again: allowed " + String.join(", ", RandomAlgorithms.names())),
                bad("an unknown environment type", Overrides.NONE, """
                        steps: 10
                        environment: {type: embeding}
                        agents: [random]
                        """,
                        "SPEC:2:21: environment.type: No environment type 'embeding'. Available: embedding, logged."
                                + " Did you mean 'embedding'?"),
                bad("a log that does not exist", Overrides.NONE, """
                        steps: all
                        environment:
                          type: logged
                          log: data/missing.csv
                        agents: [random]
                        """,
                        "SPEC:4:8: environment.log: 'data/missing.csv': no such file: DIR/data/missing.csv"),
                bad("a log with a bad row", Overrides.NONE, """
                        steps: all
                        environment: {type: logged, log: data/bad-row.csv}
                        agents: [random]
                        """,
                        "SPEC:2:14: environment: DIR/data/bad-row.csv: line 3, column listening_time_in_scale_0-5:"
                                + " not a number: loud"),
                bad("an agent whose factory refuses the experiment", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents: [single]
                        """,
                        "SPEC:3:10: agents[0]: single recommends one song: slate must be 1, not 3"),
                bad("parameters not indented under the agent", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - linucb:
                            alpha: 0.3
                        """,
                        "SPEC:4:5: agents[0]: one agent per item, found keys 'linucb', 'alpha': indent the parameters"
                                + " under the agent's name, or write them as {alpha: 0.3}"),
                bad("a name that cannot name a folder", Overrides.NONE, """
                        name: ../elsewhere
                        steps: 10
                        environment: tiny
                        agents: [random]
                        """,
                        "SPEC:1:7: name: '../elsewhere' is not allowed: allowed letters, digits, '.', '_' and '-',"
                                + " starting with a letter or digit (it names the report folder)"),
                bad("bad rewards", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        rewards: {events: {Like: lots}, unknown-events: ignore}
                        agents: [random]
                        """,
                        "SPEC:3:26: rewards.events.Like: 'lots' has the wrong type: allowed a number",
                        "SPEC:3:49: rewards.unknown-events: 'ignore' is not allowed: allowed error or zero"),
                bad("a key given twice", Overrides.NONE, """
                        steps: 10
                        steps: 20
                        environment: tiny
                        agents: [random]
                        """,
                        "SPEC:2:1: steps: given twice (first at SPEC:1:1)"),
                bad("command-line values out of range", Overrides.of(0L, "many", -5L), """
                        steps: 10
                        environment: tiny
                        agents: [random]
                        """,
                        "--seed: -5 is out of range: allowed an integer from 0 to 4294967295",
                        "--episodes: 0 is out of range: allowed an integer from 1 to 1000000",
                        "--steps: 'many' is not allowed: allowed an integer >= 1, or all"),
                bad("seeds past numpy's last", Overrides.NONE, """
                        seed: 4294967290
                        episodes: 10
                        steps: 10
                        environment: tiny
                        agents: [random]
                        """,
                        "SPEC:1:7: seed: seed + episodes - 1 = 4294967299 is out of range: allowed at most 4294967295"
                                + " (episode e plays seed + e)"),
                bad("a swept value out of range", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - linucb: {alpha: [0.1, 0.3, -1]}
                        """,
                        "SPEC:4:32: agents[0].alpha[2]: -1 is out of range: allowed a real number >= 0"),
                bad("a value swept twice", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - epsilon-greedy: {epsilon: [0.1, 0.2, 0.10]}
                        """,
                        "SPEC:4:42: agents[0].epsilon[2]: 0.1 is already in the sweep, at [0]: allowed each value"
                                + " once"),
                bad("an empty sweep and a list in a sweep", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - greedy: {lambda: []}
                          - linucb: {alpha: [[0.1, 0.2]]}
                        """,
                        "SPEC:4:22: agents[0].lambda: an empty list is not allowed: allowed one or more values to"
                                + " sweep, each a real number > 0",
                        "SPEC:5:22: agents[1].alpha[0]: a list has the wrong type: allowed a real number >= 0"),
                bad("a list where no sweep is allowed", Overrides.NONE, """
                        seed: [1, 2]
                        steps: 10
                        environment: tiny
                        agents: [random]
                        """,
                        "SPEC:1:7: seed: a list has the wrong type: allowed an integer from 0 to 4294967295"),
                bad("an environment setting swept with a value out of range", Overrides.NONE, """
                        steps: 10
                        environment: {type: embedding, users: 20, items: [30, 0]}
                        agents: [random]
                        """,
                        "SPEC:2:55: environment.items[1]: 0 is out of range: allowed an integer >= 1"),
                bad("a condition the environment type refuses", Overrides.NONE, """
                        steps: 10
                        environment: {type: embedding, hidden: 2, visible-user: [1, 2, 3]}
                        agents: [random]
                        """,
                        "SPEC:2:64: environment.visible-user[2]: 3 is out of range: allowed 0 to 2 (hidden)"),
                bad("a variant labelled like another agent", Overrides.NONE, """
                        steps: 10
                        environment: tiny
                        agents:
                          - linucb: {alpha: [0.3, 1]}
                          - linucb: {alpha: 0.3, label: linucb alpha=0.3}
                        """,
                        "SPEC:5:5: agents[1]: label 'linucb alpha=0.3' is already used by agents[0]: give one of them"
                                + " a distinct label, such as {label: linucb alpha=0.3-2}"),
                bad("a slate larger than one condition's catalog", Overrides.NONE, """
                        steps: 10
                        slate: 35
                        environment: {type: embedding, users: 20, items: [40, 30]}
                        agents: [random]
                        """,
                        "SPEC:2:8: slate: 35 is out of range: allowed an integer from 1 to 30 (the environment's"
                                + " songs with items=30)"),
                bad("an agent that refuses to play in a condition", Overrides.NONE, """
                        steps: 10
                        environment: {type: embedding, users: 20, items: [30, 40]}
                        agents: [random, single]
                        """,
                        "SPEC:3:18: agents[1]: with items=30: single recommends one song: slate must be 1, not 3"),
                bad("a grid of more trials than allowed", Overrides.NONE, """
                        episodes: 1000
                        steps: 10
                        environment: tiny
                        agents:
                          - linucb: {alpha: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]}
                          - random
                        """,
                        "SPEC: the sweeps make 11000 trials = 1 condition x 11 agents (agents[0] alpha 10, and 1"
                                + " without sweeps) x 1000 episodes: allowed at most 10000 trials: sweep fewer values,"
                                + " or raise the limit with --max-trials 11000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void reportsEveryProblemWithItsPlace(String what, Overrides overrides, String yaml, List<String> expected)
            throws IOException {
        Path output = folder.resolve("reports/bad");
        assertThat(problems(overrides, yaml, output)).as(what).containsExactlyElementsOf(expected.stream()
                .map(line -> line.replace("SPEC", spec().toString()).replace("DIR", experiments().toString()))
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOutputFolders")
    void refusesAnOutputFolderThatCannotBeWrittenBeforeAnyTrial(String what, String output, String expected)
            throws IOException {
        Files.writeString(folder.resolve("a-file"), "not a folder");
        String yaml = """
                steps: 10
                environment: tiny
                agents: [random]
                """;
        assertThat(problems(Overrides.NONE, yaml, folder.resolve(output)))
                .as(what).containsExactly(expected.replace("TMP", folder.toString()));
    }

    static Stream<Arguments> badOutputFolders() {
        return Stream.of(
                Arguments.of("a file where the folder should be", "a-file", "TMP/a-file cannot be the output folder:"
                        + " it is a file"),
                Arguments.of("a file where a parent folder should be", "a-file/report",
                        "TMP/a-file/report cannot be created: TMP/a-file is a file"));
    }

    /** The problems {@code encore validate} reports: the spec's, then the output folder's. */
    private List<String> problems(Overrides overrides, String yaml, Path output) throws IOException {
        Path experiments = Files.createDirectories(experiments());
        Files.createDirectories(experiments.resolve("environments"));
        Files.writeString(experiments.resolve("environments/tiny.yaml"), "{type: embedding, users: 20, items: 30}");
        Files.createDirectories(experiments.resolve("rewards"));
        Files.writeString(experiments.resolve("rewards/likes.yaml"), "events: {Like: 1}");
        Files.createDirectories(experiments.resolve("data"));
        Files.writeString(experiments.resolve("data/bad-row.csv"), """
                user_id,item_id,listening_time_in_scale_0-5,title,duration,event_type
                1,2,3,Song,180.5,\"""Like\"""
                1,3,loud,Song,200.0,\"""Like\"""
                """);
        Path spec = Files.writeString(spec(), yaml);
        ExperimentLoader loader = new ExperimentLoader(EnvironmentTypes.builtIn(), new DeclaredAgents());
        UserError error = catchThrowableOfType(UserError.class,
                () -> OutputFolder.check(output, loader.load(spec, overrides, List.of()), false));
        assertThat(error).as("a user error").isNotNull();
        return error.problems();
    }

    private Path experiments() {
        return folder.resolve("experiments");
    }

    private Path spec() {
        return experiments().resolve("bad.yaml");
    }

    private static Arguments bad(String what, Overrides overrides, String yaml, String... expected) {
        return Arguments.of(what, overrides, yaml, List.of(expected));
    }
}
