package dev.encore.engine.report;

import dev.encore.engine.run.Curve;
import dev.encore.engine.run.TrialResult;
import java.util.List;

/**
 * One agent's cumulative regret and reward across its successful episodes: at each recorded step, the mean and its
 * 95% interval. Every trial of an experiment records the same steps (they depend only on the episode's length and
 * the points per curve), so the curves line up point by point.
 *
 * @param regret the cumulative regret at each point
 * @param reward the cumulative reward at each point
 */
record AgentCurve(Estimate[] regret, Estimate[] reward) {

    static AgentCurve of(List<TrialResult> results, int points) {
        List<Curve> curves = results.stream().filter(TrialResult::isOk).map(TrialResult::curve).toList();
        Estimate[] regret = new Estimate[points];
        Estimate[] reward = new Estimate[points];
        double[] regrets = new double[curves.size()];
        double[] rewards = new double[curves.size()];
        for (int point = 0; point < points; point++) {
            for (int c = 0; c < curves.size(); c++) {
                regrets[c] = curves.get(c).cumulativeRegret(point);
                rewards[c] = curves.get(c).cumulativeReward(point);
            }
            regret[point] = Statistics.tInterval(regrets);
            reward[point] = Statistics.tInterval(rewards);
        }
        return new AgentCurve(regret, reward);
    }
}
