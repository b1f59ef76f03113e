package dev.encore.agents.mf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Ridge solutions and the factorisation's objective computed directly, with EJML, from a list of ratings. */
final class DirectRidge {

    /** One rating of a history. */
    record Rating(int listener, int song, double value) {
    }

    private DirectRidge() {
    }

    /** The listener's ridge solution over the songs they rated: {@code (lambda I + Q^T Q)^-1 Q^T r}. */
    static double[] ofListener(List<Rating> history, int listener, double[] songVectors, int rank, double lambda) {
        return solve(history.stream().filter(rating -> rating.listener() == listener).toList(), songVectors,
                Rating::song, rank, lambda);
    }

    /** The song's ridge solution over the listeners who rated it. */
    static double[] ofSong(List<Rating> history, int song, double[] listenerVectors, int rank, double lambda) {
        return solve(history.stream().filter(rating -> rating.song() == song).toList(), listenerVectors,
                Rating::listener, rank, lambda);
    }

    /** {@code (lambda I + sum q q^T)^-1} over the listener's songs' vectors: their posterior covariance. */
    static DMatrixRMaj listenerCovariance(List<Rating> history, int listener, double[] songVectors, int rank,
                                          double lambda) {
        DMatrixRMaj inverse = new DMatrixRMaj(rank, rank);
        assertThat(CommonOps_DDRM.invert(gram(history.stream().filter(rating -> rating.listener() == listener)
                .toList(), songVectors, Rating::song, rank, lambda), inverse)).isTrue();
        return inverse;
    }

    /** {@code (lambda I + sum v v^T)^-1} over the song's listeners' vectors: its posterior covariance. */
    static DMatrixRMaj songCovariance(List<Rating> history, int song, double[] listenerVectors, int rank,
                                      double lambda) {
        DMatrixRMaj inverse = new DMatrixRMaj(rank, rank);
        assertThat(CommonOps_DDRM.invert(gram(history.stream().filter(rating -> rating.song() == song).toList(),
                listenerVectors, Rating::listener, rank, lambda), inverse)).isTrue();
        return inverse;
    }

    /**
     * What alternating least squares minimises: the squared errors of the ratings plus {@code lambda} times the
     * squared norms of the vectors of every listener and song rated at least once.
     */
    static double objective(List<Rating> history, double[] listenerVectors, double[] songVectors, int rank,
                            double lambda) {
        double sum = 0.0;
        for (Rating rating : history) {
            double predicted = 0.0;
            for (int j = 0; j < rank; j++) {
                predicted += listenerVectors[rating.listener() * rank + j] * songVectors[rating.song() * rank + j];
            }
            sum += (rating.value() - predicted) * (rating.value() - predicted);
        }
        sum += lambda * squaredNorms(history.stream().mapToInt(Rating::listener).distinct().toArray(),
                listenerVectors, rank);
        sum += lambda * squaredNorms(history.stream().mapToInt(Rating::song).distinct().toArray(), songVectors, rank);
        return sum;
    }

    private static double squaredNorms(int[] rows, double[] vectors, int rank) {
        double sum = 0.0;
        for (int row : rows) {
            for (int j = 0; j < rank; j++) {
                sum += vectors[row * rank + j] * vectors[row * rank + j];
            }
        }
        return sum;
    }

    private static DMatrixRMaj gram(List<Rating> ratings, double[] vectors, ToIntFunction<Rating> other, int rank,
                                    double lambda) {
        DMatrixRMaj a = CommonOps_DDRM.identity(rank);
        CommonOps_DDRM.scale(lambda, a);
        for (Rating rating : ratings) {
            DMatrixRMaj v = row(vectors, other.applyAsInt(rating), rank);
            CommonOps_DDRM.multAddTransB(v, v, a);
        }
        return a;
    }

    private static double[] solve(List<Rating> ratings, double[] vectors, ToIntFunction<Rating> other, int rank,
                                  double lambda) {
        DMatrixRMaj b = new DMatrixRMaj(rank, 1);
        for (Rating rating : ratings) {
            CommonOps_DDRM.addEquals(b, rating.value(), row(vectors, other.applyAsInt(rating), rank));
        }
        DMatrixRMaj solution = new DMatrixRMaj(rank, 1);
        assertThat(CommonOps_DDRM.solve(gram(ratings, vectors, other, rank, lambda), b, solution)).isTrue();
        return solution.data;
    }

    private static DMatrixRMaj row(double[] vectors, int index, int rank) {
        DMatrixRMaj v = new DMatrixRMaj(rank, 1);
        for (int j = 0; j < rank; j++) {
            v.set(j, 0, vectors[index * rank + j]);
        }
        return v;
    }
}
