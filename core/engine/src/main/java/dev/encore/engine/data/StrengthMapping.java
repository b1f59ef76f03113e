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

    /** The seed notebook's mapping, used when an experiment names none. */
    public static final StrengthMapping SEED_EVENTS = new StrengthMapping(seedStrengths(), UnknownEvents.ERROR);

    public StrengthMapping {
        strengths = Collections.unmodifiableMap(new LinkedHashMap<>(strengths));
    }

    private static Map<String, Double> seedStrengths() {
        Map<String, Double> strengths = new LinkedHashMap<>();
        strengths.put("Listen it frequently", 3.0);
        strengths.put("Have listened  it completely", 1.0);
        strengths.put("Like", 1.0);
        strengths.put("View Song Information", 1.0);
        strengths.put("Download", 3.0);
        strengths.put("Add it to your music", 2.0);
        strengths.put("Skip it", -1.0);
        strengths.put("Skip it frequently", -3.0);
        strengths.put("Not recommend it anymore", -2.0);
        return strengths;
    }
}
