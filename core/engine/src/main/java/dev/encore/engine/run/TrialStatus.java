package dev.encore.engine.run;

import java.util.Locale;

/** How a trial ended. */
public enum TrialStatus {
    /** It played its steps. */
    OK,
    /** The agent threw, returned a bad slate or ran out of time; the message says which. */
    FAILED;

    /** {@code ok} or {@code failed}, as the reports write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
