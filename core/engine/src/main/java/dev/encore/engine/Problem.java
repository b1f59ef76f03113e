package dev.encore.engine;

import java.io.Serializable;

/**
 * One problem with what the user gave Encore, kept in parts until it is shown: where it is, what was found and what
 * is allowed. Code that finds a problem never has to read another's message back: it moves the problem to where it
 * belongs ({@link #under}, {@link #placed}) and the edge renders it once ({@link #render}).
 *
 * @param location where the problem is
 * @param message what was found, such as {@code 1.5 is out of range}
 * @param allowed what is allowed, such as {@code a real number from 0 to 1}; empty when the message says it all
 */
public record Problem(Location location, String message, String allowed) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Problem {
        if (location == null || message == null || allowed == null) {
            throw new IllegalArgumentException("a problem needs a location, a message and what is allowed");
        }
    }

    /** A problem that is its own message, with no place: a whole line such as {@code file: no such file}. */
    public static Problem of(String message) {
        return new Problem(Location.NOWHERE, message, "");
    }

    /** A problem with the value of a setting or parameter given on its own, such as {@code items}. */
    public static Problem ofSetting(String setting, String message, String allowed) {
        return new Problem(Location.of(setting), message, allowed);
    }

    /**
     * The same problem, its key path now under {@code parent}: a type's {@code items} becomes
     * {@code environment.items}; a problem without a path is placed at {@code parent} itself.
     */
    public Problem under(String parent) {
        String path = location.path();
        String joined = path.isEmpty() ? parent : parent.isEmpty() ? path
                : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Problem(new Location(location.source(), location.line(), location.column(), joined), message,
                allowed);
    }

    /** The same problem at {@code where}. */
    public Problem placed(Location where) {
        return new Problem(where, message, allowed);
    }

    /**
     * The problem as a person reads it: {@code file:3:11: agents[0].epsilon: 1.5 is out of range: allowed a real
     * number from 0 to 1}; without a source, {@code epsilon = 1.5 is out of range: allowed ...}.
     */
    public String render() {
        return location.render() + message + (allowed.isEmpty() ? "" : ": allowed " + allowed);
    }

    @Override
    public String toString() {
        return render();
    }

    /**
     * Where a problem is.
     *
     * @param source the file, or the command-line option ({@code --seed}), the value came from; empty when not known
     * @param line from 1, or 0 when not known
     * @param column from 1, or 0 when not known
     * @param path the key path in the spec ({@code agents[2].epsilon}), or the name of a setting given on its own;
     *     empty for the source as a whole
     */
    public record Location(String source, int line, int column, String path) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** No place at all: the message says it. */
        public static final Location NOWHERE = new Location("", 0, 0, "");

        /** A key path with no source yet: the spec's loader places it in its file. */
        public static Location of(String path) {
            return new Location("", 0, 0, path);
        }

        /** A whole source, such as a command-line option. */
        public static Location source(String source) {
            return new Location(source, 0, 0, "");
        }

        /**
         * {@code file:line:column: path: }; {@code source: path: } without a line; with neither a source nor a
         * line, a path names a setting given on its own and reads {@code name = }.
         */
        String render() {
            StringBuilder text = new StringBuilder();
            if (!source.isEmpty()) {
                text.append(source);
                if (line > 0) {
                    text.append(':').append(line).append(':').append(column);
                }
                text.append(": ");
                if (!path.isEmpty()) {
                    text.append(path).append(": ");
                }
            } else if (!path.isEmpty()) {
                text.append(path).append(" = ");
            }
            return text.toString();
        }
    }
}
