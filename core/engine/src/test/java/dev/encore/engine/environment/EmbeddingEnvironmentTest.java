package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.run.RegretTrace;
import dev.encore.engine.run.Trial;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.testing.TestAgents;
import dev.encore.spi.Candidates;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class EmbeddingEnvironmentTest {

    private static final int[] FIRST_THREE = {0, 1, 2};

    @Test
    void aFullEpisodeHearsEveryPairOnceInTheStepsTheSemanticsImply() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        int users = 943;
        int items = 1682;
        BitSet heard = new BitSet(users * items);
        environment.reset(2020);
        double[] rewards = new double[3];
        TopValues chosen = new TopValues(3);
        long steps = 0;
        long pairsHeardTwice = 0;
        double lowestStepRegret = Double.POSITIVE_INFINITY;
        do {
            Candidates candidates = environment.candidates();
            int size = Math.min(3, candidates.size());
            for (int p = 0; p < size; p++) {
                int pair = candidates.user() * items + candidates.item(p);
                pairsHeardTwice += heard.get(pair) ? 1 : 0;
                heard.set(pair);
            }
            double best = environment.step(FIRST_THREE, size, rewards);
            lowestStepRegret = Math.min(lowestStepRegret, best - chosen.sumOf(rewards, size));
            steps++;
        } while (environment.advance());
        assertThat(pairsHeardTwice).isZero();
        assertThat(lowestStepRegret).isGreaterThanOrEqualTo(0.0);
        assertThat(steps).isEqualTo(users * 561L).isEqualTo(environment.stepsToExhaust(3)).isEqualTo(529_023L);
        assertThat(heard.cardinality()).isEqualTo(users * items);
        assertThat(environment.candidates().size()).isZero();
    }

    /**
     * 100,000 listeners x 50,000 songs start and play: what the environment keeps per listener is only for those who
     * heard songs, never a listeners x songs table.
     */
    @Test
    void aLargeCatalogPlaysWithStorageOnlyForTheListenersWhoHeardSongs() {
        EmbeddingEnvironment environment =
                new EmbeddingEnvironment(new EmbeddingSettings(100_000, 50_000, 3, 2, 2, 2, "numpy"));
        RegretTrace trace = new Trial(environment, TestAgents.uniform(1, 50_000), 3)
                .run(2020, EpisodeLength.of(40), 10);
        assertThat(trace.totalSteps()).isEqualTo(40);
        assertThat(trace.finalRegret()).isGreaterThanOrEqualTo(0.0);
        assertThat(environment.listenersStored()).isBetween(1, 40);
        assertThat(environment.candidates().size()).isGreaterThan(50_000 - 40 * 3);
        assertThat(environment.stepsToExhaust(3)).isEqualTo(100_000L * 16_667);
    }

    @Test
    void candidatesAreTheListenersUnheardSongsInAscendingOrder() {
        EmbeddingSettings small = new EmbeddingSettings(1, 7, 3, 2, 2, 2, "numpy");
        EmbeddingEnvironment environment = new EmbeddingEnvironment(small);
        environment.reset(1);
        double[] rewards = new double[3];
        environment.step(new int[] {5, 1, 3}, 3, rewards);
        environment.advance();
        Candidates candidates = environment.candidates();
        assertThat(candidates.size()).isEqualTo(4);
        assertThat(new int[] {candidates.item(0), candidates.item(1), candidates.item(2), candidates.item(3)})
                .containsExactly(0, 2, 4, 6);
    }

    @Test
    void aListenerWithFewerSongsThanTheSlateGetsTheRest() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(new EmbeddingSettings(1, 4, 3, 1, 1, 1, "numpy"));
        environment.reset(3);
        double[] rewards = new double[3];
        environment.step(FIRST_THREE, 3, rewards);
        assertThat(environment.advance()).isTrue();
        assertThat(environment.candidates().size()).isEqualTo(1);
        double best = environment.step(new int[] {0}, 1, rewards);
        assertThat(best).isEqualTo(rewards[0]);
        assertThat(environment.advance()).isFalse();
        assertThat(environment.stepsToExhaust(3)).isEqualTo(2);
    }

    @Test
    void rewardsAreTrueRatingsAndBestSlateIsTheTopSum() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(7);
        Candidates candidates = environment.candidates();
        int user = candidates.user();
        double[] sorted = new double[candidates.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = environment.rating(user, candidates.item(i));
            assertThat(sorted[i]).isBetween(0.12, 3.0);
        }
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        int secondItem = candidates.item(1);
        double[] rewards = new double[2];
        double best = environment.step(new int[] {1, 0}, 2, rewards);
        assertThat(best).isEqualTo(sorted[n - 1] + sorted[n - 2]);
        assertThat(environment.optimalReturn()).isEqualTo(sorted[n - 1]);
        assertThat(rewards[0]).isEqualTo(environment.rating(user, secondItem));
    }

    @Test
    void theSameSeedRepeatsTheEpisodeAndAnotherSeedDoesNot() {
        assertThat(firstSteps(2020, "numpy")).isEqualTo(firstSteps(2020, "numpy"));
        assertThat(firstSteps(2020, "numpy")).isNotEqualTo(firstSteps(2021, "numpy"));
        assertThat(firstSteps(2020, "L64X128MixRandom")).isEqualTo(firstSteps(2020, "L64X128MixRandom"));
    }

    @Test
    void fasterGeneratorsKeepTheNotebooksDistributions() {
        EmbeddingEnvironment environment =
                new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK.withRandom("L64X128MixRandom"));
        environment.reset(5);
        Candidates candidates = environment.candidates();
        assertThat(candidates.size()).isEqualTo(1682);
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = 0; j < candidates.dimension(); j++) {
                double value = candidates.feature(i, j) * 5;
                assertThat(value).isBetween(1.0, 5.0).isEqualTo(Math.rint(value));
            }
        }
    }

    @Test
    void refusesBadSettingsNamingTheParameterAndRange() {
        assertThatThrownBy(() -> new EmbeddingSettings(0, 1682, 3, 2, 2, 2, "numpy"))
                .hasMessage("users = 0 is out of range: allowed at least 1");
        assertThatThrownBy(() -> new EmbeddingSettings(943, 0, 3, 2, 2, 2, "numpy"))
                .hasMessage("items = 0 is out of range: allowed at least 1");
        assertThatThrownBy(() -> new EmbeddingSettings(943, 1682, 3, 4, 2, 2, "numpy"))
                .hasMessage("visible-user = 4 is out of range: allowed 0 to 3 (hidden)");
        assertThatThrownBy(() -> new EmbeddingSettings(943, 1682, 3, 2, 5, 2, "numpy"))
                .hasMessage("visible-item = 5 is out of range: allowed 0 to 3 (hidden)");
        assertThatThrownBy(() -> new EmbeddingSettings(943, 1682, 3, 2, 2, -1, "numpy"))
                .hasMessage("noise = -1 is out of range: allowed at least 0");
        assertThatThrownBy(() -> new EmbeddingSettings(943, 1682, 3, 0, 0, 0, "numpy"))
                .hasMessageStartingWith("visible-user + visible-item + noise = 0: allowed at least 1");
    }

    private static String firstSteps(long seed, String random) {
        EmbeddingEnvironment environment =
                new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK.withRandom(random));
        environment.reset(seed);
        StringBuilder trace = new StringBuilder();
        double[] rewards = new double[3];
        for (int step = 0; step < 20; step++) {
            Candidates candidates = environment.candidates();
            trace.append(candidates.user()).append(':').append(candidates.feature(0, 4)).append(',');
            environment.step(FIRST_THREE, 3, rewards);
            trace.append(rewards[0]).append(';');
            environment.advance();
        }
        return trace.toString();
    }
}
