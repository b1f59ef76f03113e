package dev.encore.cli;

import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.plugin.PluginFailure;
import dev.encore.engine.spec.AgentSource;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Two agents in a plugin of the test's class loader: {@code first} recommends the first candidates, {@code broken}
 * throws at its first recommendation. Every location asked for is a failure (no plugin jar is involved).
 */
final class InMemoryAgents implements AgentSource {

    private static final Plugin PLUGIN = new Plugin(Path.of("in-memory"), List.of(),
            InMemoryAgents.class.getClassLoader());

    @Override
    public AgentRegistry load(List<Path> locations) {
        return new AgentRegistry(List.of(new LoadedAgent(new First(), PLUGIN), new LoadedAgent(new Broken(), PLUGIN),
                new LoadedAgent(new Stuck(), PLUGIN)),
                locations.stream().map(location -> new PluginFailure(location, "not a jar")).toList());
    }

    private static final class First implements AgentFactory {
        @Override
        public String name() {
            return "first";
        }

        @Override
        public String description() {
            return "recommends the first candidates";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.real("patience", 1.0, "unused").atLeast(0));
        }

        @Override
        public Agent create(AgentContext context) {
            return new Agent() {
                @Override
                public void recommend(Candidates candidates, int[] slate, int slateSize) {
                    for (int i = 0; i < slateSize; i++) {
                        slate[i] = i;
                    }
                }

                @Override
                public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                }
            };
        }
    }

    private static final class Broken implements AgentFactory {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String description() {
            return "fails at its first recommendation";
        }

        @Override
        public Agent create(AgentContext context) {
            return new Agent() {
                @Override
                public void recommend(Candidates candidates, int[] slate, int slateSize) {
                    throw new IllegalStateException("broken on purpose");
                }

                @Override
                public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                }
            };
        }
    }

    private static final class Stuck implements AgentFactory {
        @Override
        public String name() {
            return "stuck";
        }

        @Override
        public String description() {
            return "never returns from its first recommendation";
        }

        @Override
        public Agent create(AgentContext context) {
            return new Agent() {
                @Override
                public void recommend(Candidates candidates, int[] slate, int slateSize) {
                    while (true) {
                        LockSupport.parkNanos(1_000_000_000L);
                    }
                }

                @Override
                public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                }
            };
        }
    }
}
