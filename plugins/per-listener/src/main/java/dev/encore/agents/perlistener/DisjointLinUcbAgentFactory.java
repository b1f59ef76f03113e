package dev.encore.agents.perlistener;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.FeatureRows;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code disjoint-linucb}: LinUCB with a separate ridge regression for every listener. */
public final class DisjointLinUcbAgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "disjoint-linucb";
    }

    @Override
    public String description() {
        return "LinUCB with disjoint models, one per listener (Li et al., 2010, Alg. 1): the k best by "
                + "theta_u.x + alpha sqrt(x^T A_u^-1 x).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(PerListenerParameters.ALPHA, PerListenerParameters.LAMBDA, FeatureMap.PARAMETER);
    }

    @Override
    public Agent create(AgentContext context) {
        return new DisjointLinUcbAgent(FeatureRows.of(context), context.users(),
                context.real(PerListenerParameters.ALPHA.name()), context.real(PerListenerParameters.LAMBDA.name()),
                context.slateSize(), context.catalogSize(), context.random());
    }
}
