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
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HybridLinUcbAgentTest {

    private static final int USERS = 4;
    private static final int K = 6;
    private static final FeatureLayout NOTEBOOK_LAYOUT = FeatureLayout.builder().listener("listener-taste", 2)
            .song("song-taste", 2).context("context", 2).build();

    /** Everything the direct computations need from the history: the paper's sums, and the joint regression's. */
    private static final class History {

        final int k;
        final int[] columns;
        final int d;
        final double lambda;
        final DMatrixRMaj zz;
        final DMatrixRMaj rz;
        final DMatrixRMaj[] a = new DMatrixRMaj[USERS];
        final DMatrixRMaj[] b = new DMatrixRMaj[USERS];
        final DMatrixRMaj[] target = new DMatrixRMaj[USERS];
        final DMatrixRMaj joint;
        final DMatrixRMaj jointTarget;

        /** For rows of {@code k} values, listener columns {@code columns}. */
        History(int k, int[] columns, double lambda) {
            this.k = k;
            this.zz = new DMatrixRMaj(k, k);
            this.rz = new DMatrixRMaj(k, 1);
            this.columns = columns;
            this.d = columns.length;
            this.lambda = lambda;
            for (int user = 0; user < USERS; user++) {
                a[user] = CommonOps_DDRM.identity(d);
                CommonOps_DDRM.scale(lambda, a[user]);
                b[user] = new DMatrixRMaj(d, k);
                target[user] = new DMatrixRMaj(d, 1);
            }
            joint = CommonOps_DDRM.identity(k + USERS * d);
            CommonOps_DDRM.scale(lambda, joint);
            jointTarget = new DMatrixRMaj(k + USERS * d, 1);
        }

        DMatrixRMaj z(double[] f, int offset) {
            DMatrixRMaj z = new DMatrixRMaj(k, 1);
            for (int j = 0; j < k; j++) {
                z.set(j, 0, f[offset + j]);
            }
            return z;
        }

        DMatrixRMaj x(double[] f, int offset) {
            DMatrixRMaj x = new DMatrixRMaj(d, 1);
            for (int r = 0; r < d; r++) {
                x.set(r, 0, f[offset + columns[r]]);
            }
            return x;
        }

        /** [z, x in listener u's block, 0 elsewhere]: the joint regression's feature vector. */
        DMatrixRMaj phi(int user, double[] f, int offset) {
            DMatrixRMaj phi = new DMatrixRMaj(k + USERS * d, 1);
            for (int j = 0; j < k; j++) {
                phi.set(j, 0, f[offset + j]);
            }
            for (int r = 0; r < d; r++) {
                phi.set(k + user * d + r, 0, f[offset + columns[r]]);
            }
            return phi;
        }

        void add(int user, double[] f, int offset, double reward) {
            DMatrixRMaj z = z(f, offset);
            DMatrixRMaj x = x(f, offset);
            CommonOps_DDRM.multAddTransB(z, z, zz);
            CommonOps_DDRM.addEquals(rz, reward, z);
            CommonOps_DDRM.multAddTransB(x, x, a[user]);
            CommonOps_DDRM.multAddTransB(x, z, b[user]);
            CommonOps_DDRM.addEquals(target[user], reward, x);
            DMatrixRMaj phi = phi(user, f, offset);
            CommonOps_DDRM.multAddTransB(phi, phi, joint);
            CommonOps_DDRM.addEquals(jointTarget, reward, phi);
        }

        /** A0 = lambda I + sum z z^T - sum_u B_u^T A_u^-1 B_u, and b0 likewise: the paper's shared sums. */
        DMatrixRMaj[] sharedSums() {
            DMatrixRMaj a0 = CommonOps_DDRM.identity(k);
            CommonOps_DDRM.scale(lambda, a0);
            CommonOps_DDRM.addEquals(a0, zz);
            DMatrixRMaj b0 = rz.copy();
            for (int user = 0; user < USERS; user++) {
                DMatrixRMaj inverse = inverse(a[user]);
                DMatrixRMaj inverseB = new DMatrixRMaj(d, k);
                CommonOps_DDRM.mult(inverse, b[user], inverseB);
                DMatrixRMaj term = new DMatrixRMaj(k, k);
                CommonOps_DDRM.multTransA(b[user], inverseB, term);
                CommonOps_DDRM.subtractEquals(a0, term);
                DMatrixRMaj inverseTarget = new DMatrixRMaj(d, 1);
                CommonOps_DDRM.mult(inverse, target[user], inverseTarget);
                DMatrixRMaj targetTerm = new DMatrixRMaj(k, 1);
                CommonOps_DDRM.multTransA(b[user], inverseTarget, targetTerm);
                CommonOps_DDRM.subtractEquals(b0, targetTerm);
            }
            return new DMatrixRMaj[] {a0, b0};
        }

        DMatrixRMaj beta() {
            DMatrixRMaj[] sums = sharedSums();
            DMatrixRMaj beta = new DMatrixRMaj(k, 1);
            CommonOps_DDRM.mult(inverse(sums[0]), sums[1], beta);
            return beta;
        }

        /** theta_u = A_u^-1 (b_u - B_u beta). */
        DMatrixRMaj theta(int user, DMatrixRMaj beta) {
            DMatrixRMaj difference = target[user].copy();
            DMatrixRMaj bBeta = new DMatrixRMaj(d, 1);
            CommonOps_DDRM.mult(b[user], beta, bBeta);
            CommonOps_DDRM.subtractEquals(difference, bBeta);
            DMatrixRMaj theta = new DMatrixRMaj(d, 1);
            CommonOps_DDRM.mult(inverse(a[user]), difference, theta);
            return theta;
        }

        /** The paper's s, term by term. */
        double variance(int user, double[] f, int offset) {
            DMatrixRMaj z = z(f, offset);
            DMatrixRMaj x = x(f, offset);
            DMatrixRMaj a0Inverse = inverse(sharedSums()[0]);
            DMatrixRMaj aInverse = inverse(a[user]);
            DMatrixRMaj bu = b[user];
            double first = quadratic(z, a0Inverse, z);
            // z^T A0^-1 B_u^T A_u^-1 x
            DMatrixRMaj step = new DMatrixRMaj(k, d);
            CommonOps_DDRM.multTransB(a0Inverse, bu, step);
            DMatrixRMaj crossTerm = new DMatrixRMaj(k, d);
            CommonOps_DDRM.mult(step, aInverse, crossTerm);
            double second = quadratic(z, crossTerm, x);
            double third = quadratic(x, aInverse, x);
            // x^T A_u^-1 B_u A0^-1 B_u^T A_u^-1 x
            DMatrixRMaj inverseB = new DMatrixRMaj(d, k);
            CommonOps_DDRM.mult(aInverse, bu, inverseB);
            DMatrixRMaj left = new DMatrixRMaj(d, k);
            CommonOps_DDRM.mult(inverseB, a0Inverse, left);
            DMatrixRMaj fourthMatrix = new DMatrixRMaj(d, d);
            CommonOps_DDRM.multTransB(left, inverseB, fourthMatrix);
            double fourth = quadratic(x, fourthMatrix, x);
            return first - 2 * second + third + fourth;
        }

        /** The payoff z.beta + x.theta_u, without the bonus. */
        double payoff(int user, double[] f, int offset, DMatrixRMaj beta) {
            return CommonOps_DDRM.dot(z(f, offset), beta) + CommonOps_DDRM.dot(x(f, offset), theta(user, beta));
        }

        static double quadratic(DMatrixRMaj left, DMatrixRMaj matrix, DMatrixRMaj right) {
            DMatrixRMaj product = new DMatrixRMaj(matrix.numRows, 1);
            CommonOps_DDRM.mult(matrix, right, product);
            return CommonOps_DDRM.dot(left, product);
        }

        static DMatrixRMaj inverse(DMatrixRMaj matrix) {
            DMatrixRMaj inverse = new DMatrixRMaj(matrix.numRows, matrix.numCols);
            assertThat(CommonOps_DDRM.invert(matrix, inverse)).isTrue();
            return inverse;
        }
    }

    /** A listener's rating: a taste shared by all plus a taste of its own, and noise. */
    private static double rating(int user, double[] f, int offset, SplittableRandom random) {
        double sum = 0.0;
        for (int j = 0; j < K; j++) {
            sum += (0.3 + ((user + j) % 3 - 1)) * f[offset + j];
        }
        return sum + random.nextGaussian() * 0.1;
    }

    /**
     * Plain features with the song columns named or not, and the notebook's features with their listener x song
     * products: 10 values of which the shared coefficients weigh all and each listener's the 2 song columns.
     */
    @ParameterizedTest
    @CsvSource({"plain, true, 6", "plain, false, 6", "interactions, true, 10"})
    void betaThetaAndTheVarianceAreThePapersClosedFormAndTheJointRidgeSolution(String features, boolean namedColumns,
                                                                                 int dimension) {
        double alpha = 0.6;
        double lambda = 1.5;
        FeatureLayout layout = namedColumns ? NOTEBOOK_LAYOUT : FeatureLayout.unnamed(K);
        int[] columns = HybridLinUcbAgentFactory.listenerColumns(layout);
        assertThat(columns).containsExactly(namedColumns ? new int[] {2, 3} : new int[] {0, 1, 2, 3, 4, 5});
        HybridLinUcbAgent agent = (HybridLinUcbAgent) AgentFixture.of(new HybridLinUcbAgentFactory())
                .parameters(Map.of("alpha", alpha, "lambda", lambda, "features", features)).seed(5).users(USERS)
                .catalogSize(30).featureLayout(layout).create();
        FeatureMap map = FeatureMap.of(features, layout);
        double[] rows = new double[30 * dimension];
        History history = new History(dimension, columns, lambda);
        SplittableRandom random = new SplittableRandom(11);
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 1_500; step++) {
            int user = random.nextInt(USERS);
            TestCandidates candidates = TestCandidates.random(30, K, random).forUser(user);
            map.map(candidates, rows);
            agent.recommend(candidates, slate, 3);
            if (step == 3 || step % 500 == 499) {
                DMatrixRMaj beta = history.beta();
                double[] bounds = new double[candidates.size()];
                for (int c = 0; c < bounds.length; c++) {
                    bounds[c] = history.payoff(user, rows, c * dimension, beta)
                            + alpha * Math.sqrt(history.variance(user, rows, c * dimension));
                }
                ScoreAssertions.assertSlateHoldsTheBest(bounds, slate, 3);
            }
            for (int p = 0; p < 3; p++) {
                rewards[p] = rating(user, candidates.features(), slate[p] * K, random);
                history.add(user, rows, slate[p] * dimension, rewards[p]);
            }
            agent.learn(candidates, slate, rewards, 3);
        }

        HybridModel model = agent.model();
        DMatrixRMaj beta = history.beta();
        DMatrixRMaj jointInverse = History.inverse(history.joint);
        DMatrixRMaj jointSolution = new DMatrixRMaj(history.joint.numRows, 1);
        CommonOps_DDRM.mult(jointInverse, history.jointTarget, jointSolution);
        double[] probe = new double[dimension];
        map.map(TestCandidates.random(1, K, random), probe);
        for (int user = 0; user < USERS; user++) {
            model.prepare(user);
            assertThat(model.weights()).hasSize(dimension);
            for (int a = 0; a < dimension; a++) {
                assertThat(model.beta(a)).as("beta %d", a).isCloseTo(beta.get(a, 0), within())
                        .isCloseTo(jointSolution.get(a, 0), within());
            }
            DMatrixRMaj theta = history.theta(user, beta);
            for (int r = 0; r < columns.length; r++) {
                assertThat(model.theta(r)).as("listener %d theta %d", user, r).isCloseTo(theta.get(r, 0), within())
                        .isCloseTo(jointSolution.get(dimension + user * columns.length + r, 0), within());
            }
            // s shrinks as the listener is heard: compared relative to its size
            double variance = history.variance(user, probe, 0);
            assertThat(fQf(model.quadratic(), probe, dimension)).as("listener %d s", user)
                    .isCloseTo(variance, Assertions.within(1e-9 * variance))
                    .isCloseTo(History.quadratic(history.phi(user, probe, 0), jointInverse,
                            history.phi(user, probe, 0)), Assertions.within(1e-9 * variance));
            double payoff = 0.0;
            for (int j = 0; j < dimension; j++) {
                payoff += model.weights()[j] * probe[j];
            }
            assertThat(payoff).isCloseTo(history.payoff(user, probe, 0, beta), within());
        }
    }

    private static Offset<Double> within() {
        return Assertions.within(1e-9);
    }

    private static double fQf(double[] q, double[] f, int dimension) {
        double sum = 0.0;
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                sum += f[i] * q[i * dimension + j] * f[j];
            }
        }
        return sum;
    }

    @Test
    void thePerListenerColumnsAreTheSongColumnsOrEveryColumnWhenNoneIsNamedASong() {
        assertThat(HybridLinUcbAgentFactory.listenerColumns(NOTEBOOK_LAYOUT)).containsExactly(2, 3);
        assertThat(HybridLinUcbAgentFactory.listenerColumns(FeatureLayout.builder().song("song", 1)
                .listener("listener", 2).song("more", 1).build())).containsExactly(0, 3);
        assertThat(HybridLinUcbAgentFactory.listenerColumns(FeatureLayout.unnamed(3))).containsExactly(0, 1, 2);
    }

    @Test
    void breaksTiesUniformlyWithItsOwnGenerator() {
        ScoreAssertions.assertTiesAreBrokenUniformly(new HybridLinUcbAgentFactory());
    }

    @Test
    void isListedAsAServiceAndRefusesParametersOutOfRange() {
        assertThat(ServiceLoader.load(AgentFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(HybridLinUcbAgentFactory.class);
        AgentFixture fixture = AgentFixture.of(new HybridLinUcbAgentFactory());
        assertThat(fixture.context().real("alpha")).isEqualTo(1.0);
        assertThat(fixture.context().real("lambda")).isEqualTo(1.0);
        assertThatThrownBy(() -> AgentFixture.of(new HybridLinUcbAgentFactory()).parameter("alpha", -0.5).create())
                .hasMessage("alpha = -0.5 is out of range: allowed a real number >= 0");
        assertThatThrownBy(() -> AgentFixture.of(new HybridLinUcbAgentFactory()).parameter("lambda", -1).create())
                .hasMessage("lambda = -1 is out of range: allowed a real number > 0");
        assertThat(fixture.context().choice("features")).isEqualTo("plain");
        assertThatThrownBy(() -> AgentFixture.of(new HybridLinUcbAgentFactory()).parameter("features", "products")
                .create()).hasMessageContaining("products");
        assertThatThrownBy(() -> AgentFixture.of(new HybridLinUcbAgentFactory()).parameter("features", "interactions")
                .featureLayout(FeatureLayout.unnamed(K)).create())
                .hasMessageContaining("no listener and no song columns");
    }
}
