package dev.encore.engine.run;

import dev.encore.engine.environment.Environment;
import dev.encore.engine.environment.TopValues;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;

/**
 * One agent playing one episode: the per-step loop. Every buffer is allocated here, once, so the loop itself
 * allocates nothing.
 */
public final class Trial {

    private final Environment environment;
    private final Agent agent;
    private final int slateSize;
    private final int[] slate;
    private final double[] rewards;
    private final TopValues rewardSum;
    private final SlateChecker checker;

    public Trial(Environment environment, Agent agent, int slateSize) {
        if (slateSize < 1 || slateSize > environment.items()) {
            throw new IllegalArgumentException("slate = " + slateSize + " is out of range: allowed 1 to "
                    + environment.items() + " (the catalog's songs)");
        }
        this.environment = environment;
        this.agent = agent;
        this.slateSize = slateSize;
        this.slate = new int[slateSize];
        this.rewards = new double[slateSize];
        this.rewardSum = new TopValues(slateSize);
        this.checker = new SlateChecker(environment.items());
    }

    /**
     * Plays an episode from {@code seed} for {@code length} steps, or until the catalog is exhausted.
     *
     * @return the trace, with the steps played and the final totals
     * @throws BadSlateException when the agent recommends an invalid slate
     */
    public RegretTrace run(long seed, EpisodeLength length, int points) {
        long steps = length.resolve(environment, slateSize);
        RegretTrace trace = new RegretTrace(RegretTrace.schedule(steps, points));
        environment.reset(seed);
        Candidates candidates = environment.candidates();
        double cumulativeRegret = 0.0;
        double cumulativeReward = 0.0;
        for (long step = 1; step <= steps; step++) {
            int size = Math.min(slateSize, candidates.size());
            agent.recommend(candidates, slate, size);
            checker.check(slate, size, candidates.size());
            double best = environment.step(slate, size, rewards);
            agent.learn(candidates, slate, rewards, size);
            double reward = rewardSum.sumOf(rewards, size);
            cumulativeRegret += best - reward;
            cumulativeReward += reward;
            trace.record(step, cumulativeRegret, cumulativeReward);
            if (step < steps && !environment.advance()) {
                break;
            }
        }
        trace.finish();
        return trace;
    }
}
