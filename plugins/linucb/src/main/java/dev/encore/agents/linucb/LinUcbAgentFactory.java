package dev.encore.agents.linucb;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.FeatureRows;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code linucb}: optimism in the face of uncertainty over a ridge regression. */
public final class LinUcbAgentFactory implements AgentFactory {

    static final ParameterSpec ALPHA = ParameterSpec.real("alpha", 1.0,
            "weight of the exploration bonus sqrt(x^T A^-1 x); 0 makes the agent greedy").atLeast(0);

    static final ParameterSpec LAMBDA = ParameterSpec.real("lambda", 1.0,
            "ridge regularisation: A starts as lambda I, the weight of the prior theta = 0").above(0);

    @Override
    public String name() {
        return "linucb";
    }

    @Override
    public String description() {
        return "LinUCB (Li et al., 2010), one shared linear model: the k best by theta.x + alpha "
                + "sqrt(x^T A^-1 x).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ALPHA, LAMBDA, FeatureMap.PARAMETER);
    }

    @Override
    public Agent create(AgentContext context) {
        return new LinUcbAgent(FeatureRows.of(context), context.real(ALPHA.name()), context.real(LAMBDA.name()),
                context.slateSize(), context.catalogSize(), context.random());
    }
}
