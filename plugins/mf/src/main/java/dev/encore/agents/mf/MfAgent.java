package dev.encore.agents.mf;

import dev.encore.agents.kit.TopK;
import dev.encore.agents.kit.UnchosenCandidates;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.random.RandomGenerator;

/**
 * Recommends by a matrix factorisation of the ratings seen so far, {@code p_u . q_i} for listener u and song i, with
 * one of three kinds of exploration; learns by re-solving the listener's vector and the vectors of the songs just
 * heard, and every {@code refitEvery} steps all vectors.
 *
 * <p>At each step the listener's vector is solved afresh over the songs they heard (the song vectors have moved
 * since their last visit), which also gives its posterior {@code N(p_u, A_u^-1)} for the exploration. After the
 * slate is heard, the new ratings are added to those equations and solved again, then each song of the slate adds
 * the listener's new vector to its sums and is solved (see {@link Factorisation}). Ties are broken at random with
 * the agent's generator.
 */
final class MfAgent implements Agent {

    private static final int NO_LISTENER = -1;
    /** Relative margin of the squared comparison that turns candidates away: far above a few ulps of rounding. */
    private static final double SKIP_MARGIN = 1e-9;

    private final Factorisation model;
    private final int rank;
    private final NormalEquations listener;
    private final Exploration exploration;
    private final double epsilon;
    private final double alpha;
    private final double sigma;
    private final long refitEvery;
    private final RandomGenerator random;
    private final TopK top;
    private final UnchosenCandidates unchosen;
    private final double[] scores;
    private final double[] sampled;
    private final double[] listenerCovariance;
    private final int packed;
    private final int[] songs;
    private int preparedListener = NO_LISTENER;
    private long steps;

    MfAgent(Factorisation model, double lambda, Exploration exploration, double epsilon, double alpha,
            double sigma, long refitEvery, int slateSize, int catalogSize, RandomGenerator random) {
        this.model = model;
        this.rank = model.rank();
        this.listener = new NormalEquations(rank, lambda);
        this.exploration = exploration;
        this.epsilon = epsilon;
        this.alpha = alpha;
        this.sigma = sigma;
        this.refitEvery = refitEvery;
        this.random = random;
        this.top = new TopK(slateSize, random);
        this.unchosen = new UnchosenCandidates(slateSize);
        this.scores = new double[catalogSize];
        this.sampled = new double[rank];
        this.packed = NormalEquations.packedSize(rank);
        this.listenerCovariance = new double[packed];
        this.songs = new int[slateSize];
    }

    @Override
    public void recommend(Candidates candidates, int[] slate, int slateSize) {
        int user = candidates.user();
        model.solveListener(user, listener);
        preparedListener = user;
        int size = candidates.size();
        switch (exploration) {
            case EPSILON -> offer(candidates, listener.solution(), slateSize);
            case UCB -> offerOptimistically(candidates, slateSize);
            case THOMPSON -> offerSampled(candidates, slateSize);
        }
        if (exploration == Exploration.EPSILON && epsilon > 0) {
            fillExploring(slate, slateSize, size);
        } else {
            top.copyTo(slate, slateSize);
        }
    }

    /** Offers every candidate to the top k by {@code w . q_i}, w the listener vector {@code weights}. */
    private void offer(Candidates candidates, double[] weights, int slateSize) {
        score(candidates, weights);
        top.clear(slateSize);
        top.offerAll(scores, candidates.size());
    }

    /** {@code scores[c] = w . q_i}, i the song of candidate c, w the listener vector {@code weights}. */
    private void score(Candidates candidates, double[] weights) {
        double[] songVectors = model.songVectors();
        int size = candidates.size();
        if (rank == 3) {
            double w0 = weights[0];
            double w1 = weights[1];
            double w2 = weights[2];
            for (int c = 0; c < size; c++) {
                int at = candidates.item(c) * 3;
                scores[c] = w0 * songVectors[at] + w1 * songVectors[at + 1] + w2 * songVectors[at + 2];
            }
            return;
        }
        for (int c = 0; c < size; c++) {
            int at = candidates.item(c) * rank;
            double sum = 0.0;
            for (int j = 0; j < rank; j++) {
                sum += weights[j] * songVectors[at + j];
            }
            scores[c] = sum;
        }
    }

    /**
     * Offers every candidate to the top k by its upper bound {@code p_u . q + alpha sqrt(q^T A_u^-1 q + p_u^T A_i^-1
     * p_u)} with {@code q = q_i}, i the candidate's song: the variance of {@code p_u . q_i} to first order when both
     * vectors are uncertain, so that a song few listeners heard is tried, not only a listener still little known.
     */
    private void offerOptimistically(Candidates candidates, int slateSize) {
        top.clear(slateSize);
        if (alpha == 0) {
            score(candidates, listener.solution());
            top.offerAll(scores, candidates.size());
            return;
        }
        listener.inverse(listenerCovariance, 0);
        if (rank == 3) {
            offerOptimisticallyOfThree(candidates);
            return;
        }
        double[] listenerVector = listener.solution();
        double[] songVectors = model.songVectors();
        double[] songCovariances = model.songCovariances();
        int size = candidates.size();
        score(candidates, listenerVector);
        for (int c = 0; c < size; c++) {
            int song = candidates.item(c);
            double variance = NormalEquations.quadraticForm(listenerCovariance, 0, songVectors, song * rank, rank)
                    + NormalEquations.quadraticForm(songCovariances, song * packed, listenerVector, 0, rank);
            scores[c] += alpha * Math.sqrt(Math.max(variance, 0.0));
        }
        top.offerAll(scores, size);
    }

