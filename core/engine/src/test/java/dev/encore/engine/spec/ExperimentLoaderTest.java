package dev.encore.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.testing.DeclaredAgents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentLoaderTest {

    @TempDir
    Path folder;

    private final DeclaredAgents agents = new DeclaredAgents();
    private final ExperimentLoader loader = new ExperimentLoader(EnvironmentTypes.builtIn(), agents);
    private Path experiments;

    @BeforeEach
    void writeParts() throws IOException {
        experiments = Files.createDirectories(folder.resolve("experiments"));
        write("environments/tiny.yaml", """
                type: embedding
                users: 20
                items: 30
                """);
        write("rewards/likes.yaml", """
                events: {Like: 1, "Have listened  it completely": 0.5, Skip it: -1}
                unknown-events: zero
                """);
    }

    @Test
    void readsEveryKeyOfAFullSpec() throws IOException {
        Path spec = write("full.yaml", """
                name: discover-weekly
                seed: 7
                episodes: 4
                steps: 20_000
                slate: 2
                environment: tiny
                rewards: likes
                agents:
                  - random
                  - epsilon-greedy: {epsilon: 0.2}
                  - linucb: {alpha: 0.3, label: linucb-cautious}
                report: {points: 50}
                """);
        Experiment experiment = loader.load(spec, Overrides.NONE, List.of());
        assertThat(experiment.name()).isEqualTo("discover-weekly");
        assertThat(experiment.seed()).isEqualTo(7);
        assertThat(experiment.episodes()).isEqualTo(4);
        assertThat(experiment.steps()).isEqualTo(EpisodeLength.of(20_000));
        assertThat(experiment.slate()).isEqualTo(2);
        assertThat(experiment.environment().name()).isEqualTo("tiny");
        assertThat(experiment.environment().type().name()).isEqualTo("embedding");
        assertThat(experiment.conditions().get(0).settings().integer("users")).isEqualTo(20);
        assertThat(experiment.conditions().get(0).settings().integer("hidden")).isEqualTo(3);
        assertThat(experiment.rewards()).isEqualTo(new StrengthMapping(
                Map.of("Like", 1.0, "Have listened  it completely", 0.5, "Skip it", -1.0),
                StrengthMapping.UnknownEvents.ZERO));
        assertThat(experiment.agents()).extracting(AgentChoice::label)
                .containsExactly("random", "epsilon-greedy", "linucb-cautious");
        assertThat(experiment.agents().get(1).parameters().asMap())
                .isEqualTo(Map.of("epsilon", 0.2, "lambda", 1.0));
        assertThat(experiment.agents().get(2).agent().name()).isEqualTo("linucb");
        assertThat(experiment.agents().get(2).parameters().real("alpha")).isEqualTo(0.3);
        assertThat(experiment.points()).isEqualTo(50);
        assertThat(experiment.specFile()).isEqualTo(spec);
    }

    @Test
    void fillsInEveryDefault() throws IOException {
        Path spec = write("small-run.yaml", """
                steps: 100
                environment: {type: embedding}
                agents: [greedy]
                """);
        Experiment experiment = loader.load(spec, Overrides.NONE, List.of());
        assertThat(experiment.name()).isEqualTo("small-run");
        assertThat(experiment.seed()).isEqualTo(2020);
        assertThat(experiment.episodes()).isEqualTo(10);
        assertThat(experiment.slate()).isEqualTo(3);
        assertThat(experiment.environment().name()).isEqualTo("inline");
        assertThat(experiment.conditions().get(0).settings().integer("users")).isEqualTo(943);
        assertThat(experiment.rewards()).isEqualTo(StrengthMapping.SEED_EVENTS);
        assertThat(experiment.agents().get(0).label()).isEqualTo("greedy");
        assertThat(experiment.agents().get(0).parameters().real("lambda")).isEqualTo(1.0);
        assertThat(experiment.plugins()).isEmpty();
        assertThat(experiment.points()).isEqualTo(500);
    }

    @Test
    void aFileNameThatCannotNameTheReportFolderIsRefusedWhenTheSpecHasNoName() throws IOException {
        String yaml = """
                steps: 100
                environment: tiny
                agents: [greedy]
                """;
        for (String file : List.of("my run.yaml", ".hidden.yaml", "-dash.yml")) {
            Path spec = write(file, yaml);
            String name = file.substring(0, file.lastIndexOf('.'));
            assertThatThrownBy(() -> loader.load(spec, Overrides.NONE, List.of()))
                    .as(file)
                    .isInstanceOf(UserError.class)
                    .hasMessage(spec + ": the experiment takes its name from the file's, '" + name + "', which is"
                            + " not allowed: allowed letters, digits, '.', '_' and '-', starting with a letter or"
                            + " digit (it names the report folder); add name: to the spec or rename the file");
        }
        Path named = write("my run.yml", "name: my-run\n" + yaml);
        assertThat(loader.load(named, Overrides.NONE, List.of()).name()).isEqualTo("my-run");
        assertThat(loader.load(write("v1.2_run.yaml", yaml), Overrides.NONE, List.of()).name())
                .isEqualTo("v1.2_run");
    }

    @Test
    void theCommandLineReplacesEpisodesStepsAndSeed() throws IOException {
        Path spec = write("overridden.yaml", """
                seed: 1
                episodes: 3
                steps: 10
                environment: tiny
                agents: [random]
                """);
        Experiment experiment = loader.load(spec, Overrides.of(5L, "all", 99L), List.of());
        assertThat(experiment.episodes()).isEqualTo(5);
        assertThat(experiment.steps()).isEqualTo(EpisodeLength.ALL);
        assertThat(experiment.seed()).isEqualTo(99);
        assertThat(loader.load(spec, Overrides.of(null, "25", null), List.of()).steps())
                .isEqualTo(EpisodeLength.of(25));
    }

    @Test
    void looksForAgentsInTheCommandLinesFoldersThenTheSpecsPluginsResolvedBesideIt() throws IOException {
        Path spec = write("with-plugins.yaml", """
                steps: 10
                environment: tiny
                agents: [random]
                """);
        Path extra = folder.resolve("more-plugins");
        assertThatThrownBy(() -> loader.load(spec, Overrides.NONE, List.of(extra)))
                .isInstanceOf(UserError.class)
                .hasMessage("--plugins: " + extra + ": not a plugin: no agent in it");
        assertThat(agents.asked).containsExactly(extra);

        Path named = write("named-plugins.yaml", """
                steps: 10
                environment: tiny
                agents: [random]
                plugins: [../my-agents]
                """);
        assertThatThrownBy(() -> loader.load(named, Overrides.NONE, List.of(extra)))
                .isInstanceOf(UserError.class)
                .hasMessage(named + ":4:11: plugins[0]: " + folder.resolve("my-agents")
                        + ": not a plugin: no agent in it" + System.lineSeparator()
                        + "--plugins: " + extra + ": not a plugin: no agent in it");
        assertThat(agents.asked).containsExactly(extra, folder.resolve("my-agents"));
    }

    @Test
    void anUnknownAgentSaysWhenPluginsFailedToLoad() throws IOException {
        Path spec = write("softmax.yaml", """
                steps: 10
                environment: tiny
                agents: [softmax]
                """);
        assertThatThrownBy(() -> loader.load(spec, Overrides.NONE, List.of(folder.resolve("broken.jar"))))
                .isInstanceOf(UserError.class)
                .hasMessage("--plugins: " + folder.resolve("broken.jar") + ": not a plugin: no agent in it"
                        + System.lineSeparator()
                        + spec + ":3:10: agents[0]: No agent 'softmax'. Available: epsilon-greedy, greedy, linucb,"
                        + " random, single. (1 plugin failed to load: encore agents says why)");
    }

    @Test
    void theResolvedSpecReadsBackAsTheSameExperiment() throws IOException {
        Path spec = write("round-trip.yaml", """
                name: round-trip
                steps: all
                environment: tiny
                rewards: likes
                agents:
                  - greedy: {lambda: 2}
                  - linucb: {alpha: 0.3, label: cautious}
                """);
        String resolved = ResolvedSpec.yaml(loader.load(spec, Overrides.NONE, List.of()));
        Path again = write("resolved.yaml", resolved);
        assertThat(ResolvedSpec.yaml(loader.load(again, Overrides.NONE, List.of()))).isEqualTo(resolved);
    }

    @Test
    void mergeKeysShareSettings() throws IOException {
        Path spec = write("merged.yaml", """
                steps: 10
                environment:
                  <<: {type: embedding, users: 5, items: 4}
                  items: 8
                agents: [greedy]
                """);
        Experiment experiment = loader.load(spec, Overrides.NONE, List.of());
        assertThat(experiment.conditions().get(0).settings().integer("users")).isEqualTo(5);
        assertThat(experiment.conditions().get(0).settings().integer("items")).isEqualTo(8);
    }

    private Path write(String name, String text) throws IOException {
        Path file = experiments.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
