package dev.encore.agents.baseline;

import dev.encore.engine.environment.CandidateBuffer;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/** Agents made as Encore makes them, and candidates to show them. */
final class TestAgents {

    private TestAgents() {
    }

    static Agent create(AgentFactory factory, Map<String, ?> parameters, RandomGenerator random, int slateSize,
                        int dimension, int catalogSize) {
        return factory.create(new TrialAgentContext(
                ParameterBinder.bind(factory.parameters(), parameters).orElseThrow(), random, slateSize, dimension,
                catalogSize));
    }

    /** {@code size} candidates with features drawn like the Spotify environment's: multiples of 0.2 up to 1. */
    static CandidateBuffer candidates(int size, int dimension, SplittableRandom random) {
        CandidateBuffer candidates = new CandidateBuffer(size, dimension);
        candidates.clear(0);
        for (int i = 0; i < size; i++) {
            int at = candidates.add(i);
            for (int j = 0; j < dimension; j++) {
                candidates.features()[at + j] = random.nextInt(1, 6) / 5.0;
            }
        }
        return candidates;
    }

    /** Pearson's chi-square statistic of counts against equal expected counts. */
    static double chiSquare(long[] counts) {
        double[] equal = new double[counts.length];
        Arrays.fill(equal, 1.0);
        return new ChiSquareTest().chiSquare(equal, counts);
    }
}
