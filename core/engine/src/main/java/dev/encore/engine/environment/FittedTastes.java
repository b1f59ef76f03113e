package dev.encore.engine.environment;

import dev.encore.engine.data.Factorization;
import dev.encore.engine.random.RandomSource;

/**
 * Hidden embeddings fixed in advance: the vectors of a {@link Factorization} fitted to a listening log, the same in
 * every episode. Nothing is drawn, so an episode's generator starts straight with its first listener.
 */
public final class FittedTastes implements Tastes {

    private final Factorization factorization;

    public FittedTastes(Factorization factorization) {
        this.factorization = factorization;
    }

    @Override
    public void fill(RandomSource random, double[] users, double[] items) {
        if (users.length != factorization.users().length || items.length != factorization.items().length) {
            throw new IllegalArgumentException("fitted embeddings of " + factorization.users().length + " + "
                    + factorization.items().length + " values do not fit " + users.length + " + " + items.length);
        }
        System.arraycopy(factorization.users(), 0, users, 0, users.length);
        System.arraycopy(factorization.items(), 0, items, 0, items.length);
    }
}
