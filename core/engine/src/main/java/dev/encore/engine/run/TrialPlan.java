package dev.encore.engine.run;

import dev.encore.engine.random.Seeds;
import dev.encore.engine.spec.AgentChoice;
import java.io.Serializable;

/**
 * One trial to play, as plain data: an agent variant of the experiment in one environment condition on one
 * episode, with its seeds. With the experiment's spec, it is all a machine needs to play the trial.
 *
 * @param condition the position of the environment's condition
 * @param agentIndex the position of the agent variant among the experiment's: results are ordered by condition,
 *     then agent, then episode
 * @param label the agent variant's label
 * @param agentName the agent's name, as its plugin gives it
 * @param episode from 0
 * @param environmentSeed the episode's environment seed, the same for every agent in every condition (common random
 *     numbers)
 * @param agentSeed the seed of the agent's own generator, from the experiment seed, label and episode
 */
public record TrialPlan(int condition, int agentIndex, String label, String agentName, int episode,
                        long environmentSeed, long agentSeed) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static TrialPlan of(long experimentSeed, int condition, int agentIndex, AgentChoice choice, int episode) {
        return new TrialPlan(condition, agentIndex, choice.label(), choice.agent().name(), episode,
                Seeds.environmentSeed(experimentSeed, episode),
                Seeds.agentSeed(experimentSeed, choice.label(), episode));
    }
}
