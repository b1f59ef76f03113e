/** Micrometer timers of a run: each trial's recommend, learn and step latencies. */
package dev.encore.engine.metrics;
