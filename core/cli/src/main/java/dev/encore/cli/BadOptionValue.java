package dev.encore.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * An option whose value is out of range, such as {@code --threads 0}: a problem with what was given (exit code 1,
 * like a value that is not a number), not with the command line's shape (exit code 2). Printed like picocli's own
 * errors, with where to find help.
 */
final class BadOptionValue extends ParameterException {

    private static final long serialVersionUID = 1L;

    BadOptionValue(CommandLine command, String message) {
        super(command, message);
    }

    /**
     * Whether {@code e} is about an option's value: one picocli could not convert (not a number, not a duration), or
     * one the command refused.
     */
    static boolean isAboutAValue(ParameterException e) {
        return e instanceof BadOptionValue
                || e.getClass() == ParameterException.class && e.getCause() != null && e.getArgSpec() != null;
    }
}
