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

    /**
     * About how many bytes of heap one trial's environment holds at most, estimated from the settings before any is
     * created: a run whose trials cannot fit in the heap is refused before it starts. What trials share (this
     * blueprint) is not counted.
     *
     * @param steps the steps a trial plays, {@link Long#MAX_VALUE} for all of them
     * @param slate songs per step
     */
    default long trialBytes(long steps, int slate) {
        return 0;
    }
}
