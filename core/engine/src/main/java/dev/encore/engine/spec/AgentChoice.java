package dev.encore.engine.spec;

import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.plugin.LoadedAgent;

/**
 * One agent of an experiment.
 *
 * @param label its name in reports: the agent's name unless the spec gives a label; unique in the experiment
 * @param agent the plugin's factory
 * @param parameters its checked parameters, defaults filled in
 */
public record AgentChoice(String label, LoadedAgent agent, ParameterValues parameters) {
}
