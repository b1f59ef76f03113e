package dev.encore.agents.songs;

import static dev.encore.agents.songs.SongParameters.NOISE;
import static dev.encore.agents.songs.SongParameters.PRIOR_MEAN;
import static dev.encore.agents.songs.SongParameters.PRIOR_WEIGHT;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code thompson}: probability matching, one arm per song. */
public final class ThompsonAgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "thompson";
    }

    @Override
    public String description() {
        return "Gaussian Thompson sampling (Agrawal & Goyal, 2013) per song, features ignored: the k best of one "
                + "draw from each song's posterior.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(PRIOR_MEAN, NOISE, PRIOR_WEIGHT);
    }

    @Override
    public Agent create(AgentContext context) {
        return new ThompsonAgent(SongParameters.finite(context, PRIOR_MEAN), SongParameters.finite(context, NOISE),
                SongParameters.finite(context, PRIOR_WEIGHT), context.slateSize(), context.catalogSize(),
                context.random());
    }
}
