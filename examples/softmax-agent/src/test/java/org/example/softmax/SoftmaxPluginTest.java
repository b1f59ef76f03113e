package org.example.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.plugin.AgentParameters;
import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.PluginLoader;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.run.Trial;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example used as its users use it: a jar dropped into a plugin folder, named in an experiment. */
class SoftmaxPluginTest {

    private static final int STEPS = 5_000;

    @TempDir
    Path plugins;

    /** Packs this module's compiled classes and service file into a jar, as {@code mvn package} does. */
    private Path dropInJar() throws IOException, URISyntaxException {
        Path classes = Path.of(SoftmaxAgentFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = plugins.resolve("encore-example-softmax.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void loadsFromAPluginFolderAndLearnsOnTheSpotifyEnvironment() throws Exception {
        Path jar = dropInJar();

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.failures()).isEmpty();
        LoadedAgent softmax = registry.get("softmax");
        assertThat(softmax.plugin().jars()).containsExactly(jar);
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        Agent agent = softmax.create(new TrialAgentContext(
                AgentParameters.bind(softmax, Map.of("temperature", 0.05)), Seeds.agentGenerator(2020, "softmax", 0),
                3, environment.users(), environment.items(), environment.featureLayout(), OptionalLong.empty()));
        // the plugin's own copy of the class, not the one on this test's class path
        assertThat(agent.getClass().getClassLoader()).isSameAs(softmax.plugin().classLoader())
                .isNotSameAs(SoftmaxAgentFactory.class.getClassLoader());

        double softmaxRegret = softmax.withContextLoader(() -> new Trial(environment, agent, 3)
                .run(2020, EpisodeLength.of(STEPS), 10).finalRegret());
        double firstSongsRegret = new Trial(new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK), new FirstSongs(), 3)
                .run(2020, EpisodeLength.of(STEPS), 10).finalRegret();

        // about 0.46 with these seeds: a wide margin below 0.6
        assertThat(softmaxRegret).isLessThan(0.6 * firstSongsRegret);
    }

    @Test
    void refusesATemperatureThatIsNotPositiveNamingTheAgent() throws Exception {
        dropInJar();
        LoadedAgent softmax = PluginLoader.load(List.of(plugins)).get("softmax");

        assertThatThrownBy(() -> AgentParameters.bind(softmax, Map.of("temperature", 0)))
                .hasMessage("agent 'softmax': temperature = 0 is out of range: allowed a real number > 0");
    }

    /** The seed notebook's own policy: the first three songs the listener has not heard. */
    private static final class FirstSongs implements Agent {
        @Override
        public void recommend(Candidates candidates, int[] slate, int slateSize) {
            for (int p = 0; p < slateSize; p++) {
                slate[p] = p;
            }
        }

        @Override
        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        }
    }
}
