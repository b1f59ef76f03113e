package dev.encore.benchmarks;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One agent step, {@code recommend} then {@code learn}, in the notebook's environment: about 1,680 candidates of 6
 * features, a slate of 3. The agent first plays 1,000 steps of the episode, so its model is a trained one; then it
 * is measured on the next listener's candidates, learning each time from the ratings of the slate it chose. With
 * {@code -prof gc}, {@code gc.alloc.rate.norm} shows whether a step allocates. {@code features} is passed to the
 * agents that declare it ({@code -p features=interactions}); the others ignore it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AgentStepBenchmark {

    private static final int SLATE = 3;

    @Param({"random", "greedy", "epsilon-greedy", "linucb", "lin-ts", "ucb1", "thompson", "disjoint-linucb",
            "hybrid-linucb"})
    public String agentName;

    @Param({"plain"})
    public String features;

    private static final int TRAINING_STEPS = 1_000;

    private EmbeddingEnvironment environment;
    private Agent agent;
    private Candidates candidates;
    private final int[] slate = new int[SLATE];
    private final double[] rewards = new double[SLATE];

    @Setup
    public void setUp() {
        environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        candidates = environment.candidates();
        AgentFactory factory = ServiceLoader.load(AgentFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.name().equals(agentName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no agent " + agentName + " on the class path"));
        Map<String, Object> parameters = factory.parameters().stream().anyMatch(spec -> spec.name().equals("features"))
                ? Map.of("features", features) : Map.of();
        agent = factory.create(new TrialAgentContext(
                ParameterBinder.bind(factory.parameters(), parameters).orElseThrow(), new SplittableRandom(2020), SLATE,
                environment.users(), environment.items(), environment.featureLayout(), OptionalLong.empty()));
        for (int step = 0; step < TRAINING_STEPS; step++) {
            agent.recommend(candidates, slate, SLATE);
            environment.step(slate, SLATE, rewards);
            agent.learn(candidates, slate, rewards, SLATE);
            environment.advance();
        }
    }

    @Benchmark
    public int recommendAndLearn() {
        agent.recommend(candidates, slate, SLATE);
        for (int p = 0; p < SLATE; p++) {
            rewards[p] = environment.rating(candidates.user(), candidates.item(slate[p]));
        }
        agent.learn(candidates, slate, rewards, SLATE);
        return slate[0];
    }
}
