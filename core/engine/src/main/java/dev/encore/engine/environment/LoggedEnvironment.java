package dev.encore.engine.environment;

import dev.encore.engine.data.StrengthMatrix;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.engine.random.RandomSource;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;
import java.util.Arrays;

/**
 * Replay of a listening log ({@code type: logged}): a listener's candidates are the songs of their log rows not yet
 * recommended to them, in ascending song order, and the reward of a song is its mapped strength. The features of a
 * candidate are the song's standardized numeric columns, the listener's profile (the plain mean of those columns
 * over their logged songs, never weighted by strength: that would leak rewards into features) and {@code noise}
 * fresh draws of {@code randint(1, 6) / 5}, as in the embedding environment.
 *
 * <p>At each arrival the next listener is drawn uniformly among those with songs left (one {@code randint} over
 * them, kept in a list that loses a listener by swapping in the last). The best slate is the top strengths among
 * the listener's remaining logged songs. Everything a step touches is allocated here, once.
 */
public final class LoggedEnvironment implements Environment {

    private final LoggedCatalog catalog;
    private final FeatureLayout featureLayout;
    private final StrengthMatrix songs;
    private final int songColumns;
    private final int noise;
    private final boolean[] recommended;
    private final int[] remaining;
    private final int[] active;
    private final int[] activePosition;
    private final CandidateBuffer candidates;
    private final int[] candidatePositions;
    private final int[] noiseDraws;
    private final TopValues top;
    private int activeCount;
    private RandomSource random;
    private double optimalReturn = Double.NaN;

    LoggedEnvironment(LoggedCatalog catalog) {
        this.catalog = catalog;
        this.featureLayout = catalog.featureLayout();
        this.songs = catalog.songs();
        this.songColumns = catalog.songColumns();
        this.noise = catalog.noise();
        this.recommended = new boolean[songs.pairs()];
        this.remaining = new int[catalog.users()];
        this.active = new int[catalog.users()];
        this.activePosition = new int[catalog.users()];
        this.candidates = new CandidateBuffer(catalog.longestList(), catalog.featureDimension());
        this.candidatePositions = new int[catalog.longestList()];
        this.noiseDraws = new int[Math.multiplyExact(catalog.longestList(), noise)];
        this.top = new TopValues(catalog.longestList());
    }

    @Override
    public int users() {
        return catalog.users();
    }

    @Override
    public int items() {
        return catalog.items();
    }

    @Override
    public FeatureLayout featureLayout() {
        return featureLayout;
    }

    /** Every listener's logged songs, a slate at a time: the sum over listeners of their songs / slate, rounded up. */
    @Override
    public long stepsToExhaust(int slateSize) {
        long steps = 0;
        for (int user = 0; user < catalog.users(); user++) {
            steps += (songs.end(user) - songs.start(user) + slateSize - 1) / slateSize;
        }
        return steps;
    }

    @Override
    public void reset(long seed) {
        random = RandomAlgorithms.create(catalog.random(), seed);
        Arrays.fill(recommended, false);
        activeCount = 0;
        for (int user = 0; user < catalog.users(); user++) {
            remaining[user] = songs.end(user) - songs.start(user);
            if (remaining[user] > 0) {
                activePosition[user] = activeCount;
                active[activeCount++] = user;
            }
        }
        advance();
    }

    @Override
    public Candidates candidates() {
        return candidates;
    }

    @Override
    public double step(int[] slate, int slateSize, double[] rewards) {
        int n = candidates.size();
        top.clear(slateSize);
        for (int i = 0; i < n; i++) {
            top.offer(songs.value(candidatePositions[i]));
        }
        optimalReturn = top.max();
        for (int p = 0; p < slateSize; p++) {
            int position = candidatePositions[slate[p]];
            rewards[p] = songs.value(position);
            recommended[position] = true;
        }
        int user = candidates.user();
        remaining[user] -= slateSize;
        if (remaining[user] == 0) {
            deactivate(user);
        }
        return top.sum();
    }

    private void deactivate(int user) {
        int at = activePosition[user];
        int last = active[--activeCount];
        active[at] = last;
        activePosition[last] = at;
    }

    @Override
    public double optimalReturn() {
        return optimalReturn;
    }

    @Override
    public boolean advance() {
        if (activeCount == 0) {
            candidates.clear(-1);
            return false;
        }
        fillCandidates(active[random.nextInt(0, activeCount)]);
        return true;
    }

    /** Noise is drawn for all candidates first, in one call: the same numbers as drawing it candidate by candidate. */
    private void fillCandidates(int user) {
        if (noise > 0) {
            random.nextInts(1, 6, noiseDraws, remaining[user] * noise);
        }
        candidates.clear(user);
        double[] features = candidates.features();
        double[] songFeatures = catalog.songFeatures();
        double[] profiles = catalog.profiles();
        int draw = 0;
        for (int k = songs.start(user); k < songs.end(user); k++) {
            if (recommended[k]) {
                continue;
            }
            int song = songs.column(k);
            candidatePositions[candidates.size()] = k;
            int at = candidates.add(song);
            System.arraycopy(songFeatures, song * songColumns, features, at, songColumns);
            at += songColumns;
            System.arraycopy(profiles, user * songColumns, features, at, songColumns);
            at += songColumns;
            for (int j = 0; j < noise; j++) {
                features[at + j] = noiseDraws[draw++] / 5.0;
            }
        }
    }
}
