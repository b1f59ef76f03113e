package dev.encore.agents.mf;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.Arrays;
import java.util.List;

/** {@code mf}: matrix factorisation of the listener x song ratings, by alternating least squares. */
public final class MfAgentFactory implements AgentFactory {

    static final ParameterSpec RANK = ParameterSpec.integer("rank", 3,
            "dimensions of the listener and song vectors: a rating is estimated as p_u . q_i").atLeast(1).atMost(64);

    static final ParameterSpec LAMBDA = ParameterSpec.real("lambda", 0.1,
            "ridge regularisation of every listener's and song's least squares: the weight of the prior 0")
            .above(0);

    static final ParameterSpec EXPLORATION = ParameterSpec.choice("exploration", "ucb",
            "how songs the model is unsure of get tried: epsilon (random songs), ucb (optimism from the listener's "
                    + "and the songs' posteriors) or thompson (vectors drawn from them)",
            Arrays.stream(Exploration.values()).map(Exploration::word).toList());

    static final ParameterSpec EPSILON = ParameterSpec.real("epsilon", 0.05,
            "exploration epsilon: chance that a slate position holds a random candidate").atLeast(0).atMost(1);

    static final ParameterSpec ALPHA = ParameterSpec.real("alpha", 0.8,
            "exploration ucb: weight of the bonus sqrt(q_i^T A_u^-1 q_i + p_u^T A_i^-1 p_u); 0 makes the agent "
                    + "greedy").atLeast(0);

    static final ParameterSpec SIGMA = ParameterSpec.real("sigma", 1.0,
            "exploration thompson: vectors are drawn from N(p_u, sigma^2 A_u^-1) and N(q_i, sigma^2 A_i^-1); 0 makes "
                    + "the agent greedy").atLeast(0);

    static final ParameterSpec REFIT_EVERY = ParameterSpec.integer("refit-every", 10_000,
            "steps between full refits (one sweep over every listener and song); 0 refits only the listener and "
                    + "songs of each step").atLeast(0);

    /**
     * Room for the ratings of this many steps is made at once when the episode's length is not known; the rating
     * lists grow by doubling beyond.
     */
    private static final int STEPS_WITHOUT_HORIZON = 1 << 16;
    /** The most ratings room is made for at once, however long the episode: beyond, the lists grow. */
    private static final long MOST_RATINGS_AT_ONCE = 1 << 22;

    @Override
    public String name() {
        return "mf";
    }

    @Override
    public String description() {
        return "ALS matrix factorisation (Zhou et al., 2008), exploring by UCB on both factors "
                + "(Wang et al., 2017), Thompson sampling or epsilon.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(RANK, LAMBDA, EXPLORATION, EPSILON, ALPHA, SIGMA, REFIT_EVERY);
    }

    @Override
    public Agent create(AgentContext context) {
        int rank = (int) context.integer(RANK.name());
        double lambda = context.real(LAMBDA.name());
        int slateSize = context.slateSize();
        long steps = context.horizon().orElse(STEPS_WITHOUT_HORIZON);
        long possible = (long) context.users() * context.catalogSize();
        int expectedRatings = (int) Math.min(Math.min(steps * slateSize, possible), MOST_RATINGS_AT_ONCE);
        Factorisation model = new Factorisation(context.users(), context.catalogSize(), rank, lambda,
                expectedRatings, context.random());
        return new MfAgent(model, lambda, Exploration.of(context.choice(EXPLORATION.name())),
                context.real(EPSILON.name()), context.real(ALPHA.name()), context.real(SIGMA.name()),
                context.integer(REFIT_EVERY.name()), slateSize, context.catalogSize(), context.random());
    }
}
