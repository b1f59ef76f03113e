package dev.encore.engine.spec;

import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.PluginFolders;
import dev.encore.engine.plugin.PluginLoader;
import java.nio.file.Path;
import java.util.List;

/** The agents of the default plugin folders (see {@link PluginFolders}), then of the given places. */
public final class PluginAgentSource implements AgentSource {

    @Override
    public AgentRegistry load(List<Path> locations) {
        return PluginLoader.load(PluginFolders.withDefaults(locations));
    }
}
