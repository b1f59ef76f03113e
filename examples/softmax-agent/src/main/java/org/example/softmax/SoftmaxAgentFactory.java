package org.example.softmax;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/**
 * {@code softmax}: an example of a third-party agent. Encore finds this class through
 * {@code META-INF/services/dev.encore.spi.AgentFactory}, lists its parameters in {@code encore agents} and checks
 * the values a spec gives before calling {@link #create}.
 */
public final class SoftmaxAgentFactory implements AgentFactory {

    static final ParameterSpec TEMPERATURE = ParameterSpec.real("temperature", 0.1,
            "how far from greedy: a song scoring t less than the best is e times less likely").above(0);

    static final ParameterSpec LAMBDA = ParameterSpec.real("lambda", 1.0,
            "ridge regularisation: the weight of the prior theta = 0").above(0);

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public String description() {
        return "Boltzmann exploration: draws each slate position with probability proportional to "
                + "exp(theta.x / temperature) over a ridge regression.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(TEMPERATURE, LAMBDA);
    }

    @Override
    public Agent create(AgentContext context) {
        return new SoftmaxAgent(context.featureDimension(), context.catalogSize(),
                context.real(TEMPERATURE.name()), context.real(LAMBDA.name()), context.random());
    }
}
