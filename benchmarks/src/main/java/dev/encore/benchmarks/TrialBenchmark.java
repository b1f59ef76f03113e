package dev.encore.benchmarks;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.run.Trial;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.spi.AgentFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole trial as the runner plays it: a fresh agent, then the first 20,000 steps of an episode of the notebook's
 * environment (reset, and at every step recommend, slate check, environment step, learn, regret, with one step in
 * 16 timed into Micrometer timers). Reported per step. The set-up of each trial (the agent, the episode's
 * generator, the regret trace) is allocated once per 20,000 steps: a byte or so a step; the loop itself allocates
 * nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrialBenchmark {

    static final int STEPS = 20_000;
    private static final int SLATE = 3;
    private static final int POINTS = 500;

    @Param({"random", "greedy", "epsilon-greedy", "linucb", "mf"})
    public String agentName;

    private AgentFactory factory;
    private EmbeddingEnvironment environment;
    private SimpleMeterRegistry registry;
    private TrialTimers timers;
    private int episode;

    @Setup
    public void setUp() {
        factory = ServiceLoader.load(AgentFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.name().equals(agentName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no agent " + agentName + " on the class path"));
        environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        registry = new SimpleMeterRegistry();
        timers = new TrialTimers(registry, "benchmark", agentName, 0);
    }

    @TearDown
    public void tearDown() {
        timers.close();
    }

    /** One trial; each invocation plays the next episode (seed 2020, 2021, ...), as an experiment's episodes do. */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double trial() {
        var agent = factory.create(new TrialAgentContext(
                ParameterBinder.bind(factory.parameters(), Map.of()).orElseThrow(),
                Seeds.agentGenerator(2020, agentName, episode), SLATE, environment.users(), environment.items(),
                environment.featureLayout(), OptionalLong.of(STEPS)));
        Trial trial = new Trial(environment, agent, SLATE, timers);
        double regret = trial.run(Seeds.environmentSeed(2020, episode), EpisodeLength.of(STEPS), POINTS)
                .finalRegret();
        episode = (episode + 1) % 1000;
        return regret;
    }
}
