package dev.encore.engine.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checked parameter values by name, defaults filled in: {@link Double} for reals, {@link Long} for integers,
 * {@link Boolean} for flags, {@link String} for text. Made by {@link ParameterBinder}.
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    ParameterValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double real(String name) {
        return (Double) require(name);
    }

    public long integer(String name) {
        return (Long) require(name);
    }

    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    public String text(String name) {
        return (String) require(name);
    }

    /** Every value in declaration order: what a resolved spec shows. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "': declared are " + values.keySet());
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues parameters && values.equals(parameters.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
