package dev.encore.engine.report;

/**
 * A mean with its confidence interval.
 *
 * @param count how many values it is from
 * @param mean their mean; NaN when there are none
 * @param halfWidth half the width of the interval (Student t); NaN with fewer than two values
 */
public record Estimate(int count, double mean, double halfWidth) {

    public double low() {
        return mean - halfWidth;
    }

    public double high() {
        return mean + halfWidth;
    }

    /** Whether the interval exists and holds {@code value}, its ends included. */
    public boolean contains(double value) {
        return !Double.isNaN(halfWidth) && low() <= value && value <= high();
    }
}
