package dev.encore.agents.perlistener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymmetricInverseTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6, 10})
    void invertsAPositiveDefiniteMatrixAsADirectInverseDoesAndKeepsItSymmetric(int dimension) {
        DMatrixRMaj a = RandomMatrices_DDRM.symmetricPosDef(dimension, new Random(dimension));
        CommonOps_DDRM.scale(100, a);
        double[] inverse = new double[dimension * dimension];
        new SymmetricInverse(dimension).invert(a.data.clone(), inverse);
        DMatrixRMaj expected = new DMatrixRMaj(dimension, dimension);
        assertThat(CommonOps_DDRM.invert(a, expected)).isTrue();
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                assertThat(inverse[i * dimension + j])
                        .isCloseTo(expected.get(i, j), within(1e-10 * CommonOps_DDRM.elementMaxAbs(expected)));
                assertThat(inverse[i * dimension + j]).isEqualTo(inverse[j * dimension + i]);
            }
        }
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        double[] indefinite = {1, 2, 2, 1};
        assertThatThrownBy(() -> new SymmetricInverse(2).invert(indefinite, new double[4]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the shared model's matrix A0 is not positive definite (pivot 1 is -3.0): a feature is "
                        + "NaN or infinite, or too large");
    }
}
