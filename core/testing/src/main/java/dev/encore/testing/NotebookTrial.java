package dev.encore.testing;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.run.RegretTrace;
import dev.encore.engine.run.Trial;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Plays one agent for one episode on the seed notebook's Spotify environment (943 listeners, 1,682 songs, slate 3
 * unless changed), seeded as episode 0 of an experiment with that seed is: the same numbers {@code encore run}
 * gives for that agent label and episode.
 *
 * <pre>{@code
 * double regret = NotebookTrial.of(new LinUcbAgentFactory()).seed(2020).steps(20_000).run().finalRegret();
 * }</pre>
 */
public final class NotebookTrial {

    /** What an episode ended with. */
    public record Outcome(double finalRegret, double finalReward, long steps) {
    }

    private final AgentFactory factory;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String label;
    private long seed = 1;
    private long steps = 10_000;
    private int slateSize = 3;
    private EmbeddingSettings settings = EmbeddingSettings.NOTEBOOK;

    private NotebookTrial(AgentFactory factory) {
        this.factory = factory;
        this.label = factory.name();
    }

    public static NotebookTrial of(AgentFactory factory) {
        return new NotebookTrial(factory);
    }

    public NotebookTrial parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public NotebookTrial parameters(Map<String, ?> values) {
        parameters.putAll(values);
        return this;
    }

    /** The agent's label in the experiment, which seeds its generator; the agent's name unless set. */
    public NotebookTrial label(String agentLabel) {
        this.label = agentLabel;
        return this;
    }

    /** The experiment's seed. */
    public NotebookTrial seed(long experimentSeed) {
        this.seed = experimentSeed;
        return this;
    }

    public NotebookTrial steps(long count) {
        this.steps = count;
        return this;
    }

    public NotebookTrial slateSize(int size) {
        this.slateSize = size;
        return this;
    }

    /** A smaller or larger catalog of the same kind, for quick tests. */
    public NotebookTrial catalog(int users, int items) {
        this.settings = EmbeddingSettings.NOTEBOOK.withCatalog(users, items);
        return this;
    }

    public Outcome run() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(settings);
        EpisodeLength length = EpisodeLength.of(steps);
        Agent agent = factory.create(new TrialAgentContext(
                ParameterBinder.bind(factory.parameters(), parameters).orElseThrow(),
                Seeds.agentGenerator(seed, label, 0), slateSize, environment.users(), environment.items(),
                environment.featureLayout(), OptionalLong.of(length.resolve(environment, slateSize))));
        RegretTrace trace = new Trial(environment, agent, slateSize).run(Seeds.environmentSeed(seed, 0), length, 2);
        return new Outcome(trace.finalRegret(), trace.finalReward(), trace.totalSteps());
    }
}
