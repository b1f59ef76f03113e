package dev.encore.engine.spec;

import dev.encore.engine.UserError;
import java.util.ArrayList;
import java.util.List;

/** Every problem found in a spec, so that all of them are reported together, one a line. */
final class Problems {

    private final List<String> lines = new ArrayList<>();

    /** A problem at a place in a YAML file: {@code file:line:column: key.path: message}. */
    void at(SpecNode node, String message) {
        lines.add(node.where() + ": " + (node.path().isEmpty() ? "" : node.path() + ": ") + message);
    }

    /** A problem with no place in a file, such as a command-line option: {@code --steps: message}. */
    void add(String source, String message) {
        lines.add(source + ": " + message);
    }

    /** The problems of a file that could not be read at all. */
    void addAll(UserError error) {
        lines.addAll(error.problems());
    }

    int count() {
        return lines.size();
    }

    /** @throws UserError listing every problem, when there is any */
    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new UserError(lines);
        }
    }
}
