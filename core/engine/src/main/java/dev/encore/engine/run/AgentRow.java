package dev.encore.engine.run;

import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Condition;
import java.util.List;
import java.util.Map;

/**
 * One row of the reports: one agent variant in one environment condition, with its trials. An experiment without
 * sweeps has one row per agent; a sweep adds a row per value, so a chart of final regret against a swept parameter
 * groups the rows by {@link #baseLabel()} (and {@link #condition()}) and reads the parameter from
 * {@link #parameters()}.
 *
 * @param index its position among the rows: condition by condition, then agent by agent in the spec's order
 * @param agent the agent variant
 * @param environment the environment condition it plays in
 * @param results its trials, by episode
 */
public record AgentRow(int index, AgentChoice agent, Condition environment, List<TrialResult> results) {

    public AgentRow {
        results = List.copyOf(results);
    }

    /** The variant's label, unique among the variants: {@code linucb alpha=0.3}. */
    public String label() {
        return agent.label();
    }

    /** The label of the agent entry the variant comes from, shared by its variants: {@code linucb}. */
    public String baseLabel() {
        return agent.baseLabel();
    }

    /** The agent's name, as its plugin gives it. */
    public String agentName() {
        return agent.agent().name();
    }

    /** The variant's swept parameters and their values, in the agent's order; empty when its entry sweeps none. */
    public Map<String, Object> parameters() {
        return agent.swept();
    }

    /** The condition's swept settings and their values, in the type's order; empty when none is swept. */
    public Map<String, Object> condition() {
        return environment.swept();
    }

    /** The label, and the condition when there is one: {@code linucb alpha=0.3 (items=500)}. */
    public String title() {
        return condition().isEmpty() ? label() : label() + " (" + environment.label() + ")";
    }
}
