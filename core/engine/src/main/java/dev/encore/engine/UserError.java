package dev.encore.engine;

import java.util.List;

/**
 * A problem with what the user gave Encore (a spec, a log, a plugin, an option), as opposed to a bug. Its message
 * is meant to be printed as is, one problem a line, without a stack trace.
 */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public UserError(String problem) {
        this(List.of(problem));
    }

    public UserError(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a user error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public UserError(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Every problem found, one line each. */
    public List<String> problems() {
        return problems;
    }
}
