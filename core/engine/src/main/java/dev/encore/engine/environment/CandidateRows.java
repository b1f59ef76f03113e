package dev.encore.engine.environment;

/**
 * Writes the rows of a step's candidates in the embedding environment: each candidate's true rating, and its
 * features (the listener's leading embedding values, the song's, then the context noise). Ratings use
 * {@link Math#fma} in numpy's order, so they match the notebook to the bit.
 *
 * <p>The notebook's shape (3 hidden values, 2 + 2 visible, 2 of noise) has its own loop, written out in full: with
 * the shape known, every loop bound is a constant and the row is a handful of moves, about five times faster than
 * the general loop, whose inner loops run only two or three times each. Both write the same numbers.
 */
abstract class CandidateRows {

    /** {@code k / 5.0} for the noise draws 1 to 5: a table look-up instead of a division per feature. */
    static final double[] FIFTHS = {0 / 5.0, 1 / 5.0, 2 / 5.0, 3 / 5.0, 4 / 5.0, 5 / 5.0};

    final double[] userEmbeddings;
    final double[] itemEmbeddings;

    private CandidateRows(double[] userEmbeddings, double[] itemEmbeddings) {
        this.userEmbeddings = userEmbeddings;
        this.itemEmbeddings = itemEmbeddings;
    }

    /** The writer for {@code settings}' shape, over the environment's (row-major) embedding arrays. */
    static CandidateRows of(EmbeddingSettings settings, double[] userEmbeddings, double[] itemEmbeddings) {
        if (NotebookShape.fits(settings)) {
            return new NotebookShape(userEmbeddings, itemEmbeddings);
        }
        return new AnyShape(settings, userEmbeddings, itemEmbeddings);
    }

    /**
     * Writes the ratings and feature rows of candidates {@code 0 .. n - 1}.
     *
     * @param user the listener
     * @param items the candidates' songs
     * @param noiseDraws the candidates' noise draws (1 to 5), {@code noise} a candidate, in candidate order
     */
    abstract void fill(int user, int[] items, int n, int[] noiseDraws, double[] ratings, double[] features);

    /** The true rating of the pair whose hidden embeddings start at these offsets: in numpy's fused order. */
    static double rating(double[] userEmbeddings, int userOffset, double[] itemEmbeddings, int itemOffset,
                         int hidden) {
        double sum = userEmbeddings[userOffset] * itemEmbeddings[itemOffset];
        for (int j = 1; j < hidden; j++) {
            sum = Math.fma(userEmbeddings[userOffset + j], itemEmbeddings[itemOffset + j], sum);
        }
        return sum;
    }

    /** Any numbers of hidden, visible and noise values. */
    static final class AnyShape extends CandidateRows {

        private final int hidden;
        private final int visibleUser;
        private final int visibleItem;
        private final int noise;

        AnyShape(EmbeddingSettings settings, double[] userEmbeddings, double[] itemEmbeddings) {
            super(userEmbeddings, itemEmbeddings);
            this.hidden = settings.hidden();
            this.visibleUser = settings.visibleUser();
            this.visibleItem = settings.visibleItem();
            this.noise = settings.noise();
        }

        @Override
        void fill(int user, int[] items, int n, int[] noiseDraws, double[] ratings, double[] features) {
            int userOffset = user * hidden;
            int at = 0;
            int draw = 0;
            for (int i = 0; i < n; i++) {
                int itemOffset = items[i] * hidden;
                ratings[i] = rating(userEmbeddings, userOffset, itemEmbeddings, itemOffset, hidden);
                for (int j = 0; j < visibleUser; j++) {
                    features[at++] = userEmbeddings[userOffset + j];
                }
                for (int j = 0; j < visibleItem; j++) {
                    features[at++] = itemEmbeddings[itemOffset + j];
                }
                for (int j = 0; j < noise; j++) {
                    features[at++] = FIFTHS[noiseDraws[draw++]];
                }
            }
        }
    }

    /** 3 hidden values, 2 visible of the listener's and 2 of the song's, 2 of noise: 6 features. */
    static final class NotebookShape extends CandidateRows {

        NotebookShape(double[] userEmbeddings, double[] itemEmbeddings) {
            super(userEmbeddings, itemEmbeddings);
        }

        static boolean fits(EmbeddingSettings settings) {
            return settings.hidden() == 3 && settings.visibleUser() == 2 && settings.visibleItem() == 2
                    && settings.noise() == 2;
        }

        @Override
        void fill(int user, int[] items, int n, int[] noiseDraws, double[] ratings, double[] features) {
            double[] songs = itemEmbeddings;
            int userOffset = user * 3;
            double u0 = userEmbeddings[userOffset];
            double u1 = userEmbeddings[userOffset + 1];
            double u2 = userEmbeddings[userOffset + 2];
            for (int i = 0; i < n; i++) {
                int itemOffset = items[i] * 3;
                double i0 = songs[itemOffset];
                double i1 = songs[itemOffset + 1];
                ratings[i] = Math.fma(u2, songs[itemOffset + 2], Math.fma(u1, i1, u0 * i0));
                int at = i * 6;
                features[at] = u0;
                features[at + 1] = u1;
                features[at + 2] = i0;
                features[at + 3] = i1;
                features[at + 4] = FIFTHS[noiseDraws[2 * i]];
                features[at + 5] = FIFTHS[noiseDraws[2 * i + 1]];
            }
        }
    }
}
