package dev.encore.agents.baseline;

import static dev.encore.agents.baseline.BaselineParameters.LAMBDA;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.FeatureRows;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code greedy}: pure exploitation of a ridge regression. */
public final class GreedyAgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public String description() {
        return "Ridge regression, no exploration: recommends the k candidates with the best predicted reward.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(LAMBDA, FeatureMap.PARAMETER);
    }

    @Override
    public Agent create(AgentContext context) {
        return new GreedyAgent(FeatureRows.of(context), context.real(LAMBDA.name()), context.slateSize(),
                context.catalogSize(), context.random());
    }
}
