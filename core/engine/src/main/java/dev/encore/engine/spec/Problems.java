package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import java.util.ArrayList;
import java.util.List;

/** Every problem found in a spec, so that all of them are reported together, one a line. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** A problem at a place in a YAML file: {@code file:line:column: key.path: message}. */
    void at(SpecNode node, String message) {
        at(node, message, "");
    }

    /** {@code file:line:column: key.path: message: allowed ...}. */
    void at(SpecNode node, String message, String allowed) {
        found.add(new Problem(node.location(), message, allowed));
    }

    /** A problem with no place in a file, such as a command-line option: {@code --steps: message}. */
    void add(String source, String message) {
        found.add(new Problem(Problem.Location.source(source), message, ""));
    }

    /** A problem already placed. */
    void add(Problem problem) {
        found.add(problem);
    }

    /** The problems of a file that could not be read at all. */
    void addAll(UserError error) {
        found.addAll(error.details());
    }

    int count() {
        return found.size();
    }

    /** @throws UserError listing every problem, when there is any */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw UserError.of(found);
        }
    }
}
