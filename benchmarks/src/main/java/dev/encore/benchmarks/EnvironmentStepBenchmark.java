package dev.encore.benchmarks;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
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
 * The environment's own share of a step in the notebook's settings: the listener hears a slate of 3
 * ({@code step}), then the next listener arrives with fresh candidates and noise ({@code advance}). The episode
 * restarts every 10,000 steps, so listeners keep nearly all of their 1,682 songs (1,666 on average) whatever the
 * iteration's length. That restart's new generator, 12.6 KB in numpy mode, is the only allocation: about 1.3 bytes
 * a step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnvironmentStepBenchmark {

    @Param({"numpy", "L64X128MixRandom", "Xoshiro256PlusPlus"})
    public String random;

    private static final int EPISODE_STEPS = 10_000;

    private EmbeddingEnvironment environment;
    private int steps;
    private final int[] slate = {0, 1, 2};
    private final double[] rewards = new double[3];

    @Setup
    public void create() {
        environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK.withRandom(random));
        environment.reset(2020);
    }

    @Benchmark
    public double stepAndAdvance() {
        double best = environment.step(slate, 3, rewards);
        if (++steps == EPISODE_STEPS) {
            steps = 0;
            environment.reset(2020);
        } else {
            environment.advance();
        }
        return best;
    }
}
