package dev.encore.engine.run;

import dev.encore.engine.random.Seeds;
import dev.encore.engine.spec.AgentChoice;

/**
 * One trial to play: an agent of the experiment on one episode, with its seeds.
 *
 * @param agentIndex the agent's position in the spec: results are ordered by it, then by episode
 * @param choice the agent, its label and parameters
 * @param episode from 0
 * @param environmentSeed the episode's environment seed, the same for every agent (common random numbers)
 * @param agentSeed the seed of the agent's own generator, from the experiment seed, label and episode
 */
public record TrialPlan(int agentIndex, AgentChoice choice, int episode, long environmentSeed, long agentSeed) {

    public static TrialPlan of(long experimentSeed, int agentIndex, AgentChoice choice, int episode) {
        return new TrialPlan(agentIndex, choice, episode, Seeds.environmentSeed(experimentSeed, episode),
                Seeds.agentSeed(experimentSeed, choice.label(), episode));
    }

    public String label() {
        return choice.label();
    }

    /** The agent's name, as its plugin gives it. */
    public String agentName() {
        return choice.agent().name();
    }
}
