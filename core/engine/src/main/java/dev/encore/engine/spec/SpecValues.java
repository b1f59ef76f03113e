package dev.encore.engine.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a spec holds for settings and parameters: {@link Double}, {@link Long}, {@link Boolean} or
 * {@link String}, or a {@link List} of them, which is a sweep. Kept in ordered, unmodifiable, serialisable maps.
 */
final class SpecValues {

    private SpecValues() {
    }

    /** An unmodifiable copy in the same order; every list copied too. */
    static Map<String, Object> copy(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, value instanceof List<?> list ? List.copyOf(list) : value));
        return Collections.unmodifiableMap(copy);
    }

    /** Whether a value is a sweep: any list is, a list of one value included. */
    static boolean isSweep(Object value) {
        return value instanceof List<?>;
    }

    /** A value's values: a sweep's, or the value alone. */
    static List<Object> values(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }

    /**
     * A value as labels and report columns write it: a real by {@link Double#toString} (as the CSV files write
     * numbers: {@code 0.3}, {@code 1.0}), anything else as is.
     */
    static String text(Object value) {
        return String.valueOf(value);
    }

    /** {@code alpha=0.3 lambda=1.0}: the swept values of a variant or condition, in order. */
    static String describe(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(name + "=" + text(value)));
        return String.join(" ", parts);
    }
}
