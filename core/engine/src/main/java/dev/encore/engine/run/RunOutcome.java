package dev.encore.engine.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run did.
 *
 * @param folder the report folder
 * @param trials every trial of the experiment (agents x episodes)
 * @param failed the trials that failed (an agent that threw, returned a bad slate or ran out of time)
 * @param resumed the trials taken from an earlier, interrupted run of the same spec instead of being played again
 * @param elapsed the run's wall time
 * @param results what the report writers were given: every trial's result, for a summary at the end of the run
 */
public record RunOutcome(Path folder, int trials, int failed, int resumed, Duration elapsed, RunReport results) {

    /** The HTML report. */
    public Path report() {
        return folder.resolve(ReportFiles.REPORT_HTML);
    }
}
