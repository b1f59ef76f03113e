package dev.encore.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import org.junit.jupiter.api.Test;

class RandomAlgorithmsTest {

    @Test
    void numpyIsTheNotebooksGenerator() {
        assertThat(RandomAlgorithms.create("numpy", 0)).isInstanceOf(NumpyRandom.class);
        assertThat(RandomAlgorithms.names()).first().isEqualTo("numpy");
    }

    @Test
    void jdkAlgorithmsRepeatForTheSameSeedAndKeepTheRange() {
        RandomSource first = RandomAlgorithms.create("L64X128MixRandom", 99);
        RandomSource second = RandomAlgorithms.create("L64X128MixRandom", 99);
        for (int i = 0; i < 1_000; i++) {
            int value = first.nextInt(1, 6);
            assertThat(value).isBetween(1, 5).isEqualTo(second.nextInt(1, 6));
        }
    }

    @Test
    void unknownAlgorithmListsTheKnownOnes() {
        assertThatThrownBy(() -> RandomAlgorithms.create("mersenne", 1))
                .hasMessageStartingWith("random = 'mersenne' is not a generator: allowed numpy, ")
                .hasMessageContaining("L64X128MixRandom");
    }

    @Test
    void generatorsThatCannotReplayASeedAreRefusedWithTheAllowedOnes() {
        assertThat(RandomAlgorithms.names()).doesNotContain("SecureRandom").contains("Random", "SplittableRandom");
        assertThatThrownBy(() -> RandomAlgorithms.requireKnown("SecureRandom"))
                .hasMessageStartingWith("random = 'SecureRandom' cannot be seeded to draw the same numbers again:"
                        + " allowed numpy, L128X1024MixRandom, ")
                .hasMessageContaining("Xoshiro256PlusPlus")
                .hasMessageNotContaining("SecureRandom,");
        assertThatThrownBy(() -> RandomAlgorithms.create("SecureRandom", 1))
                .isInstanceOf(UserError.class);
    }
}
