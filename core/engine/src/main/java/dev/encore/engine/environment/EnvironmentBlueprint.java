package dev.encore.engine.environment;

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

    /** The length of each candidate's feature vector. */
    int featureDimension();
}
