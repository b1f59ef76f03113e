package dev.encore.engine.plugin;

import static dev.encore.engine.plugin.AgentsForTests.EPSILON;
import static dev.encore.engine.plugin.AgentsForTests.LAMBDA;
import static dev.encore.engine.plugin.AgentsForTests.loaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentParametersTest {

    private final LoadedAgent epsilonGreedy = loaded("epsilon-greedy", "greedy, exploring now and then",
            Path.of("baseline.jar"), EPSILON, LAMBDA);

    @Test
    void fillsInDefaults() {
        assertThat(AgentParameters.bind(epsilonGreedy, Map.of("epsilon", 0.25)).asMap())
                .containsExactly(Map.entry("epsilon", 0.25), Map.entry("lambda", 1.0));
    }

    @Test
    void aValueOutOfRangeOrOfTheWrongTypeNamesTheAgentTheParameterAndWhatIsAllowed() {
        assertThatThrownBy(() -> AgentParameters.bind(epsilonGreedy, Map.of("epsilon", 1.5, "lambda", "big")))
                .isInstanceOf(UserError.class)
                .satisfies(error -> assertThat(((UserError) error).problems()).containsExactly(
                        "agent 'epsilon-greedy': epsilon = 1.5 is out of range: allowed a real number from 0 to 1",
                        "agent 'epsilon-greedy': lambda = 'big' has the wrong type: allowed a real number > 0"));
    }

    @Test
    void aChoiceTakesOneOfItsWordsAndSuggestsTheNearestForAMisspelling() {
        LoadedAgent linear = loaded("linear", "a linear agent", Path.of("linear.jar"),
                ParameterSpec.choice("features", "plain", "which features", List.of("plain", "interactions")));
        assertThat(AgentParameters.bind(linear, Map.of()).asMap()).containsExactly(Map.entry("features", "plain"));
        assertThat(AgentParameters.bind(linear, Map.of("features", "interactions")).text("features"))
                .isEqualTo("interactions");
        assertThatThrownBy(() -> AgentParameters.bind(linear, Map.of("features", "interaction")))
                .hasMessage("agent 'linear': features = 'interaction' is not allowed: allowed one of plain, "
                        + "interactions. Did you mean 'interactions'?");
        assertThatThrownBy(() -> AgentParameters.bind(linear, Map.of("features", 3)))
                .hasMessage("agent 'linear': features = 3 is not allowed: allowed one of plain, interactions");
    }

    @Test
    void aChoiceMustIncludeItsDefault() {
        assertThatThrownBy(() -> ParameterSpec.choice("features", "all", "which", List.of("plain")))
                .hasMessage("default 'all' of parameter 'features' is not one of plain");
    }

    @Test
    void aMisspeltParameterIsNamedWithTheNearestOne() {
        assertThatThrownBy(() -> AgentParameters.bind(epsilonGreedy, Map.of("epsilom", 0.2)))
                .hasMessage("agent 'epsilon-greedy': unknown parameter 'epsilom': allowed epsilon, lambda. "
                        + "Did you mean 'epsilon'?");
    }

    @Test
    void checkGivesEachProblemWithItsParameterSoThatACallerCanSayWhereItWasWritten() {
        ParameterBinder.Result result = AgentParameters.check(epsilonGreedy, Map.of("lambda", 0));

        assertThat(result.values()).isEmpty();
        assertThat(result.problems()).containsExactly(
                Problem.ofSetting("lambda", "0 is out of range", "a real number > 0"));
    }
}
