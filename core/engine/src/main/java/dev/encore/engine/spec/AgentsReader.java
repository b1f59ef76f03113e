package dev.encore.engine.spec;

import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.spi.ParameterSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code agents:}: each item is a name ({@code - random}) or a name with parameters and an optional label
 * ({@code - linucb: {alpha: 0.3, label: linucb-cautious}}). Names are looked up among the plugins' agents, parameters
 * checked against the agent's declaration, and labels must be distinct.
 */
final class AgentsReader {

    private static final String LABEL = "label";
    private static final String FORM = "a name, or a name with its parameters such as linucb: {alpha: 0.3}";

    private AgentsReader() {
    }

    /** Every agent that could be read, in order, with where it was written. */
    static List<Placed> read(SpecNode agents, AgentRegistry registry, Problems problems) {
        if (!agents.isList() || agents.items().isEmpty()) {
            problems.at(agents, (agents.isList() ? "an empty list" : agents.describe())
                    + " is not allowed: allowed a list of agents, each " + FORM);
            return List.of();
        }
        List<Placed> read = new ArrayList<>();
        Map<String, SpecNode> labels = new HashMap<>();
        for (SpecNode item : agents.items()) {
            Optional<Placed> agent = item(item, registry, problems);
            if (agent.isEmpty()) {
                continue;
            }
            String label = agent.get().choice().label();
            SpecNode first = labels.putIfAbsent(label, item);
            if (first != null) {
                problems.at(item, "label '" + label + "' is already used by " + first.path()
                        + ": give one of them a distinct label, such as {label: " + label + "-2}");
            } else {
                read.add(agent.get());
            }
        }
        return read;
    }

    private static Optional<Placed> item(SpecNode item, AgentRegistry registry, Problems problems) {
        if (item.isScalar() && item.value() instanceof String name) {
            return agent(item, name, item, null, registry, problems);
        }
        if (item.isMap() && item.entries().size() == 1) {
            SpecNode.Entry entry = item.entries().get(0);
            SpecNode parameters = entry.value();
            if (parameters.isNull()) {
                return agent(item, entry.key(), entry.keyNode(), null, registry, problems);
            }
            if (!parameters.isMap()) {
                problems.at(parameters, parameters.describe() + " has the wrong type: allowed a map of "
                        + entry.key() + "'s parameters");
                return Optional.empty();
            }
            return agent(item, entry.key(), entry.keyNode(), parameters.at(item.path()), registry, problems);
        }
        if (item.isMap() && item.entries().size() > 1) {
            List<String> keys = item.entries().stream().map(entry -> "'" + entry.key() + "'").toList();
            problems.at(item, "one agent per item, found keys " + String.join(", ", keys)
                    + ": indent the parameters under the agent's name, or write them as {alpha: 0.3}");
            return Optional.empty();
        }
        problems.at(item, item.describe() + " is not an agent: allowed " + FORM);
        return Optional.empty();
    }

    /** An agent by name with its parameters (null when none are given), checked. */
    private static Optional<Placed> agent(SpecNode item, String name, SpecNode nameNode, SpecNode parameters,
                                          AgentRegistry registry, Problems problems) {
        Optional<LoadedAgent> found = registry.find(name);
        if (found.isEmpty()) {
            int failed = registry.failures().size();
            problems.at(nameNode.at(item.path()), registry.unknownAgentMessage(name) + (failed == 0 ? ""
                    : " (" + failed + (failed == 1 ? " plugin" : " plugins")
                    + " failed to load: encore agents says why)"));
            return Optional.empty();
        }
        LoadedAgent agent = found.get();
        List<String> allowed = new ArrayList<>();
        agent.parameters().forEach(spec -> allowed.add(spec.name()));
        allowed.add(LABEL);
        Map<String, SpecNode> given = parameters == null ? new LinkedHashMap<>()
                : parameters.fields(allowed, problems);
        Optional<String> label = label(given.remove(LABEL), name, problems);
        List<ParameterSpec> declared = agent.parameters();
        Optional<ParameterValues> values = Settings.bind(declared, item, given, problems);
        if (label.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Placed(new AgentChoice(label.get(), agent, values.get()), item));
    }

    /** The label given, or the agent's name when none is; empty when the label is not a text. */
    private static Optional<String> label(SpecNode node, String name, Problems problems) {
        if (node == null) {
            return Optional.of(name);
        }
        if (node.isScalar() && !node.isNull() && !node.text().isBlank()) {
            return Optional.of(node.text());
        }
        problems.at(node, node.describe() + " has the wrong type: allowed a text");
        return Optional.empty();
    }

    /**
     * An agent read from a spec.
     *
     * @param choice what the experiment records
     * @param item where it was written: where a refusal to create it is reported
     */
    record Placed(AgentChoice choice, SpecNode item) {
    }
}
