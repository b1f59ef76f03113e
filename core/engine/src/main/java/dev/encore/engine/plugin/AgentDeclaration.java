package dev.encore.engine.plugin;

import dev.encore.spi.ParameterSpec;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules an agent's declaration must follow to be usable from a spec. */
final class AgentDeclaration {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The key a spec uses for an agent's label, beside its parameters. */
    static final String LABEL_KEY = "label";

    private AgentDeclaration() {
    }

    /** What is wrong with the agent's name or parameters, or null when nothing is. */
    static String problem(LoadedAgent agent) {
        if (agent.name() == null || !NAME.matcher(agent.name()).matches()) {
            return "has the name '" + agent.name() + "': allowed lower case letters, digits and single dashes";
        }
        if (agent.description() == null || agent.description().isBlank()) {
            return "has no description: description() must say in one line what '" + agent.name() + "' does";
        }
        Set<String> seen = new HashSet<>();
        for (ParameterSpec parameter : agent.parameters()) {
            if (parameter.name().equals(LABEL_KEY)) {
                return "declares a parameter 'label': that key names an agent's label in a spec";
            }
            if (!seen.add(parameter.name())) {
                return "declares the parameter '" + parameter.name() + "' twice";
            }
        }
        return null;
    }
}
