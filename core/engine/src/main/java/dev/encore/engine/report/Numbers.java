package dev.encore.engine.report;

/**
 * How reports write numbers: {@link Double#toString}, which is locale-independent and reads back to the same
 * double; a missing value (NaN) is an empty cell.
 */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** A count, or an empty cell when negative (unknown). */
    static String count(long value) {
        return value < 0 ? "" : Long.toString(value);
    }
}
