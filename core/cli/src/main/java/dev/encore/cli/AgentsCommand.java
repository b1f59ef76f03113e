package dev.encore.cli;

import dev.encore.engine.plugin.AgentListing;
import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.spec.AgentSource;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code encore agents}: every agent the plugins provide, with its parameters, and every plugin that failed. */
@Command(name = "agents", description = {
    "Lists the agents the plugins provide.",
    "Every agent found in the distribution's plugins, in ~/.encore/plugins and in --plugins, with its parameters, "
        + "then every plugin that failed to load, with why (the exit code is then 1)."})
final class AgentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Another plugin folder or jar, besides the distribution's and ~/.encore/plugins "
                    + "(repeatable).")
    List<Path> plugins = new ArrayList<>();

    @Mixin
    CommonOptions common;

    private final AgentSource agents;

    @Inject
    AgentsCommand(AgentSource agents) {
        this.agents = agents;
    }

    @Override
    public Integer call() {
        AgentRegistry registry = agents.load(plugins);
        spec.commandLine().getOut().print(AgentListing.render(registry));
        return registry.failures().isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
