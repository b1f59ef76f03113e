package dev.encore.spi;

/**
 * The songs the current listener can be recommended at one step: the listener's unheard songs, in ascending item
 * order, each with a feature vector.
 *
 * <p>A view owned by the environment and overwritten at the next step; read it, never keep it. Features are one
 * row-major array: the features of candidate {@code i} are {@code features()[i * dimension() .. (i + 1) *
 * dimension())}.
 */
public interface Candidates {

    /** The listener this step is for, {@code 0 .. users - 1}. */
    int user();

    /** How many candidates there are at this step; candidate indices run from 0 to {@code size() - 1}. */
    int size();

    /** The length of each candidate's feature vector. */
    int dimension();

    /** The catalog item (song) id of candidate {@code index}. */
    int item(int index);

    /**
     * The features of every candidate, row-major, {@code size() * dimension()} values in use (the array may be
     * longer). Read only: the array is the environment's own.
     */
    double[] features();

    /** Feature {@code j} of candidate {@code index}. */
    default double feature(int index, int j) {
        return features()[index * dimension() + j];
    }
}
