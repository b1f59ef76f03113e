package dev.encore.agents.songs;

import dev.encore.spi.AgentContext;
import dev.encore.spi.ParameterSpec;

/** The parameters the agents of this plugin declare, and reading them. */
final class SongParameters {

    static final ParameterSpec EXPLORATION = ParameterSpec.real("exploration", 1.0,
            "c in mean + c sqrt(2 ln t / n): 1 is the paper's, for rewards in [0, 1]; scale it with the "
                    + "rewards' range").atLeast(0);

    static final ParameterSpec PRIOR_MEAN = ParameterSpec.real("prior-mean", 0.0,
            "what a song never heard is believed to earn on average");

    static final ParameterSpec NOISE = ParameterSpec.real("noise", 1.0,
            "sigma: how far one reward is believed to stray from its song's mean").above(0);

    static final ParameterSpec PRIOR_WEIGHT = ParameterSpec.real("prior-weight", 1.0,
            "how many rewards the prior counts for: the posterior variance is noise^2 / (n + prior-weight)")
            .above(0);

    private SongParameters() {
    }

    /**
     * The value of a real parameter, which the range check lets through as infinite (YAML's {@code .inf}) but no
     * agent here can use.
     *
     * @throws IllegalArgumentException when the value is infinite
     */
    static double finite(AgentContext context, ParameterSpec parameter) {
        double value = context.real(parameter.name());
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(parameter.name() + " = " + value + " is out of range: allowed "
                    + parameter.allowed() + ", not infinite");
        }
        return value;
    }
}
