package dev.encore.engine.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void episodesShareEnvironmentSeedsAcrossAgents() {
        assertThat(Seeds.environmentSeed(2020, 0)).isEqualTo(2020);
        assertThat(Seeds.environmentSeed(2020, 3)).isEqualTo(2023);
    }

    @Test
    void agentSeedsDependOnSeedLabelAndEpisodeOnly() {
        long base = Seeds.agentSeed(2020, "linucb", 0);
        assertThat(Seeds.agentSeed(2020, "linucb", 0)).isEqualTo(base);
        assertThat(Seeds.agentSeed(2021, "linucb", 0)).isNotEqualTo(base);
        assertThat(Seeds.agentSeed(2020, "linucb-cautious", 0)).isNotEqualTo(base);
        assertThat(Seeds.agentSeed(2020, "linucb", 1)).isNotEqualTo(base);
    }

    @Test
    void agentGeneratorsRepeat() {
        assertThat(Seeds.agentGenerator(5, "greedy", 2).nextLong())
                .isEqualTo(Seeds.agentGenerator(5, "greedy", 2).nextLong());
    }
}
