package dev.encore.agents.perlistener;

import dev.encore.spi.ParameterSpec;

/** The parameters both agents of this plugin declare. */
final class PerListenerParameters {

    static final ParameterSpec ALPHA = ParameterSpec.real("alpha", 1.0,
            "weight of the exploration bonus: the square root of the prediction's variance; 0 makes the agent greedy")
            .atLeast(0);

    static final ParameterSpec LAMBDA = ParameterSpec.real("lambda", 1.0,
            "ridge regularisation: every A starts as lambda I, the weight of the prior that coefficients are 0")
            .above(0);

    private PerListenerParameters() {
    }
}
