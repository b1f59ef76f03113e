package dev.encore.agents.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.agents.mf.DirectRidge.Rating;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class FactorisationTest {

    private static final int RANK = 3;

    /** A rank-3 matrix like the notebook's: hidden values in {0.2, 0.4, .., 1}, ratings their dot products. */
    private record LowRank(double[] listeners, double[] songs) {

        static LowRank random(int listenerCount, int songCount, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] listeners = new double[listenerCount * RANK];
            double[] songs = new double[songCount * RANK];
            for (int i = 0; i < listeners.length; i++) {
                listeners[i] = random.nextInt(1, 6) / 5.0;
            }
            for (int i = 0; i < songs.length; i++) {
                songs[i] = random.nextInt(1, 6) / 5.0;
            }
            return new LowRank(listeners, songs);
        }

        double rating(int listener, int song) {
            double sum = 0.0;
            for (int j = 0; j < RANK; j++) {
                sum += listeners[listener * RANK + j] * songs[song * RANK + j];
            }
            return sum;
        }
    }

    @Test
    void aListenersHalfStepIsTheRidgeSolutionOverTheSongsTheyRated() {
        double lambda = 0.4;
        List<Rating> history = new ArrayList<>();
        Factorisation model = playedRandomly(lambda, history);
        NormalEquations equations = new NormalEquations(RANK, lambda);
        for (int listener : new int[] {0, 7, 19}) {
            assertThat(history).filteredOn(rating -> rating.listener() == listener).hasSizeGreaterThan(RANK);
            double[] direct = DirectRidge.ofListener(history, listener, model.songVectors(), RANK, lambda);
            model.solveListener(listener, equations);
            assertRow(equations.solution(), 0, direct);
        }
    }

    @Test
    void afterARefitEverySongIsTheRidgeSolutionOverItsListenersWithItsInverseAsCovariance() {
        double lambda = 0.4;
        List<Rating> history = new ArrayList<>();
        Factorisation model = playedRandomly(lambda, history);
        for (int song = 0; song < 15; song++) {
            int rated = song;
            assertThat(history).filteredOn(rating -> rating.song() == rated).hasSizeGreaterThan(RANK);
            assertRow(model.songVectors(), song, DirectRidge.ofSong(history, song, model.listenerVectors(), RANK,
                    lambda));
            assertCovariance(model, song,
                    DirectRidge.songCovariance(history, song, model.listenerVectors(), RANK, lambda));
        }
    }

    @Test
    void aStepLeavesItsSongsAtTheRidgeSolutionOverTheirListenersCurrentVectors() {
        // the songs' sums follow every listener's vector, so a song solved from them is a full refit's song
        double lambda = 0.4;
        List<Rating> history = new ArrayList<>();
        Factorisation model = playedRandomly(lambda, history);
        NormalEquations equations = new NormalEquations(RANK, lambda);
        SplittableRandom random = new SplittableRandom(8);
        for (int step = 0; step < 100; step++) {
            int listener = random.nextInt(25);
            int[] songs = {random.nextInt(15)};
            double[] ratings = {random.nextDouble(0.1, 3)};
            double[] songsBefore = model.songVectors().clone();
            model.solveListener(listener, equations);
            model.learn(listener, equations, songs, ratings, 1);
            history.add(new Rating(listener, songs[0], ratings[0]));
            assertRow(model.listenerVectors(), listener,
                    DirectRidge.ofListener(history, listener, songsBefore, RANK, lambda));
            assertRow(model.songVectors(), songs[0],
                    DirectRidge.ofSong(history, songs[0], model.listenerVectors(), RANK, lambda));
            assertCovariance(model, songs[0],
                    DirectRidge.songCovariance(history, songs[0], model.listenerVectors(), RANK, lambda));
        }
    }

    @Test
    void aRefitNeverIncreasesTheRegularisedSquaredError() {
        double lambda = 0.4;
        List<Rating> history = new ArrayList<>();
        Factorisation model = playedRandomly(lambda, history);
        double before = DirectRidge.objective(history, model.listenerVectors(), model.songVectors(), RANK, lambda);
        for (int sweep = 0; sweep < 20; sweep++) {
            model.refit();
            double after = DirectRidge.objective(history, model.listenerVectors(), model.songVectors(), RANK, lambda);
            assertThat(after).isLessThanOrEqualTo(before * (1 + 1e-12));
            before = after;
        }
    }

    private static void assertRow(double[] vectors, int row, double[] expected) {
        for (int j = 0; j < RANK; j++) {
            assertThat(vectors[row * RANK + j]).isCloseTo(expected[j], within(1e-9));
        }
    }

    private static void assertCovariance(Factorisation model, int song, DMatrixRMaj expected) {
        int at = song * NormalEquations.packedSize(RANK);
        for (int i = 0; i < RANK; i++) {
            for (int j = 0; j <= i; j++) {
                assertThat(model.songCovariances()[at + i * (i + 1) / 2 + j])
                        .isCloseTo(expected.get(i, j), within(1e-10));
            }
        }
    }

    @Test
    void songsNobodyRatedKeepTheirStartAndTheirPriorCovariance() {
        Factorisation model = new Factorisation(4, 6, RANK, 0.5, 10, new SplittableRandom(1));
        double[] start = model.songVectors().clone();
        NormalEquations equations = new NormalEquations(RANK, 0.5);
        learn(model, equations, 0, new int[] {2}, 1.5);
        learn(model, equations, 1, new int[] {2}, 0.5);
        model.refit();
        for (int song = 0; song < 6; song++) {
            for (int j = 0; j < RANK; j++) {
                int at = song * RANK + j;
                if (song == 2) {
                    assertThat(model.songVectors()[at]).isNotEqualTo(start[at]);
                } else {
                    assertThat(model.songVectors()[at]).isEqualTo(start[at]);
                    assertThat(model.songCovariances()[song * 6 + j * (j + 1) / 2 + j]).isEqualTo(2.0);
                }
            }
        }
        // small and not all alike, so that the first solves can tell the dimensions apart
        assertThat(start).doesNotHaveDuplicates();
        for (double value : start) {
            assertThat(Math.abs(value)).isLessThan(0.5);
        }
    }

    @Test
    void aFullyObservedExactlyLowRankMatrixIsRecovered() {
        LowRank truth = LowRank.random(30, 20, 5);
        Factorisation model = new Factorisation(30, 20, RANK, 1e-4, 600, new SplittableRandom(6));
        NormalEquations equations = new NormalEquations(RANK, 1e-4);
        int[] songs = new int[20];
        double[] ratings = new double[20];
        for (int listener = 0; listener < 30; listener++) {
            for (int song = 0; song < 20; song++) {
                songs[song] = song;
                ratings[song] = truth.rating(listener, song);
            }
            model.solveListener(listener, equations);
            model.learn(listener, equations, songs, ratings, 20);
        }
        double before = largestError(model, truth);
        for (int sweep = 0; sweep < 300; sweep++) {
            model.refit();
        }
        assertThat(before).isGreaterThan(0.1); // what one pass learnt; the sweeps do the rest
        assertThat(largestError(model, truth)).isLessThan(1e-3);
    }

    private static double largestError(Factorisation model, LowRank truth) {
        double largest = 0.0;
        for (int listener = 0; listener < 30; listener++) {
            for (int song = 0; song < 20; song++) {
                largest = Math.max(largest, Math.abs(model.predict(listener, song) - truth.rating(listener, song)));
            }
        }
        return largest;
    }

    /** 25 listeners x 15 songs, 400 random ratings of a low-rank matrix, then two sweeps. */
    private static Factorisation playedRandomly(double lambda, List<Rating> history) {
        LowRank truth = LowRank.random(25, 15, 2);
        Factorisation model = new Factorisation(25, 15, RANK, lambda, 50, new SplittableRandom(3));
        SplittableRandom random = new SplittableRandom(4);
        NormalEquations equations = new NormalEquations(RANK, lambda);
        for (int n = 0; n < 400; n++) {
            int listener = random.nextInt(25);
            int song = random.nextInt(15);
            Rating rating = new Rating(listener, song, truth.rating(listener, song));
            learn(model, equations, listener, new int[] {song}, rating.value());
            history.add(rating);
        }
        model.refit();
        model.refit();
        return model;
    }

    /** One step of a listener, as the agent plays it. */
    private static void learn(Factorisation model, NormalEquations equations, int listener, int[] songs,
                              double... ratings) {
        model.solveListener(listener, equations);
        model.learn(listener, equations, songs, ratings, songs.length);
    }
}
