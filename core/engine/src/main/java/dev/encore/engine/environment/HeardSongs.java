package dev.encore.engine.environment;

import java.util.Arrays;

/**
 * Which songs each listener has heard. A listener holds nothing until the first song they hear, then a sorted array
 * of the songs heard while it is shorter than the catalog's bitset, then the bitset (one bit a song): each listener
 * costs the smaller of the two, so memory grows with the pairs heard and never with listeners x songs.
 *
 * <p>Listing a listener's unheard songs costs O(songs heard) on the sorted array and about one instruction per song
 * on the bitset, with one unpredictable branch per 64 songs instead of one per song heard. Storage is kept across
 * episodes, so once an episode has grown it, later episodes of the same trial allocate nothing.
 */
final class HeardSongs {

    private static final int[] NONE = new int[0];

    private final int items;
    /** Longs in a listener's bitset. */
    private final int words;
    /** A listener whose sorted array would reach this length moves to a bitset of the same size in memory. */
    private final int sortedLimit;
    /** Per listener, the songs heard in ascending order in positions {@code 0 .. count - 1}, while sparse. */
    private final int[][] sorted;
    /** Per listener, the songs heard as bits once dense, null before. Kept (cleared) across episodes. */
    private final long[][] bits;
    private final int[] counts;
    private long total;

    HeardSongs(int users, int items) {
        this.items = items;
        this.words = (items + 63) >>> 6;
        this.sortedLimit = words * 2;
        this.sorted = new int[users][];
        Arrays.fill(sorted, NONE);
        this.bits = new long[users][];
        this.counts = new int[users];
    }

    /** Every pair becomes unheard again. */
    void clear() {
        Arrays.fill(counts, 0);
        for (long[] listener : bits) {
            if (listener != null) {
                Arrays.fill(listener, 0L);
            }
        }
        total = 0;
    }

    int count(int user) {
        return counts[user];
    }

    boolean hasUnheard(int user) {
        return counts[user] < items;
    }

    /** Pairs heard over all listeners. */
    long total() {
        return total;
    }

    /** Listeners holding storage: those who have heard a song in this or an earlier episode. */
    int listenersStored() {
        int stored = 0;
        for (int user = 0; user < counts.length; user++) {
            stored += sorted[user] != NONE || bits[user] != null ? 1 : 0;
        }
        return stored;
    }

    /**
     * Writes the songs {@code user} has not heard, ascending, to {@code out[0 ..]}.
     *
     * @return how many were written: {@code items - count(user)}
     */
    int unheard(int user, int[] out) {
        long[] heard = bits[user];
        return heard != null ? unheardInBits(heard, out) : unheardBetween(sorted[user], counts[user], out);
    }

    private int unheardInBits(long[] heard, int[] out) {
        int n = 0;
        int last = words - 1;
        for (int w = 0; w < last; w++) {
            n = unheardInWord(~heard[w], w << 6, out, n);
        }
        // the bits past the catalog's last song are never candidates
        return unheardInWord(~heard[last] & (-1L >>> (64 * words - items)), last << 6, out, n);
    }

    private static int unheardInWord(long unheard, int base, int[] out, int n) {
        for (long rest = unheard; rest != 0; rest &= rest - 1) {
            out[n++] = base + Long.numberOfTrailingZeros(rest);
        }
        return n;
    }

    private int unheardBetween(int[] heard, int count, int[] out) {
        int n = 0;
        int item = 0;
        for (int h = 0; h < count; h++) {
            n = fillRange(out, n, item, heard[h]);
            item = heard[h] + 1;
        }
        return fillRange(out, n, item, items);
    }

    /** Writes {@code from .. to - 1} at {@code out[n ..]} and returns the new length. */
    private static int fillRange(int[] out, int n, int from, int to) {
        for (int item = from; item < to; item++) {
            out[n + item - from] = item;
        }
        return n + Math.max(0, to - from);
    }

    /** Marks {@code item} as heard by {@code user}; the item must not be heard yet. */
    void add(int user, int item) {
        long[] heard = bits[user];
        int n = counts[user];
        counts[user] = n + 1;
        total++;
        if (heard != null) {
            heard[item >>> 6] |= 1L << item;
            return;
        }
        int[] songs = sorted[user];
        if (n + 1 >= sortedLimit) {
            heard = new long[words];
            for (int h = 0; h < n; h++) {
                heard[songs[h] >>> 6] |= 1L << songs[h];
            }
            heard[item >>> 6] |= 1L << item;
            bits[user] = heard;
            sorted[user] = NONE;
            return;
        }
        if (n == songs.length) {
            songs = Arrays.copyOf(songs, Math.min(sortedLimit, Math.max(8, n * 2)));
            sorted[user] = songs;
        }
        int i = n;
        while (i > 0 && songs[i - 1] > item) {
            songs[i] = songs[i - 1];
            i--;
        }
        songs[i] = item;
    }
}
