package dev.encore.engine.run;

import java.time.Duration;

/** Durations in words for people, in the largest whole unit: {@code 1 h}, {@code 90 s}, {@code 250 ms}. */
final class Durations {

    private Durations() {
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }
}
