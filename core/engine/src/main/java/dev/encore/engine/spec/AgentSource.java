package dev.encore.engine.spec;

import com.google.inject.ImplementedBy;
import dev.encore.engine.plugin.AgentRegistry;
import java.nio.file.Path;
import java.util.List;

/** Where an experiment's agents come from: the distribution's plugins and any other plugin jars or folders. */
@ImplementedBy(PluginAgentSource.class)
public interface AgentSource {

    /**
     * Every agent found in the distribution's plugins and in {@code locations}; plugins that cannot be used are the
     * registry's failures, not exceptions.
     */
    AgentRegistry load(List<Path> locations);
}
