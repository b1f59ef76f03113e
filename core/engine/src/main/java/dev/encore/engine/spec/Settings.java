package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.params.ParameterValues;
import dev.encore.spi.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed values read from a YAML map and checked against declared parameters with {@link ParameterBinder}: each
 * problem is placed at its value in the file ({@code file:line:column: agents[2].epsilon: 2 is out of range: ...}).
 */
final class Settings {

    private Settings() {
    }

    /**
     * Binds {@code given} (every key one of {@code declared}), defaults filled in; a list is refused.
     *
     * @param owner the map the values are in: where a problem without a value of its own is placed
     * @return the values, or empty when any of them is wrong (each problem added)
     */
    static Optional<ParameterValues> bind(List<ParameterSpec> declared, SpecNode owner, Map<String, SpecNode> given,
                                          Problems problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean readable = true;
        for (Map.Entry<String, SpecNode> entry : given.entrySet()) {
            Optional<Object> value = scalar(entry.getValue(), spec(declared, entry.getKey()), problems);
            value.ifPresent(v -> values.put(entry.getKey(), v));
            readable &= value.isPresent();
        }
        ParameterBinder.Result result = ParameterBinder.bind(declared, values);
        result.problems().forEach(problem -> problems.add(place(problem, owner, given)));
        return readable ? result.values() : Optional.empty();
    }

    /**
     * Binds {@code given} (every key one of {@code declared}) where a list is a sweep, defaults filled in, in the
     * declared order; every value, and every value of a sweep, is recorded in {@code source}.
     *
     * @param owner the map the values are in: where a problem without a value of its own is placed
     * @return the values, a sweep as a list, or empty when any of them is wrong (each problem added)
     */
    static Optional<Map<String, Object>> bindSweeps(List<ParameterSpec> declared, SpecNode owner,
                                                    Map<String, SpecNode> given, Problems problems,
                                                    SourceMap source) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean readable = true;
        for (Map.Entry<String, SpecNode> entry : given.entrySet()) {
            SpecNode node = entry.getValue();
            ParameterSpec spec = spec(declared, entry.getKey());
            source.add(node);
            if (node.isList()) {
                List<Object> sweep = new ArrayList<>();
                boolean itemsReadable = true;
                for (SpecNode item : node.items()) {
                    source.add(item);
                    Optional<Object> value = scalar(item, spec, problems);
                    value.ifPresent(sweep::add);
                    itemsReadable &= value.isPresent();
                }
                if (itemsReadable) {
                    values.put(entry.getKey(), sweep);
                }
                readable &= itemsReadable;
            } else {
                Optional<Object> value = scalar(node, spec, problems);
                value.ifPresent(v -> values.put(entry.getKey(), v));
                readable &= value.isPresent();
            }
        }
        ParameterBinder.Sweeps result = ParameterBinder.bindSweeps(declared, values);
        result.problems().forEach(problem -> problems.add(source.place(problem.under(owner.path()))));
        return readable ? result.values() : Optional.empty();
    }

    /** Checks one value given on the command line, such as {@code --episodes 0}. */
    static Optional<Object> bindOption(ParameterSpec declared, String option, Object value, Problems problems) {
        ParameterBinder.Result result = ParameterBinder.bind(List.of(declared), Map.of(declared.name(), value));
        result.problems().forEach(problem -> problems.add(problem.placed(
                new Problem.Location(option, 0, 0, ""))));
        return result.values().map(values -> values.asMap().get(declared.name()));
    }

    /** A scalar's value; a map, a list or nothing is a problem. */
    private static Optional<Object> scalar(SpecNode node, ParameterSpec spec, Problems problems) {
        if (!node.isScalar()) {
            problems.at(node, node.describe() + " has the wrong type", spec.allowed());
            return Optional.empty();
        }
        if (node.isNull()) {
            problems.at(node, "no value", spec.allowed());
            return Optional.empty();
        }
        return Optional.of(node.value());
    }

    private static ParameterSpec spec(List<ParameterSpec> declared, String name) {
        return declared.stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow();
    }

    /** A binder's problem, at its parameter's value, or at the owner when the value was not given. */
    private static Problem place(Problem problem, SpecNode owner, Map<String, SpecNode> given) {
        String parameter = problem.location().path();
        SpecNode at = given.getOrDefault(parameter, owner.at(owner.child(parameter)));
        return problem.placed(at.location());
    }
}
