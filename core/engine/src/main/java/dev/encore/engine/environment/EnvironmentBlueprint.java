package dev.encore.engine.environment;

import dev.encore.spi.FeatureLayout;
import java.util.List;

/**
 * An environment ready to be played: what an experiment builds once (a log read, embeddings fitted) and every trial
 * shares read-only. Each trial gets its own {@link Environment} from {@link #create()}.
 */
public interface EnvironmentBlueprint {

    /** A new environment for one trial, owned by that trial's thread. */
    Environment create();

    /** Listeners in the catalog. */
    int users();

    /** Songs in the catalog. */
    int items();

    /** What each column of a candidate's feature vector means. */
    FeatureLayout featureLayout();

    /** The length of each candidate's feature vector. */
    default int featureDimension() {
        return featureLayout().dimension();
    }

    /**
     * What a person should see before the run but that does not stop it, one line each: for instance events of a
     * log that the rewards mapping does not name, counted as 0.
     */
    default List<String> warnings() {
        return List.of();
    }
}
