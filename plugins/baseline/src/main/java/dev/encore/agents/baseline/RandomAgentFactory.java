package dev.encore.agents.baseline;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;

/** {@code random}: the yardstick every other agent should beat. */
public final class RandomAgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "random";
    }

    @Override
    public String description() {
        return "Recommends k distinct candidates uniformly at random; learns nothing.";
    }

    @Override
    public Agent create(AgentContext context) {
        return new RandomAgent(context.random(), context.slateSize());
    }
}
