package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeardSongsTest {

    /**
     * Every listener's unheard songs, listed ascending, as songs are heard one by one in random order: first from
     * the sorted array, then from the bitset it grows into, and again after the episode is cleared.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 130, 1682})
    void listsTheUnheardSongsAscendingThroughEveryRepresentation(int items) {
        int users = 3;
        HeardSongs heard = new HeardSongs(users, items);
        SplittableRandom random = new SplittableRandom(items);
        int[] out = new int[items];
        for (int episode = 0; episode < 2; episode++) {
            heard.clear();
            BitSet[] expected = {new BitSet(), new BitSet(), new BitSet()};
            int[][] orders = new int[users][];
            for (int user = 0; user < users; user++) {
                orders[user] = shuffled(items, random);
            }
            for (int k = 0; k < items; k++) {
                for (int user = 0; user < users; user++) {
                    if (user == 2 && k >= items / 3) {
                        continue; // one listener stays with a part of the catalog heard
                    }
                    heard.add(user, orders[user][k]);
                    expected[user].set(orders[user][k]);
                    assertUnheard(heard, user, expected[user], items, out);
                }
            }
            assertThat(heard.hasUnheard(0)).isFalse();
            assertThat(heard.hasUnheard(2)).isTrue();
            assertThat(heard.total()).isEqualTo(2L * items + items / 3);
        }
    }

    private static void assertUnheard(HeardSongs heard, int user, BitSet heardSongs, int items, int[] out) {
        int n = heard.unheard(user, out);
        assertThat(n).isEqualTo(items - heardSongs.cardinality()).isEqualTo(items - heard.count(user));
        int next = heardSongs.nextClearBit(0);
        for (int i = 0; i < n; i++) {
            assertThat(out[i]).isEqualTo(next);
            next = heardSongs.nextClearBit(next + 1);
        }
        assertThat(next).isGreaterThanOrEqualTo(items);
    }

    private static int[] shuffled(int items, SplittableRandom random) {
        int[] order = new int[items];
        for (int i = 0; i < items; i++) {
            order[i] = i;
        }
        for (int i = items - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100_000})
    void onlyListenersWhoHeardASongHoldStorage(int users) {
        HeardSongs heard = new HeardSongs(users, 50_000);
        assertThat(heard.listenersStored()).isZero();
        heard.add(3, 49_999);
        heard.add(3, 0);
        heard.add(7, 12);
        assertThat(heard.listenersStored()).isEqualTo(2);
        int[] out = new int[50_000];
        assertThat(heard.unheard(5, out)).isEqualTo(50_000);
        assertThat(heard.unheard(3, out)).isEqualTo(49_998);
        assertThat(out[0]).isEqualTo(1);
        assertThat(out[49_997]).isEqualTo(49_998);
        assertThat(heard.listenersStored()).isEqualTo(2);
    }
}
