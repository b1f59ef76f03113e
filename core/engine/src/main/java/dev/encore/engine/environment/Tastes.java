package dev.encore.engine.environment;

import dev.encore.engine.random.RandomSource;

/**
 * Where an episode's hidden embeddings come from: drawn from the episode's generator (the notebook's way) or fixed
 * in advance, for instance fitted to a listening log.
 */
public interface Tastes {

    /** The notebook's draw: {@code randint(1, 6) / 5} for every value, listeners row by row, then songs. */
    Tastes DRAWN = (random, users, items) -> {
        for (int i = 0; i < users.length; i++) {
            users[i] = random.nextInt(1, 6) / 5.0;
        }
        for (int i = 0; i < items.length; i++) {
            items[i] = random.nextInt(1, 6) / 5.0;
        }
    };

    /**
     * Fills the row-major embeddings of one episode.
     *
     * @param random the episode's generator, freshly seeded: draws made here come before the first listener's
     * @param users listeners x hidden values to fill
     * @param items songs x hidden values to fill
     */
    void fill(RandomSource random, double[] users, double[] items);
}
