package dev.encore.engine.environment;

import dev.encore.spi.Candidates;

/**
 * The candidates of the current step, in arrays sized once for the whole catalog and overwritten at every step.
 * Environments fill it; agents read it through {@link Candidates}.
 */
public final class CandidateBuffer implements Candidates {

    private final int dimension;
    private final int[] items;
    private final double[] features;
    private int user;
    private int size;

    public CandidateBuffer(int maxCandidates, int dimension) {
        this.dimension = dimension;
        this.items = new int[maxCandidates];
        this.features = new double[Math.multiplyExact(maxCandidates, dimension)];
    }

    /** Starts a new step for {@code user} with no candidates. */
    public void clear(int user) {
        this.user = user;
        this.size = 0;
    }

    /**
     * Appends a candidate and returns the offset in {@link #features()} where its {@link #dimension()} features go.
     */
    public int add(int item) {
        items[size] = item;
        return size++ * dimension;
    }


    /**
     * The item array itself, for an environment that fills candidates in one pass: write positions
     * {@code 0 .. n - 1} and their features, then call {@link #setSize}.
     */
    public int[] itemArray() {
        return items;
    }

    /** Sets how many candidates the step has, after filling {@link #itemArray()} and {@link #features()}. */
    public void setSize(int size) {
        this.size = size;
    }

    @Override
    public int user() {
        return user;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int item(int index) {
        return items[index];
    }

    @Override
    public double[] features() {
        return features;
    }
}
