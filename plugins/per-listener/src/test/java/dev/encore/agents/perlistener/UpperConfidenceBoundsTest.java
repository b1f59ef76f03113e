package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpperConfidenceBoundsTest {

    /** The notebook's 6 features take the written-out loop, the others the general one: both must be right. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4, 6, 9})
    void scoresEveryRowByItsMeanPlusAlphaTimesTheSquareRootOfItsQuadraticForm(int dimension) {
        SplittableRandom random = new SplittableRandom(dimension);
        Random ejmlRandom = new Random(dimension);
        DMatrixRMaj root = RandomMatrices_DDRM.rectangle(dimension, dimension, -1, 1, ejmlRandom);
        DMatrixRMaj q = new DMatrixRMaj(dimension, dimension);
        CommonOps_DDRM.multTransA(root, root, q); // positive semi-definite, as every variance matrix is
        int matrixOffset = 5;
        int weightsOffset = 3;
        double[] matrix = new double[matrixOffset + dimension * dimension];
        System.arraycopy(q.data, 0, matrix, matrixOffset, dimension * dimension);
        double[] weights = new double[weightsOffset + dimension];
        for (int j = 0; j < dimension; j++) {
            weights[weightsOffset + j] = random.nextDouble(-1, 1);
        }
        int rows = 50;
        double[] features = new double[(rows + 2) * dimension]; // longer than in use, as the environment's is
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextInt(1, 6) / 5.0;
        }
        double[] scores = new double[rows + 2];
        double alpha = 0.7;
        new UpperConfidenceBounds(dimension).scoreAll(features, rows, weights, weightsOffset, matrix, matrixOffset,
                alpha, scores);
        DMatrixRMaj x = new DMatrixRMaj(dimension, 1);
        DMatrixRMaj qx = new DMatrixRMaj(dimension, 1);
        for (int row = 0; row < rows; row++) {
            double mean = 0.0;
            for (int j = 0; j < dimension; j++) {
                x.set(j, 0, features[row * dimension + j]);
                mean += weights[weightsOffset + j] * features[row * dimension + j];
            }
            CommonOps_DDRM.mult(q, x, qx);
            double expected = mean + alpha * Math.sqrt(CommonOps_DDRM.dot(x, qx));
            assertThat(scores[row]).as("row %d", row).isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
        }
        assertThat(scores[rows]).isZero();
    }
}
