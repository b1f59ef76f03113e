package dev.encore.spi;

import java.util.OptionalLong;
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

    /** The value of a {@link ParameterType#CHOICE} parameter: one of its {@link ParameterSpec#choices()}. */
    default String choice(String parameter) {
        return text(parameter);
    }

    /**
     * The number of listeners: {@link Candidates#user()} runs from 0 to {@code users() - 1}. For agents that keep
     * state per listener, sized once at creation.
     *
     * @throws UnsupportedOperationException from a context that does not know it (Encore's own always does)
     */
    default int users() {
        throw new UnsupportedOperationException("this agent context does not say how many listeners there are");
    }

    /**
     * What each feature column means: which describe the listener, which the song and which the context. A context
     * that does not know says every column is context.
     */
    default FeatureLayout featureLayout() {
        return FeatureLayout.unnamed(featureDimension());
    }

    /**
     * The number of steps the episode will run when known in advance, for agents whose schedules depend on it
     * (explore-then-commit, decaying exploration). Empty when the episode runs until the catalog is exhausted and
     * the environment cannot say when that will be.
     */
    default OptionalLong horizon() {
        return OptionalLong.empty();
    }
}
