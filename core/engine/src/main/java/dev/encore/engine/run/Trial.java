package dev.encore.engine.run;

import dev.encore.engine.environment.Environment;
import dev.encore.engine.environment.TopValues;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;

/**
 * One agent playing one episode: the per-step loop. Every buffer is allocated here, once, so the loop itself
 * allocates nothing, timing included.
 */
public final class Trial {

    private final Environment environment;
    private final Agent agent;
    private final int slateSize;
    private final int[] slate;
    private final double[] rewards;
    private final TopValues rewardSum;
    private final SlateChecker checker;
    private final TrialTimers timers;

    /** A trial that times nothing. */
    public Trial(Environment environment, Agent agent, int slateSize) {
        this(environment, agent, slateSize, null);
    }

    /**
     * @param timers where the sampled steps' durations go (see {@link TrialTimers#SAMPLE_EVERY}), or null
     */
    public Trial(Environment environment, Agent agent, int slateSize, TrialTimers timers) {
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
        this.timers = timers;
    }

    /**
     * Plays an episode from {@code seed} for {@code length} steps, or until the catalog is exhausted.
     *
     * @return the trace, with the steps played and the final totals
     * @throws TrialFault when the agent throws or recommends an invalid slate, or the environment throws or returns a
     *     reward that is not a finite number: it names the step and the call
     */
    public RegretTrace run(long seed, EpisodeLength length, int points) {
        long steps = length.resolve(environment, slateSize);
        RegretTrace trace = new RegretTrace(RegretTrace.schedule(steps, points));
        environment.reset(seed);
        Candidates candidates = environment.candidates();
        double cumulativeRegret = 0.0;
        double cumulativeReward = 0.0;
        long nextTimed = timers == null ? Long.MAX_VALUE : 1;
        long step = 1;
        TrialFault.Call call = TrialFault.Call.RECOMMEND;
        try {
            for (; step <= steps; step++) {
                boolean timed = step == nextTimed;
                long start = timed ? System.nanoTime() : 0L;
                int size = Math.min(slateSize, candidates.size());
                call = TrialFault.Call.RECOMMEND;
                agent.recommend(candidates, slate, size);
                long recommended = timed ? System.nanoTime() : 0L;
                call = TrialFault.Call.STEP;
                checker.check(slate, size, candidates.size());
                double best = environment.step(slate, size, rewards);
                double reward = rewardSum.sumOf(rewards, size);
                double regret = best - reward;
                // one test a step, before the agent learns from them: a NaN or infinite reward or best slate makes
                // the regret so
                if (!Double.isFinite(regret)) {
                    throw BadRewardException.of(rewards, size, best, slate, candidates);
                }
                long stepped = timed ? System.nanoTime() : 0L;
                call = TrialFault.Call.LEARN;
                agent.learn(candidates, slate, rewards, size);
                if (timed) {
                    timers.record(recommended - start, stepped - recommended, System.nanoTime() - stepped);
                    nextTimed += TrialTimers.SAMPLE_EVERY;
                }
                cumulativeRegret += regret;
                cumulativeReward += reward;
                trace.record(step, cumulativeRegret, cumulativeReward);
                call = TrialFault.Call.STEP;
                if (step < steps && !environment.advance()) {
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            throw new TrialFault(call, step, e);
        }
        trace.finish();
        return trace;
    }
}
