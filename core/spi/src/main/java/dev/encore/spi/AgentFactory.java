package dev.encore.spi;

import java.util.List;

/**
 * What a plugin provides for each agent it contains: its name, a description, the parameters it accepts and a way
 * to create it. List implementations in {@code META-INF/services/dev.encore.spi.AgentFactory}; each needs a public
 * constructor without arguments.
 */
public interface AgentFactory {

    /**
     * The name experiments use for this agent, such as {@code linucb}: lower case letters, digits and dashes, unique
     * among all plugins loaded together.
     */
    String name();

    /** One line that says what the agent does. */
    String description();

    /**
     * The parameters the agent accepts. Encore checks an experiment's values against them (type and range), fills in
     * defaults, and lists them in {@code encore agents}.
     */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * Creates an agent for one trial. Called once per trial, and once before any trial to check the experiment; it
     * may throw {@link IllegalArgumentException} to refuse a combination of parameters, with a message that says
     * why. Trials run in parallel, so this may be called from several threads at once: keep the factory free of
     * mutable state, and give each agent state of its own.
     */
    Agent create(AgentContext context);
}
