package dev.encore.engine.spec;

import dev.encore.engine.data.StrengthMapping;
import java.nio.file.Path;
import java.util.List;

/**
 * A resolved experiment: its spec, with the plugins' agents found and the environment of every condition prepared,
 * everything a run needs. Made by {@link ExperimentResolver} (through {@link ExperimentLoader} from a YAML file).
 *
 * <p>The trials are every agent variant ({@link #agents()}) in every condition ({@link #conditions()}) on every
 * episode: {@code conditions x agents x episodes}.
 *
 * @param spec the resolved spec: every default filled in, every path absolute; what {@code spec.yaml} holds
 * @param specFile the file it was read from
 * @param environment the environment and its conditions
 * @param rewards the strength mapping from listening events to numbers
 * @param agents every agent variant, labels distinct, entry by entry in the spec's order
 */
public record Experiment(ExperimentSpec spec, Path specFile, EnvironmentChoice environment, StrengthMapping rewards,
                         List<AgentChoice> agents) {

    public Experiment {
        agents = List.copyOf(agents);
    }

    /** Names the report folder {@code reports/<name>/}. */
    public String name() {
        return spec.name();
    }

    /** Everything derives from it: episode {@code e} plays environment seed {@code seed + e}. */
    public long seed() {
        return spec.seed();
    }

    /** Seeded episodes per agent variant and condition. */
    public int episodes() {
        return spec.episodes();
    }

    public EpisodeLength steps() {
        return spec.steps();
    }

    public int slate() {
        return spec.slate();
    }

    /** Points per curve in the report. */
    public int points() {
        return spec.points();
    }

    /** Plugin jars or folders the agents were looked for in, besides the distribution's. */
    public List<Path> plugins() {
        return spec.plugins().stream().map(Path::of).toList();
    }

    /** The environment's conditions: one per combination of its swept settings. */
    public List<Condition> conditions() {
        return environment.conditions();
    }

    /**
     * What the environment's preparation warns of (events counted as 0, ...), in every condition, each warning once:
     * conditions that read the same log warn alike.
     */
    public List<String> warnings() {
        return conditions().stream().flatMap(condition -> condition.blueprint().warnings().stream()).distinct()
                .toList();
    }

    /** Every trial: conditions x agents x episodes. */
    public long trials() {
        return (long) conditions().size() * agents.size() * episodes();
    }

    /** The swept settings and parameters: the report columns they add. */
    public Grid grid() {
        return spec.grid();
    }
}
