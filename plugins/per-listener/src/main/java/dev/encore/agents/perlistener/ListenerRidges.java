package dev.encore.agents.perlistener;

/**
 * One ridge regression per listener, {@code A_u = lambda I + sum x x^T}, {@code b_u = sum r x},
 * {@code theta_u = A_u^-1 b_u}, over the observations of that listener alone, all held in two flat arrays sized at
 * creation: {@code users x d x d} doubles for the inverses and {@code users x d} for the coefficients.
 *
 * <p>Neither A_u nor b_u is kept: {@code A_u^-1} is updated by the Sherman-Morrison formula and theta_u by the
 * matching recursive least-squares step, {@code theta_u += A_u'^-1 x (r - theta_u . x)}, so an observation costs
 * O(d^2) and allocates nothing.
 */
final class ListenerRidges {

    private final int dimension;
    private final int users;
    /** Every listener's {@code A_u^-1}, row-major, one after another; each kept exactly symmetric. */
    private final double[] inverses;
    /** Every listener's theta_u, one after another. */
    private final double[] thetas;
    /** {@code A_u^-1 x} of the observation being learnt. */
    private final double[] gain;

    /**
     * @param users the number of listeners: ids run from 0 to {@code users - 1}
     * @param dimension the length of the feature vectors
     * @param lambda the regularisation, greater than 0
     */
    ListenerRidges(int users, int dimension, double lambda) {
        this.dimension = dimension;
        this.users = users;
        this.inverses = new double[FlatArrays.size(users, (long) dimension * dimension, "listeners x features^2")];
        this.thetas = new double[FlatArrays.size(users, dimension, "listeners x features")];
        this.gain = new double[dimension];
        double prior = 1.0 / lambda;
        int block = dimension * dimension;
        for (int user = 0; user < users; user++) {
            for (int i = 0; i < dimension; i++) {
                inverses[user * block + i * dimension + i] = prior;
            }
        }
    }

    int users() {
        return users;
    }

    /** The length of the rows each model is learnt on. */
    int dimension() {
        return dimension;
    }

    /** Every listener's {@code A_u^-1}: listener u's starts at {@link #inverseOffset}. Read only. */
    double[] inverses() {
        return inverses;
    }

    int inverseOffset(int user) {
        return user * dimension * dimension;
    }

    /** Every listener's theta_u: listener u's starts at {@link #thetaOffset}. Read only. */
    double[] thetas() {
        return thetas;
    }

    int thetaOffset(int user) {
        return user * dimension;
    }

    /** Entry {@code (i, j)} of listener {@code user}'s {@code A_u^-1}. */
    double inverse(int user, int i, int j) {
        return inverses[inverseOffset(user) + i * dimension + j];
    }

    /** Coefficient {@code j} of listener {@code user}'s theta_u. */
    double theta(int user, int j) {
        return thetas[thetaOffset(user) + j];
    }

    /** Learns that listener {@code user} gave {@code reward} to the features at {@code features[offset ..]}. */
    void learn(int user, double[] features, int offset, double reward) {
        int d = dimension;
        int m = inverseOffset(user);
        int t = thetaOffset(user);
        double quadratic = 0.0;
        double predicted = 0.0;
        for (int i = 0; i < d; i++) {
            int row = m + i * d;
            double g = 0.0;
            for (int j = 0; j < d; j++) {
                g += inverses[row + j] * features[offset + j];
            }
            gain[i] = g;
            quadratic += features[offset + i] * g;
            predicted += thetas[t + i] * features[offset + i];
        }
        double denominator = 1.0 + quadratic;
        double step = (reward - predicted) / denominator;
        for (int i = 0; i < d; i++) {
            thetas[t + i] += gain[i] * step;
        }
        // Sherman-Morrison: (A + x x^T)^-1 = A^-1 - (A^-1 x)(A^-1 x)^T / (1 + x^T A^-1 x); upper half, mirrored
        for (int i = 0; i < d; i++) {
            double scaled = gain[i] / denominator;
            int row = m + i * d;
            for (int j = i; j < d; j++) {
                double value = inverses[row + j] - scaled * gain[j];
                inverses[row + j] = value;
                inverses[m + j * d + i] = value;
            }
        }
    }
}
