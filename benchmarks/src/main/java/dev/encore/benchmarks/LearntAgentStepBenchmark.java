package dev.encore.benchmarks;

import dev.encore.engine.environment.CandidateBuffer;
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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One agent step, {@code recommend} then {@code learn}, on 1,682 candidates (every song of the notebook's catalog),
 * for an agent that has played the first {@code trainedSteps} steps of the notebook's episode.
 *
 * <p>For agents whose step cost grows with what they have learnt, such as {@code mf} (it solves over every rating
 * of the listener and of the slate's songs), which {@link AgentStepBenchmark} cannot measure: its operation replays
 * one listener's step, so such an agent's lists would grow by a rating a step for that one listener and its songs,
 * without end. Here every iteration starts afresh from the trained state (the training is not timed) and times
 * 5,000 steps, one listener after another drawn at random, each offered every song and learning its true
 * ratings, so the state moves little while it is measured. An iteration is a single shot: run with, say,
 * {@code -wi 3 -i 10}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LearntAgentStepBenchmark {

    private static final int SLATE = 3;
    private static final int MEASURED_STEPS = 5_000;

    @Param({"linucb", "mf"})
    public String agentName;

    @Param({"20000", "200000"})
    public int trainedSteps;

    private EmbeddingEnvironment environment;
    private CandidateBuffer everySong;
    private Agent agent;
    private final int[] listeners = new int[MEASURED_STEPS];
    private final int[] slate = new int[SLATE];
    private final double[] rewards = new double[SLATE];
    private int iteration;

    /** A fresh agent trained on the episode's first {@code trainedSteps} steps, and the listeners to come. */
    @Setup(Level.Iteration)
    public void train() {
        AgentFactory factory = ServiceLoader.load(AgentFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.name().equals(agentName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no agent " + agentName + " on the class path"));
        environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        agent = factory.create(new TrialAgentContext(
                ParameterBinder.bind(factory.parameters(), Map.of()).orElseThrow(), new SplittableRandom(2020), SLATE,
                environment.users(), environment.items(), environment.featureLayout(),
                OptionalLong.of(trainedSteps + MEASURED_STEPS)));
        for (int step = 0; step < trainedSteps; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, SLATE);
            environment.step(slate, SLATE, rewards);
            agent.learn(candidates, slate, rewards, SLATE);
            environment.advance();
        }
        everySong = everySong(environment, new SplittableRandom(iteration));
        SplittableRandom arrivals = new SplittableRandom(1_000 + iteration++);
        for (int step = 0; step < MEASURED_STEPS; step++) {
            listeners[step] = arrivals.nextInt(environment.users());
        }
    }

    /** Every song as a candidate, with features like the environment's (those of listener 0, fixed noise). */
    private static CandidateBuffer everySong(EmbeddingEnvironment environment, SplittableRandom random) {
        int dimension = environment.featureLayout().dimension();
        CandidateBuffer buffer = new CandidateBuffer(environment.items(), dimension);
        buffer.clear(0);
        for (int item = 0; item < environment.items(); item++) {
            int at = buffer.add(item);
            buffer.features()[at] = environment.userEmbedding(0, 0);
            buffer.features()[at + 1] = environment.userEmbedding(0, 1);
            buffer.features()[at + 2] = environment.itemEmbedding(item, 0);
            buffer.features()[at + 3] = environment.itemEmbedding(item, 1);
            for (int j = 4; j < dimension; j++) {
                buffer.features()[at + j] = random.nextInt(1, 6) / 5.0;
            }
        }
        return buffer;
    }

    @Benchmark
    @OperationsPerInvocation(MEASURED_STEPS)
    public int steps() {
        int chosen = 0;
        int songs = environment.items();
        for (int step = 0; step < MEASURED_STEPS; step++) {
            int listener = listeners[step];
            everySong.clear(listener);
            everySong.setSize(songs);
            agent.recommend(everySong, slate, SLATE);
            for (int p = 0; p < SLATE; p++) {
                rewards[p] = environment.rating(listener, everySong.item(slate[p]));
            }
            agent.learn(everySong, slate, rewards, SLATE);
            chosen += slate[0];
        }
        return chosen;
    }
}
