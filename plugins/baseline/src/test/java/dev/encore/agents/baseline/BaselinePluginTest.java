package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.spi.AgentFactory;
import dev.encore.testing.AgentFixture;
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
        AgentFixture epsilonGreedy = AgentFixture.of(new EpsilonGreedyAgentFactory());
        assertThat(epsilonGreedy.boundParameters())
                .containsExactly(Map.entry("epsilon", 0.1), Map.entry("lambda", 1.0), Map.entry("features", "plain"));
        assertThat(AgentFixture.of(new GreedyAgentFactory()).boundParameters())
                .containsExactly(Map.entry("lambda", 1.0), Map.entry("features", "plain"));
        assertThat(new RandomAgentFactory().parameters()).isEmpty();
        assertThatThrownBy(() -> epsilonGreedy.parameters(Map.of("epsilon", 1.5, "lambda", 0)).boundParameters())
                .hasMessage("agent 'epsilon-greedy': epsilon = 1.5 is out of range: allowed a real number from 0 to 1"
                        + System.lineSeparator()
                        + "agent 'epsilon-greedy': lambda = 0 is out of range: allowed a real number > 0");
    }
}
