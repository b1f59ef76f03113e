package dev.encore.engine.environment;

import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.engine.random.RandomSource;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;

/**
 * The Spotify environment of the seed notebook ({@code music_rec_env}), number for number: listeners and songs
 * have hidden taste embeddings, a listener's rating of a song is their dot product, and agents see a few leading
 * embedding values plus fresh context noise for every candidate.
 *
 * <p>With {@code random: numpy} it draws exactly what the notebook draws, in the same order: embeddings at reset,
 * then at each arrival the listener ({@code randint(0, users)} until one has unheard songs) and the noise of every
 * candidate in ascending item order. Ratings use {@link Math#fma} in numpy's order, so rewards match to the bit.
 */
public final class EmbeddingEnvironment implements Environment {

    private final EmbeddingSettings settings;
    private final FeatureLayout featureLayout;
    private final Tastes tastes;
    private final int hidden;
    private final int noise;
    private final long pairs;
    private final double[] userEmbeddings;
    private final double[] itemEmbeddings;
    private final HeardSongs heard;
    private final CandidateBuffer candidates;
    private final CandidateRows rows;
    private final double[] ratings;
    private final int[] noiseDraws;
    private final TopValues top;
    private RandomSource random;
    private double optimalReturn = Double.NaN;

    /** The notebook's environment: embeddings drawn at every reset. */
    public EmbeddingEnvironment(EmbeddingSettings settings) {
        this(settings, Tastes.DRAWN);
    }

    public EmbeddingEnvironment(EmbeddingSettings settings, Tastes tastes) {
        this.settings = settings;
        this.featureLayout = settings.featureLayout();
        this.tastes = tastes;
        this.hidden = settings.hidden();
        this.noise = settings.noise();
        this.pairs = (long) settings.users() * settings.items();
        this.userEmbeddings = new double[Math.multiplyExact(settings.users(), hidden)];
        this.itemEmbeddings = new double[Math.multiplyExact(settings.items(), hidden)];
        this.heard = new HeardSongs(settings.users(), settings.items());
        this.candidates = new CandidateBuffer(settings.items(), settings.featureDimension());
        this.rows = CandidateRows.of(settings, userEmbeddings, itemEmbeddings);
        this.ratings = new double[settings.items()];
        this.noiseDraws = new int[Math.multiplyExact(settings.items(), settings.noise())];
        this.top = new TopValues(settings.items());
    }

    public EmbeddingSettings settings() {
        return settings;
    }

    @Override
    public int users() {
        return settings.users();
    }

    @Override
    public int items() {
        return settings.items();
    }

    @Override
    public FeatureLayout featureLayout() {
        return featureLayout;
    }

    @Override
    public long stepsToExhaust(int slateSize) {
        long visitsPerUser = (settings.items() + slateSize - 1) / slateSize;
        return settings.users() * visitsPerUser;
    }

    @Override
    public void reset(long seed) {
        random = RandomAlgorithms.create(settings.random(), seed);
        tastes.fill(random, userEmbeddings, itemEmbeddings);
        heard.clear();
        advance();
    }

    @Override
    public Candidates candidates() {
        return candidates;
    }

    /** The true rating of a pair: the dot product of hidden embeddings, in numpy's fused order. */
    public double rating(int user, int item) {
        return CandidateRows.rating(userEmbeddings, user * hidden, itemEmbeddings, item * hidden, hidden);
    }

    /** Hidden embedding value {@code j} of a listener: for parity checks and fitted-taste diagnostics. */
    public double userEmbedding(int user, int j) {
        return userEmbeddings[user * hidden + j];
    }

    /** Hidden embedding value {@code j} of a song. */
    public double itemEmbedding(int item, int j) {
        return itemEmbeddings[item * hidden + j];
    }

    @Override
    public double step(int[] slate, int slateSize, double[] rewards) {
        top.clear(slateSize);
        top.offerAll(ratings, candidates.size());
        optimalReturn = top.max();
        int user = candidates.user();
        for (int p = 0; p < slateSize; p++) {
            int index = slate[p];
            rewards[p] = ratings[index];
            heard.add(user, candidates.item(index));
        }
        return top.sum();
    }

    @Override
    public double optimalReturn() {
        return optimalReturn;
    }

    @Override
    public boolean advance() {
        if (heard.total() == pairs) {
            candidates.clear(-1);
            return false;
        }
        int user;
        do {
            user = random.nextInt(0, settings.users());
        } while (!heard.hasUnheard(user));
        fillCandidates(user);
        return true;
    }

    /**
     * Lists the listener's unheard songs with their ratings and features. The notebook draws every candidate's
     * noise in candidate order with nothing drawn in between, so drawing them all first, in one call, gives the
     * same numbers and lets the generator run in a tight loop.
     */
    private void fillCandidates(int user) {
        candidates.clear(user);
        int[] items = candidates.itemArray();
        int n = heard.unheard(user, items);
        if (noise > 0) {
            random.nextInts(1, 6, noiseDraws, n * noise);
        }
        rows.fill(user, items, n, noiseDraws, ratings, candidates.features());
        candidates.setSize(n);
    }

    /** Listeners holding storage for the songs they heard: for checks that memory follows the pairs heard. */
    int listenersStored() {
        return heard.listenersStored();
    }
}
