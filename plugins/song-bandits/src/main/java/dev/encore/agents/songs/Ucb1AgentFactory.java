package dev.encore.agents.songs;

import static dev.encore.agents.songs.SongParameters.EXPLORATION;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code ucb1}: optimism in the face of uncertainty, one arm per song. */
public final class Ucb1AgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "ucb1";
    }

    @Override
    public String description() {
        return "UCB1 (Auer, Cesa-Bianchi & Fischer, 2002) per song, features ignored: the k best by "
                + "mean + c sqrt(2 ln t / n), songs never heard first.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(EXPLORATION);
    }

    @Override
    public Agent create(AgentContext context) {
        return new Ucb1Agent(SongParameters.finite(context, EXPLORATION), context.slateSize(), context.catalogSize(),
                context.random());
    }
}
