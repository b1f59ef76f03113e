package dev.encore.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.UserError;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.run.ExperimentRunner;
import dev.encore.engine.run.ProgressListener;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.RunOutcome;
import dev.encore.engine.spec.ExperimentLoader;
import dev.encore.engine.spec.Overrides;
import dev.encore.engine.testing.Csv;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that calls System.exit, Runtime.exit or Runtime.halt, in a real jar: the call fails the trial that made
 * it, with the call as the reason, and the run goes on to its report. Were the calls not guarded, the test's own
 * JVM would end here.
 */
class PluginExitTest {

    private static final Map<String, String> SOURCES = Map.of(
            "org.example.calm.Doubling", """
                    package org.example.calm;

                    public final class Doubling {
                        public int twice(int value) {
                            return 2 * value;
                        }
                    }
                    """,
            "org.example.exits.ExitingFactory", """
                    package org.example.exits;

                    import dev.encore.spi.Agent;
                    import dev.encore.spi.AgentContext;
                    import dev.encore.spi.AgentFactory;
                    import dev.encore.spi.ParameterSpec;
                    import java.util.List;

                    public final class ExitingFactory implements AgentFactory {
                        @Override public String name() { return "exiting"; }
                        @Override public String description() { return "ends the JVM at its second step"; }
                        @Override public List<ParameterSpec> parameters() {
                            return List.of(ParameterSpec.text("how", "never", "how it tries to end the JVM"));
                        }
                        @Override public Agent create(AgentContext context) {
                            if (context.text("how").equals("when-created")) {
                                System.exit(9);
                            }
                            return new ExitingAgent(context.text("how"));
                        }
                    }
                    """,
            "org.example.exits.ExitingAgent", """
                    package org.example.exits;

                    import dev.encore.spi.Agent;
                    import dev.encore.spi.Candidates;
                    import java.util.function.IntConsumer;

                    final class ExitingAgent implements Agent {
                        private final String how;
                        private int steps;

                        ExitingAgent(String how) {
                            this.how = how;
                        }

                        @Override
                        public void recommend(Candidates candidates, int[] slate, int slateSize) {
                            for (int p = 0; p < slateSize; p++) {
                                slate[p] = p;
                            }
                            if (++steps < 2) {
                                return;
                            }
                            switch (how) {
                                case "system" -> System.exit(3);
                                case "halt" -> Runtime.getRuntime().halt(4);
                                case "runtime" -> Runtime.getRuntime().exit(5);
                                case "reference" -> {
                                    IntConsumer exit = System::exit;
                                    exit.accept(6);
                                }
                                case "bound-reference" -> {
                                    IntConsumer halt = Runtime.getRuntime()::halt;
                                    halt.accept(7);
                                }
                                case "caught" -> {
                                    try {
                                        System.exit(8);
                                    } catch (Exception e) {
                                        // a plugin that carries on after any exception
                                    }
                                }
                                default -> { }
                            }
                        }

                        @Override
                        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                        }
                    }
                    """);

    @TempDir
    static Path build;

    private static LoadedAgent exiting;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildThePlugin() throws IOException {
        Path classes = build.resolve("classes");
        PluginJars.compile(classes, SOURCES);
        Path jar = PluginJars.jar(build.resolve("exits.jar"), classes, List.of("org.example.exits"),
                List.of("org.example.exits.ExitingFactory"));
        AgentRegistry registry = PluginLoader.load(List.of(jar));
        assertThat(registry.failures()).isEmpty();
        exiting = registry.get("exiting");
    }

    @Test
    void everyWayToEndTheJvmFailsOnlyItsTrialWithTheCallAndTheRunWritesItsReport() throws IOException {
        List<String> ways = List.of("system", "halt", "runtime", "reference", "bound-reference", "caught", "never");
        List<TestExperiments.TestAgent> agents = ways.stream()
                .map(how -> new TestExperiments.TestAgent(how, exiting, Map.of("how", how))).toList();
        Path folder = temp.resolve("exits");
        RunOutcome outcome = Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class).run(
                TestExperiments.experiment("exits", 2020, 1, 10, 5, agents), new RunOptions(folder, 2, false),
                ProgressListener.NONE);

        assertThat(outcome.failed()).isEqualTo(6);
        assertThat(folder.resolve(ReportFiles.REPORT_HTML)).isNotEmptyFile();
        String guarded = " in recommend (a plugin cannot end the run)";
        assertThat(Csv.read(folder.resolve(ReportFiles.EPISODES_CSV)))
                .extracting(row -> row.get("label") + ": " + row.get("status") + " " + row.get("message"))
                .containsExactly(
                        "system: failed step 2: the agent called System.exit(3)" + guarded,
                        "halt: failed step 2: the agent called Runtime.halt(4)" + guarded,
                        "runtime: failed step 2: the agent called Runtime.exit(5)" + guarded,
                        "reference: failed step 2: the agent called System.exit(6)" + guarded,
                        "bound-reference: failed step 2: the agent called Runtime.halt(7)" + guarded,
                        "caught: failed step 2: the agent called System.exit(8)" + guarded,
                        "never: ok ");
    }

    @Test
    void anAgentThatExitsWhenCreatedThrowsInstead() {
        var parameters = ParameterBinder.bind(exiting.parameters(), Map.of("how", "when-created")).orElseThrow();
        assertThatThrownBy(() -> exiting.create(new TrialAgentContext(parameters, new SplittableRandom(1), 3, 50,
                80, EmbeddingSettings.NOTEBOOK.featureLayout(), OptionalLong.empty())))
                .isInstanceOf(ExitCalledError.class)
                .hasMessage("System.exit(9)");
    }

    @Test
    void validateNamesAnAgentThatExitsWhenCreated() throws IOException {
        Path spec = Files.writeString(temp.resolve("exits.yaml"), """
                steps: 10
                environment: {type: embedding, users: 20, items: 30}
                agents:
                  - exiting: {how: when-created}
                """);
        ExperimentLoader loader = new ExperimentLoader(EnvironmentTypes.builtIn(), PluginLoader::load);
        assertThatThrownBy(() -> loader.load(spec, Overrides.NONE, List.of(build.resolve("exits.jar"))))
                .isInstanceOf(UserError.class)
                .hasMessage(spec + ":4:5: agents[0]: exiting called System.exit(9) when created (a plugin cannot end"
                        + " the run)");
    }

    @Test
    void classesThatNameNoExitAreDefinedAsTheyAre() throws IOException {
        byte[] quiet = Files.readAllBytes(build.resolve("classes/org/example/calm/Doubling.class"));
        assertThat(ExitCalls.guard("org.example.calm.Doubling", quiet)).isSameAs(quiet);
        byte[] exits = Files.readAllBytes(build.resolve("classes/org/example/exits/ExitingAgent.class"));
        assertThat(ExitCalls.guard("org.example.exits.ExitingAgent", exits)).isNotEqualTo(exits);
    }
}
