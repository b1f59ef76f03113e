package dev.encore.engine.plugin;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.params.ParameterValues;
import java.util.Map;

/** An agent's parameters checked against what its plugin declares, with problems that name the agent. */
public final class AgentParameters {

    private AgentParameters() {
    }

    /**
     * Every problem with {@code given}, each at its parameter, so that a caller can point at where the value
     * was written (a spec's {@code agents[2].epsilon}, say); or the values, defaults filled in.
     */
    public static ParameterBinder.Result check(LoadedAgent agent, Map<String, ?> given) {
        return ParameterBinder.bind(agent.parameters(), given);
    }

    /**
     * The values, defaults filled in.
     *
     * @throws UserError with one line per problem, such as {@code agent 'epsilon-greedy': epsilon = 1.5 is out of
     *     range: allowed a real number from 0 to 1}
     */
    public static ParameterValues bind(LoadedAgent agent, Map<String, ?> given) {
        ParameterBinder.Result result = check(agent, given);
        return result.values().orElseThrow(() -> new UserError(
                result.problems().stream().map(problem -> describe(agent, problem)).toList()));
    }

    /** {@code agent 'name': } and the problem. */
    public static String describe(LoadedAgent agent, Problem problem) {
        return "agent '" + agent.name() + "': " + problem.render();
    }
}
