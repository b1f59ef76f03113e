package dev.encore.testing;

import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.plugin.AgentParameters;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.FeatureLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Creates an agent the way Encore does for one trial: parameters checked against the factory's declarations (with
 * defaults filled in, and the same errors a spec would get), a seeded generator, and the problem's sizes.
 *
 * <pre>{@code
 * Agent agent = AgentFixture.of(new LinUcbAgentFactory()).parameter("alpha", 0.5).seed(7).create();
 * }</pre>
 *
 * <p>Defaults: no parameters given, seed 1, slate 3, the notebook's 943 listeners, 1,682 songs and 6 unnamed
 * features, no horizon.
 */
public final class AgentFixture {

    private final AgentFactory factory;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private RandomGenerator random = new SplittableRandom(1);
    private int slateSize = 3;
    private int users = 943;
    private int catalogSize = 1682;
    private FeatureLayout featureLayout = FeatureLayout.unnamed(6);
    private OptionalLong horizon = OptionalLong.empty();

    private AgentFixture(AgentFactory factory) {
        this.factory = factory;
    }

    public static AgentFixture of(AgentFactory factory) {
        return new AgentFixture(factory);
    }

    /** Sets one parameter, as an experiment's YAML would (a Double, Long, Integer, Boolean or String). */
    public AgentFixture parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public AgentFixture parameters(Map<String, ?> values) {
        parameters.putAll(values);
        return this;
    }

    /** The agent's generator: a {@link SplittableRandom} with this seed. */
    public AgentFixture seed(long seed) {
        return random(new SplittableRandom(seed));
    }

    public AgentFixture random(RandomGenerator generator) {
        this.random = generator;
        return this;
    }

    public AgentFixture slateSize(int size) {
        this.slateSize = size;
        return this;
    }

    public AgentFixture users(int count) {
        this.users = count;
        return this;
    }

    public AgentFixture catalogSize(int songs) {
        this.catalogSize = songs;
        return this;
    }

    /** Features of unknown meaning: {@code dimension} context columns. */
    public AgentFixture featureDimension(int dimension) {
        return featureLayout(FeatureLayout.unnamed(dimension));
    }

    public AgentFixture featureLayout(FeatureLayout layout) {
        this.featureLayout = layout;
        return this;
    }

    public AgentFixture horizon(long steps) {
        this.horizon = OptionalLong.of(steps);
        return this;
    }

    /**
     * The context the agent would be created with.
     *
     * @throws IllegalArgumentException when a parameter is unknown, of the wrong type or out of range, listing
     *     every problem
     */
    public AgentContext context() {
        return new TrialAgentContext(ParameterBinder.bind(factory.parameters(), parameters).orElseThrow(), random,
                slateSize, users, catalogSize, featureLayout, horizon);
    }

    /**
     * The parameters bound as a spec's are: defaults filled in, each value of its declared type.
     *
     * @throws dev.encore.engine.UserError with what {@code encore run} prints for them, a line per problem, such as
     *     {@code agent 'linucb': alpha = -1 is out of range: allowed a real number >= 0}
     */
    public Map<String, Object> boundParameters() {
        Plugin plugin = new Plugin(Path.of(factory.name()), List.of(), factory.getClass().getClassLoader());
        return AgentParameters.bind(new LoadedAgent(factory, plugin), parameters).asMap();
    }

    /** A new agent from {@link #context()}. */
    public Agent create() {
        return factory.create(context());
    }
}
