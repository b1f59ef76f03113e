package dev.encore.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.encore.engine.UserError;
import dev.encore.engine.data.LogFixtures;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.testing.DeclaredAgents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment as plain data: read from YAML, written back, serialised, and resolved away from its file. */
class ExperimentSpecTest {

    private static final String SWEEP = """
            name: sweep
            seed: 7
            episodes: 2
            steps: 50
            environment: {type: embedding, catalog: data/six-columns.csv, hidden: [2, 3]}
            rewards: likes
            agents:
              - random
              - linucb: {alpha: [0.1, 1], label: ucb}
              - epsilon-greedy: {epsilon: [0.05, 0.2], lambda: 2}
            report: {points: 10}
            """;

    @TempDir
    Path folder;

    private final DeclaredAgents agents = new DeclaredAgents();
    private final ExperimentLoader loader = new ExperimentLoader(EnvironmentTypes.builtIn(), agents);
    private Path experiments;

    @BeforeEach
    void writeParts() throws IOException {
        experiments = Files.createDirectories(folder.resolve("experiments"));
        write("rewards/likes.yaml", "events: {Like: 1, Listen it frequently: 3}\nunknown-events: zero\n");
        Files.createDirectories(experiments.resolve("data"));
        Files.copy(LogFixtures.path("six-columns.csv"), experiments.resolve("data/six-columns.csv"));
    }

    @Test
    void aSpecIsReadAsPlainDataEveryDefaultFilledInEveryPathAbsoluteASweepAList() throws IOException {
        ExperimentSpec spec = loader.load(write("sweep.yaml", SWEEP), Overrides.NONE, List.of()).spec();

        assertThat(spec.environment().type()).isEqualTo("embedding");
        assertThat(spec.environment().settings())
                .containsEntry("catalog", experiments.resolve("data/six-columns.csv").toAbsolutePath().toString())
                .containsEntry("hidden", List.of(2L, 3L))
                .containsEntry("noise", 2L);
        assertThat(spec.agents()).extracting(AgentSpec::label).containsExactly("random", "ucb", "epsilon-greedy");
        assertThat(spec.agents().get(1).parameters())
                .containsExactly(Map.entry("alpha", List.of(0.1, 1.0)), Map.entry("lambda", 1.0));
        assertThat(spec.rewards()).isEqualTo(new RewardsSpec(Map.of("Like", 1.0, "Listen it frequently", 3.0), "zero"));
        assertThat(spec.plugins()).isEmpty();
    }

    @Test
    void theResolvedSpecWrittenAsYamlReadsBackAsTheSameSpecFromAnotherFolder() throws IOException {
        Experiment experiment = loader.load(write("sweep.yaml", SWEEP), Overrides.NONE, List.of());
        String yaml = ResolvedSpec.yaml(experiment.spec());
        assertThat(yaml).contains("  hidden:\n  - 2\n  - 3\n", "    alpha:\n    - 0.1\n    - 1.0\n");

        Experiment again = loader.load(write("elsewhere/again.yaml", yaml), Overrides.NONE, List.of());

        assertThat(again.spec()).isEqualTo(experiment.spec());
        assertThat(ResolvedSpec.yaml(again.spec())).isEqualTo(yaml);
        assertThat(again.agents()).extracting(AgentChoice::label).containsExactlyElementsOf(
                experiment.agents().stream().map(AgentChoice::label).toList());
    }

    @Test
    void aSpecSurvivesJavaSerialisation() throws IOException, ClassNotFoundException {
        ExperimentSpec spec = loader.load(write("sweep.yaml", SWEEP), Overrides.NONE, List.of()).spec();

        ExperimentSpec copy = (ExperimentSpec) deserialise(serialise(spec));

        assertThat(copy).isEqualTo(spec);
        assertThat(copy.grid()).isEqualTo(spec.grid());
    }

    @Test
    void aSerialisedSpecResolvesWithoutItsYamlFile() throws IOException, ClassNotFoundException {
        Path file = write("sweep.yaml", SWEEP);
        Experiment local = loader.load(file, Overrides.NONE, List.of());
        ExperimentSpec sent = (ExperimentSpec) deserialise(serialise(local.spec()));
        Files.delete(file);

        Experiment remote = new ExperimentResolver(EnvironmentTypes.builtIn(), agents)
                .resolve(sent, Path.of("elsewhere", "sweep.yaml"));

        assertThat(remote.spec()).isEqualTo(local.spec());
        assertThat(remote.agents()).extracting(AgentChoice::label).containsExactly("random", "ucb alpha=0.1",
                "ucb alpha=1.0", "epsilon-greedy epsilon=0.05", "epsilon-greedy epsilon=0.2");
        assertThat(remote.conditions()).extracting(Condition::label).containsExactly("hidden=2", "hidden=3");
        assertThat(remote.conditions().get(1).blueprint().items()).isEqualTo(3);
        assertThat(remote.agents().get(4).parameters().real("lambda")).isEqualTo(2.0);
    }

    @Test
    void resolvingASpecBuiltInCodeReportsEachProblemAtItsKeyPath() {
        ExperimentSpec spec = new ExperimentSpec("by-hand", 1, 1, EpisodeLength.of(10), 3,
                new EnvironmentSpec("embedding", Map.of("items", List.of(20L, 0L), "hiden", 2L)),
                RewardsSpec.SEED_EVENTS, List.of(new AgentSpec("linucb", "linucb", Map.of("alpha", List.of(0.1, -1))),
                new AgentSpec("softmax", "softmax", Map.of())), List.of(), 10);

        UserError error = catchThrowableOfType(UserError.class, () ->
                new ExperimentResolver(EnvironmentTypes.builtIn(), agents).resolve(spec, Path.of("by-hand.yaml")));

        assertThat(error.problems()).containsExactly(
                "by-hand.yaml: environment.hiden: unknown key: allowed type, users, items, hidden, visible-user,"
                        + " visible-item, noise, random, catalog, embeddings, fit-sweeps, fit-regularization."
                        + " Did you mean 'hidden'?",
                "by-hand.yaml: environment.items[1]: 0 is out of range: allowed an integer >= 1",
                "by-hand.yaml: agents[0].alpha[1]: -1 is out of range: allowed a real number >= 0",
                "by-hand.yaml: agents[1]: No agent 'softmax'. Available: epsilon-greedy, greedy, linucb, random,"
                        + " single.");
    }

    private static byte[] serialise(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = experiments.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
