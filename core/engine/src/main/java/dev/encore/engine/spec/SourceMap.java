package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of a spec was written, by key path, so that a problem found once the spec is plain data (by
 * {@link ExperimentResolver}) is placed at its line and column, in the spec or in the named file it came from.
 */
final class SourceMap {

    private final Map<String, SpecNode> nodes = new HashMap<>();

    /**
     * Records where the node at its path was written; a part read from a named file replaces the name that stood
     * for it ({@code environment: spotify}).
     */
    void add(SpecNode node) {
        nodes.put(node.path(), node);
    }

    /**
     * The problem at the line and column of its path, or of the nearest enclosing part recorded ({@code slate}
     * left out of a spec is placed at the spec's first line); unchanged when its path has no place at all.
     */
    Problem place(Problem problem) {
        String path = problem.location().path();
        for (String at = path; ; at = parent(at)) {
            SpecNode node = nodes.get(at);
            if (node != null) {
                Problem.Location where = node.location();
                return problem.placed(new Problem.Location(where.source(), where.line(), where.column(), path));
            }
            if (at.isEmpty()) {
                return problem;
            }
        }
    }

    /** {@code agents[0]} for {@code agents[0].alpha}, {@code agents} for {@code agents[0]}, empty at the top. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
