package dev.encore.engine.plugin;

import dev.encore.spi.ParameterSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What {@code encore agents} prints: every agent with where it comes from and its parameters, then every failure. */
public final class AgentListing {

    private static final String NEWLINE = System.lineSeparator();

    private AgentListing() {
    }

    public static String render(AgentRegistry registry) {
        StringBuilder text = new StringBuilder();
        List<LoadedAgent> agents = registry.agents().stream().sorted(Comparator.comparing(LoadedAgent::name)).toList();
        if (agents.isEmpty()) {
            text.append("No agent found: no plugin provides one.").append(NEWLINE);
        } else {
            text.append(agents.size() == 1 ? "1 agent" : agents.size() + " agents").append(':').append(NEWLINE);
        }
        for (LoadedAgent agent : agents) {
            text.append(NEWLINE);
            appendAgent(text, agent);
        }
        List<PluginFailure> failures = registry.failures();
        if (!failures.isEmpty()) {
            text.append(NEWLINE).append("Plugins that failed to load (").append(failures.size()).append("):")
                    .append(NEWLINE);
            for (PluginFailure failure : failures) {
                text.append("  ").append(failure.location()).append(NEWLINE)
                        .append("    ").append(failure.reason()).append(NEWLINE);
            }
        }
        return text.toString();
    }

    private static void appendAgent(StringBuilder text, LoadedAgent agent) {
        text.append(agent.name()).append(NEWLINE)
                .append("  ").append(agent.description()).append(NEWLINE)
                .append("  from ").append(agent.plugin().location()).append(NEWLINE);
        List<ParameterSpec> parameters = agent.parameters();
        if (parameters.isEmpty()) {
            text.append("  parameters: none").append(NEWLINE);
            return;
        }
        text.append("  parameters:").append(NEWLINE);
        int width = parameters.stream().mapToInt(parameter -> parameter.name().length()).max().orElse(0);
        String indent = " ".repeat(width + 6);
        for (ParameterSpec parameter : parameters) {
            text.append("    ").append(pad(parameter.name(), width)).append("  ")
                    .append(parameter.type().name().toLowerCase(Locale.ROOT))
                    .append(", default ").append(parameter.defaultValue())
                    .append(", allowed ").append(parameter.allowed()).append(NEWLINE)
                    .append(indent).append(parameter.help()).append(NEWLINE);
        }
    }

    private static String pad(String name, int width) {
        return name + " ".repeat(width - name.length());
    }
}
