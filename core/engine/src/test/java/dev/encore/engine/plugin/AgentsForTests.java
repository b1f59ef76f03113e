package dev.encore.engine.plugin;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.List;

/** Agents loaded from the test class path, for the parts of plugin handling that do not need jars. */
final class AgentsForTests {

    private AgentsForTests() {
    }

    static LoadedAgent loaded(String name, String description, Path location, ParameterSpec... parameters) {
        AgentFactory factory = new AgentFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of(parameters);
            }

            @Override
            public Agent create(AgentContext context) {
                throw new UnsupportedOperationException("only the declaration is used");
            }
        };
        return new LoadedAgent(factory, new Plugin(location, List.of(location), AgentsForTests.class.getClassLoader()));
    }

    static final ParameterSpec EPSILON = ParameterSpec.real("epsilon", 0.1,
            "chance of a random song at each slate position").atLeast(0).atMost(1);
    static final ParameterSpec LAMBDA = ParameterSpec.real("lambda", 1.0, "ridge regularisation").above(0);
}