    /**
     * {@link #offerOptimistically} in 3 dimensions, in one pass with the listener's vector and covariance held in
     * registers. A candidate whose predicted rating falls short of the slate's worst score by more than its bonus is
     * turned away by comparing squares, without the square root: {@code p.q + alpha sqrt(v) < t} exactly when
     * {@code (t - p.q)^2 > alpha^2 v} with {@code t > p.q}; the comparison keeps a relative margin far above
     * rounding, so only candidates the top k would turn away anyway are skipped.
     */
    private void offerOptimisticallyOfThree(Candidates candidates) {
        double[] p = listener.solution();
        double p0 = p[0];
        double p1 = p[1];
        double p2 = p[2];
        // q^T M q and p^T C p as sums over the packed entries of M and C, off-diagonal ones counted twice
        double pp00 = p0 * p0;
        double pp10 = 2.0 * p1 * p0;
        double pp11 = p1 * p1;
        double pp20 = 2.0 * p2 * p0;
        double pp21 = 2.0 * p2 * p1;
        double pp22 = p2 * p2;
        double[] m = listenerCovariance;
        double m00 = m[0];
        double m10 = 2.0 * m[1];
        double m11 = m[2];
        double m20 = 2.0 * m[3];
        double m21 = 2.0 * m[4];
        double m22 = m[5];
        double[] songVectors = model.songVectors();
        double[] songCovariances = model.songCovariances();
        double alphaSquared = alpha * alpha * (1 + SKIP_MARGIN);
        double threshold = top.threshold();
        int size = candidates.size();
        for (int c = 0; c < size; c++) {
            int song = candidates.item(c);
            int at = song * 3;
            double q0 = songVectors[at];
            double q1 = songVectors[at + 1];
            double q2 = songVectors[at + 2];
            int cov = song * 6;
            double variance = q0 * (m00 * q0 + m10 * q1 + m20 * q2) + q1 * (m11 * q1 + m21 * q2) + m22 * q2 * q2
                    + pp00 * songCovariances[cov] + pp10 * songCovariances[cov + 1]
                    + pp11 * songCovariances[cov + 2] + pp20 * songCovariances[cov + 3]
                    + pp21 * songCovariances[cov + 4] + pp22 * songCovariances[cov + 5];
            double predicted = p0 * q0 + p1 * q1 + p2 * q2;
            double shortfall = threshold - predicted;
            if (shortfall > 0 && shortfall * shortfall > alphaSquared * variance) {
                continue;
            }
            top.offer(c, predicted + alpha * Math.sqrt(Math.max(variance, 0.0)));
            threshold = top.threshold();
        }
    }

    /**
     * Offers every candidate to the top k by a draw of its rating from the posterior: a listener vector {@code p~}
     * drawn from {@code N(p_u, sigma^2 A_u^-1)} once a step, then for each candidate {@code p~ . q~_i} with
     * {@code q~_i} drawn from {@code N(q_i, sigma^2 A_i^-1)}, which given {@code p~} is a normal draw of mean
     * {@code p~ . q_i} and variance {@code sigma^2 p~^T A_i^-1 p~}: one number a candidate.
     */
    private void offerSampled(Candidates candidates, int slateSize) {
        listener.sample(random, sigma, sampled);
        score(candidates, sampled);
        int size = candidates.size();
        if (sigma > 0) {
            double[] songCovariances = model.songCovariances();
            for (int c = 0; c < size; c++) {
                double variance = NormalEquations.quadraticForm(songCovariances, candidates.item(c) * packed, sampled,
                        0, rank);
                scores[c] += sigma * Math.sqrt(Math.max(variance, 0.0)) * random.nextGaussian();
            }
        }
        top.clear(slateSize);
        top.offerAll(scores, size);
    }

    /**
     * Fills the slate position by position: with probability epsilon a uniformly random candidate not yet in it,
     * otherwise the best-ranked one not yet in it.
     */
    private void fillExploring(int[] slate, int slateSize, int size) {
        unchosen.clear();
        int next = 0;
        for (int p = 0; p < slateSize; p++) {
            if (random.nextDouble() < epsilon) {
                slate[p] = unchosen.draw(size, random);
            } else {
                while (unchosen.isChosen(top.candidate(next))) {
                    next++;
                }
                slate[p] = top.candidate(next++);
                unchosen.choose(slate[p]);
            }
        }
    }

    @Override
    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        int user = candidates.user();
        if (preparedListener != user) {
            model.solveListener(user, listener);
        }
        preparedListener = NO_LISTENER;
        for (int p = 0; p < slateSize; p++) {
            songs[p] = candidates.item(slate[p]);
        }
        model.learn(user, listener, songs, rewards, slateSize);
        steps++;
        if (refitEvery > 0 && steps % refitEvery == 0) {
            model.refit();
        }
    }

    /** The factorisation, for tests that check it against direct solutions. */
    Factorisation model() {
        return model;
    }
}
