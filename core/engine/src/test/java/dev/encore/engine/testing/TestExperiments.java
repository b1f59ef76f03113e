package dev.encore.engine.testing;

import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.environment.EmbeddingType;
import dev.encore.engine.environment.EnvironmentContext;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.run.EpisodeLength;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.EnvironmentChoice;
import dev.encore.engine.spec.Experiment;
import dev.encore.spi.AgentFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small experiments built in code: the embedding environment with 50 listeners and 80 songs. */
public final class TestExperiments {

    private TestExperiments() {
    }

    public static AgentChoice agent(String label, AgentFactory factory) {
        return agent(label, factory, Map.of());
    }

    public static AgentChoice agent(String label, AgentFactory factory, Map<String, ?> parameters) {
        return new AgentChoice(label, TestAgents.loaded(factory),
                ParameterBinder.bind(factory.parameters(), parameters).orElseThrow());
    }

    public static Experiment experiment(String name, long seed, int episodes, long steps, int points,
                                        List<AgentChoice> agents) {
        EmbeddingType type = new EmbeddingType();
        ParameterValues settings = ParameterBinder.bind(type.parameters(), Map.of("users", 50, "items", 80))
                .orElseThrow();
        EnvironmentChoice environment = new EnvironmentChoice("small", type, settings,
                type.prepare(settings, new EnvironmentContext(Path.of("experiments"), StrengthMapping.SEED_EVENTS)));
        return new Experiment(name, seed, episodes, EpisodeLength.of(steps), 3, environment,
                StrengthMapping.SEED_EVENTS, agents, List.of(), points, Path.of("experiments", name + ".yaml"));
    }

    /** Three honest agents, 5 episodes of 300 steps, 20 points per curve. */
    public static Experiment small(String name) {
        return experiment(name, 2020, 5, 300, 20, List.of(
                agent("random", TestAgents.random()),
                agent("first", TestAgents.first()),
                agent("learner", TestAgents.learner())));
    }
}
