package dev.encore.agents.kit;

import java.util.random.RandomGenerator;

/**
 * The candidates of a step not yet in the slate, to draw from uniformly. A draw picks a rank among the unchosen
 * candidates and maps it past the chosen ones (kept sorted), so it takes one random number, never rejects and
 * allocates nothing: O(k) per draw for a slate of {@code k}.
 */
public final class UnchosenCandidates {

    private final int[] chosen;
    private int count;

    /** @param capacity the most candidates a slate chooses: the slate size */
    public UnchosenCandidates(int capacity) {
        this.chosen = new int[capacity];
    }

    /** Starts a slate: every candidate is unchosen. */
    public void clear() {
        count = 0;
    }

    /** Whether {@code candidate} is already in the slate. */
    public boolean isChosen(int candidate) {
        for (int i = 0; i < count; i++) {
            if (chosen[i] == candidate) {
                return true;
            }
        }
        return false;
    }

    /** Marks {@code candidate} as in the slate; it must not be already. */
    public void choose(int candidate) {
        int at = count++;
        while (at > 0 && chosen[at - 1] > candidate) {
            chosen[at] = chosen[at - 1];
            at--;
        }
        chosen[at] = candidate;
    }

    /**
     * Draws a candidate uniformly among the unchosen ones of {@code 0 .. size - 1}, and chooses it.
     *
     * @param size the step's number of candidates: more than the number already chosen
     */
    public int draw(int size, RandomGenerator random) {
        int candidate = random.nextInt(size - count);
        for (int i = 0; i < count && chosen[i] <= candidate; i++) {
            candidate++;
        }
        choose(candidate);
        return candidate;
    }
}
