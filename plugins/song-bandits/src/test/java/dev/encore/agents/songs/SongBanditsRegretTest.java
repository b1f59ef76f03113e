package dev.encore.agents.songs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.baseline.RandomAgentFactory;
import dev.encore.spi.AgentFactory;
import dev.encore.testing.NotebookTrial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the notebook's Spotify environment both agents, learning each song's mean rating, leave random well behind
 * within 20,000 steps (60,000 ratings, about 36 per song).
 */
class SongBanditsRegretTest {

    private static final int STEPS = 20_000;

    private static double finalRegret(AgentFactory factory, long seed) {
        return NotebookTrial.of(factory).seed(seed).steps(STEPS).run().finalRegret();
    }

    @ParameterizedTest
    @ValueSource(longs = {2020, 7, 123})
    void bothEndWithAtMostThreeQuartersOfRandomsRegret(long seed) {
        double random = finalRegret(new RandomAgentFactory(), seed);
        assertThat(finalRegret(new Ucb1AgentFactory(), seed)).isLessThan(0.75 * random);
        assertThat(finalRegret(new ThompsonAgentFactory(), seed)).isLessThan(0.75 * random);
    }
}
