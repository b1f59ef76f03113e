package dev.encore.spi;

import java.util.List;
import java.util.Objects;

/**
 * One parameter an agent accepts: name, type, default, allowed range and a line of help. Immutable; build it with
 * {@link #real}, {@link #integer}, {@link #flag}, {@link #text} or {@link #choice} and narrow numeric ranges with {@link #atLeast},
 * {@link #above}, {@link #atMost} and {@link #below}:
 *
 * <pre>{@code
 * ParameterSpec.real("epsilon", 0.1, "chance of a random song at each slate position").atLeast(0).atMost(1)
 * }</pre>
 */
public final class ParameterSpec {

    private final String name;
    private final ParameterType type;
    private final Object defaultValue;
    private final String help;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final boolean maxInclusive;
    private final List<String> choices;

    private ParameterSpec(String name, ParameterType type, Object defaultValue, String help,
                          double min, boolean minInclusive, double max, boolean maxInclusive, List<String> choices) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.help = Objects.requireNonNull(help, "help");
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.choices = List.copyOf(choices);
        if (type == ParameterType.CHOICE && !this.choices.contains(defaultValue)) {
            throw new IllegalArgumentException(
                    "default '" + defaultValue + "' of parameter '" + name + "' is not " + allowed());
        }
        if (isNumeric() && !contains(((Number) defaultValue).doubleValue())) {
            throw new IllegalArgumentException(
                    "default " + defaultValue + " of parameter '" + name + "' is outside its range: " + allowed());
        }
    }

    /** A real-valued parameter, unbounded until narrowed. */
    public static ParameterSpec real(String name, double defaultValue, String help) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, help,
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, List.of());
    }

    /** An integer parameter, unbounded until narrowed. */
    public static ParameterSpec integer(String name, long defaultValue, String help) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, help,
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, List.of());
    }

    /** A true/false parameter. */
    public static ParameterSpec flag(String name, boolean defaultValue, String help) {
        return new ParameterSpec(name, ParameterType.FLAG, defaultValue, help,
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, List.of());
    }

    /** A text parameter. */
    public static ParameterSpec text(String name, String defaultValue, String help) {
        return new ParameterSpec(name, ParameterType.TEXT, defaultValue, help,
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, List.of());
    }

    /** This parameter, allowing values greater than or equal to {@code bound} only. */
    /**
     * A parameter that takes one of a few words, such as {@code features: plain} or {@code interactions}; agents
     * read it with {@link AgentContext#choice}.
     *
     * @param choices the allowed words, in the order {@code encore agents} lists them; must include the default
     */
    public static ParameterSpec choice(String name, String defaultValue, String help, List<String> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' needs at least one choice");
        }
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, help,
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, choices);
    }

    public ParameterSpec atLeast(double bound) {
        return withLower(bound, true);
    }

    /** This parameter, allowing values strictly greater than {@code bound} only. */
    public ParameterSpec above(double bound) {
        return withLower(bound, false);
    }

    /** This parameter, allowing values less than or equal to {@code bound} only. */
    public ParameterSpec atMost(double bound) {
        return withUpper(bound, true);
    }

    /** This parameter, allowing values strictly less than {@code bound} only. */
    public ParameterSpec below(double bound) {
        return withUpper(bound, false);
    }

    private ParameterSpec withLower(double bound, boolean inclusive) {
        requireNumeric();
        return new ParameterSpec(name, type, defaultValue, help, bound, inclusive, max, maxInclusive, choices);
    }

    private ParameterSpec withUpper(double bound, boolean inclusive) {
        requireNumeric();
        return new ParameterSpec(name, type, defaultValue, help, min, minInclusive, bound, inclusive, choices);
    }

    private void requireNumeric() {
        if (!isNumeric()) {
            throw new IllegalStateException("parameter '" + name + "' is " + type + ": only numbers have a range");
        }
    }

    /** The parameter's name as written in YAML. */
    public String name() {
        return name;
    }

    public ParameterType type() {
        return type;
    }

    /**
     * The value used when an experiment gives none: a {@link Double} for {@link ParameterType#REAL}, a {@link Long}
     * for {@link ParameterType#INTEGER}, a {@link Boolean} or a {@link String}.
     */
    public Object defaultValue() {
        return defaultValue;
    }

    /** One line that says what the parameter does. */
    public String help() {
        return help;
    }

    /** Whether {@code value} lies in the allowed range (always true for flags and text). */
    /** The allowed words of a {@link ParameterType#CHOICE} parameter; empty for the other types. */
    public List<String> choices() {
        return choices;
    }

    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return !isNumeric();
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** What values are allowed, in words: {@code "a real number from 0 to 1"}, {@code "an integer >= 1"}. */
    public String allowed() {
        String kind = switch (type) {
            case REAL -> "a real number";
            case INTEGER -> "an integer";
            case FLAG -> "true or false";
            case TEXT -> "a text";
            case CHOICE -> "one of " + String.join(", ", choices);
        };
        if (!isNumeric()) {
            return kind;
        }
        boolean lower = min != Double.NEGATIVE_INFINITY;
        boolean upper = max != Double.POSITIVE_INFINITY;
        if (lower && upper && minInclusive && maxInclusive) {
            return kind + " from " + format(min) + " to " + format(max);
        }
        StringBuilder text = new StringBuilder(kind);
        if (lower) {
            text.append(minInclusive ? " >= " : " > ").append(format(min));
        }
        if (upper) {
            text.append(lower ? " and" : "").append(maxInclusive ? " <= " : " < ").append(format(max));
        }
        return text.toString();
    }

    private boolean isNumeric() {
        return type == ParameterType.REAL || type == ParameterType.INTEGER;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    public String toString() {
        return name + " (" + allowed() + ", default " + defaultValue + "): " + help;
    }
}
