package dev.encore.engine.spec;

import dev.encore.engine.environment.EnvironmentBlueprint;
import dev.encore.engine.params.ParameterValues;
import java.util.Map;

/**
 * One condition of an experiment's environment (one combination of its swept settings), prepared once.
 *
 * @param index its position among the conditions
 * @param swept the swept settings' values, in the type's order; empty when nothing is swept
 * @param settings every setting, checked, defaults filled in
 * @param blueprint what the settings prepared: every trial in this condition creates its own environment from it
 */
public record Condition(int index, Map<String, Object> swept, ParameterValues settings,
                        EnvironmentBlueprint blueprint) {

    public Condition {
        swept = SpecValues.copy(swept);
    }

    /** {@code items=500 users=100}; empty when nothing is swept. */
    public String label() {
        return SpecValues.describe(swept);
    }
}
