package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.plugin.AgentParameters;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.spi.AgentFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BaselinePluginTest {

    @Test
    void theServiceFileListsTheThreeAgents() {
        List<String> names = ServiceLoader.load(AgentFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(factory -> factory.getClass().getPackageName().equals("dev.encore.agents.baseline"))
                .map(AgentFactory::name)
                .toList();
        assertThat(names).containsExactly("random", "greedy", "epsilon-greedy");
    }

    @Test
    void declaresTheParametersOfTheSpecWithTheirDefaultsAndRanges() {
        LoadedAgent epsilonGreedy = loaded(new EpsilonGreedyAgentFactory());
        assertThat(AgentParameters.bind(epsilonGreedy, Map.of()).asMap())
                .containsExactly(Map.entry("epsilon", 0.1), Map.entry("lambda", 1.0), Map.entry("features", "plain"));
        assertThat(AgentParameters.bind(loaded(new GreedyAgentFactory()), Map.of()).asMap())
                .containsExactly(Map.entry("lambda", 1.0), Map.entry("features", "plain"));
        assertThat(new RandomAgentFactory().parameters()).isEmpty();
        assertThatThrownBy(() -> AgentParameters.bind(epsilonGreedy, Map.of("epsilon", 1.5, "lambda", 0)))
                .hasMessage("agent 'epsilon-greedy': epsilon = 1.5 is out of range: allowed a real number from 0 to 1"
                        + System.lineSeparator()
                        + "agent 'epsilon-greedy': lambda = 0 is out of range: allowed a real number > 0");
    }

    private static LoadedAgent loaded(AgentFactory factory) {
        Path here = Path.of("baseline");
        return new LoadedAgent(factory, new Plugin(here, List.of(), factory.getClass().getClassLoader()));
    }
}
