package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.baseline.RandomAgentFactory;
import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.run.EpisodeLength;
import dev.encore.engine.run.Trial;
import dev.encore.spi.AgentFactory;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the notebook's Spotify environment LinUCB leaves random far behind. */
class LinUcbRegretTest {

    private static final int STEPS = 20_000;

    private static double finalRegret(AgentFactory factory, long seed) {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        var agent = factory.create(new TrialAgentContext(
                ParameterBinder.bind(factory.parameters(), Map.of()).orElseThrow(),
                Seeds.agentGenerator(seed, factory.name(), 0), 3, environment.featureDimension(), environment.items()));
        return new Trial(environment, agent, 3).run(Seeds.environmentSeed(seed, 0), EpisodeLength.of(STEPS), 10)
                .finalRegret();
    }

    @ParameterizedTest
    @ValueSource(longs = {2020, 7, 123})
    void endsWithLessThanHalfOfRandomsRegret(long seed) {
        double random = finalRegret(new RandomAgentFactory(), seed);
        double linucb = finalRegret(new LinUcbAgentFactory(), seed);
        assertThat(linucb).isLessThan(random / 2);
    }
}
