package dev.encore.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NumpyRandomTest {

    @Test
    void firstOutputsMatchTheMt19937ReferenceForTheDefaultSeed() {
        NumpyRandom random = new NumpyRandom(5489);
        long[] first = IntStream.range(0, 5).mapToLong(i -> random.nextUnsignedInt()).toArray();
        assertThat(first).containsExactly(3499211612L, 581869302L, 3890346734L, 3586334585L, 545404204L);
    }

    @Test
    void tenThousandthOutputMatchesTheCppStandardsCheckValue() {
        NumpyRandom random = new NumpyRandom(5489);
        for (int i = 1; i < 10_000; i++) {
            random.nextUnsignedInt();
        }
        assertThat(random.nextUnsignedInt()).isEqualTo(4123659995L);
    }

    @Test
    void randomSampleMatchesNumpyLegacySeeding() {
        assertThat(new NumpyRandom(0).nextDouble()).isEqualTo(0.5488135039273248);
        assertThat(new NumpyRandom(42).nextDouble()).isEqualTo(0.3745401188473625);
        assertThat(new NumpyRandom(1).nextDouble()).isEqualTo(0.417022004702574);
    }

    @Test
    void randintMatchesNumpyLegacyBoundedIntegers() {
        assertThat(draw(new NumpyRandom(0), 0, 10, 5)).containsExactly(5, 0, 3, 3, 7);
        assertThat(draw(new NumpyRandom(42), 0, 10, 10)).containsExactly(6, 3, 7, 4, 6, 9, 2, 6, 7, 4);
    }

    @Test
    void randintOfASingleValueDrawsNothing() {
        NumpyRandom once = new NumpyRandom(7);
        NumpyRandom twice = new NumpyRandom(7);
        assertThat(once.nextInt(3, 4)).isEqualTo(3);
        assertThat(once.nextUnsignedInt()).isEqualTo(twice.nextUnsignedInt());
    }

    @Test
    void randintStaysInItsRangeAcrossTheFullIntRange() {
        NumpyRandom random = new NumpyRandom(11);
        for (int i = 0; i < 10_000; i++) {
            assertThat(random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)).isLessThan(Integer.MAX_VALUE);
            assertThat(random.nextInt(1, 6)).isBetween(1, 5);
        }
    }

    @Test
    void bulkDrawsAreTheSuccessiveSingleDrawsAcrossBlockBoundaries() {
        NumpyRandom single = new NumpyRandom(2020);
        NumpyRandom bulk = new NumpyRandom(2020);
        int[] drawn = new int[1_000];
        for (int round = 0; round < 5; round++) {
            int count = 997 - round * 150;
            bulk.nextInts(1, 6, drawn, count);
            for (int i = 0; i < count; i++) {
                assertThat(drawn[i]).as("round %d draw %d", round, i).isEqualTo(single.nextInt(1, 6));
            }
            assertThat(bulk.nextInt(0, 943)).isEqualTo(single.nextInt(0, 943));
        }
        bulk.nextInts(7, 8, drawn, 3);
        assertThat(drawn).startsWith(7, 7, 7);
        assertThat(bulk.nextUnsignedInt()).isEqualTo(single.nextUnsignedInt());
    }

    @Test
    void refusesSeedsNumpyRefuses() {
        assertThatThrownBy(() -> new NumpyRandom(-1))
                .hasMessage("seed = -1 is out of range for random: numpy: allowed 0 to 4294967295");
        assertThatThrownBy(() -> new NumpyRandom(1L << 32))
                .hasMessageContaining("allowed 0 to 4294967295");
    }

    private static int[] draw(RandomSource random, int low, int high, int count) {
        return IntStream.range(0, count).map(i -> random.nextInt(low, high)).toArray();
    }
}
