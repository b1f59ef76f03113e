package dev.encore.agents.songs;

/**
 * What each song has earned so far, whoever heard it: how many rewards, their sum, and how many rewards in all.
 * Sized once for the catalog; recording a reward allocates nothing.
 */
final class SongRewards {

    private final int[] counts;
    private final double[] sums;
    private long total;

    /** @param catalogSize the number of songs: song ids run from 0 to {@code catalogSize - 1} */
    SongRewards(int catalogSize) {
        this.counts = new int[catalogSize];
        this.sums = new double[catalogSize];
    }

    /** Records that {@code song} earned {@code reward}. */
    void add(int song, double reward) {
        counts[song]++;
        sums[song] += reward;
        total++;
    }

    /** How many rewards {@code song} has earned: the times it was heard. */
    int count(int song) {
        return counts[song];
    }

    /** The sum of {@code song}'s rewards. */
    double sum(int song) {
        return sums[song];
    }

    /** How many rewards have been recorded, all songs together. */
    long total() {
        return total;
    }
}
