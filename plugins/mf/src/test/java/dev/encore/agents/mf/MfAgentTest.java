package dev.encore.agents.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.encore.agents.mf.DirectRidge.Rating;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.ParameterSpec;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.NotebookEnvironment;
import dev.encore.testing.TestCandidates;
import dev.encore.testing.Uniformity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MfAgentTest {

    /** The notebook's environment with a catalog small enough for direct solutions at every step. */
    private static final int USERS = 40;
    private static final int ITEMS = 60;

    private static MfAgent create(Map<String, ?> parameters, long seed) {
        return (MfAgent) AgentFixture.of(new MfAgentFactory()).parameters(parameters).seed(seed)
                .users(USERS).catalogSize(ITEMS).horizon(2_000).create();
    }

    private static NotebookEnvironment environment(long seed) {
        return NotebookEnvironment.withCatalog(USERS, ITEMS, seed);
    }

    @Test
    void eachStepSolvesTheListenerAndTheSlatesSongsAsAFullRefitWould() {
        double lambda = 0.3;
        MfAgent agent = create(Map.of("lambda", lambda, "refit-every", 50L), 1);
        Factorisation model = agent.model();
        NotebookEnvironment environment = environment(7);
        List<Rating> history = new ArrayList<>();
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 600; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            environment.step(slate, 3, rewards);
            int listener = candidates.user();
            for (int p = 0; p < 3; p++) {
                history.add(new Rating(listener, candidates.item(slate[p]), rewards[p]));
            }
            double[] songsBefore = model.songVectors().clone();
            agent.learn(candidates, slate, rewards, 3);
            if (step % 50 != 49) { // (a refit follows every 50th step and solves every listener again)
                // the listener first, over the songs as they were
                assertClose(model.listenerVectors(), listener,
                        DirectRidge.ofListener(history, listener, songsBefore, 3, lambda));
            }
            if (step % 50 != 49) {
                // then each song, over its listeners as they are now
                for (int p = 0; p < 3; p++) {
                    int song = candidates.item(slate[p]);
                    assertClose(model.songVectors(), song,
                            DirectRidge.ofSong(history, song, model.listenerVectors(), 3, lambda));
                }
            }
            environment.advance();
        }
    }

    private static void assertClose(double[] vectors, int row, double[] expected) {
        for (int j = 0; j < expected.length; j++) {
            assertThat(vectors[row * expected.length + j]).isCloseTo(expected[j], within(1e-9));
        }
    }

    @Test
    void refittingEveryNStepsIsTheIncrementalUpdateWithAFullSweepAfterEveryNthStep() {
        MfAgent refitting = create(Map.of("refit-every", 7L), 3);
        MfAgent incremental = create(Map.of("refit-every", 0L), 3);
        NotebookEnvironment forRefitting = environment(11);
        NotebookEnvironment forIncremental = environment(11);
        int[] refittingSlate = new int[3];
        int[] incrementalSlate = new int[3];
        double[] rewards = new double[3];
        boolean sweepsChangedSomething = false;
        for (int step = 1; step <= 700; step++) {
            Candidates candidates = forRefitting.candidates();
            refitting.recommend(candidates, refittingSlate, 3);
            incremental.recommend(forIncremental.candidates(), incrementalSlate, 3);
            assertThat(incrementalSlate).as("step %d", step).containsExactly(refittingSlate);
            forRefitting.step(refittingSlate, 3, rewards);
            refitting.learn(candidates, refittingSlate, rewards, 3);
            forIncremental.step(incrementalSlate, 3, rewards);
            incremental.learn(forIncremental.candidates(), incrementalSlate, rewards, 3);
            if (step % 7 == 0) {
                double[] before = incremental.model().songVectors().clone();
                incremental.model().refit();
                sweepsChangedSomething |= !Arrays.equals(before, incremental.model().songVectors());
            }
            assertThat(incremental.model().songVectors()).containsExactly(refitting.model().songVectors());
            assertThat(incremental.model().listenerVectors()).containsExactly(refitting.model().listenerVectors());
            forRefitting.advance();
            forIncremental.advance();
        }
        assertThat(sweepsChangedSomething).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 2})
    void ucbRecommendsTheBestUpperBoundsComputedDirectlyForEveryCandidate(int rank) {
        // the notebook's full catalog; rank 3 is scored by a pass of its own that skips hopeless candidates early
        double lambda = 0.1;
        double alpha = 0.8;
        MfAgent agent = (MfAgent) AgentFixture.of(new MfAgentFactory()).parameters(Map.of("lambda", lambda,
                "alpha", alpha, "refit-every", 200L, "rank", (long) rank)).seed(4).horizon(3_000).create();
        Factorisation model = agent.model();
        NotebookEnvironment environment = NotebookEnvironment.seeded(17);
        List<Rating> history = new ArrayList<>();
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 3_000; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            if (step % 500 == 499) {
                double[] bounds = directUpperBounds(candidates, model, history, lambda, alpha);
                double third = Math.min(bounds[slate[0]], Math.min(bounds[slate[1]], bounds[slate[2]]));
                for (int c = 0; c < candidates.size(); c++) {
                    if (c != slate[0] && c != slate[1] && c != slate[2]) {
                        assertThat(bounds[c]).isLessThanOrEqualTo(third + 1e-9);
                    }
                }
                assertThat(bounds[slate[0]]).isGreaterThanOrEqualTo(bounds[slate[1]] - 1e-9);
                assertThat(bounds[slate[1]]).isGreaterThanOrEqualTo(bounds[slate[2]] - 1e-9);
            }
            environment.step(slate, 3, rewards);
            for (int p = 0; p < 3; p++) {
                history.add(new Rating(candidates.user(), candidates.item(slate[p]), rewards[p]));
            }
            agent.learn(candidates, slate, rewards, 3);
            environment.advance();
        }
    }

    /**
     * {@code p_u . q_i + alpha sqrt(q_i^T A_u^-1 q_i + p_u^T A_i^-1 p_u)} of every candidate, with the listener's
     * ridge solution and posterior computed by EJML.
     */
    private static double[] directUpperBounds(Candidates candidates, Factorisation model, List<Rating> history,
                                              double lambda, double alpha) {
        int rank = model.rank();
        int listener = candidates.user();
        DMatrixRMaj listenerCovariance = DirectRidge.listenerCovariance(history, listener, model.songVectors(), rank,
                lambda);
        DMatrixRMaj p = new DMatrixRMaj(rank, 1, true,
                DirectRidge.ofListener(history, listener, model.songVectors(), rank, lambda));
        double[] bounds = new double[candidates.size()];
        int packed = NormalEquations.packedSize(rank);
        for (int c = 0; c < bounds.length; c++) {
            int song = candidates.item(c);
            DMatrixRMaj q = new DMatrixRMaj(rank, 1);
            DMatrixRMaj songCovariance = new DMatrixRMaj(rank, rank);
            for (int i = 0; i < rank; i++) {
                q.set(i, 0, model.songVectors()[song * rank + i]);
                for (int j = 0; j <= i; j++) {
                    double entry = model.songCovariances()[song * packed + i * (i + 1) / 2 + j];
                    songCovariance.set(i, j, entry);
                    songCovariance.set(j, i, entry);
                }
            }
            DMatrixRMaj product = new DMatrixRMaj(rank, 1);
            CommonOps_DDRM.mult(listenerCovariance, q, product);
            double variance = CommonOps_DDRM.dot(q, product);
            CommonOps_DDRM.mult(songCovariance, p, product);
            variance += CommonOps_DDRM.dot(p, product);
            bounds[c] = CommonOps_DDRM.dot(p, q) + alpha * Math.sqrt(variance);
        }
        return bounds;
    }

    @ParameterizedTest
    @CsvSource({"0", "10"})
    void learningNeverIncreasesTheRegularisedSquaredError(long refitEvery) {
        // every solve minimises it over one vector, the others held: a step can only add the new ratings' errors
        double lambda = 0.5;
        MfAgent agent = create(Map.of("lambda", lambda, "refit-every", refitEvery), 5);
        Factorisation model = agent.model();
        NotebookEnvironment environment = environment(13);
        List<Rating> history = new ArrayList<>();
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 300; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            environment.step(slate, 3, rewards);
            for (int p = 0; p < 3; p++) {
                history.add(new Rating(candidates.user(), candidates.item(slate[p]), rewards[p]));
            }
            double before = DirectRidge.objective(history, model.listenerVectors(), model.songVectors(), 3, lambda);
            agent.learn(candidates, slate, rewards, 3);
            double after = DirectRidge.objective(history, model.listenerVectors(), model.songVectors(), 3, lambda);
            assertThat(after).as("step %d", step).isLessThanOrEqualTo(before * (1 + 1e-12));
            environment.advance();
        }
    }

    @ParameterizedTest
    @CsvSource({"epsilon, epsilon", "ucb, alpha", "thompson, sigma"})
    void aListenerWithNothingLearntGetsSongsUniformlyAtRandomRepeatingWithTheSeed(String exploration,
                                                                                 String weight) {
        // no ratings: the listener's vector is 0, every song scores 0 and the tie is broken by the generator
        Map<String, Object> greedy = Map.of("exploration", exploration, weight, 0.0);
        TestCandidates candidates = TestCandidates.random(12, 6, new SplittableRandom(2));
        long[] firsts = new long[12];
        int[] slate = new int[3];
        int[] again = new int[3];
        for (long seed = 0; seed < 6_000; seed++) {
            fixture(greedy, seed).create().recommend(candidates, slate, 3);
            assertThat(slate).doesNotHaveDuplicates();
            assertThat(Arrays.stream(slate).max().getAsInt()).isLessThan(12);
            firsts[slate[0]]++;
            if (seed % 1_000 == 0) {
                fixture(greedy, seed).create().recommend(candidates, again, 3);
                assertThat(again).containsExactly(slate);
            }
        }
        assertThat(Uniformity.looksUniform(firsts, 0.001)).isTrue();
    }

    private static AgentFixture fixture(Map<String, ?> parameters, long seed) {
        return AgentFixture.of(new MfAgentFactory()).parameters(parameters).seed(seed).users(2).catalogSize(12);
    }

    /** Song 0 rated 1.0 by 20 listeners; song 1 never heard: listener 0 (who rated song 0) now chooses one. */
    private static Agent trainedOnOneSong(Map<String, ?> parameters, long seed) {
        Agent agent = AgentFixture.of(new MfAgentFactory()).parameters(parameters).seed(seed).users(20)
                .catalogSize(2).slateSize(1).create();
        TestCandidates candidates = TestCandidates.of(1, 0.0, 0.0);
        for (int listener = 0; listener < 20; listener++) {
            agent.learn(candidates.forUser(listener), new int[] {0}, new double[] {1.0}, 1);
        }
        candidates.forUser(0);
        return agent;
    }

    private static double shareOfTheUnheardSong(Map<String, ?> parameters) {
        TestCandidates candidates = TestCandidates.of(1, 0.0, 0.0).forUser(0);
        int[] slate = new int[1];
        int unheard = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            trainedOnOneSong(parameters, seed).recommend(candidates, slate, 1);
            unheard += slate[0];
        }
        return unheard / 2_000.0;
    }

    @Test
    void eachExplorationTriesTheUnheardSongWhileWithoutWeightTheAgentSticksToTheKnownOne() {
        assertThat(shareOfTheUnheardSong(Map.of("exploration", "ucb", "alpha", 2.0))).isEqualTo(1.0);
        assertThat(shareOfTheUnheardSong(Map.of("exploration", "ucb", "alpha", 0.0))).isZero();
        assertThat(shareOfTheUnheardSong(Map.of("exploration", "thompson", "sigma", 0.0))).isZero();
        assertThat(shareOfTheUnheardSong(Map.of("exploration", "epsilon", "epsilon", 0.0))).isZero();
        // an exploring position is either song with equal chances
        assertThat(shareOfTheUnheardSong(Map.of("exploration", "epsilon", "epsilon", 0.4)))
                .isCloseTo(0.2, within(0.03));
        assertThat(shareOfTheUnheardSong(Map.of("exploration", "thompson", "sigma", 3.0))).isBetween(0.05, 0.95);
    }

    @Test
    void refusesExplorationParametersOutOfRange() {
        assertRefused("epsilon", 1.5, "epsilon = 1.5 is out of range: allowed a real number from 0 to 1");
        assertRefused("epsilon", -0.1, "epsilon = -0.1 is out of range: allowed a real number from 0 to 1");
        assertRefused("alpha", -1.0, "alpha = -1.0 is out of range: allowed a real number >= 0");
        assertRefused("sigma", -0.5, "sigma = -0.5 is out of range: allowed a real number >= 0");
        assertRefused("exploration", "greedy",
                "exploration = 'greedy' is not allowed: allowed one of epsilon, ucb, thompson");
        assertRefused("lambda", 0.0, "lambda = 0.0 is out of range: allowed a real number > 0");
        assertRefused("rank", 0L, "rank = 0 is out of range: allowed an integer from 1 to 64");
        assertRefused("refit-every", -1L, "refit-every = -1 is out of range: allowed an integer >= 0");
    }

    private static void assertRefused(String parameter, Object value, String message) {
        assertThatThrownBy(() -> AgentFixture.of(new MfAgentFactory()).parameter(parameter, value).create())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void isListedAsAServiceAndDeclaresItsParametersWithTheirDefaults() {
        assertThat(ServiceLoader.load(AgentFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(MfAgentFactory.class);
        MfAgentFactory factory = new MfAgentFactory();
        assertThat(factory.name()).isEqualTo("mf");
        assertThat(factory.parameters()).extracting(ParameterSpec::name)
                .containsExactly("rank", "lambda", "exploration", "epsilon", "alpha", "sigma", "refit-every");
        assertThat(MfAgentFactory.EXPLORATION.choices()).containsExactly("epsilon", "ucb", "thompson");
    }
}
