package dev.encore.engine.random;

/**
 * The integer draws an environment makes. Implementations are not thread-safe: each episode owns one.
 */
public interface RandomSource {

    /** A uniform integer in {@code [low, high)}, drawn like numpy's {@code randint(low, high)}. */
    int nextInt(int low, int high);

    /**
     * Fills {@code out[0 .. count)} with {@code count} successive {@link #nextInt} draws: the same numbers, drawn in
     * one call so that generators can keep their state in registers.
     */
    default void nextInts(int low, int high, int[] out, int count) {
        for (int i = 0; i < count; i++) {
            out[i] = nextInt(low, high);
        }
    }
}
