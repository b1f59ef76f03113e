package dev.encore.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the command's exit code says, documented in every {@code --help}. */
final class ExitCodes {

    /** Done: the run finished with every trial, the spec is valid, the agents are listed. */
    static final int OK = 0;
    /**
     * A problem with what was given (spec, plugin, option value, output folder, memory): the lines on stderr say which.
     */
    static final int USER_ERROR = 1;
    /** The command line itself is wrong: an unknown option, a missing SPEC. */
    static final int USAGE = 2;
    /** The run finished, but some trials failed: the report says why. */
    static final int TRIALS_FAILED = 3;
    /** Encore failed unexpectedly: a bug. */
    static final int INTERNAL = 4;

    private ExitCodes() {
    }

    /** The list {@code --help} shows. */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + "", "done");
        codes.put(USER_ERROR + "", "a problem with the spec, a plugin, an option's value, the output folder or the"
                + " memory the run needs");
        codes.put(USAGE + "", "the command line is wrong (unknown option, missing argument)");
        codes.put(TRIALS_FAILED + "", "the run finished but some trials failed (the report says why)");
        codes.put(INTERNAL + "", "Encore failed unexpectedly (run with --verbose for the stack trace)");
        return codes;
    }
}
