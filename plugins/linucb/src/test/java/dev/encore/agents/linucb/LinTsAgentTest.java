package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sun.management.ThreadMXBean;
import dev.encore.agents.kit.FeatureMap;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.NotebookEnvironment;
import dev.encore.testing.TestCandidates;
import dev.encore.testing.Uniformity;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class LinTsAgentTest {

    private static AgentFixture fixture() {
        return AgentFixture.of(new LinTsAgentFactory());
    }

    @Test
    void afterManyStepsItsPosteriorIsTheDirectRidgeSolutionOnTheInteractionRows() {
        double lambda = 2.0;
        NotebookEnvironment environment = NotebookEnvironment.seeded(2020);
        FeatureLayout layout = environment.featureLayout();
        LinTsAgent agent = (LinTsAgent) fixture().featureLayout(layout).seed(4)
                .parameters(Map.of("lambda", lambda, "features", "interactions")).create();
        FeatureMap map = FeatureMap.of("interactions", layout);
        int d = map.dimension();
        DMatrixRMaj a = CommonOps_DDRM.identity(d);
        CommonOps_DDRM.scale(lambda, a);
        DMatrixRMaj b = new DMatrixRMaj(d, 1);
        double[] row = new double[d];
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 3_000; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            environment.step(slate, 3, rewards);
            agent.learn(candidates, slate, rewards, 3);
            for (int p = 0; p < 3; p++) {
                map.mapRow(candidates.features(), slate[p] * 6, row, 0);
                for (int i = 0; i < d; i++) {
                    b.add(i, 0, rewards[p] * row[i]);
                    for (int j = 0; j < d; j++) {
                        a.add(i, j, row[i] * row[j]);
                    }
                }
            }
            environment.advance();
        }
        DMatrixRMaj inverse = new DMatrixRMaj(d, d);
        assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
        DMatrixRMaj theta = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.mult(inverse, b, theta);

        double[] mean = new double[d];
        agent.posterior().mean(mean);
        double largestTheta = CommonOps_DDRM.elementMaxAbs(theta);
        for (int i = 0; i < d; i++) {
            assertThat(mean[i]).as("theta %d", i).isCloseTo(theta.get(i, 0), within(1e-9 * largestTheta));
        }
        double[] covariance = new double[d * d];
        agent.posterior().covariance(covariance);
        double largestEntry = CommonOps_DDRM.elementMaxAbs(inverse);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                assertThat(covariance[i * d + j]).as("A^-1 %d %d", i, j)
                        .isCloseTo(inverse.get(i, j), within(1e-9 * largestEntry));
            }
        }
    }

    @Test
    void triesAnUnknownDirectionAsOftenAsThePosteriorSaysItMayBeBetter() {
        // candidate 0 earned 1 a hundred times; candidate 1, in another direction, was never tried
        TestCandidates candidates = TestCandidates.of(2, 1.0, 0.0, 0.0, 1.0);
        double v = 0.8;
        Agent agent = fixture().featureDimension(2).parameter("v", v).slateSize(1).create();
        int[] known = {0};
        double[] reward = {1.0};
        for (int n = 0; n < 100; n++) {
            agent.learn(candidates, known, reward, 1);
        }
        // theta~ is N(100/101, v^2/101) along the first direction, N(0, v^2) along the second
        double chance = new NormalDistribution().cumulativeProbability(-(100.0 / 101) / (v * Math.sqrt(1 + 1.0 / 101)));
        int[] slate = new int[1];
        int draws = 20_000;
        int unknown = 0;
        for (int n = 0; n < draws; n++) {
            agent.recommend(candidates, slate, 1);
            unknown += slate[0];
        }
        // chance is 0.11; 0.01 is about 4 standard deviations of the share
        assertThat(unknown / (double) draws).isCloseTo(chance, within(0.01));
    }

    @Test
    void breaksTiesUniformlyWithItsOwnGeneratorAndNeverRepeatsACandidate() {
        // identical rows score alike whatever the draw: every candidate ties
        double[] features = new double[10 * 2];
        Arrays.fill(features, 0.6);
        TestCandidates candidates = TestCandidates.of(2, features);
        int[] slate = new int[3];
        int[] again = new int[3];
        long[] firsts = new long[10];
        for (long seed = 0; seed < 2_000; seed++) {
            fixture().featureDimension(2).seed(seed).create().recommend(candidates, slate, 3);
            assertThat(slate).doesNotHaveDuplicates();
            firsts[slate[0]]++;
        }
        assertThat(Uniformity.looksUniform(firsts, 0.001)).as("first places %s", firsts).isTrue();
        fixture().featureDimension(2).seed(5).create().recommend(candidates, slate, 3);
        fixture().featureDimension(2).seed(5).create().recommend(candidates, again, 3);
        assertThat(again).containsExactly(slate);
    }

    @Test
    void aStepAllocatesNothing() {
        NotebookEnvironment environment = NotebookEnvironment.seeded(1);
        Agent agent = fixture().featureLayout(environment.featureLayout()).parameter("features", "interactions")
                .create();
        int[] slate = new int[3];
        double[] rewards = new double[3];
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long allocated = 0;
            for (int step = 0; step < 1_000; step++) {
                Candidates candidates = environment.candidates();
                long before = threads.getThreadAllocatedBytes(thread);
                agent.recommend(candidates, slate, 3);
                allocated += threads.getThreadAllocatedBytes(thread) - before;
                environment.step(slate, 3, rewards);
                before = threads.getThreadAllocatedBytes(thread);
                agent.learn(candidates, slate, rewards, 3);
                allocated += threads.getThreadAllocatedBytes(thread) - before;
                environment.advance();
            }
            least = Math.min(least, allocated);
        }
        // one small object a step would be 16 KB a round
        assertThat(least).isLessThan(1024);
    }

    @Test
    void refusesInteractionsWithoutListenerAndSongColumns() {
        assertThatThrownBy(() -> fixture().parameter("features", "interactions").create())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the features have no listener and no song columns (feature-1 (context)");
    }

    @Test
    void isListedAsAServiceAndDeclaresVLambdaAndFeaturesWithTheirRanges() {
        assertThat(ServiceLoader.load(AgentFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(LinTsAgentFactory.class);
        assertThat(new LinTsAgentFactory().name()).isEqualTo("lin-ts");
        assertThat(fixture().context().real("v")).isEqualTo(0.5);
        assertThat(fixture().context().real("lambda")).isEqualTo(1.0);
        assertThat(fixture().context().choice("features")).isEqualTo("plain");
        assertThatThrownBy(() -> fixture().parameter("v", 0).context())
                .hasMessageContaining("v = 0 is out of range: allowed a real number > 0");
        assertThatThrownBy(() -> fixture().parameter("lambda", -1.0).context())
                .hasMessageContaining("lambda = -1.0 is out of range: allowed a real number > 0");
        assertThatThrownBy(() -> fixture().parameter("features", "squares").context())
                .hasMessageContaining("features");
    }
}
