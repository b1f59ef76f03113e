package dev.encore.agents.mf;

import java.util.random.RandomGenerator;

/**
 * A rank-r factorisation of the listener x song rating matrix, {@code rating(u, i) ~ p_u . q_i}, fitted by
 * alternating least squares to the ratings seen so far: a listener's vector is the ridge solution over the songs
 * they heard (song vectors fixed), a song's the ridge solution over the listeners who heard it (listener vectors
 * fixed).
 *
 * <p>Every rating is kept twice, in its listener's list and in its song's ({@link RatingLists}). A listener is
 * solved over their whole list with the songs' current vectors: O(n r^2) for n ratings, a few hundred at most per
 * listener in the notebook's episodes. A song is heard by far more listeners (every listener hears the best songs),
 * so each song keeps its sufficient statistics instead, {@code A_i = lambda I + sum p p^T} and {@code b_i = sum
 * rating p} over its listeners' current vectors, and is solved from them in O(r^3). They are kept current: when a
 * listener's vector moves from p to p', every song the listener rated gets {@code p' p'^T - p p^T} and {@code
 * rating (p' - p)} added, O(n r^2) for the listener's n ratings. {@link #refit} (a sweep over every listener, then
 * every song) rebuilds the sums from the lists, O(ratings r^2), which also clears the rounding the updates gather.
 *
 * <p>Memory: {@code (listeners + songs) r} doubles for the vectors; per song, A and its inverse as packed lower
 * triangles and b, {@code r (r + 1) + r} doubles; 3 ints per entity for the lists and 12 bytes for each side of
 * each rating (24 a rating), plus the unused tail of at most one block of {@value RatingLists#BLOCK} pairs per
 * rated entity.
 */
final class Factorisation {

    /** Standard deviation of the songs' starting coordinates: small next to ratings from 0.12 to 3. */
    static final double INITIAL_SCALE = 0.1;

    private final int rank;
    private final int packed;
    private final double[] listenerVectors;
    private final double[] songVectors;
    /** Each song's {@code A_i}, packed ({@link NormalEquations#load}), over its listeners' current vectors. */
    private final double[] songGrams;
    /** Each song's {@code b_i}, over its listeners' current vectors. */
    private final double[] songTargets;
    /** Each song's {@code A_i^-1}, packed ({@link NormalEquations#inverse}), as of its last solve. */
    private final double[] songCovariances;
    private final RatingLists byListener;
    private final RatingLists bySong;
    private final NormalEquations equations;
    private final EquationsReader overSongs;
    private final EquationsReader overListeners;
    private final ListenerMove move;

    /**
     * Song vectors start as small random values, which break the symmetry between the r dimensions (from all zeros
     * every solve would stay zero). Listener vectors start at zero, the ridge solution without ratings: a
     * listener's vector is solved from the song vectors before it is used.
     *
     * @param expectedRatings how many ratings to make room for at once (more are taken, by growing)
     */
    Factorisation(int listeners, int songs, int rank, double lambda, int expectedRatings, RandomGenerator random) {
        this.rank = rank;
        this.packed = NormalEquations.packedSize(rank);
        this.listenerVectors = new double[listeners * rank];
        this.songVectors = new double[songs * rank];
        for (int i = 0; i < songVectors.length; i++) {
            songVectors[i] = INITIAL_SCALE * random.nextGaussian();
        }
        this.songGrams = new double[songs * packed];
        this.songTargets = new double[songs * rank];
        this.songCovariances = new double[songs * packed];
        for (int song = 0; song < songs; song++) {
            for (int i = 0; i < rank; i++) {
                int diagonal = song * packed + i * (i + 1) / 2 + i;
                songGrams[diagonal] = lambda;
                songCovariances[diagonal] = 1.0 / lambda;
            }
        }
        this.byListener = new RatingLists(listeners, expectedRatings);
        this.bySong = new RatingLists(songs, expectedRatings);
        this.equations = new NormalEquations(rank, lambda);
        this.overSongs = new EquationsReader(songVectors, rank);
        this.overListeners = new EquationsReader(listenerVectors, rank);
        this.move = new ListenerMove();
    }

    int rank() {
        return rank;
    }

    /** The listeners' vectors, row-major: {@code p_u} at {@code [u r .. (u + 1) r)}. Read only. */
    double[] listenerVectors() {
        return listenerVectors;
    }

    /** The songs' vectors, row-major: {@code q_i} at {@code [i r .. (i + 1) r)}. Read only. */
    double[] songVectors() {
        return songVectors;
    }

