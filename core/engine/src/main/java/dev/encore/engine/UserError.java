package dev.encore.engine;

import java.util.List;

/**
 * A problem with what the user gave Encore (a spec, a log, a plugin, an option), as opposed to a bug. It carries every
 * problem found, in parts ({@link #details()}), and renders each as one line to be printed as is, without a stack
 * trace.
 */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> details;

    public UserError(String problem) {
        this(Problem.of(problem));
    }

    /** One problem a line, each its own message. */
    public UserError(List<String> problems) {
        this(problems.stream().map(Problem::of).toList(), null);
    }

    public UserError(Problem problem) {
        this(List.of(problem), null);
    }

    public UserError(Problem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public UserError(String problem, Throwable cause) {
        this(List.of(Problem.of(problem)), cause);
    }

    private UserError(List<Problem> details, Throwable cause) {
        super(render(details), cause);
        this.details = List.copyOf(details);
    }

    /** Every problem given. */
    public static UserError of(List<Problem> problems) {
        return new UserError(problems, null);
    }

    /** Every problem found, one line each, as printed. */
    public List<String> problems() {
        return details.stream().map(Problem::render).toList();
    }

    /** Every problem found, in parts. */
    public List<Problem> details() {
        return details;
    }

    private static String render(List<Problem> details) {
        if (details.isEmpty()) {
            throw new IllegalArgumentException("a user error needs at least one problem");
        }
        return String.join(System.lineSeparator(), details.stream().map(Problem::render).toList());
    }
}
