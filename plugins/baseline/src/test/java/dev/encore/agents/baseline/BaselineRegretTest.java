package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.spi.AgentFactory;
import dev.encore.testing.NotebookTrial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the notebook's Spotify environment the learning agents leave random far behind. */
class BaselineRegretTest {

    private static final int STEPS = 20_000;

    private static double finalRegret(AgentFactory factory, long seed) {
        return NotebookTrial.of(factory).seed(seed).steps(STEPS).run().finalRegret();
    }

    @ParameterizedTest
    @ValueSource(longs = {2020, 7, 123})
    void greedyAndEpsilonGreedyEndWithLessThanHalfOfRandomsRegret(long seed) {
        double random = finalRegret(new RandomAgentFactory(), seed);
        double greedy = finalRegret(new GreedyAgentFactory(), seed);
        double epsilonGreedy = finalRegret(new EpsilonGreedyAgentFactory(), seed);

        assertThat(greedy).isLessThan(random / 2);
        assertThat(epsilonGreedy).isLessThan(random / 2);
    }
}
