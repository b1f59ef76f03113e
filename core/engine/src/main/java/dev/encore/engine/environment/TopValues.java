package dev.encore.engine.environment;

/**
 * The largest {@code k} of a stream of values, kept in descending order, and their sum taken largest first.
 *
 * <p>Summing both the best slate and the chosen slate largest first makes regret exactly non-negative: the
 * {@code i}-th largest chosen value never exceeds the {@code i}-th largest candidate, and rounded addition is
 * monotone, so the floating-point sums keep that order. Reused from step to step: no allocation after construction.
 */
public final class TopValues {

    private final double[] values;
    private int capacity;
    private int count;

    public TopValues(int maxCapacity) {
        values = new double[maxCapacity];
    }

    /** Forgets every value and keeps the largest {@code k} of those offered from now on. */
    public void clear(int k) {
        if (k < 0 || k > values.length) {
            throw new IllegalArgumentException("k = " + k + " is out of range: allowed 0 to " + values.length);
        }
        capacity = k;
        count = 0;
    }

    public void offer(double value) {
        int i;
        if (count < capacity) {
            i = count++;
        } else if (capacity > 0 && value > values[capacity - 1]) {
            i = capacity - 1;
        } else {
            return;
        }
        while (i > 0 && values[i - 1] < value) {
            values[i] = values[i - 1];
            i--;
        }
        values[i] = value;
    }

    /**
     * Offers {@code source[0 .. n)} in order: the same as offering each, in a loop that compares most values with
     * the smallest one kept, held in a register, and moves on.
     */
    public void offerAll(double[] source, int n) {
        int i = 0;
        for (; i < n && count < capacity; i++) {
            offer(source[i]);
        }
        if (capacity == 0) {
            return;
        }
        double smallest = values[capacity - 1];
        for (; i < n; i++) {
            if (source[i] > smallest) {
                offer(source[i]);
                smallest = values[capacity - 1];
            }
        }
    }

    /** The largest value offered, or negative infinity when none was. */
    public double max() {
        return count == 0 ? Double.NEGATIVE_INFINITY : values[0];
    }

    /** The sum of the kept values, largest first. */
    public double sum() {
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** The sum of {@code values[0 .. n)}, taken largest first: how a slate's rewards are totalled. */
    public double sumOf(double[] source, int n) {
        clear(n);
        for (int i = 0; i < n; i++) {
            offer(source[i]);
        }
        return sum();
    }
}
