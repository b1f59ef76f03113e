package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.agents.kit.RidgeRegression;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.NotebookEnvironment;
import dev.encore.testing.TestCandidates;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class LinUcbAgentTest {

    private static LinUcbAgent create(Map<String, ?> parameters, int slateSize, int dimension, long seed) {
        return (LinUcbAgent) AgentFixture.of(new LinUcbAgentFactory()).parameters(parameters).seed(seed)
                .slateSize(slateSize).featureDimension(dimension).create();
    }

    @Test
    void afterManyStepsItsInverseIsTheDirectInverseAndItsSlatesTheBestUpperBounds() {
        double alpha = 0.7;
        double lambda = 2.0;
        LinUcbAgent agent = create(Map.of("alpha", alpha, "lambda", lambda), 3, 6, 1);
        NotebookEnvironment environment = NotebookEnvironment.seeded(2020);
        DMatrixRMaj a = CommonOps_DDRM.identity(6);
        CommonOps_DDRM.scale(lambda, a);
        DMatrixRMaj b = new DMatrixRMaj(6, 1);
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 5_000; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            if (step == 1 || step == 10 || step % 1_000 == 999) {
                assertSlateHasTheBestUpperBounds(candidates, slate, a, b, alpha);
            }
            environment.step(slate, 3, rewards);
            agent.learn(candidates, slate, rewards, 3);
            for (int p = 0; p < 3; p++) {
                for (int i = 0; i < 6; i++) {
                    double xi = candidates.feature(slate[p], i);
                    b.add(i, 0, rewards[p] * xi);
                    for (int j = 0; j < 6; j++) {
                        a.add(i, j, xi * candidates.feature(slate[p], j));
                    }
                }
            }
            environment.advance();
        }
        DMatrixRMaj inverse = new DMatrixRMaj(6, 6);
        assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
        RidgeRegression model = agent.model();
        double largestError = 0.0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                largestError = Math.max(largestError, Math.abs(model.inverse(i, j) - inverse.get(i, j)));
            }
        }
        assertThat(largestError / CommonOps_DDRM.elementMaxAbs(inverse)).isLessThan(1e-9);
    }

    /** The slate holds the three best of theta.x + alpha sqrt(x^T A^-1 x), computed directly, best first. */
    private static void assertSlateHasTheBestUpperBounds(Candidates candidates, int[] slate, DMatrixRMaj a,
                                                         DMatrixRMaj b, double alpha) {
        DMatrixRMaj inverse = new DMatrixRMaj(6, 6);
        assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
        DMatrixRMaj theta = new DMatrixRMaj(6, 1);
        CommonOps_DDRM.mult(inverse, b, theta);
        double[] bounds = new double[candidates.size()];
        DMatrixRMaj x = new DMatrixRMaj(6, 1);
        DMatrixRMaj inverseX = new DMatrixRMaj(6, 1);
        for (int c = 0; c < bounds.length; c++) {
            for (int j = 0; j < 6; j++) {
                x.set(j, 0, candidates.feature(c, j));
            }
            CommonOps_DDRM.mult(inverse, x, inverseX);
            bounds[c] = CommonOps_DDRM.dot(theta, x) + alpha * Math.sqrt(CommonOps_DDRM.dot(x, inverseX));
        }
        double third = Math.min(bounds[slate[0]], Math.min(bounds[slate[1]], bounds[slate[2]]));
        for (int c = 0; c < bounds.length; c++) {
            if (c != slate[0] && c != slate[1] && c != slate[2]) {
                assertThat(bounds[c]).isLessThanOrEqualTo(third + 1e-9);
            }
        }
        assertThat(bounds[slate[0]]).isGreaterThanOrEqualTo(bounds[slate[1]] - 1e-9);
        assertThat(bounds[slate[1]]).isGreaterThanOrEqualTo(bounds[slate[2]] - 1e-9);
    }

    @Test
    void alphaMakesItTryWhatItKnowsLeastWhileAlphaZeroExploits() {
        // trained only on the first direction: the second is unknown
        TestCandidates candidates = TestCandidates.of(2, 1.0, 0.0, 0.0, 1.0);
        LinUcbAgent optimist = create(Map.of("alpha", 2.0), 1, 2, 3);
        LinUcbAgent exploiter = create(Map.of("alpha", 0.0), 1, 2, 3);
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
    void neverRepeatsACandidateAndBreaksTiesWithItsOwnGenerator() {
        // with nothing learnt and identical features, every candidate ties
        double[] features = new double[30 * 2];
        for (int i = 0; i < 30; i++) {
            features[2 * i] = 0.4;
            features[2 * i + 1] = 0.6;
        }
        TestCandidates candidates = TestCandidates.of(2, features);
        int[] first = new int[3];
        int[] again = new int[3];
        int[] other = new int[3];
        create(Map.of(), 3, 2, 10).recommend(candidates, first, 3);
        create(Map.of(), 3, 2, 10).recommend(candidates, again, 3);
        assertThat(first).doesNotHaveDuplicates().containsExactly(again);
        boolean anotherSeedDiffers = false;
        for (long seed = 11; seed < 20 && !anotherSeedDiffers; seed++) {
            create(Map.of(), 3, 2, seed).recommend(candidates, other, 3);
            assertThat(other).doesNotHaveDuplicates();
            anotherSeedDiffers = !Arrays.equals(first, other);
        }
        assertThat(anotherSeedDiffers).isTrue();
    }

    @Test
    void refusesInteractionsWhenTheFeaturesHaveNoListenerColumns() {
        FeatureLayout songsOnly = FeatureLayout.builder().song("song-taste", 2).context("noise", 2).build();
        AgentFixture fixture = AgentFixture.of(new LinUcbAgentFactory()).featureLayout(songsOnly)
                .parameter("features", "interactions");
        assertThatThrownBy(fixture::create).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("features = interactions multiplies listener columns by song columns, but the "
                        + "features have no listener columns");
        assertThat(fixture.parameter("features", "plain").create()).isInstanceOf(LinUcbAgent.class);
    }

    @Test
    void isListedAsAServiceAndDeclaresAlphaLambdaAndFeaturesWithTheirRanges() {
        assertThat(ServiceLoader.load(AgentFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(LinUcbAgentFactory.class);
        AgentFixture linucb = AgentFixture.of(new LinUcbAgentFactory());
        assertThat(linucb.boundParameters())
                .containsExactly(Map.entry("alpha", 1.0), Map.entry("lambda", 1.0), Map.entry("features", "plain"));
        assertThat(linucb.parameter("alpha", 0).boundParameters()).containsEntry("alpha", 0.0);
        assertThatThrownBy(() -> linucb.parameter("alpha", -1).boundParameters())
                .hasMessage("agent 'linucb': alpha = -1 is out of range: allowed a real number >= 0");
        assertThatThrownBy(() -> AgentFixture.of(new LinUcbAgentFactory()).parameter("lambda", 0.0).boundParameters())
                .hasMessage("agent 'linucb': lambda = 0.0 is out of range: allowed a real number > 0");
    }
}
