package dev.encore.engine.params;

import dev.encore.engine.Suggestions;
import dev.encore.spi.ParameterSpec;
import dev.encore.spi.ParameterType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks values given in YAML against declared parameters: unknown names (with the nearest known one), wrong types
 * and values out of range are all reported, not just the first.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /** The outcome of a binding: values, when there was no problem. */
    public record Result(Optional<ParameterValues> values, List<ParameterProblem> problems) {

        /** The values, or a failure listing every problem. */
        public ParameterValues orElseThrow() {
            return values.orElseThrow(() -> new IllegalArgumentException(
                    String.join("; ", problems.stream().map(ParameterProblem::message).toList())));
        }
    }

    public static Result bind(List<ParameterSpec> declared, Map<String, ?> given) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        declared.forEach(spec -> byName.put(spec.name(), spec));
        List<ParameterProblem> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                String allowed = byName.isEmpty() ? "none" : String.join(", ", byName.keySet());
                problems.add(new ParameterProblem(name, "unknown parameter '" + name + "': allowed " + allowed + "."
                        + Suggestions.didYouMean(name, byName.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : declared) {
            Object raw = given.get(spec.name());
            Object value = raw == null ? spec.defaultValue() : convert(spec, raw);
            if (value == null) {
                problems.add(new ParameterProblem(spec.name(), spec.name() + " = " + describe(raw)
                        + (spec.type() == ParameterType.CHOICE ? " is not allowed: allowed " : " has the wrong type: allowed ")
                        + spec.allowed() + choiceSuggestion(spec, raw)));
            } else if (value instanceof Number number && !spec.contains(number.doubleValue())) {
                problems.add(new ParameterProblem(spec.name(), spec.name() + " = " + raw
                        + " is out of range: allowed " + spec.allowed()));
            } else {
                values.put(spec.name(), value);
            }
        }
        return problems.isEmpty()
                ? new Result(Optional.of(new ParameterValues(values)), List.of())
                : new Result(Optional.empty(), List.copyOf(problems));
    }

    /** The value in the parameter's type, or null when it cannot be one. */
    private static Object convert(ParameterSpec spec, Object raw) {
        return switch (spec.type()) {
            case REAL -> raw instanceof Number number && !(raw instanceof Boolean) ? number.doubleValue() : null;
            case INTEGER -> raw instanceof Integer || raw instanceof Long ? ((Number) raw).longValue() : null;
            case FLAG -> raw instanceof Boolean ? raw : null;
            case TEXT -> raw instanceof String ? raw : null;
            case CHOICE -> raw instanceof String word && spec.choices().contains(word) ? raw : null;
        };
    }

    private static String choiceSuggestion(ParameterSpec spec, Object raw) {
        String suggestion = spec.type() == ParameterType.CHOICE && raw instanceof String word
                ? Suggestions.didYouMean(word, spec.choices()) : "";
        return suggestion.isEmpty() ? "" : "." + suggestion;
    }

    private static String describe(Object raw) {
        return raw instanceof String text ? "'" + text + "'" : String.valueOf(raw);
    }
}
