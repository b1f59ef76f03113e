package dev.encore.engine.testing;

import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.PluginFailure;
import dev.encore.engine.spec.AgentSource;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Agents declared like the built-in ones (names and parameters) that play as {@link TestAgents#first()}, in a plugin
 * of the test's own class loader, so that specs can be checked without plugin jars. Each location asked for that
 * holds no agent is a failure.
 */
public final class DeclaredAgents implements AgentSource {

    /** The locations of the last load, in order. */
    public final List<Path> asked = new ArrayList<>();

    @Override
    public AgentRegistry load(List<Path> locations) {
        asked.clear();
        asked.addAll(locations);
        List<PluginFailure> failures = locations.stream()
                .map(location -> new PluginFailure(location, "not a plugin: no agent in it")).toList();
        return new AgentRegistry(List.of(
                declared("random", List.of()),
                declared("greedy", List.of(lambda())),
                declared("epsilon-greedy", List.of(
                        ParameterSpec.real("epsilon", 0.1, "chance of a random song").atLeast(0).atMost(1),
                        lambda())),
                declared("linucb", List.of(
                        ParameterSpec.real("alpha", 1.0, "width of the confidence bonus").atLeast(0), lambda())),
                TestAgents.loaded(TestAgents.singleSong())), failures);
    }

    private static ParameterSpec lambda() {
        return ParameterSpec.real("lambda", 1.0, "ridge regularisation").above(0);
    }

    private static LoadedAgent declared(String name, List<ParameterSpec> parameters) {
        return TestAgents.loaded(TestAgents.factory(name, parameters, context -> TestAgents.firstCandidates()));
    }
}
