package dev.encore.engine.plugin;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;
import java.util.function.Supplier;

/**
 * An agent factory found in a plugin, with the plugin it came from. Every call into the plugin's code made through
 * this class runs with the plugin's class loader as the thread's context loader.
 */
public final class LoadedAgent {

    private final AgentFactory factory;
    private final Plugin plugin;
    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;

    /** Reads the factory's name, description and parameters once, inside the plugin's context loader. */
    public LoadedAgent(AgentFactory factory, Plugin plugin) {
        this.factory = factory;
        this.plugin = plugin;
        this.name = inPlugin(plugin, factory::name);
        this.description = inPlugin(plugin, factory::description);
        this.parameters = List.copyOf(inPlugin(plugin, factory::parameters));
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public Plugin plugin() {
        return plugin;
    }

    /** A new agent, created inside the plugin's context loader. */
    public Agent create(AgentContext context) {
        return inPlugin(plugin, () -> factory.create(context));
    }

    /** Runs {@code work} (a trial of this agent, say) with the plugin's class loader as context loader. */
    public <T> T withContextLoader(Supplier<T> work) {
        return inPlugin(plugin, work);
    }

    private static <T> T inPlugin(Plugin plugin, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String toString() {
        return name + " (" + plugin.location() + ")";
    }
}
