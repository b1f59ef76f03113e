package dev.encore.engine.plugin;

import static dev.encore.engine.plugin.AgentsForTests.EPSILON;
import static dev.encore.engine.plugin.AgentsForTests.LAMBDA;
import static dev.encore.engine.plugin.AgentsForTests.loaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.params.ParameterProblem;
import java.nio.file.Path;
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
                new ParameterProblem("lambda", "lambda = 0 is out of range: allowed a real number > 0"));
    }
}
