package dev.encore.engine.spec;

import java.io.Serializable;
import java.util.Map;

/**
 * One entry of {@code agents:} as plain data.
 *
 * @param agent the agent's name, as its plugin gives it
 * @param label its label: the agent's name unless the spec gives one; every variant's label starts with it
 * @param parameters its parameters by name, in the agent's order; a list is a sweep: one variant per value
 */
public record AgentSpec(String agent, String label, Map<String, Object> parameters) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AgentSpec {
        parameters = SpecValues.copy(parameters);
    }
}
