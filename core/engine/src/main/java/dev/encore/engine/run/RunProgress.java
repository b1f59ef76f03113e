package dev.encore.engine.run;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a run has come.
 *
 * @param trialsDone trials finished, failed ones and resumed ones included
 * @param trialsTotal every trial of the experiment
 * @param trialsFailed trials failed so far
 * @param trialsResumed trials taken from an earlier run (done before this run started)
 * @param stepsDone steps played by this run (resumed trials not counted): with {@code elapsed}, the speed
 * @param elapsed time since this run started
 */
public record RunProgress(int trialsDone, int trialsTotal, int trialsFailed, int trialsResumed, long stepsDone,
                          Duration elapsed) {

    /**
     * How long the remaining trials should take at this run's pace so far (trials played per second of elapsed
     * time); empty until this run has finished a trial.
     */
    public Optional<Duration> timeLeft() {
        int played = trialsDone - trialsResumed;
        if (played <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(
                (long) ((double) elapsed.toNanos() / played * (trialsTotal - trialsDone))));
    }

    /** Steps played per second by this run; 0 before the first step. */
    public double stepsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0.0 : stepsDone * 1e9 / nanos;
    }
}
