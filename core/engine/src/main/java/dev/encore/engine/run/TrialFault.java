package dev.encore.engine.run;

import dev.encore.engine.plugin.ExitCalledError;

/**
 * A trial stopped by a fault in the agent or the environment: which call failed, at which step, and why. Its
 * message is what the report shows, for example {@code step 12: recommend threw java.lang.IllegalStateException:
 * boom}, {@code step 3: bad slate: slate position 1 repeats candidate 4} or {@code step 7: the environment returned
 * reward NaN at slate position 0 (song 12): rewards must be finite numbers} or {@code step 2: the agent called
 * System.exit(3) in recommend (a plugin cannot end the run)}.
 */
public final class TrialFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The call that failed. */
    public enum Call {
        CREATE("create"),
        RECOMMEND("recommend"),
        STEP("the environment's step"),
        LEARN("learn");

        private final String words;

        Call(String words) {
            this.words = words;
        }
    }

    private final Call call;
    private final long step;

    /**
     * @param step the step the fault happened at, from 1; 0 when the agent could not be created
     */
    public TrialFault(Call call, long step, Throwable cause) {
        super(describe(call, step, cause), cause);
        this.call = call;
        this.step = step;
    }

    private static String describe(Call call, long step, Throwable cause) {
        String what = cause instanceof BadSlateException ? "bad slate: " + cause.getMessage()
                : cause instanceof BadRewardException ? cause.getMessage()
                : cause instanceof ExitCalledError ? "the agent called " + cause.getMessage() + " in " + call.words
                        + " (a plugin cannot end the run)"
                : call.words + " threw " + cause.getClass().getName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return step == 0 ? what : "step " + step + ": " + what;
    }

    public Call call() {
        return call;
    }

    public long step() {
        return step;
    }
}
