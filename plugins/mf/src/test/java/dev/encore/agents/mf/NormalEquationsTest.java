package dev.encore.agents.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalEquationsTest {

    private static final double TOLERANCE = 1e-10;

    /** Equations over {@code count} random vectors and ratings, with A and b built directly beside them. */
    private record Fixture(NormalEquations equations, DMatrixRMaj a, DMatrixRMaj b) {

        static Fixture random(int rank, double lambda, int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            NormalEquations equations = new NormalEquations(rank, lambda);
            equations.clear();
            DMatrixRMaj a = CommonOps_DDRM.identity(rank);
            CommonOps_DDRM.scale(lambda, a);
            DMatrixRMaj b = new DMatrixRMaj(rank, 1);
            double[] vector = new double[rank + 2];
            for (int n = 0; n < count; n++) {
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = random.nextDouble(-1, 1);
                }
                double rating = random.nextDouble(0, 3);
                equations.add(vector, 2, rating); // read at an offset, as from a row of a matrix
                for (int i = 0; i < rank; i++) {
                    b.add(i, 0, rating * vector[2 + i]);
                    for (int j = 0; j < rank; j++) {
                        a.add(i, j, vector[2 + i] * vector[2 + j]);
                    }
                }
            }
            equations.solve();
            return new Fixture(equations, a, b);
        }

        DMatrixRMaj inverse() {
            DMatrixRMaj inverse = new DMatrixRMaj(a.numRows, a.numCols);
            assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
            return inverse;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void solvesTheRidgeRegressionAsADirectInverseDoes(int rank) {
        Fixture fixture = Fixture.random(rank, 0.3, 4 * rank, rank);
        DMatrixRMaj solution = new DMatrixRMaj(rank, 1);
        CommonOps_DDRM.mult(fixture.inverse(), fixture.b(), solution);
        for (int i = 0; i < rank; i++) {
            assertThat(fixture.equations().solution(i)).isCloseTo(solution.get(i), within(TOLERANCE));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4})
    void withoutRatingsTheSolutionIsZeroAndTheInverseIsIOverLambda(int rank) {
        Fixture fixture = Fixture.random(rank, 2.0, 0, 1);
        double[] packed = new double[NormalEquations.packedSize(rank)];
        fixture.equations().inverse(packed, 0);
        for (int i = 0; i < rank; i++) {
            assertThat(fixture.equations().solution(i)).isZero();
            for (int j = 0; j <= i; j++) {
                assertThat(packed[i * (i + 1) / 2 + j]).isCloseTo(i == j ? 0.5 : 0.0, within(1e-15));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6})
    void itsInverseVarianceAndQuadraticFormsAreTheDirectOnes(int rank) {
        Fixture fixture = Fixture.random(rank, 0.5, 3 * rank, 10 + rank);
        DMatrixRMaj inverse = fixture.inverse();
        double[] packed = new double[3 + NormalEquations.packedSize(rank)];
        fixture.equations().inverse(packed, 3);
        for (int i = 0; i < rank; i++) {
            for (int j = 0; j <= i; j++) {
                assertThat(packed[3 + i * (i + 1) / 2 + j]).isCloseTo(inverse.get(i, j), within(TOLERANCE));
            }
        }
        SplittableRandom random = new SplittableRandom(rank);
        double[] vector = new double[rank + 1];
        DMatrixRMaj v = new DMatrixRMaj(rank, 1);
        DMatrixRMaj inverseV = new DMatrixRMaj(rank, 1);
        for (int trial = 0; trial < 20; trial++) {
            for (int i = 0; i < rank; i++) {
                vector[1 + i] = random.nextDouble(-2, 2);
                v.set(i, 0, vector[1 + i]);
            }
            CommonOps_DDRM.mult(inverse, v, inverseV);
            double direct = CommonOps_DDRM.dot(v, inverseV);
            assertThat(fixture.equations().variance(vector, 1)).isCloseTo(direct, within(TOLERANCE));
            assertThat(NormalEquations.quadraticForm(packed, 3, vector, 1, rank)).isCloseTo(direct, within(TOLERANCE));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4})
    void aSampleIsTheSolutionPlusScaleTimesLInverseTransposeOfTheNormalDraws(int rank) {
        Fixture fixture = Fixture.random(rank, 0.5, 3 * rank, 20 + rank);
        double[] sample = new double[rank];
        fixture.equations().sample(new SplittableRandom(99), 0.7, sample);
        CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(rank, true);
        assertThat(cholesky.decompose(fixture.a().copy())).isTrue();
        DMatrixRMaj lower = cholesky.getT(null);
        DMatrixRMaj draws = new DMatrixRMaj(rank, 1);
        SplittableRandom same = new SplittableRandom(99);
        for (int i = 0; i < rank; i++) {
            draws.set(i, 0, same.nextGaussian());
        }
        DMatrixRMaj spread = new DMatrixRMaj(rank, 1);
        assertThat(CommonOps_DDRM.solve(CommonOps_DDRM.transpose(lower, null), draws, spread)).isTrue();
        DMatrixRMaj mean = new DMatrixRMaj(rank, 1);
        CommonOps_DDRM.mult(fixture.inverse(), fixture.b(), mean);
        for (int i = 0; i < rank; i++) {
            assertThat(sample[i]).isCloseTo(mean.get(i) + 0.7 * spread.get(i), within(TOLERANCE));
        }
    }
}