    /**
     * The songs' posterior covariances {@code A_i^-1}, packed lower triangles of {@link NormalEquations#packedSize}
     * values, song after song; {@code I / lambda} for a song nobody rated. Read only.
     */
    double[] songCovariances() {
        return songCovariances;
    }

    /**
     * Builds the listener's normal equations over the songs they rated (with the songs' current vectors) into
     * {@code into} and solves them: {@code into} then holds the listener's vector and posterior. The listener's
     * vector in {@link #listenerVectors()} moves only when {@link #learn} is given these equations.
     */
    void solveListener(int listener, NormalEquations into) {
        into.clear();
        overSongs.into = into;
        byListener.read(listener, overSongs);
        into.solve();
    }

    /**
     * Learns one step's ratings by one listener. The listener's vector is solved again from {@code
     * listenerEquations} as {@link #solveListener} left them plus the new ratings (the same as solving afresh,
     * without reading the earlier ratings again, the song vectors being unchanged since) and the sums of the songs
     * the listener rated before follow it; then each new song adds it to its sums and is solved.
     */
    void learn(int listener, NormalEquations listenerEquations, int[] songs, double[] ratings, int count) {
        for (int k = 0; k < count; k++) {
            listenerEquations.add(songVectors, songs[k] * rank, ratings[k]);
        }
        listenerEquations.solve();
        move.start(listener, listenerEquations);
        byListener.read(listener, move);
        listenerEquations.copySolution(listenerVectors, listener * rank);
        for (int k = 0; k < count; k++) {
            int song = songs[k];
            byListener.add(listener, song, ratings[k]);
            bySong.add(song, listener, ratings[k]);
            equations.load(songGrams, song * packed, songTargets, song * rank);
            equations.add(listenerVectors, listener * rank, ratings[k]);
            equations.store(songGrams, song * packed, songTargets, song * rank);
            solveSong(song);
        }
    }

    /** Solves the song from {@link #equations} holding its sums. */
    private void solveSong(int song) {
        equations.solve();
        equations.copySolution(songVectors, song * rank);
        equations.inverse(songCovariances, song * packed);
    }

    /**
     * One sweep of alternating least squares over everything rated so far: every listener with ratings is solved,
     * then every song with ratings, its sums rebuilt from its list with the listeners' new vectors. Entities without
     * ratings keep their vectors.
     */
    void refit() {
        for (int listener = 0; listener < byListener.entities(); listener++) {
            if (byListener.count(listener) > 0) {
                solveListener(listener, equations);
                equations.copySolution(listenerVectors, listener * rank);
            }
        }
        overListeners.into = equations;
        for (int song = 0; song < bySong.entities(); song++) {
            if (bySong.count(song) > 0) {
                equations.clear();
                bySong.read(song, overListeners);
                equations.store(songGrams, song * packed, songTargets, song * rank);
                solveSong(song);
            }
        }
    }

    /** The predicted rating {@code p_u . q_i}. */
    double predict(int listener, int song) {
        double sum = 0.0;
        for (int j = 0; j < rank; j++) {
            sum += listenerVectors[listener * rank + j] * songVectors[song * rank + j];
        }
        return sum;
    }

    /** Adds each rating read, with the other side's vector, to the equations {@code into}. */
    private static final class EquationsReader implements RatingLists.Reader {

        private final double[] vectors;
        private final int rank;
        private NormalEquations into;

        EquationsReader(double[] vectors, int rank) {
            this.vectors = vectors;
            this.rank = rank;
        }

        @Override
        public void read(int other, double rating) {
            into.add(vectors, other * rank, rating);
        }
    }

    /**
     * Moves one listener's vector in the sums of the songs they rated: from p, the vector the sums hold, to p',
     * {@code A_i += p' p'^T - p p^T} and {@code b_i += rating (p' - p)}.
     */
    private final class ListenerMove implements RatingLists.Reader {

        private final double[] gramChange = new double[packed];
        private final double[] change = new double[rank];

        /** Prepares the move of {@code listener} to the solution of {@code equations}. */
        void start(int listener, NormalEquations equations) {
            int at = listener * rank;
            for (int i = 0; i < rank; i++) {
                double from = listenerVectors[at + i];
                double to = equations.solution(i);
                change[i] = to - from;
                int row = i * (i + 1) / 2;
                for (int j = 0; j <= i; j++) {
                    gramChange[row + j] = to * equations.solution(j) - from * listenerVectors[at + j];
                }
            }
        }

        @Override
        public void read(int song, double rating) {
            int gram = song * packed;
            for (int k = 0; k < packed; k++) {
                songGrams[gram + k] += gramChange[k];
            }
            int target = song * rank;
            for (int i = 0; i < rank; i++) {
                songTargets[target + i] += rating * change[i];
            }
        }
    }
}
