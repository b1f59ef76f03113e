package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.FeatureLayout;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisjointLinUcbAgentTest {

    private static final int USERS = 5;
    private static final int DIMENSION = 6;
    private static final FeatureLayout NOTEBOOK_LAYOUT = FeatureLayout.builder().listener("listener-taste", 2)
            .song("song-taste", 2).context("context", 2).build();

    private static DisjointLinUcbAgent create(Map<String, ?> parameters, long seed) {
        return (DisjointLinUcbAgent) AgentFixture.of(new DisjointLinUcbAgentFactory()).parameters(parameters)
                .seed(seed).users(USERS).catalogSize(40).featureDimension(DIMENSION).create();
    }

    /** A listener's rating: its own linear taste of the features, plus noise. */
    private static double rating(int user, double[] features, int offset, SplittableRandom random) {
        double sum = 0.0;
        for (int j = 0; j < DIMENSION; j++) {
            sum += ((user + j) % 3 - 1) * features[offset + j];
        }
        return sum + random.nextGaussian() * 0.1;
    }

    @ParameterizedTest
    @CsvSource({"plain, 6", "interactions, 10"})
    void afterManyStepsEachListenersInverseAndThetaAreTheDirectInverseAndSolveOfItsOwnMappedRows(String features,
                                                                                                   int dimension) {
        double alpha = 0.8;
        double lambda = 1.5;
        DisjointLinUcbAgent agent = (DisjointLinUcbAgent) AgentFixture.of(new DisjointLinUcbAgentFactory())
                .parameters(Map.of("alpha", alpha, "lambda", lambda, "features", features)).seed(1).users(USERS)
                .catalogSize(40).featureLayout(NOTEBOOK_LAYOUT).create();
        assertThat(agent.models().dimension()).isEqualTo(dimension);
        FeatureMap map = FeatureMap.of(features, NOTEBOOK_LAYOUT);
        double[] rows = new double[40 * dimension];
        SplittableRandom random = new SplittableRandom(7);
        DMatrixRMaj[] a = new DMatrixRMaj[USERS];
        DMatrixRMaj[] b = new DMatrixRMaj[USERS];
        for (int user = 0; user < USERS; user++) {
            a[user] = CommonOps_DDRM.identity(dimension);
            CommonOps_DDRM.scale(lambda, a[user]);
            b[user] = new DMatrixRMaj(dimension, 1);
        }
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 4_000; step++) {
            int user = random.nextInt(USERS);
            TestCandidates candidates = TestCandidates.random(40, DIMENSION, random).forUser(user);
            map.map(candidates, rows);
            agent.recommend(candidates, slate, 3);
            if (step % 500 == 499) {
                assertSlateHasTheBestUpperBounds(rows, dimension, candidates.size(), slate, a[user], b[user], alpha);
            }
            for (int p = 0; p < 3; p++) {
                int offset = slate[p] * dimension;
                rewards[p] = rating(user, candidates.features(), slate[p] * DIMENSION, random);
                for (int i = 0; i < dimension; i++) {
                    double xi = rows[offset + i];
                    b[user].add(i, 0, rewards[p] * xi);
                    for (int j = 0; j < dimension; j++) {
                        a[user].add(i, j, xi * rows[offset + j]);
                    }
                }
            }
            agent.learn(candidates, slate, rewards, 3);
        }
        ListenerRidges models = agent.models();
        for (int user = 0; user < USERS; user++) {
            DMatrixRMaj inverse = new DMatrixRMaj(dimension, dimension);
            assertThat(CommonOps_DDRM.invert(a[user], inverse)).isTrue();
            DMatrixRMaj theta = new DMatrixRMaj(dimension, 1);
            CommonOps_DDRM.solve(a[user], b[user], theta);
            double scale = CommonOps_DDRM.elementMaxAbs(inverse);
            for (int i = 0; i < dimension; i++) {
                assertThat(Math.abs(models.theta(user, i) - theta.get(i, 0))).as("listener %d theta %d", user, i)
                        .isLessThan(1e-9);
                for (int j = 0; j < dimension; j++) {
                    assertThat(Math.abs(models.inverse(user, i, j) - inverse.get(i, j)) / scale)
                            .as("listener %d inverse (%d, %d)", user, i, j).isLessThan(1e-9);
                }
            }
        }
    }

    /**
     * The slate holds the three best of theta_u.x + alpha sqrt(x^T A_u^-1 x) over the candidates' rows, computed
     * directly, best first.
     */
    private static void assertSlateHasTheBestUpperBounds(double[] rows, int dimension, int size, int[] slate,
                                                         DMatrixRMaj a, DMatrixRMaj b, double alpha) {
        DMatrixRMaj inverse = new DMatrixRMaj(dimension, dimension);
        assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
        DMatrixRMaj theta = new DMatrixRMaj(dimension, 1);
        CommonOps_DDRM.mult(inverse, b, theta);
        double[] bounds = new double[size];
        DMatrixRMaj x = new DMatrixRMaj(dimension, 1);
        DMatrixRMaj inverseX = new DMatrixRMaj(dimension, 1);
        for (int c = 0; c < size; c++) {
            for (int j = 0; j < dimension; j++) {
                x.set(j, 0, rows[c * dimension + j]);
            }
            CommonOps_DDRM.mult(inverse, x, inverseX);
            bounds[c] = CommonOps_DDRM.dot(theta, x) + alpha * Math.sqrt(CommonOps_DDRM.dot(x, inverseX));
        }
        ScoreAssertions.assertSlateHoldsTheBest(bounds, slate, 3);
    }

    @Test
    void learningForOneListenerLeavesEveryOtherListenersModelAndScoresAsTheyWere() {
        DisjointLinUcbAgent agent = create(Map.of(), 3);
        SplittableRandom random = new SplittableRandom(3);
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 300; step++) {
            TestCandidates candidates = TestCandidates.random(40, DIMENSION, random).forUser(step % USERS);
            agent.recommend(candidates, slate, 3);
            for (int p = 0; p < 3; p++) {
                rewards[p] = rating(step % USERS, candidates.features(), slate[p] * DIMENSION, random);
            }
            agent.learn(candidates, slate, rewards, 3);
        }
        TestCandidates probe = TestCandidates.random(40, DIMENSION, random).forUser(2);
        double[] listenerTwoBefore = scores(agent.models(), 2, probe);
        double[] listenerOneBefore = scores(agent.models(), 1, probe);
        int[] slateBefore = new int[3];
        agent.recommend(probe, slateBefore, 3);

        for (int step = 0; step < 200; step++) {
            TestCandidates candidates = TestCandidates.random(40, DIMENSION, random).forUser(1);
            agent.recommend(candidates, slate, 3);
            for (int p = 0; p < 3; p++) {
                rewards[p] = rating(1, candidates.features(), slate[p] * DIMENSION, random);
            }
            agent.learn(candidates, slate, rewards, 3);
        }

        assertThat(scores(agent.models(), 2, probe)).containsExactly(listenerTwoBefore);
        assertThat(scores(agent.models(), 1, probe)).isNotEqualTo(listenerOneBefore);
        int[] slateAfter = new int[3];
        agent.recommend(probe, slateAfter, 3);
        assertThat(slateAfter).containsExactly(slateBefore);
    }

    /** Listener {@code user}'s theta_u.x + sqrt(x^T A_u^-1 x) of every candidate, from its model. */
    private static double[] scores(ListenerRidges models, int user, TestCandidates candidates) {
        double[] scores = new double[candidates.size()];
        for (int c = 0; c < scores.length; c++) {
            double mean = 0.0;
            double quadratic = 0.0;
            for (int i = 0; i < DIMENSION; i++) {
                mean += models.theta(user, i) * candidates.feature(c, i);
                for (int j = 0; j < DIMENSION; j++) {
                    quadratic += candidates.feature(c, i) * models.inverse(user, i, j) * candidates.feature(c, j);
                }
            }
            scores[c] = mean + Math.sqrt(quadratic);
        }
        return scores;
    }

    @Test
    void aListenerWhoKnowsOneDirectionTriesTheOtherUnlessAlphaIsZero() {
        TestCandidates candidates = TestCandidates.of(2, 1.0, 0.0, 0.0, 1.0).forUser(1);
        DisjointLinUcbAgent optimist = (DisjointLinUcbAgent) AgentFixture.of(new DisjointLinUcbAgentFactory())
                .parameter("alpha", 2.0).users(2).catalogSize(2).featureDimension(2).slateSize(1).create();
        DisjointLinUcbAgent exploiter = (DisjointLinUcbAgent) AgentFixture.of(new DisjointLinUcbAgentFactory())
                .parameter("alpha", 0.0).users(2).catalogSize(2).featureDimension(2).slateSize(1).create();
        int[] known = {0};
        double[] reward = {1.0};
        for (int step = 0; step < 100; step++) {
            optimist.learn(candidates, known, reward, 1);
            exploiter.learn(candidates, known, reward, 1);
        }
        int[] slate = new int[1];
        optimist.recommend(candidates, slate, 1);
        assertThat(slate[0]).isEqualTo(1);
        exploiter.recommend(candidates, slate, 1);
        assertThat(slate[0]).isEqualTo(0);
    }

    @Test
    void breaksTiesUniformlyWithItsOwnGenerator() {
        ScoreAssertions.assertTiesAreBrokenUniformly(new DisjointLinUcbAgentFactory());
    }

    @Test
    void isListedAsAServiceAndRefusesParametersOutOfRange() {
        assertThat(ServiceLoader.load(AgentFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DisjointLinUcbAgentFactory.class);
        AgentFixture fixture = AgentFixture.of(new DisjointLinUcbAgentFactory());
        assertThat(fixture.context().real("alpha")).isEqualTo(1.0);
        assertThat(fixture.context().real("lambda")).isEqualTo(1.0);
        assertThatThrownBy(() -> AgentFixture.of(new DisjointLinUcbAgentFactory()).parameter("alpha", -1).create())
                .hasMessage("alpha = -1 is out of range: allowed a real number >= 0");
        assertThatThrownBy(() -> AgentFixture.of(new DisjointLinUcbAgentFactory()).parameter("lambda", 0.0).create())
                .hasMessage("lambda = 0.0 is out of range: allowed a real number > 0");
        assertThat(fixture.context().choice("features")).isEqualTo("plain");
        assertThatThrownBy(() -> AgentFixture.of(new DisjointLinUcbAgentFactory()).parameter("features", "products")
                .create()).hasMessageContaining("products");
        assertThatThrownBy(() -> AgentFixture.of(new DisjointLinUcbAgentFactory()).parameter("features", "interactions")
                .featureLayout(FeatureLayout.unnamed(DIMENSION)).create())
                .hasMessageContaining("no listener and no song columns");
    }
}
