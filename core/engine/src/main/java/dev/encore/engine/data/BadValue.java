package dev.encore.engine.data;

/**
 * A value of a log row that cannot be read: the reason, in words, without the file, line or column (the reader adds
 * them). Thrown for every bad value of a bad log, so it carries no stack trace.
 */
final class BadValue extends Exception {

    private static final long serialVersionUID = 1L;

    BadValue(String reason) {
        super(reason, null, false, false);
    }
}
