package dev.encore.engine.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each listening event is worth (the {@code rewards:} part of a spec): a row's strength is the sum over
 * its events. Event names match exactly as written, spaces included.
 *
 * @param strengths event name to strength, in the order written
 * @param unknownEvents what an event missing from the mapping does: refuse the log, or count as 0
 */
public record StrengthMapping(Map<String, Double> strengths, UnknownEvents unknownEvents) {

    /** What to do with an event the mapping does not name. */
    public enum UnknownEvents {
        /** The log is refused, every unknown event listed with its count. */
        ERROR,
        /** Unknown events count as 0; they are still listed, as a warning. */
        ZERO
    }

    public StrengthMapping {
        strengths = Collections.unmodifiableMap(new LinkedHashMap<>(strengths));
    }
}
