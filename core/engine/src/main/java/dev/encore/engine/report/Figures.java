package dev.encore.engine.report;

import java.util.Locale;

/** Numbers for people, in the page and on the terminal: grouped thousands, fixed decimals, a dash when missing. */
final class Figures {

    private Figures() {
    }

    /** {@code value} with {@code decimals} decimals, or {@code missing} when it is NaN. */
    static String number(double value, int decimals, String missing) {
        return Double.isNaN(value) ? missing : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /**
     * A mean and the half-width of its interval, {@code 1,234.5 ± 80.1} (with {@code plusMinus} between), one
     * decimal; signed puts a {@code +} before a positive mean, as for a difference.
     */
    static String estimate(Estimate estimate, boolean signed, String plusMinus, String missing) {
        if (Double.isNaN(estimate.mean())) {
            return missing;
        }
        String mean = (signed && estimate.mean() >= 0 ? "+" : "") + number(estimate.mean(), 1, missing);
        return Double.isNaN(estimate.halfWidth()) ? mean
                : mean + " " + plusMinus + " " + number(estimate.halfWidth(), 1, missing);
    }
}
