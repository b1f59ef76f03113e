package dev.encore.engine.params;

import dev.encore.engine.Problem;
import dev.encore.engine.Suggestions;
import dev.encore.spi.ParameterSpec;
import dev.encore.spi.ParameterType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks values given in YAML against declared parameters: unknown names (with the nearest known one), wrong types
 * and values out of range are all reported, not just the first. Each problem with a value is at the parameter's
 * name ({@code epsilon = 1.5 is out of range: allowed a real number from 0 to 1}), so that a caller can move it to
 * where the value was written.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /** The outcome of a binding: values, when there was no problem. */
    public record Result(Optional<ParameterValues> values, List<Problem> problems) {

        /** The values, or a failure listing every problem. */
        public ParameterValues orElseThrow() {
            return values.orElseThrow(() -> new IllegalArgumentException(
                    String.join("; ", problems.stream().map(Problem::render).toList())));
        }
    }

    /**
     * The outcome of a binding where a list is a sweep.
     *
     * @param values every parameter in declaration order, defaults filled in, a sweep as a list of checked values;
     *     present when there was no problem
     * @param problems each at its parameter, or at its position in a sweep ({@code alpha[2]})
     */
    public record Sweeps(Optional<Map<String, Object>> values, List<Problem> problems) {
    }

    /** The outcome of checking one value: the value in its parameter's type, or the problem with it. */
    public record Checked(Optional<Object> value, Optional<Problem> problem) {
    }

    public static Result bind(List<ParameterSpec> declared, Map<String, ?> given) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        declared.forEach(spec -> byName.put(spec.name(), spec));
        List<Problem> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                String allowed = byName.isEmpty() ? "none" : String.join(", ", byName.keySet());
                problems.add(Problem.of("unknown parameter '" + name + "': allowed " + allowed + "."
                        + Suggestions.didYouMean(name, byName.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : declared) {
            Object raw = given.get(spec.name());
            if (raw == null) {
                values.put(spec.name(), spec.defaultValue());
                continue;
            }
            Checked checked = check(spec, raw);
            checked.value().ifPresent(value -> values.put(spec.name(), value));
            checked.problem().ifPresent(problems::add);
        }
        return problems.isEmpty()
                ? new Result(Optional.of(new ParameterValues(values)), List.of())
                : new Result(Optional.empty(), List.copyOf(problems));
    }

    /**
     * Binds values where a list is a sweep: each of its values is checked as a single value would be, and a value
     * may be swept once only. A parameter's declared type is never a list, so a list is always a sweep.
     *
     * @param given single values and lists of them, every name one of {@code declared}
     */
    public static Sweeps bindSweeps(List<ParameterSpec> declared, Map<String, ?> given) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : declared) {
            Object raw = given.get(spec.name());
            if (raw == null) {
                values.put(spec.name(), spec.defaultValue());
            } else if (raw instanceof List<?> sweep) {
                sweep(spec, sweep, problems).ifPresent(list -> values.put(spec.name(), list));
            } else {
                Checked checked = check(spec, raw);
                checked.value().ifPresent(value -> values.put(spec.name(), value));
                checked.problem().ifPresent(problems::add);
            }
        }
        return new Sweeps(problems.isEmpty() ? Optional.of(values) : Optional.empty(), List.copyOf(problems));
    }

    private static Optional<List<Object>> sweep(ParameterSpec spec, List<?> sweep, List<Problem> problems) {
        if (sweep.isEmpty()) {
            problems.add(Problem.ofSetting(spec.name(), "an empty list is not allowed",
                    "one or more values to sweep, each " + spec.allowed()));
            return Optional.empty();
        }
        int before = problems.size();
        List<Object> values = new ArrayList<>();
        Map<Object, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < sweep.size(); i++) {
            String position = spec.name() + "[" + i + "]";
            Checked checked = check(spec, sweep.get(i));
            checked.problem().ifPresent(problem -> problems.add(problem.placed(Problem.Location.of(position))));
            if (checked.value().isPresent()) {
                Object value = checked.value().get();
                Integer first = firstAt.putIfAbsent(value, i);
                if (first != null) {
                    problems.add(Problem.ofSetting(position, sweep.get(i) + " is already in the sweep, at ["
                            + first + "]", "each value once"));
                }
                values.add(value);
            }
        }
        return problems.size() == before ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** One value given for {@code spec}, in its type ({@link ParameterValues} says which) and range. */
    public static Checked check(ParameterSpec spec, Object raw) {
        Object value = convert(spec, raw);
        if (value == null && spec.type() == ParameterType.CHOICE) {
            return new Checked(Optional.empty(), Optional.of(Problem.ofSetting(spec.name(),
                    describe(raw) + " is not allowed", spec.allowed() + choiceSuggestion(spec, raw))));
        }
        if (value == null) {
            return problem(spec, describe(raw) + " has the wrong type");
        }
        if (value instanceof Number number && !spec.contains(number.doubleValue())) {
            return problem(spec, raw + " is out of range");
        }
        return new Checked(Optional.of(value), Optional.empty());
    }

    private static Checked problem(ParameterSpec spec, String found) {
        return new Checked(Optional.empty(), Optional.of(Problem.ofSetting(spec.name(), found, spec.allowed())));
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
        String suggestion = raw instanceof String word ? Suggestions.didYouMean(word, spec.choices()) : "";
        return suggestion.isEmpty() ? "" : "." + suggestion;
    }

    private static String describe(Object raw) {
        return raw instanceof String text ? "'" + text + "'" : String.valueOf(raw);
    }
}
