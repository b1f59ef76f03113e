package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.data.LogFixtures;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.spec.AgentSpec;
import dev.encore.engine.spec.EnvironmentSpec;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentSpec;
import dev.encore.engine.spec.RewardsSpec;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunInputsTest {

    @TempDir
    Path temp;

    @Test
    void theSameExperimentHasTheSameInputs() throws IOException {
        Path file = temp.resolve("inputs.txt");
        RunInputs.of(TestExperiments.small("same")).write(file);
        assertThat(RunInputs.of(TestExperiments.small("same")).changesSince(RunInputs.read(file))).isEmpty();
    }

    @Test
    void namesEveryPartOfTheSpecThatChangedWithItsValuesWhenShort() throws IOException {
        Path file = temp.resolve("inputs.txt");
        RunInputs.of(TestExperiments.small("spec")).write(file);
        Experiment longer = TestExperiments.experiment("spec", 2020, 8, 1000, 20, List.of(
                TestExperiments.agent("random", TestAgents.random()),
                TestExperiments.agent("first", TestAgents.first()),
                TestExperiments.agent("learner", TestAgents.learner())));
        assertThat(RunInputs.of(longer).changesSince(RunInputs.read(file)))
                .containsExactly("episodes changed from 5 to 8", "steps changed from 300 to 1000");
        Experiment otherAgents = TestExperiments.experiment("spec", 2020, 5, 300, 20,
                List.of(TestExperiments.agent("first", TestAgents.first())));
        assertThat(RunInputs.of(otherAgents).changesSince(RunInputs.read(file)))
                .containsExactly("the spec's agents changed");
    }

    @Test
    void aListeningLogWhoseBytesChangedIsNamed() throws IOException {
        Path log = Files.copy(LogFixtures.path("logged.csv"), temp.resolve("log.csv"));
        Experiment replay = replay(log.getFileName().toString());
        Path file = temp.resolve("inputs.txt");
        RunInputs.of(replay).write(file);
        assertThat(Files.readString(file)).containsPattern("sha256:[0-9a-f]{64}  file " + log + "\n");

        // one more listening of a song the log has: the settings are the same, the contents are not
        Files.writeString(log, Files.readAllLines(log).get(1) + "\n", StandardOpenOption.APPEND);
        assertThat(RunInputs.of(replay).changesSince(RunInputs.read(file)))
                .containsExactly("the file " + log + " changed");
        Files.delete(log);
        assertThat(RunInputs.of(replay).changesSince(RunInputs.read(file)))
                .containsExactly("the file " + log + " changed");
    }

    @Test
    void everyLogOfASweptEnvironmentIsRecorded() throws IOException {
        Path first = Files.copy(LogFixtures.path("logged.csv"), temp.resolve("first.csv"));
        Path second = Files.copy(LogFixtures.path("logged.csv"), temp.resolve("second.csv"));
        Experiment swept = replay(List.of("first.csv", "second.csv"));
        assertThat(swept.conditions()).hasSize(2);
        Path file = temp.resolve("inputs.txt");
        RunInputs.of(swept).write(file);
        assertThat(Files.readString(file)).containsPattern("sha256:[0-9a-f]{64}  file " + first + "\n")
                .containsPattern("sha256:[0-9a-f]{64}  file " + second + "\n");

        Files.writeString(second, Files.readAllLines(second).get(1) + "\n", StandardOpenOption.APPEND);
        assertThat(RunInputs.of(swept).changesSince(RunInputs.read(file)))
                .containsExactly("the file " + second + " changed");
        assertThat(RunInputs.of(replay("first.csv")).changesSince(RunInputs.read(file)))
                .containsExactly("the spec's environment changed", "the file " + second + " is no longer used");
    }

    @Test
    void aPluginJarWhoseBytesChangedIsNamed() throws IOException {
        Path jar = Files.writeString(temp.resolve("agents.jar"), "version 1");
        Plugin plugin = new Plugin(jar, List.of(jar), getClass().getClassLoader());
        TestExperiments.TestAgent agent = new TestExperiments.TestAgent("first",
                new LoadedAgent(TestAgents.first(), plugin), Map.of());
        Experiment experiment = TestExperiments.experiment("jar", 2020, 2, 50, 10, List.of(agent));
        Path file = temp.resolve("inputs.txt");
        RunInputs.of(experiment).write(file);

        Files.writeString(jar, "version 2");
        assertThat(RunInputs.of(experiment).changesSince(RunInputs.read(file)))
                .containsExactly("the plugin jar " + jar + " changed");
        Experiment withoutIt = TestExperiments.experiment("jar", 2020, 2, 50, 10,
                List.of(TestExperiments.agent("first", TestAgents.first())));
        assertThat(RunInputs.of(withoutIt).changesSince(RunInputs.read(file)))
                .containsExactly("the plugin jar " + jar + " is no longer used");
    }

    /** A logged environment replaying {@code log}, named relative to the spec's folder; a list is a sweep. */
    private Experiment replay(Object log) {
        ExperimentSpec spec = new ExperimentSpec("replay", 2020, 2, EpisodeLength.of(300), 1,
                new EnvironmentSpec("logged", Map.of("log", log)), RewardsSpec.SEED_EVENTS,
                List.of(new AgentSpec(TestAgents.first().name(), "first", Map.of())), List.of(), 10);
        return TestExperiments.resolver(List.of(TestAgents.loaded(TestAgents.first())))
                .resolve(spec, temp.resolve("replay.yaml"));
    }
}
