package dev.encore.engine.run;

import dev.encore.spi.Candidates;

/**
 * An environment's step returned a reward that is not a finite number (NaN or infinite, from a strength mapping or
 * an environment's own arithmetic): the trial fails with this message, since every figure after it would be NaN.
 */
public final class BadRewardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private BadRewardException(String message) {
        super(message);
    }

    /**
     * Names the first slate position whose reward is not finite, or the best slate's value when every reward is.
     * Called only once a step's totals were found not finite: off the per-step path.
     */
    static BadRewardException of(double[] rewards, int slateSize, double bestSlate, int[] slate,
                                 Candidates candidates) {
        for (int p = 0; p < slateSize; p++) {
            if (!Double.isFinite(rewards[p])) {
                return new BadRewardException("the environment returned reward " + rewards[p] + " at slate position "
                        + p + " (song " + candidates.item(slate[p]) + "): rewards must be finite numbers");
            }
        }
        return new BadRewardException("the environment returned " + bestSlate + " as the best slate's value"
                + (Double.isFinite(bestSlate) ? ", and the rewards' total is not finite" : "")
                + ": rewards must be finite numbers");
    }
}
