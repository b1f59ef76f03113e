package dev.encore.engine.spec;

import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.plugin.LoadedAgent;
import java.util.Map;

/**
 * One agent variant of an experiment: an agent entry, or one combination of its swept parameters.
 *
 * @param label its name in reports, unique in the experiment: the entry's label, followed by the swept values
 *     ({@code linucb alpha=0.3}); its own generator is seeded from it
 * @param agent the plugin's factory
 * @param parameters its checked parameters, defaults filled in
 * @param baseLabel the label of its entry, shared by the entry's variants
 * @param swept the swept parameters' values, in the agent's order; empty when the entry sweeps nothing
 */
public record AgentChoice(String label, LoadedAgent agent, ParameterValues parameters, String baseLabel,
                          Map<String, Object> swept) {

    public AgentChoice {
        swept = SpecValues.copy(swept);
    }
}
