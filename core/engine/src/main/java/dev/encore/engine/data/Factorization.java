package dev.encore.engine.data;

/**
 * Listener and song vectors of length {@code rank} whose dot products approximate a log's strengths.
 *
 * @param rank the length of every vector
 * @param users listeners x rank values, row-major
 * @param items songs x rank values, row-major
 */
public record Factorization(int rank, double[] users, double[] items) {

    /** The fitted rating of a pair: the dot product of its vectors. */
    public double rating(int user, int item) {
        double sum = 0.0;
        for (int j = 0; j < rank; j++) {
            sum += users[user * rank + j] * items[item * rank + j];
        }
        return sum;
    }
}
