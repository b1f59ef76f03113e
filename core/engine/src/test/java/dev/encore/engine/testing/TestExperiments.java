package dev.encore.engine.testing;

import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.spec.AgentSpec;
import dev.encore.engine.spec.EnvironmentSpec;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentResolver;
import dev.encore.engine.spec.ExperimentSpec;
import dev.encore.engine.spec.RewardsSpec;
import dev.encore.spi.AgentFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small experiments built in code and resolved as a spec would be: the embedding environment with 50 listeners and
 * 80 songs, unless a test sweeps it.
 */
public final class TestExperiments {

    /** The environment of every test experiment. */
    public static final Map<String, Object> SMALL = Map.of("users", 50L, "items", 80L);

    private TestExperiments() {
    }

    /**
     * An agent entry of a test experiment.
     *
     * @param label its label
     * @param agent its factory, in the plugin it comes from
     * @param parameters its parameters as a spec gives them: a list is a sweep
     */
    public record TestAgent(String label, LoadedAgent agent, Map<String, ?> parameters) {
    }

    public static TestAgent agent(String label, AgentFactory factory) {
        return agent(label, factory, Map.of());
    }

    public static TestAgent agent(String label, AgentFactory factory, Map<String, ?> parameters) {
        return new TestAgent(label, TestAgents.loaded(factory), parameters);
    }

    public static Experiment experiment(String name, long seed, int episodes, long steps, int points,
                                        List<TestAgent> agents) {
        return experiment(name, seed, episodes, steps, points, SMALL, agents);
    }

    /** @param environment the embedding environment's settings: a list is a sweep */
    public static Experiment experiment(String name, long seed, int episodes, long steps, int points,
                                        Map<String, ?> environment, List<TestAgent> agents) {
        return experiment(name, seed, episodes, EpisodeLength.of(steps), points, environment, agents);
    }

    /** @param environment the embedding environment's settings: a list is a sweep */
    public static Experiment experiment(String name, long seed, int episodes, EpisodeLength steps, int points,
                                        Map<String, ?> environment, List<TestAgent> agents) {
        ExperimentSpec spec = new ExperimentSpec(name, seed, episodes, steps, 3,
                new EnvironmentSpec("embedding", new LinkedHashMap<>(environment)), RewardsSpec.SEED_EVENTS,
                agents.stream().map(agent -> new AgentSpec(agent.agent().name(), agent.label(),
                        new LinkedHashMap<>(agent.parameters()))).toList(), List.of(), points);
        return resolver(agents.stream().map(TestAgent::agent).toList())
                .resolve(spec, Path.of("experiments", name + ".yaml"));
    }

    /** A resolver whose plugins hold {@code agents} (the first of each name). */
    public static ExperimentResolver resolver(List<LoadedAgent> agents) {
        Map<String, LoadedAgent> byName = new LinkedHashMap<>();
        agents.forEach(agent -> byName.putIfAbsent(agent.name(), agent));
        AgentRegistry registry = new AgentRegistry(List.copyOf(byName.values()), List.of());
        return new ExperimentResolver(EnvironmentTypes.builtIn(), locations -> registry);
    }

    /** Three honest agents, 5 episodes of 300 steps, 20 points per curve. */
    public static Experiment small(String name) {
        return experiment(name, 2020, 5, 300, 20, List.of(
                agent("random", TestAgents.random()),
                agent("first", TestAgents.first()),
                agent("learner", TestAgents.learner())));
    }
}
