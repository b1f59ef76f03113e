package dev.encore.engine.run;

/**
 * Told how a run progresses: once when the trials start (resumed trials already counted), then after every trial.
 * Called from the thread that called {@link ExperimentRunner#run}, never concurrently. A listener that throws stops
 * the run: trials already finished stay saved, and running the spec again resumes.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };

    void progressed(RunProgress progress);
}
