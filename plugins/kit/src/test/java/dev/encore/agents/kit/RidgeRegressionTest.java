package dev.encore.agents.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {

    private static final int D = 6;

    /** Features like the Spotify environment's: multiples of 0.2 from 0.2 to 1. */
    private static void draw(SplittableRandom random, double[] x, int offset) {
        for (int j = 0; j < D; j++) {
            x[offset + j] = random.nextInt(1, 6) / 5.0;
        }
    }

    @Test
    void shermanMorrisonKeepsTheInverseAndThetaOfTheDirectSolutionAfterManyUpdates() {
        double lambda = 1.0;
        RidgeRegression model = new RidgeRegression(D, lambda);
        DMatrixRMaj a = CommonOps_DDRM.identity(D);
        CommonOps_DDRM.scale(lambda, a);
        DMatrixRMaj b = new DMatrixRMaj(D, 1);
        SplittableRandom random = new SplittableRandom(7);
        double[] features = new double[3 * D];
        for (int step = 0; step < 20_000; step++) {
            int offset = (step % 3) * D;
            draw(random, features, offset);
            double reward = 0.3 * features[offset] + features[offset + 2] * features[offset + 3]
                    + random.nextGaussian() * 0.1;
            model.learn(features, offset, reward);
            for (int i = 0; i < D; i++) {
                b.add(i, 0, reward * features[offset + i]);
                for (int j = 0; j < D; j++) {
                    a.add(i, j, features[offset + i] * features[offset + j]);
                }
            }
        }
        DMatrixRMaj inverse = new DMatrixRMaj(D, D);
        assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
        DMatrixRMaj theta = new DMatrixRMaj(D, 1);
        CommonOps_DDRM.mult(inverse, b, theta);

        double largestEntry = CommonOps_DDRM.elementMaxAbs(inverse);
        double largestError = 0.0;
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                largestError = Math.max(largestError, Math.abs(model.inverse(i, j) - inverse.get(i, j)));
            }
        }
        assertThat(largestError / largestEntry).isLessThan(1e-9);
        double largestTheta = CommonOps_DDRM.elementMaxAbs(theta);
        for (int j = 0; j < D; j++) {
            assertThat(model.theta(j)).isCloseTo(theta.get(j, 0), within(1e-9 * largestTheta));
        }
        double[] x = {0.2, 1.0, 0.4, 0.6, 0.8, 1.0};
        DMatrixRMaj column = new DMatrixRMaj(D, 1, true, x);
        double direct = CommonOps_DDRM.dot(column, mult(inverse, column));
        assertThat(model.uncertainty(x, 0)).isCloseTo(direct, within(1e-9 * direct));
        assertThat(model.inverseTrace()).isCloseTo(CommonOps_DDRM.trace(inverse), within(1e-9 * largestEntry));
    }

    private static DMatrixRMaj mult(DMatrixRMaj matrix, DMatrixRMaj column) {
        DMatrixRMaj result = new DMatrixRMaj(matrix.numRows, 1);
        CommonOps_DDRM.mult(matrix, column, result);
        return result;
    }

    @Test
    void recoversTheWeightsOfNoiselessLinearRewards() {
        RidgeRegression model = new RidgeRegression(D, 1.0);
        double[] weights = {0.5, -1.0, 2.0, 0.0, 0.25, 1.5};
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[D];
        for (int step = 0; step < 5_000; step++) {
            draw(random, x, 0);
            double reward = 0.0;
            for (int j = 0; j < D; j++) {
                reward += weights[j] * x[j];
            }
            model.learn(x, 0, reward);
        }
        for (int j = 0; j < D; j++) {
            assertThat(model.theta(j)).isCloseTo(weights[j], within(0.01));
        }
        double[] probe = {1, 0, 1, 0, 0, 1};
        assertThat(model.predict(probe, 0)).isCloseTo(4.0, within(0.03));
    }

    @Test
    void beforeAnyObservationTheInverseIsTheIdentityOverLambdaAndThePredictionZero() {
        RidgeRegression model = new RidgeRegression(2, 4.0);
        double[] x = {1.0, 2.0};
        assertThat(model.predict(x, 0)).isZero();
        assertThat(model.uncertainty(x, 0)).isEqualTo(5.0 / 4.0);
        assertThat(model.inverse(0, 0)).isEqualTo(0.25);
        assertThat(model.inverse(0, 1)).isZero();
    }

    @Test
    void scoresEveryRowExactlyAsOneByOneWhateverTheDimension() {
        for (int dimension : new int[] {6, 3, 8, 10}) {
            RidgeRegression model = new RidgeRegression(dimension, 1.0);
            SplittableRandom random = new SplittableRandom(dimension);
            int rows = 500;
            double[] features = new double[rows * dimension];
            for (int i = 0; i < features.length; i++) {
                features[i] = random.nextInt(-5, 6) / 5.0; // zeros and negative values included
            }
            for (int step = 0; step < 200; step++) {
                model.learn(features, random.nextInt(rows) * dimension, random.nextDouble(-1, 3));
            }
            double[] predictions = new double[rows];
            model.predictAll(features, rows, predictions);
            for (int i = 0; i < rows; i++) {
                assertThat(predictions[i]).isEqualTo(textbookPrediction(model, features, i * dimension));
                assertThat(model.uncertainty(features, i * dimension))
                        .isEqualTo(textbookUncertainty(model, features, i * dimension));
            }
        }
    }

    /** theta . x, term by term from 0.0. */
    private static double textbookPrediction(RidgeRegression model, double[] x, int offset) {
        double sum = 0.0;
        for (int j = 0; j < model.dimension(); j++) {
            sum += model.theta(j) * x[offset + j];
        }
        return sum;
    }

    /** x^T A^-1 x: each row's diagonal term plus twice its terms right of the diagonal, rows in order. */
    private static double textbookUncertainty(RidgeRegression model, double[] x, int offset) {
        int d = model.dimension();
        double sum = 0.0;
        for (int i = 0; i < d; i++) {
            double offDiagonal = 0.0;
            for (int j = i + 1; j < d; j++) {
                offDiagonal += model.inverse(i, j) * x[offset + j];
            }
            sum += x[offset + i] * (model.inverse(i, i) * x[offset + i] + 2.0 * offDiagonal);
        }
        return Math.max(sum, 0.0);
    }

    @Test
    void learningASlateIsLearningEachOfItsPositionsInOrder() {
        double[] features = {1, 0, 2, 0, 1, 1, 3, 3, 0, 1, 2, 1};
        int[] slate = {3, 0, 2};
        double[] rewards = {1.5, -0.5, 2.0};
        RidgeRegression bySlate = new RidgeRegression(3, 1.0);
        RidgeRegression oneByOne = new RidgeRegression(3, 1.0);
        bySlate.learnSlate(features, slate, rewards, 2);
        oneByOne.learn(features, 9, 1.5);
        oneByOne.learn(features, 0, -0.5);
        for (int i = 0; i < 3; i++) {
            assertThat(bySlate.theta(i)).isEqualTo(oneByOne.theta(i));
            for (int j = 0; j < 3; j++) {
                assertThat(bySlate.inverse(i, j)).isEqualTo(oneByOne.inverse(i, j));
            }
        }
    }

    @Test
    void refusesANonPositiveLambda() {
        assertThatThrownBy(() -> new RidgeRegression(6, 0.0))
                .hasMessage("lambda = 0.0: allowed a real number > 0");
        assertThatThrownBy(() -> new RidgeRegression(0, 1.0))
                .hasMessage("dimension = 0: allowed at least 1");
    }
}
