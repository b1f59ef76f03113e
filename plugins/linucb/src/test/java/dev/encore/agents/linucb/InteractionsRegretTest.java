package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.spi.AgentFactory;
import dev.encore.testing.NotebookTrial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the notebook's environment a rating is {@code u . i}: a model linear in the features ranks every listener's
 * songs alike, one with the listener x song products learns which songs suit whom. By 50,000 steps LinUCB and LinTS
 * with interactions have at least 5% less regret than LinUCB on the plain features on each of these seeds (the gap
 * grows with the steps: about 17% at 200,000); the test asks for 3%.
 */
class InteractionsRegretTest {

    private static final int STEPS = 50_000;

    private static double finalRegret(AgentFactory factory, String features, long seed) {
        return NotebookTrial.of(factory).parameter("features", features).seed(seed).steps(STEPS).run().finalRegret();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void linUcbAndLinTsWithInteractionsEndBelowLinUcbOnThePlainFeatures(long seed) {
        double plain = finalRegret(new LinUcbAgentFactory(), "plain", seed);
        assertThat(finalRegret(new LinUcbAgentFactory(), "interactions", seed)).isLessThan(0.97 * plain);
        assertThat(finalRegret(new LinTsAgentFactory(), "interactions", seed)).isLessThan(0.97 * plain);
    }
}
