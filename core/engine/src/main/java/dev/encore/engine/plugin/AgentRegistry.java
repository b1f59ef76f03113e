package dev.encore.engine.plugin;

import dev.encore.engine.Suggestions;
import dev.encore.engine.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The agents found in every plugin, by name, and the plugins that failed to load. A name is taken by the first
 * plugin that offers it; a later plugin offering it again is recorded as a failure naming both.
 */
public final class AgentRegistry {

    private final Map<String, LoadedAgent> byName = new LinkedHashMap<>();
    private final List<PluginFailure> failures = new ArrayList<>();

    public AgentRegistry(List<LoadedAgent> agents, List<PluginFailure> failures) {
        this.failures.addAll(failures);
        for (LoadedAgent agent : agents) {
            LoadedAgent first = byName.putIfAbsent(agent.name(), agent);
            if (first != null) {
                this.failures.add(new PluginFailure(agent.plugin().location(), "agent '" + agent.name()
                        + "' is already provided by " + first.plugin().location() + "; this one is ignored"));
            }
        }
    }

    /** Every agent, in the order plugins were loaded. */
    public List<LoadedAgent> agents() {
        return List.copyOf(byName.values());
    }

    /** Every plugin that could not be used, with why. */
    public List<PluginFailure> failures() {
        return List.copyOf(failures);
    }

    public Optional<LoadedAgent> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @throws UserError listing the agents there are, with the nearest name suggested */
    public LoadedAgent get(String name) {
        LoadedAgent agent = byName.get(name);
        if (agent == null) {
            throw new UserError(unknownAgentMessage(name));
        }
        return agent;
    }

    /** {@code No agent 'x'. Available: a, b. Did you mean 'y'?}, the names in alphabetical order. */
    public String unknownAgentMessage(String name) {
        String available = byName.isEmpty() ? "none (no plugin provides an agent)"
                : String.join(", ", new TreeSet<>(byName.keySet()));
        return "No agent '" + name + "'. Available: " + available + "." + Suggestions.didYouMean(name, byName.keySet());
    }
}
