package dev.encore.engine.spec;

import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.run.EpisodeLength;
import java.nio.file.Path;
import java.util.List;

/**
 * A checked experiment: everything a run needs, resolved from a YAML spec and the command line's overrides.
 *
 * @param name names the report folder {@code reports/<name>/}
 * @param seed everything derives from it: episode {@code e} plays environment seed {@code seed + e}
 * @param episodes seeded episodes per agent
 * @param steps steps per episode, or all
 * @param slate songs per recommendation
 * @param environment the environment, with its checked settings
 * @param rewards the strength mapping from listening events to numbers
 * @param agents the agents to compare, labels distinct, in the spec's order
 * @param plugins extra plugin jars or folders named by the spec (resolved paths)
 * @param points points per curve in the report
 * @param specFile the YAML file it came from
 */
public record Experiment(String name, long seed, int episodes, EpisodeLength steps, int slate,
                         EnvironmentChoice environment, StrengthMapping rewards, List<AgentChoice> agents,
                         List<Path> plugins, int points, Path specFile) {

    public Experiment {
        agents = List.copyOf(agents);
        plugins = List.copyOf(plugins);
    }
}
