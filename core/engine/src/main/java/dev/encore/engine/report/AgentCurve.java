package dev.encore.engine.report;

import dev.encore.engine.run.Curve;
import dev.encore.engine.run.TrialResult;
import java.util.List;

/**
 * One agent's cumulative regret and reward across its successful episodes: at each recorded step, the mean and its
 * 95% interval. The trials of one agent record the same steps (they depend only on the episode's length, the same in
 * every episode of a condition, and the points per curve), so its curves line up point by point; at a step it did
 * not record (one of another condition's), its estimate is missing (NaN).
 *
 * @param regret the cumulative regret at each step
 * @param reward the cumulative reward at each step
 */
record AgentCurve(Estimate[] regret, Estimate[] reward) {

    /** @param steps the steps of the chart, ascending: the agent's own and maybe others' */
    static AgentCurve of(List<TrialResult> results, long[] steps) {
        List<Curve> curves = results.stream().filter(TrialResult::isOk).map(TrialResult::curve).toList();
        Estimate[] regret = new Estimate[steps.length];
        Estimate[] reward = new Estimate[steps.length];
        double[] regrets = new double[curves.size()];
        double[] rewards = new double[curves.size()];
        Estimate missing = Statistics.tInterval(new double[0]);
        int point = 0;
        for (int s = 0; s < steps.length; s++) {
            if (curves.isEmpty() || point >= curves.get(0).size() || curves.get(0).step(point) != steps[s]) {
                regret[s] = missing;
                reward[s] = missing;
                continue;
            }
            for (int c = 0; c < curves.size(); c++) {
                regrets[c] = curves.get(c).cumulativeRegret(point);
                rewards[c] = curves.get(c).cumulativeReward(point);
            }
            regret[s] = Statistics.tInterval(regrets);
            reward[s] = Statistics.tInterval(rewards);
            point++;
        }
        return new AgentCurve(regret, reward);
    }
}
