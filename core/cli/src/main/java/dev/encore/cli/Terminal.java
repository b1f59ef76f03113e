package dev.encore.cli;

/**
 * Whether the command talks to a person at a terminal (progress is shown) or to a pipe or a file (it stays quiet).
 *
 * @param interactive true at a terminal
 */
record Terminal(boolean interactive) {

    /** The process's own: a terminal when Java has a console. */
    static Terminal detect() {
        return new Terminal(System.console() != null);
    }
}
