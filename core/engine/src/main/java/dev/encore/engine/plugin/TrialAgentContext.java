package dev.encore.engine.plugin;

import dev.encore.engine.params.ParameterValues;
import dev.encore.spi.AgentContext;
import dev.encore.spi.FeatureLayout;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * The {@link AgentContext} of one trial.
 *
 * @param parameters the agent's checked parameters
 * @param random the agent's own seeded generator
 * @param slateSize the experiment's slate
 * @param users the environment's listeners
 * @param catalogSize the environment's songs
 * @param featureLayout what each feature column means
 * @param horizon the steps the episode will run, when known
 */
public record TrialAgentContext(ParameterValues parameters, RandomGenerator random, int slateSize, int users,
                                int catalogSize, FeatureLayout featureLayout, OptionalLong horizon)
        implements AgentContext {

    @Override
    public int featureDimension() {
        return featureLayout.dimension();
    }

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
