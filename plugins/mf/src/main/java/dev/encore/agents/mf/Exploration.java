package dev.encore.agents.mf;

import java.util.Locale;

/** How the agent tries songs its factorisation is unsure of, named as the {@code exploration} parameter's words. */
enum Exploration {
    /** Each slate position is, with probability epsilon, a uniformly random candidate. */
    EPSILON,
    /** Upper confidence bound from the listener's posterior: {@code p_u . q + alpha sqrt(q^T A_u^-1 q)}. */
    UCB,
    /**
     * Thompson sampling: scores {@code p~ . q~_i} with {@code p~} drawn from {@code N(p_u, sigma^2 A_u^-1)} and each
     * {@code q~_i} from {@code N(q_i, sigma^2 A_i^-1)}.
     */
    THOMPSON;

    /** The parameter's word for this exploration. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The exploration named {@code word}, one of {@link #word()}'s values. */
    static Exploration of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
