package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.linucb.LinUcbAgentFactory;
import dev.encore.spi.AgentFactory;
import dev.encore.testing.NotebookTrial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the notebook's Spotify environment a model per listener learns each listener's weights on the song features,
 * which a model shared by all cannot: both agents end below LinUCB's regret, all with default parameters. With 943
 * listeners a listener is met about once in 943 steps, so the episode is long enough for each to be met about a
 * hundred times.
 */
class PerListenerRegretTest {

    private static final int STEPS = 100_000;

    private static double finalRegret(AgentFactory factory, long seed) {
        return NotebookTrial.of(factory).seed(seed).steps(STEPS).run().finalRegret();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bothEndBelowLinUcbWithItsSharedModel(long seed) {
        double linucb = finalRegret(new LinUcbAgentFactory(), seed);
        assertThat(finalRegret(new DisjointLinUcbAgentFactory(), seed)).isLessThan(linucb);
        assertThat(finalRegret(new HybridLinUcbAgentFactory(), seed)).isLessThan(linucb);
    }
}
