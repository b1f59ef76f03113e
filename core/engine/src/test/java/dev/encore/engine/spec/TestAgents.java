package dev.encore.engine.spec;

import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.plugin.PluginFailure;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Agents declared like the built-in ones (names and parameters), in a plugin of the test's own class loader, so that
 * specs can be checked without plugin jars. Each location asked for that holds no agent is a failure.
 */
final class TestAgents implements AgentSource {

    static final Plugin PLUGIN = new Plugin(Path.of("test-plugin.jar"), List.of(),
            TestAgents.class.getClassLoader());

    /** The locations of the last load, in order. */
    final List<Path> asked = new ArrayList<>();

    @Override
    public AgentRegistry load(List<Path> locations) {
        asked.clear();
        asked.addAll(locations);
        List<PluginFailure> failures = locations.stream()
                .map(location -> new PluginFailure(location, "not a plugin: no agent in it")).toList();
        return new AgentRegistry(List.of(
                agent("random", List.of()),
                agent("greedy", List.of(lambda())),
                agent("epsilon-greedy", List.of(
                        ParameterSpec.real("epsilon", 0.1, "chance of a random song").atLeast(0).atMost(1),
                        lambda())),
                agent("linucb", List.of(
                        ParameterSpec.real("alpha", 1.0, "width of the confidence bonus").atLeast(0), lambda())),
                new LoadedAgent(new Refusing(), PLUGIN)), failures);
    }

    private static ParameterSpec lambda() {
        return ParameterSpec.real("lambda", 1.0, "ridge regularisation").above(0);
    }

    private static LoadedAgent agent(String name, List<ParameterSpec> parameters) {
        return new LoadedAgent(new AgentFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a " + name + " agent";
            }

            @Override
            public List<ParameterSpec> parameters() {
                return parameters;
            }

            @Override
            public Agent create(AgentContext context) {
                return new FirstCandidates();
            }
        }, PLUGIN);
    }

    /** An agent that refuses more than one song per slate, as a factory may refuse a combination. */
    private static final class Refusing implements AgentFactory {
        @Override
        public String name() {
            return "single";
        }

        @Override
        public String description() {
            return "recommends one song at a time";
        }

        @Override
        public Agent create(AgentContext context) {
            if (context.slateSize() != 1) {
                throw new IllegalArgumentException("single recommends one song: slate must be 1, not "
                        + context.slateSize());
            }
            return new FirstCandidates();
        }
    }

    private static final class FirstCandidates implements Agent {
        @Override
        public void recommend(Candidates candidates, int[] slate, int slateSize) {
            for (int i = 0; i < slateSize; i++) {
                slate[i] = i;
            }
        }

        @Override
        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        }
    }
}
