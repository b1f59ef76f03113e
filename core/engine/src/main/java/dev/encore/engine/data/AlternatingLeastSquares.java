package dev.encore.engine.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Fits a {@link Factorization} to the logged pairs of a strength matrix by alternating least squares: it minimises
 * the squared error on the logged pairs plus {@code regularization} times each vector's squared length times the
 * number of pairs it takes part in (the weighted regularisation of Zhou et al., 2008, which keeps one setting right
 * for light and heavy listeners alike). Unlogged pairs are not data: their ratings are what the vectors imply.
 *
 * <p>Deterministic: song vectors start from a fixed seed, then each sweep solves every listener's vector with the
 * songs' held fixed and every song's with the listeners' fixed (small symmetric positive-definite systems, solved by
 * Cholesky decomposition), a fixed number of sweeps.
 */
public final class AlternatingLeastSquares {

    /** Where the song vectors start: the fit is the same for the same log, mapping and settings. */
    static final long INITIAL_SEED = 2020;

    private AlternatingLeastSquares() {
    }

    /**
     * @param strengths listeners x songs, as {@link StrengthMatrix#byUser} builds it
     * @param rank the length of the vectors: {@code hidden} of the environment
     * @param regularization the weight of the vectors' lengths, above 0
     * @param sweeps how many times every vector is solved
     */
    public static Factorization fit(StrengthMatrix strengths, int rank, double regularization, int sweeps) {
        if (rank < 1 || !(regularization > 0) || sweeps < 1) {
            throw new IllegalArgumentException("rank " + rank + ", regularization " + regularization + ", sweeps "
                    + sweeps + ": allowed rank >= 1, regularization > 0, sweeps >= 1");
        }
        StrengthMatrix byItem = strengths.transpose();
        double[] users = new double[Math.multiplyExact(strengths.rows(), rank)];
        double[] items = new double[Math.multiplyExact(strengths.columns(), rank)];
        SplittableRandom random = new SplittableRandom(INITIAL_SEED);
        for (int i = 0; i < items.length; i++) {
            items[i] = random.nextDouble(0.0, 1.0);
        }
        Solver solver = new Solver(rank, regularization);
        for (int sweep = 0; sweep < sweeps; sweep++) {
            solver.solveRows(strengths, items, users);
            solver.solveRows(byItem, users, items);
        }
        return new Factorization(rank, users, items);
    }

    /** Solves ridge regressions of one size, reusing its matrices. */
    private static final class Solver {

        private final int rank;
        private final double regularization;
        private final DMatrixRMaj gram;
        private final DMatrixRMaj target;
        private final DMatrixRMaj solution;
        private final LinearSolverDense<DMatrixRMaj> cholesky;

        Solver(int rank, double regularization) {
            this.rank = rank;
            this.regularization = regularization;
            this.gram = new DMatrixRMaj(rank, rank);
            this.target = new DMatrixRMaj(rank, 1);
            this.solution = new DMatrixRMaj(rank, 1);
            this.cholesky = LinearSolverFactory_DDRM.chol(rank);
        }

        /** Each row's vector, given the vectors of its columns: (sum q q^T + lambda n I) p = sum r q. */
        void solveRows(StrengthMatrix matrix, double[] fixed, double[] solved) {
            double[] a = gram.data;
            double[] b = target.data;
            for (int row = 0; row < matrix.rows(); row++) {
                int start = matrix.start(row);
                int end = matrix.end(row);
                Arrays.fill(a, 0.0);
                Arrays.fill(b, 0.0);
                for (int k = start; k < end; k++) {
                    int offset = matrix.column(k) * rank;
                    double strength = matrix.value(k);
                    for (int i = 0; i < rank; i++) {
                        double qi = fixed[offset + i];
                        b[i] += strength * qi;
                        for (int j = 0; j <= i; j++) {
                            a[i * rank + j] += qi * fixed[offset + j];
                        }
                    }
                }
                double ridge = regularization * Math.max(1, end - start);
                for (int i = 0; i < rank; i++) {
                    a[i * rank + i] += ridge;
                    for (int j = 0; j < i; j++) {
                        a[j * rank + i] = a[i * rank + j];
                    }
                }
                if (!cholesky.setA(gram)) {
                    throw new IllegalStateException("ridge system of row " + row + " is not positive definite");
                }
                cholesky.solve(target, solution);
                System.arraycopy(solution.data, 0, solved, row * rank, rank);
            }
        }
    }
}
