package dev.encore.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @TempDir
    Path temp;

    @Test
    void listsEveryJarOfTheAgentsPluginsOnceWithItsSha256() throws IOException {
        Path jar = Files.writeString(temp.resolve("agents.jar"), "abc", StandardCharsets.US_ASCII);
        Plugin plugin = new Plugin(temp, List.of(jar), getClass().getClassLoader());
        Experiment experiment = TestExperiments.experiment("provenance", 1, 1, 10, 5, List.of(
                new TestExperiments.TestAgent("a", new LoadedAgent(TestAgents.first(), plugin), Map.of()),
                new TestExperiments.TestAgent("b", new LoadedAgent(TestAgents.random(), plugin), Map.of()),
                TestExperiments.agent("learner", TestAgents.learner())));

        Provenance provenance = Provenance.of(experiment);

        assertThat(provenance.jars()).containsExactly(
                // SHA-256 of "abc", from FIPS 180-2
                new Provenance.PluginJar(temp, jar,
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                new Provenance.PluginJar(Path.of("test"), null, ""));
        assertThat(provenance.java()).contains(System.getProperty("java.version"));
        assertThat(provenance.os()).startsWith(System.getProperty("os.name"));
    }
}
