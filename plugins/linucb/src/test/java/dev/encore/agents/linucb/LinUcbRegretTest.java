package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.baseline.RandomAgentFactory;
import dev.encore.spi.AgentFactory;
import dev.encore.testing.NotebookTrial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the notebook's Spotify environment LinUCB leaves random far behind. */
class LinUcbRegretTest {

    private static final int STEPS = 20_000;

    private static double finalRegret(AgentFactory factory, long seed) {
        return NotebookTrial.of(factory).seed(seed).steps(STEPS).run().finalRegret();
    }

    @ParameterizedTest
    @ValueSource(longs = {2020, 7, 123})
    void endsWithLessThanHalfOfRandomsRegret(long seed) {
        double random = finalRegret(new RandomAgentFactory(), seed);
        double linucb = finalRegret(new LinUcbAgentFactory(), seed);
        assertThat(linucb).isLessThan(random / 2);
    }
}
