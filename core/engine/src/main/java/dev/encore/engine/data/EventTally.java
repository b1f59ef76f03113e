package dev.encore.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code event_type} values into strengths and counts every event seen. A log repeats a few dozen distinct
 * values, so each distinct value is parsed and priced once and remembered (up to {@link #CACHED_VALUES} of them).
 */
final class EventTally {

    private static final int CACHED_VALUES = 10_000;

    /** A parsed value: its events (as indices into {@link #names}) and the sum of their strengths. */
    private record Priced(int[] events, double strength) {
    }

    private final StrengthMapping mapping;
    private final EventSyntax syntax;
    private final Map<String, Priced> cache = new HashMap<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long[] counts = new long[16];

    EventTally(StrengthMapping mapping, EventSyntax syntax) {
        this.mapping = mapping;
        this.syntax = syntax;
    }

    /**
     * The strength of a row whose {@code event_type} is {@code value}: the sum of its events' strengths, an event
     * the mapping does not name counting 0 (whether that is allowed is decided once the whole log is read). The
     * row's events are counted.
     */
    double strength(String value) throws BadValue {
        Priced priced = cache.get(value);
        if (priced == null) {
            priced = price(syntax.parse(value));
            if (cache.size() < CACHED_VALUES) {
                cache.put(value, priced);
            }
        }
        for (int event : priced.events()) {
            counts[event]++;
        }
        return priced.strength();
    }

    private Priced price(List<String> events) {
        int[] indices = new int[events.size()];
        double strength = 0.0;
        for (int i = 0; i < indices.length; i++) {
            String name = events.get(i);
            indices[i] = indexOf.computeIfAbsent(name, this::register);
            strength += mapping.strengths().getOrDefault(name, 0.0);
        }
        return new Priced(indices, strength);
    }

    private int register(String name) {
        if (names.size() == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        names.add(name);
        return names.size() - 1;
    }

    /** Every event seen in the rows counted, in order of first appearance, with how many times it occurred. */
    Map<String, Long> counts() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (counts[i] > 0) {
                result.put(names.get(i), counts[i]);
            }
        }
        return result;
    }
}
