package dev.encore.agents.perlistener;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.FeatureRows;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.FeatureLayout;
import dev.encore.spi.FeatureRole;
import dev.encore.spi.ParameterSpec;
import java.util.List;

/** {@code hybrid-linucb}: LinUCB with coefficients shared by all listeners plus coefficients of each listener's own. */
public final class HybridLinUcbAgentFactory implements AgentFactory {

    @Override
    public String name() {
        return "hybrid-linucb";
    }

    @Override
    public String description() {
        return "Hybrid LinUCB (Li et al., 2010, Alg. 2): coefficients shared by all listeners plus each "
                + "listener's own on the song features.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(PerListenerParameters.ALPHA, PerListenerParameters.LAMBDA, FeatureMap.PARAMETER);
    }

    @Override
    public Agent create(AgentContext context) {
        return new HybridLinUcbAgent(FeatureRows.of(context), context.users(), listenerColumns(context.featureLayout()),
                context.real(PerListenerParameters.ALPHA.name()), context.real(PerListenerParameters.LAMBDA.name()),
                context.slateSize(), context.catalogSize(), context.random());
    }

    /**
     * The columns that get coefficients of each listener's own: the song columns, or all when none is named. A mapped
     * row starts with the features as they are, so these columns are the same in it; the listener x song products
     * that follow are left to the shared coefficients.
     */
    static int[] listenerColumns(FeatureLayout layout) {
        int[] songs = layout.columns(FeatureRole.SONG);
        if (songs.length > 0) {
            return songs;
        }
        int[] all = new int[layout.dimension()];
        for (int column = 0; column < all.length; column++) {
            all[column] = column;
        }
        return all;
    }
}
