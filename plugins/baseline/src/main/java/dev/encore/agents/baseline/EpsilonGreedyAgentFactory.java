package dev.encore.agents.baseline;

import static dev.encore.agents.baseline.BaselineParameters.EPSILON;
import static dev.encore.agents.baseline.BaselineParameters.LAMBDA;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.FeatureRows;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code epsilon-greedy}: greedy, with a little uniform exploration. */
public final class EpsilonGreedyAgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "epsilon-greedy";
    }

    @Override
    public String description() {
        return "As greedy, but each slate position is, with probability epsilon, a uniformly random candidate.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(EPSILON, LAMBDA, FeatureMap.PARAMETER);
    }

    @Override
    public Agent create(AgentContext context) {
        return new EpsilonGreedyAgent(FeatureRows.of(context), context.real(LAMBDA.name()),
                context.real(EPSILON.name()), context.slateSize(), context.catalogSize(), context.random());
    }
}
