package dev.encore.engine.run;

/**
 * Told how a run progresses: once when the trials start (resumed trials already counted), then after every trial;
 * and told of warnings.
 * Called from the thread that called {@link ExperimentRunner#run}, never concurrently. A listener that throws stops
 * the run: trials already finished stay saved, and running the spec again resumes.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };

    void progressed(RunProgress progress);

    /**
     * Told what the person running should know but that does not stop the run, such as a damaged trial file that is
     * played again. One line, without a {@code warning:} prefix.
     */
    default void warned(String warning) {
    }
}
