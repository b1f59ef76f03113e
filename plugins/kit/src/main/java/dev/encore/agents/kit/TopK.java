package dev.encore.agents.kit;

import java.util.random.RandomGenerator;

/**
 * The {@code k} best-scoring candidates of a step, best first, with ties broken uniformly at random. Candidates are
 * offered one by one; only the current best {@code k} are kept, in order, so a step costs one comparison per
 * candidate (plus an insertion among {@code k} for the few that enter) and nothing is sorted or allocated.
 *
 * <p>Ties are broken as if every candidate had an independent random key: a key is drawn only when a tie has to be
 * settled, from the agent's generator, so equal scores are ordered uniformly at random and a step without ties
 * draws nothing.
 */
public final class TopK {

    private final RandomGenerator random;
    private final int[] candidates;
    private final double[] scores;
    private final long[] keys;
    private final boolean[] keyed;
    private int k;
    private int size;

    /**
     * @param capacity the largest {@code k} that will be asked for: the slate size
     * @param random the agent's own generator
     */
    public TopK(int capacity, RandomGenerator random) {
        this.random = random;
        this.candidates = new int[capacity];
        this.scores = new double[capacity];
        this.keys = new long[capacity];
        this.keyed = new boolean[capacity];
    }

    /** Starts a step that keeps the {@code k} best, {@code 1 <= k <= capacity}. */
    public void clear(int k) {
        if (k < 1 || k > candidates.length) {
            throw new IllegalArgumentException("k = " + k + ": allowed 1 to " + candidates.length);
        }
        this.k = k;
        this.size = 0;
    }

    /** Offers candidate {@code candidate} with score {@code score}; each candidate is offered at most once a step. */
    public void offer(int candidate, double score) {
        int at;
        if (size < k) {
            at = size++;
        } else {
            at = k - 1;
            double worst = scores[at];
            if (score < worst) {
                return;
            }
            if (score == worst) {
                long key = random.nextLong();
                if (key <= keyOf(at)) {
                    return;
                }
                put(at, candidate, score);
                keys[at] = key;
                keyed[at] = true;
                rise(at);
                return;
            }
            if (!(score > worst)) {
                return;
            }
        }
        put(at, candidate, score);
        rise(at);
    }

    /**
     * Offers candidates {@code 0 .. n - 1} with scores {@code scores[0 .. n)}, in order: the same as offering each,
     * in a loop that compares most scores with the threshold, held in a register, and moves on.
     */
    public void offerAll(double[] scores, int n) {
        int i = 0;
        for (; i < n && size < k; i++) {
            offer(i, scores[i]);
        }
        double threshold = threshold();
        for (; i < n; i++) {
            double score = scores[i];
            if (!(score < threshold)) { // offer turns away at once what scores less: equal scores draw for the tie
                offer(i, score);
                threshold = threshold();
            }
        }
    }

    /** How many candidates are kept: {@code k}, or fewer when fewer were offered. */
    public int size() {
        return size;
    }

    /**
     * The score a candidate must reach to enter: the worst kept score once {@code k} are kept, minus infinity
     * before. A candidate scoring strictly less would be turned away, so it need not even be scored exactly.
     */
    public double threshold() {
        return size < k ? Double.NEGATIVE_INFINITY : scores[k - 1];
    }

    /** The candidate at {@code rank}, 0 being the best. */
    public int candidate(int rank) {
        return candidates[rank];
    }

    /** Writes the best {@code count} candidates into {@code slate}, best first. */
    public void copyTo(int[] slate, int count) {
        System.arraycopy(candidates, 0, slate, 0, count);
    }

    private void put(int at, int candidate, double score) {
        candidates[at] = candidate;
        scores[at] = score;
        keyed[at] = false;
    }

    /** Moves the entry at {@code at} up past every entry it beats. */
    private void rise(int at) {
        while (at > 0 && beats(at, at - 1)) {
            swap(at, at - 1);
            at--;
        }
    }

    private boolean beats(int a, int b) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return keyOf(a) > keyOf(b);
    }

    /** The random key of the entry at {@code at}, drawn the first time it is needed. */
    private long keyOf(int at) {
        if (!keyed[at]) {
            keys[at] = random.nextLong();
            keyed[at] = true;
        }
        return keys[at];
    }

    private void swap(int a, int b) {
        int candidate = candidates[a];
        candidates[a] = candidates[b];
        candidates[b] = candidate;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        boolean hasKey = keyed[a];
        keyed[a] = keyed[b];
        keyed[b] = hasKey;
    }
}
