package dev.encore.agents.linucb;

import static dev.encore.agents.linucb.LinUcbAgentFactory.LAMBDA;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.FeatureRows;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code lin-ts}: Thompson sampling from the posterior of a ridge regression. */
public final class LinTsAgentFactory implements AgentFactory {

    static final ParameterSpec SCALE = ParameterSpec.real("v", 0.5,
            "exploration scale: the weights are drawn from N(theta, v^2 A^-1); about the rewards' noise").above(0);

    @Override
    public String name() {
        return "lin-ts";
    }

    @Override
    public String description() {
        return "Linear Thompson sampling (Agrawal & Goyal, 2013), one shared model: the k best by "
                + "theta~.x, theta~ ~ N(A^-1 b, v^2 A^-1).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SCALE, LAMBDA, FeatureMap.PARAMETER);
    }

    @Override
    public Agent create(AgentContext context) {
        return new LinTsAgent(FeatureRows.of(context), context.real(SCALE.name()), context.real(LAMBDA.name()),
                context.slateSize(), context.catalogSize(), context.random());
    }
}
