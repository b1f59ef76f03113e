package dev.encore.engine.spec;

import dev.encore.engine.data.StrengthMapping;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The strength mapping of an experiment as plain data.
 *
 * @param events each listening event's strength, in the spec's order
 * @param unknownEvents {@code error} or {@code zero}: what an event the mapping does not name counts as
 */
public record RewardsSpec(Map<String, Double> events, String unknownEvents) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The seed's events and strengths. */
    public static final RewardsSpec SEED_EVENTS = of(StrengthMapping.SEED_EVENTS);

    public RewardsSpec {
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }

    public static RewardsSpec of(StrengthMapping mapping) {
        return new RewardsSpec(mapping.strengths(), mapping.unknownEvents().name().toLowerCase(Locale.ROOT));
    }
}
