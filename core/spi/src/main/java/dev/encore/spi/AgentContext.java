package dev.encore.spi;

import java.util.random.RandomGenerator;

/**
 * What an agent is created with: its parameters (already checked against {@link AgentFactory#parameters()} and with
 * defaults filled in), its own seeded generator, and the sizes of the problem.
 */
public interface AgentContext {

    /** The value of a {@link ParameterType#REAL} parameter. */
    double real(String parameter);

    /** The value of an {@link ParameterType#INTEGER} parameter. */
    long integer(String parameter);

    /** The value of a {@link ParameterType#FLAG} parameter. */
    boolean flag(String parameter);

    /** The value of a {@link ParameterType#TEXT} parameter. */
    String text(String parameter);

    /**
     * The agent's own generator, seeded from the experiment's seed, the agent's label and the episode, so that runs
     * repeat exactly and adding an agent to an experiment changes no other agent's numbers. Use it for every random
     * choice, ties included.
     */
    RandomGenerator random();

    /** The experiment's slate size: the most candidates {@link Agent#recommend} will be asked for. */
    int slateSize();

    /** The length of every candidate's feature vector. */
    int featureDimension();

    /** The number of songs in the catalog: the most candidates a step can have. */
    int catalogSize();
}
