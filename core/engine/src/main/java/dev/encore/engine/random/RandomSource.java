package dev.encore.engine.random;

/**
 * The integer draws an environment makes. Implementations are not thread-safe: each episode owns one.
 */
public interface RandomSource {

    /** A uniform integer in {@code [low, high)}, drawn like numpy's {@code randint(low, high)}. */
    int nextInt(int low, int high);
}
