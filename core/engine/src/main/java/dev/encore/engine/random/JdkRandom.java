package dev.encore.engine.random;

import java.util.random.RandomGenerator;

/** Draws from a {@code java.util.random} algorithm: the same distributions as numpy mode, other numbers, faster. */
public final class JdkRandom implements RandomSource {

    private final RandomGenerator generator;

    public JdkRandom(RandomGenerator generator) {
        this.generator = generator;
    }

    @Override
    public int nextInt(int low, int high) {
        return generator.nextInt(low, high);
    }
}
