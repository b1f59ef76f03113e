package dev.encore.engine.spec;

import java.io.Serializable;
import java.util.List;

/**
 * An experiment as plain data: what a YAML spec says, every part inlined, made only of records, texts, numbers,
 * lists and maps, so that it can be written back as YAML ({@link ResolvedSpec}), serialised, and resolved into an
 * {@link Experiment} where only the spec is at hand ({@link ExperimentResolver}).
 *
 * <p>A setting or parameter holds a {@link Double} (real), {@link Long} (integer), {@link Boolean} (flag) or
 * {@link String} (text), or a {@link List} of them: a list is a sweep (see {@link Grid}). A resolved spec
 * ({@link Experiment#spec()}) has every default filled in and names every file and plugin folder by its absolute
 * path, so it resolves the same on any machine that sees the same files.
 *
 * @param name names the report folder {@code reports/<name>/}
 * @param seed everything derives from it: episode {@code e} plays environment seed {@code seed + e}
 * @param episodes seeded episodes per agent and condition
 * @param steps steps per episode, or all
 * @param slate songs per recommendation
 * @param environment the environment's type and settings
 * @param rewards the strength mapping from listening events to numbers
 * @param agents the agent entries, in the spec's order
 * @param plugins plugin jars or folders where agents are looked for, besides the default folders (the
 *     distribution's and the user's), which every machine has of its own
 * @param points points per curve in the report
 */
public record ExperimentSpec(String name, long seed, int episodes, EpisodeLength steps, int slate,
                             EnvironmentSpec environment, RewardsSpec rewards, List<AgentSpec> agents,
                             List<String> plugins, int points) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExperimentSpec {
        agents = List.copyOf(agents);
        plugins = List.copyOf(plugins);
    }

    /** The conditions and agent variants the spec's sweeps make. */
    public Grid grid() {
        return Grid.of(this);
    }
}
