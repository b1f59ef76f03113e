package dev.encore.engine.spec;

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
 * ({@code - linucb: {alpha: 0.3, label: linucb-cautious}}); a list of values is a sweep
 * ({@code - linucb: {alpha: [0.1, 0.3, 1]}}). Names are looked up among the plugins' agents, parameters checked
 * against the agent's declaration, and labels must be distinct.
 */
final class AgentsReader {

    private static final String LABEL = "label";
    private static final String FORM = "a name, or a name with its parameters such as linucb: {alpha: 0.3}";

    private AgentsReader() {
    }

    /** Every agent entry that could be read, in order; where each part was written is recorded in {@code source}. */
    static List<AgentSpec> read(SpecNode agents, AgentRegistry registry, Problems problems, SourceMap source) {
        if (!agents.isList() || agents.items().isEmpty()) {
            problems.at(agents, (agents.isList() ? "an empty list" : agents.describe())
                    + " is not allowed: allowed a list of agents, each " + FORM);
            return List.of();
        }
        List<AgentSpec> read = new ArrayList<>();
        Map<String, SpecNode> labels = new HashMap<>();
        for (SpecNode item : agents.items()) {
            source.add(item);
            Optional<AgentSpec> agent = item(item, registry, problems, source);
            if (agent.isEmpty()) {
                continue;
            }
            String label = agent.get().label();
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

    private static Optional<AgentSpec> item(SpecNode item, AgentRegistry registry, Problems problems,
                                         SourceMap source) {
        if (item.isScalar() && item.value() instanceof String name) {
            return agent(item, name, item, null, registry, problems, source);
        }
        if (item.isMap() && item.entries().size() == 1) {
            SpecNode.Entry entry = item.entries().get(0);
            SpecNode parameters = entry.value();
            if (parameters.isNull()) {
                return agent(item, entry.key(), entry.keyNode(), null, registry, problems, source);
            }
            if (!parameters.isMap()) {
                problems.at(parameters, parameters.describe() + " has the wrong type: allowed a map of "
                        + entry.key() + "'s parameters");
                return Optional.empty();
            }
            return agent(item, entry.key(), entry.keyNode(), parameters.at(item.path()), registry, problems,
                    source);
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
    private static Optional<AgentSpec> agent(SpecNode item, String name, SpecNode nameNode, SpecNode parameters,
                                          AgentRegistry registry, Problems problems, SourceMap source) {
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
        Optional<Map<String, Object>> values = Settings.bindSweeps(declared, item, given, problems, source);
        if (label.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AgentSpec(agent.name(), label.get(), values.get()));
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
}
