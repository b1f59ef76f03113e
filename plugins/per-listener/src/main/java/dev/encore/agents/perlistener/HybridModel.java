package dev.encore.agents.perlistener;

/**
 * The linear model of hybrid LinUCB (Li et al., 2010, Algorithm 2) with listeners as the arms: a payoff
 * {@code z . beta + x . theta_u}, where z (all {@code k} features of a candidate) has coefficients beta shared by
 * every listener and x (the {@code d} listener-specific columns, a selection of the features) has coefficients
 * theta_u of listener u's own.
 *
 * <p>Kept as the paper keeps it, with the ridge {@code lambda} in place of its identity: shared
 * {@code A0 = lambda I_k}, {@code b0 = 0}; per listener {@code A_u^-1 = I_d / lambda}, {@code B_u = 0} (d x k),
 * {@code b_u = 0}. An observation (z, x, r) of listener u updates
 * <pre>
 *   A0 += B_u^T A_u^-1 B_u            b0 += B_u^T A_u^-1 b_u
 *   A_u += x x^T (Sherman-Morrison)   B_u += x z^T               b_u += r x
 *   A0 += z z^T - B_u^T A_u^-1 B_u    b0 += r z - B_u^T A_u^-1 b_u
 * </pre>
 * and then {@code beta = A0^-1 b0}, {@code theta_u = A_u^-1 (b_u - B_u beta)}: together the ridge solution of the
 * joint regression on [z, x in listener u's block]. A candidate's variance is
 * {@code s = z^T A0^-1 z - 2 z^T A0^-1 B_u^T A_u^-1 x + x^T A_u^-1 x + x^T A_u^-1 B_u A0^-1 B_u^T A_u^-1 x}.
 *
 * <p>Since x is a selection P of z's columns, both are linear in the feature vector f: with
 * {@code M = A_u^-1 B_u} and {@code G = I - M^T P}, {@code s = (G f)^T A0^-1 (G f) + (P f)^T A_u^-1 (P f)}
 * {@code = f^T Q f} and the payoff is {@code f . w} with {@code w = beta + P^T theta_u}. {@link #prepare} computes
 * w and Q once a step for the step's listener, O(k^3), and a candidate then costs what it costs shared LinUCB:
 * one dot product and one quadratic form in k features.
 */
final class HybridModel {

    private final int features;
    private final int[] listenerColumns;

    // shared: A0 and b0 as the paper keeps them, A0^-1 and beta solved from them when a step needs them
    private final double[] shared;
    private final double[] sharedTarget;
    private final double[] sharedInverse;
    private final double[] beta;
    private final SymmetricInverse inversion;
    private boolean solved;

    // per listener, flat: A_u^-1 (d x d), B_u (d x k), b_u (d)
    private final double[] inverses;
    private final double[] cross;
    private final double[] targets;

    // the prepared listener's theta_u, payoff weights w and variance matrix Q
    private final double[] theta;
    private final double[] weights;
    private final double[] quadratic;

    // work space
    private final double[] x;
    private final double[] gain;
    private final double[] inverseTimesTarget;
    private final double[] inverseTimesCross;
    private final double[] g;
    private final double[] inverseTimesG;

    /**
     * @param users the number of listeners: ids run from 0 to {@code users - 1}
     * @param features k, the length of the feature vectors: all of them are z
     * @param listenerColumns the columns of the feature vector that make x, ascending, each below {@code features}
     * @param lambda the regularisation, greater than 0
     */
    HybridModel(int users, int features, int[] listenerColumns, double lambda) {
        int k = features;
        int d = listenerColumns.length;
        this.features = k;
        this.listenerColumns = listenerColumns.clone();
        this.shared = new double[k * k];
        this.sharedTarget = new double[k];
        this.sharedInverse = new double[k * k];
        this.beta = new double[k];
        this.inversion = new SymmetricInverse(k);
        this.inverses = new double[FlatArrays.size(users, (long) d * d, "listeners x listener columns^2")];
        this.cross = new double[FlatArrays.size(users, (long) d * k, "listeners x listener columns x features")];
        this.targets = new double[FlatArrays.size(users, d, "listeners x listener columns")];
        this.theta = new double[d];
        this.weights = new double[k];
        this.quadratic = new double[k * k];
        this.x = new double[d];
        this.gain = new double[d];
        this.inverseTimesTarget = new double[d];
        this.inverseTimesCross = new double[d * k];
        this.g = new double[k * k];
        this.inverseTimesG = new double[k * k];
        for (int i = 0; i < k; i++) {
            shared[i * k + i] = lambda;
        }
        for (int user = 0; user < users; user++) {
            for (int r = 0; r < d; r++) {
                inverses[user * d * d + r * d + r] = 1.0 / lambda;
            }
        }
    }

    /** Learns that listener {@code user} gave {@code reward} to the features at {@code f[offset ..]}. */
    void learn(int user, double[] f, int offset, double reward) {
        int k = features;
        int d = listenerColumns.length;
        addListenerTerm(user, 1.0);
        for (int r = 0; r < d; r++) {
            x[r] = f[offset + listenerColumns[r]];
        }
        shermanMorrison(user);
        int c = user * d * k;
        int t = user * d;
        for (int r = 0; r < d; r++) {
            double xr = x[r];
            for (int a = 0; a < k; a++) {
                cross[c + r * k + a] += xr * f[offset + a];
            }
            targets[t + r] += reward * xr;
        }
        for (int a = 0; a < k; a++) {
            double za = f[offset + a];
            for (int b = 0; b < k; b++) {
                shared[a * k + b] += za * f[offset + b];
            }
            sharedTarget[a] += reward * za;
        }
        addListenerTerm(user, -1.0);
        solved = false;
    }

