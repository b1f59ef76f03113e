package dev.encore.agents.baseline;

import dev.encore.spi.ParameterSpec;

/** The parameters the agents of this plugin declare. */
final class BaselineParameters {

    static final ParameterSpec LAMBDA = ParameterSpec.real("lambda", 1.0,
            "ridge regularisation: A starts as lambda I, the weight of the prior theta = 0").above(0);

    static final ParameterSpec EPSILON = ParameterSpec.real("epsilon", 0.1,
            "chance that a slate position holds a random candidate instead of the next best").atLeast(0).atMost(1);

    private BaselineParameters() {
    }
}
