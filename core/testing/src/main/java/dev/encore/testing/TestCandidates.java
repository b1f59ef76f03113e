package dev.encore.testing;

import dev.encore.spi.Candidates;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Candidates for an agent under test: a listener, items and feature rows that the test chooses and may change
 * between steps.
 */
public final class TestCandidates implements Candidates {

    private final int dimension;
    private int user;
    private int[] items;
    private double[] features;

    private TestCandidates(int user, int[] items, double[] features, int dimension) {
        this.user = user;
        this.items = items;
        this.features = features;
        this.dimension = dimension;
    }

    /**
     * Candidates 0 .. n - 1 (items equal to their index, listener 0) with the given feature rows, row-major: {@code
     * n = features.length / dimension}.
     */
    public static TestCandidates of(int dimension, double... features) {
        if (dimension < 1 || features.length % dimension != 0) {
            throw new IllegalArgumentException(features.length + " feature values do not make rows of " + dimension);
        }
        int size = features.length / dimension;
        int[] items = new int[size];
        Arrays.setAll(items, i -> i);
        return new TestCandidates(0, items, features.clone(), dimension);
    }

    /**
     * {@code size} candidates whose features are drawn like the Spotify environment's: multiples of 0.2 from 0.2 to
     * 1.
     */
    public static TestCandidates random(int size, int dimension, SplittableRandom random) {
        double[] features = new double[size * dimension];
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextInt(1, 6) / 5.0;
        }
        return of(dimension, features);
    }

    /** The listener of the next step. */
    public TestCandidates forUser(int listener) {
        this.user = listener;
        return this;
    }

    /** Gives the candidates these catalog ids, one per candidate. */
    public TestCandidates withItems(int... ids) {
        if (ids.length != items.length) {
            throw new IllegalArgumentException(ids.length + " item ids for " + items.length + " candidates");
        }
        this.items = ids.clone();
        return this;
    }

    /** Sets feature {@code j} of candidate {@code index}. */
    public TestCandidates setFeature(int index, int j, double value) {
        features[index * dimension + j] = value;
        return this;
    }

    /** Drops candidate {@code index}, as an environment does with a song the listener has heard. */
    public TestCandidates remove(int index) {
        int size = items.length;
        int[] keptItems = new int[size - 1];
        double[] keptFeatures = new double[(size - 1) * dimension];
        System.arraycopy(items, 0, keptItems, 0, index);
        System.arraycopy(items, index + 1, keptItems, index, size - index - 1);
        System.arraycopy(features, 0, keptFeatures, 0, index * dimension);
        System.arraycopy(features, (index + 1) * dimension, keptFeatures, index * dimension,
                (size - index - 1) * dimension);
        items = keptItems;
        features = keptFeatures;
        return this;
    }

    @Override
    public int user() {
        return user;
    }

    @Override
    public int size() {
        return items.length;
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
