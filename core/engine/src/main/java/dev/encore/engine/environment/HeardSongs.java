package dev.encore.engine.environment;

import java.util.Arrays;

/**
 * Which songs each listener has heard: per listener, a sorted array of item ids. Memory grows with the pairs heard,
 * not with listeners x songs. Arrays are kept across episodes, so once an episode has grown them, later episodes of
 * the same trial allocate nothing.
 */
final class HeardSongs {

    private static final int[] NONE = new int[0];

    private final int items;
    private final int[][] heard;
    private final int[] counts;
    private long total;

    HeardSongs(int users, int items) {
        this.items = items;
        this.heard = new int[users][];
        Arrays.fill(heard, NONE);
        this.counts = new int[users];
    }

    /** Every pair becomes unheard again. */
    void clear() {
        Arrays.fill(counts, 0);
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

    /** The songs {@code user} has heard, ascending, in positions {@code 0 .. count(user) - 1}. */
    int[] sorted(int user) {
        return heard[user];
    }

    /** Marks {@code item} as heard by {@code user}; the item must not be heard yet. */
    void add(int user, int item) {
        int[] songs = heard[user];
        int n = counts[user];
        if (n == songs.length) {
            songs = Arrays.copyOf(songs, Math.min(items, Math.max(8, n * 2)));
            heard[user] = songs;
        }
        int i = n;
        while (i > 0 && songs[i - 1] > item) {
            songs[i] = songs[i - 1];
            i--;
        }
        songs[i] = item;
        counts[user] = n + 1;
        total++;
    }
}
