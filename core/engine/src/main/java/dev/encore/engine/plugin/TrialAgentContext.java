package dev.encore.engine.plugin;

import dev.encore.engine.params.ParameterValues;
import dev.encore.spi.AgentContext;
import java.util.random.RandomGenerator;

/**
 * The {@link AgentContext} of one trial.
 *
 * @param parameters the agent's checked parameters
 * @param random the agent's own seeded generator
 * @param slateSize the experiment's slate
 * @param featureDimension the environment's feature length
 * @param catalogSize the environment's songs
 */
public record TrialAgentContext(ParameterValues parameters, RandomGenerator random, int slateSize,
                                int featureDimension, int catalogSize) implements AgentContext {

    @Override
    public double real(String parameter) {
        return parameters.real(parameter);
    }

    @Override
    public long integer(String parameter) {
        return parameters.integer(parameter);
    }

    @Override
    public boolean flag(String parameter) {
        return parameters.flag(parameter);
    }

    @Override
    public String text(String parameter) {
        return parameters.text(parameter);
    }
}
