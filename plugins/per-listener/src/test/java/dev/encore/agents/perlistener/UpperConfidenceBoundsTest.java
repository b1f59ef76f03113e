package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.kit.TopK;
import java.util.Random;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Passing over the candidates that cannot reach the slate changes nothing: the slate, and the random draws for ties,
 * are those of scoring every candidate exactly and offering all of them.
 */
class UpperConfidenceBoundsTest {

    /**
     * The notebook's 6 features and its 10 with interactions take written-out loops, the others the general one: all
     * must be right.
     */
    @ParameterizedTest
    @CsvSource({"1, 1.0", "4, 1.0", "6, 1.0", "6, 0.3", "6, 0.0", "9, 2.0", "9, 0.0", "10, 1.0", "10, 0.3", "10, 0.0"})
    void keepsTheSlateOfEveryExactBoundOfferedInTurn(int dimension, double alpha) {
        SplittableRandom random = new SplittableRandom(dimension);
        Random ejmlRandom = new Random(dimension);
        int rows = 300;
        for (int round = 0; round < 200; round++) {
            DMatrixRMaj root = RandomMatrices_DDRM.rectangle(dimension, dimension, -1, 1, ejmlRandom);
            DMatrixRMaj q = new DMatrixRMaj(dimension, dimension);
            CommonOps_DDRM.multTransA(root, root, q); // positive semi-definite, as every variance matrix is
            CommonOps_DDRM.scale(Math.pow(10, -random.nextInt(4)), q); // from an untrained model to a trained one
            int matrixOffset = 5;
            int weightsOffset = 3;
            double[] matrix = new double[matrixOffset + dimension * dimension];
            System.arraycopy(q.data, 0, matrix, matrixOffset, dimension * dimension);
            double[] weights = new double[weightsOffset + dimension];
            for (int j = 0; j < dimension; j++) {
                weights[weightsOffset + j] = random.nextDouble(-1, 1);
            }
            // features in steps of 0.2, as the environment's, and many rows repeated: ties happen
            double[] features = new double[rows * dimension];
            for (int row = 0; row < rows; row++) {
                int source = row > 10 && random.nextInt(3) == 0 ? random.nextInt(row) : row;
                for (int j = 0; j < dimension; j++) {
                    features[row * dimension + j] = source == row ? random.nextInt(1, 6) / 5.0
                            : features[source * dimension + j];
                }
            }
            double[] exact = exactBounds(features, rows, dimension, weights, weightsOffset, q, alpha);
            long seed = random.nextLong();
            TopK expected = new TopK(3, new SplittableRandom(seed));
            expected.clear(3);
            expected.offerAll(exact, rows);
            TopK actual = new TopK(3, new SplittableRandom(seed));
            actual.clear(3);
            new UpperConfidenceBounds(dimension, rows).offerAll(features, rows, weights, weightsOffset, matrix, matrixOffset,
                    alpha, actual);
            int[] expectedSlate = new int[3];
            int[] actualSlate = new int[3];
            expected.copyTo(expectedSlate, 3);
            actual.copyTo(actualSlate, 3);
            assertThat(actualSlate).as("round %d", round).containsExactly(expectedSlate);
        }
    }

    /** {@code w . x + alpha sqrt(x^T Q x)} of every row, by EJML. */
    private static double[] exactBounds(double[] features, int rows, int dimension, double[] weights, int offset,
                                        DMatrixRMaj q, double alpha) {
        double[] bounds = new double[rows];
        DMatrixRMaj x = new DMatrixRMaj(dimension, 1);
        DMatrixRMaj qx = new DMatrixRMaj(dimension, 1);
        for (int row = 0; row < rows; row++) {
            double mean = 0.0;
            for (int j = 0; j < dimension; j++) {
                x.set(j, 0, features[row * dimension + j]);
                mean += weights[offset + j] * features[row * dimension + j];
            }
            CommonOps_DDRM.mult(q, x, qx);
            bounds[row] = mean + alpha * Math.sqrt(Math.max(CommonOps_DDRM.dot(x, qx), 0.0));
        }
        return bounds;
    }
}