    /** {@code A0 += sign B_u^T A_u^-1 B_u}, {@code b0 += sign B_u^T A_u^-1 b_u}. */
    private void addListenerTerm(int user, double sign) {
        int k = features;
        int d = listenerColumns.length;
        multiplyInverseByCross(user);
        int m = user * d * d;
        int t = user * d;
        for (int r = 0; r < d; r++) {
            double sum = 0.0;
            for (int s = 0; s < d; s++) {
                sum += inverses[m + r * d + s] * targets[t + s];
            }
            inverseTimesTarget[r] = sum;
        }
        int c = user * d * k;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double sum = 0.0;
                for (int r = 0; r < d; r++) {
                    sum += cross[c + r * k + a] * inverseTimesCross[r * k + b];
                }
                shared[a * k + b] += sign * sum;
                if (b != a) {
                    shared[b * k + a] = shared[a * k + b];
                }
            }
            double sum = 0.0;
            for (int r = 0; r < d; r++) {
                sum += cross[c + r * k + a] * inverseTimesTarget[r];
            }
            sharedTarget[a] += sign * sum;
        }
    }

    /** {@code M = A_u^-1 B_u} into {@link #inverseTimesCross}. */
    private void multiplyInverseByCross(int user) {
        int k = features;
        int d = listenerColumns.length;
        int m = user * d * d;
        int c = user * d * k;
        for (int r = 0; r < d; r++) {
            for (int a = 0; a < k; a++) {
                double sum = 0.0;
                for (int s = 0; s < d; s++) {
                    sum += inverses[m + r * d + s] * cross[c + s * k + a];
                }
                inverseTimesCross[r * k + a] = sum;
            }
        }
    }

    /** {@code A_u^-1 <- (A_u + x x^T)^-1}, upper half computed and mirrored so it stays exactly symmetric. */
    private void shermanMorrison(int user) {
        int d = listenerColumns.length;
        int m = user * d * d;
        double quadraticForm = 0.0;
        for (int r = 0; r < d; r++) {
            double sum = 0.0;
            for (int s = 0; s < d; s++) {
                sum += inverses[m + r * d + s] * x[s];
            }
            gain[r] = sum;
            quadraticForm += x[r] * sum;
        }
        double denominator = 1.0 + quadraticForm;
        for (int r = 0; r < d; r++) {
            double scaled = gain[r] / denominator;
            for (int s = r; s < d; s++) {
                double value = inverses[m + r * d + s] - scaled * gain[s];
                inverses[m + r * d + s] = value;
                inverses[m + s * d + r] = value;
            }
        }
    }

    /** Solves {@code beta = A0^-1 b0} unless nothing was learnt since the last time. */
    private void solveShared() {
        if (solved) {
            return;
        }
        int k = features;
        inversion.invert(shared, sharedInverse);
        for (int a = 0; a < k; a++) {
            double sum = 0.0;
            for (int b = 0; b < k; b++) {
                sum += sharedInverse[a * k + b] * sharedTarget[b];
            }
            beta[a] = sum;
        }
        solved = true;
    }

    /**
     * Computes, for listener {@code user}, theta_u, the payoff weights w ({@link #weights}) and the variance matrix
     * Q ({@link #quadratic}).
     */
    void prepare(int user) {
        int k = features;
        int d = listenerColumns.length;
        solveShared();
        multiplyInverseByCross(user);
        // theta_u = A_u^-1 b_u - M beta
        int m = user * d * d;
        int t = user * d;
        for (int r = 0; r < d; r++) {
            double sum = 0.0;
            for (int s = 0; s < d; s++) {
                sum += inverses[m + r * d + s] * targets[t + s];
            }
            for (int a = 0; a < k; a++) {
                sum -= inverseTimesCross[r * k + a] * beta[a];
            }
            theta[r] = sum;
        }
        System.arraycopy(beta, 0, weights, 0, k);
        for (int r = 0; r < d; r++) {
            weights[listenerColumns[r]] += theta[r];
        }
        // G = I - M^T P, then Q = G^T A0^-1 G + P^T A_u^-1 P
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                g[a * k + b] = a == b ? 1.0 : 0.0;
            }
        }
        for (int r = 0; r < d; r++) {
            int column = listenerColumns[r];
            for (int a = 0; a < k; a++) {
                g[a * k + column] -= inverseTimesCross[r * k + a];
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += sharedInverse[a * k + p] * g[p * k + b];
                }
                inverseTimesG[a * k + b] = sum;
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += g[p * k + a] * inverseTimesG[p * k + b];
                }
                quadratic[a * k + b] = sum;
                quadratic[b * k + a] = sum;
            }
        }
        for (int r = 0; r < d; r++) {
            for (int s = 0; s < d; s++) {
                quadratic[listenerColumns[r] * k + listenerColumns[s]] += inverses[m + r * d + s];
            }
        }
    }

    /** The payoff weights w of the prepared listener: {@code f . w = z . beta + x . theta_u}. Read only. */
    double[] weights() {
        return weights;
    }

    /** The variance matrix Q of the prepared listener, row-major and symmetric: {@code s = f^T Q f}. Read only. */
    double[] quadratic() {
        return quadratic;
    }

    /** Coefficient {@code a} of the shared beta, as of the last {@link #prepare}. */
    double beta(int a) {
        return beta[a];
    }

    /** Coefficient {@code r} of the prepared listener's theta_u, on listener column {@code r}. */
    double theta(int r) {
        return theta[r];
    }
}
