package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class RidgePosteriorTest {

    /** Rows of 3 correlated values, so that A^-1 has off-diagonal entries of weight. */
    private static void draw(SplittableRandom random, double[] x) {
        x[0] = random.nextInt(1, 6) / 5.0;
        x[1] = 0.8 * x[0] + random.nextInt(0, 3) / 5.0;
        x[2] = random.nextInt(1, 6) / 5.0 - 0.5 * x[1];
    }

    private static DMatrixRMaj covariance(RidgePosterior posterior) {
        int d = posterior.dimension();
        double[] values = new double[d * d];
        posterior.covariance(values);
        return new DMatrixRMaj(d, d, true, values);
    }

    @Test
    void theSamplesCovarianceIsVSquaredTimesTheInverseOfA() {
        double lambda = 2.0;
        double v = 0.7;
        RidgePosterior posterior = new RidgePosterior(3, lambda);
        DMatrixRMaj a = CommonOps_DDRM.identity(3);
        CommonOps_DDRM.scale(lambda, a);
        DMatrixRMaj b = new DMatrixRMaj(3, 1);
        SplittableRandom data = new SplittableRandom(3);
        double[] x = new double[3];
        for (int n = 0; n < 40; n++) {
            draw(data, x);
            double reward = x[0] - 2 * x[2] + data.nextGaussian() * 0.3;
            posterior.learn(x, 0, reward);
            for (int i = 0; i < 3; i++) {
                b.add(i, 0, reward * x[i]);
                for (int j = 0; j < 3; j++) {
                    a.add(i, j, x[i] * x[j]);
                }
            }
        }
        DMatrixRMaj inverse = new DMatrixRMaj(3, 3);
        assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
        DMatrixRMaj theta = new DMatrixRMaj(3, 1);
        CommonOps_DDRM.mult(inverse, b, theta);

        int draws = 200_000;
        double[] sum = new double[3];
        double[] products = new double[9];
        double[] sample = new double[3];
        SplittableRandom random = new SplittableRandom(17);
        for (int n = 0; n < draws; n++) {
            posterior.sample(v, random, sample);
            for (int i = 0; i < 3; i++) {
                double di = sample[i] - theta.get(i, 0);
                sum[i] += di;
                for (int j = 0; j < 3; j++) {
                    products[i * 3 + j] += di * (sample[j] - theta.get(j, 0));
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            double sd = v * Math.sqrt(inverse.get(i, i));
            // the sample mean lies within 5 standard errors of theta
            assertThat(Math.abs(sum[i] / draws)).as("mean %d", i).isLessThan(5 * sd / Math.sqrt(draws));
            for (int j = 0; j < 3; j++) {
                double expected = v * v * inverse.get(i, j);
                double scale = v * v * Math.sqrt(inverse.get(i, i) * inverse.get(j, j));
                // the standard error of a sample covariance is at most scale * sqrt(2 / draws), 0.3% here
                assertThat(products[i * 3 + j] / draws).as("covariance %d %d", i, j)
                        .isBetween(expected - 0.02 * scale, expected + 0.02 * scale);
            }
        }
        // the correlations are far from nothing: the check sees the off-diagonal entries
        assertThat(Math.abs(inverse.get(0, 1)) / Math.sqrt(inverse.get(0, 0) * inverse.get(1, 1))).isGreaterThan(0.3);
    }

    @Test
    void withNothingLearntTheMeanIsZeroAndTheCovarianceIOverLambda() {
        RidgePosterior posterior = new RidgePosterior(4, 4.0);
        double[] theta = new double[4];
        posterior.mean(theta);
        assertThat(theta).containsOnly(0.0);
        assertThat(covariance(posterior).data).containsExactly(
                0.25, 0, 0, 0, 0, 0.25, 0, 0, 0, 0, 0.25, 0, 0, 0, 0, 0.25);
    }

    @Test
    void refusesAnEmptyModelAndALambdaOfZero() {
        assertThatThrownBy(() -> new RidgePosterior(0, 1.0)).hasMessage("dimension = 0: allowed at least 1");
        assertThatThrownBy(() -> new RidgePosterior(2, 0.0))
                .hasMessage("lambda = 0.0: allowed a real number > 0");
    }
}
