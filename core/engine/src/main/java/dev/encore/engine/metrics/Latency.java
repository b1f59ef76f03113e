package dev.encore.engine.metrics;

import java.io.Serializable;

/**
 * The median and 99th percentile of one operation's duration, in nanoseconds. {@link #NONE} when nothing was
 * timed (a trial that failed at its first step).
 *
 * @param p50Nanos the median
 * @param p99Nanos the 99th percentile
 */
public record Latency(double p50Nanos, double p99Nanos) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Nothing measured: both values are NaN. */
    public static final Latency NONE = new Latency(Double.NaN, Double.NaN);

    public boolean measured() {
        return !Double.isNaN(p50Nanos);
    }
}
