package dev.encore.agents.songs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.spi.AgentFactory;
import dev.encore.testing.AgentFixture;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SongBanditsPluginTest {

    @Test
    void theServiceFileListsBothAgents() {
        List<String> names = ServiceLoader.load(AgentFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(factory -> factory.getClass().getPackageName().equals("dev.encore.agents.songs"))
                .map(AgentFactory::name)
                .toList();
        assertThat(names).containsExactly("ucb1", "thompson");
    }

    @Test
    void ucb1DeclaresItsExplorationWithItsRange() {
        assertThat(bound(new Ucb1AgentFactory(), Map.of())).containsExactly(Map.entry("exploration", 1.0));
        assertThat(bound(new Ucb1AgentFactory(), Map.of("exploration", 0))).containsEntry("exploration", 0.0);
        assertThatThrownBy(() -> bound(new Ucb1AgentFactory(), Map.of("exploration", -0.5)))
                .hasMessage("agent 'ucb1': exploration = -0.5 is out of range: allowed a real number >= 0");
    }

    @Test
    void thompsonDeclaresItsPriorAndNoiseWithTheirRanges() {
        ThompsonAgentFactory thompson = new ThompsonAgentFactory();
        assertThat(bound(thompson, Map.of())).containsExactly(
                Map.entry("prior-mean", 0.0), Map.entry("noise", 1.0), Map.entry("prior-weight", 1.0));
        assertThat(bound(thompson, Map.of("prior-mean", -2))).containsEntry("prior-mean", -2.0);
        assertThatThrownBy(() -> bound(thompson, Map.of("noise", 0, "prior-weight", -1.0)))
                .hasMessage("agent 'thompson': noise = 0 is out of range: allowed a real number > 0"
                        + System.lineSeparator()
                        + "agent 'thompson': prior-weight = -1.0 is out of range: allowed a real number > 0");
    }

    @Test
    void infiniteValuesPassTheRangesButAreRefusedWhenTheAgentIsCreated() {
        assertThatThrownBy(() -> AgentFixture.of(new Ucb1AgentFactory())
                .parameter("exploration", Double.POSITIVE_INFINITY).create())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exploration = Infinity is out of range: allowed a real number >= 0, not infinite");
        assertThatThrownBy(() -> AgentFixture.of(new ThompsonAgentFactory())
                .parameter("prior-mean", Double.NEGATIVE_INFINITY).create())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prior-mean = -Infinity is out of range: allowed a real number, not infinite");
        assertThatThrownBy(() -> AgentFixture.of(new ThompsonAgentFactory())
                .parameter("prior-weight", Double.POSITIVE_INFINITY).create())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prior-weight = Infinity is out of range: allowed a real number > 0, not infinite");
    }

    private static Map<String, Object> bound(AgentFactory factory, Map<String, ?> parameters) {
        return AgentFixture.of(factory).parameters(parameters).boundParameters();
    }
}
