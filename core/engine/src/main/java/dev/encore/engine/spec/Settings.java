package dev.encore.engine.spec;

import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.params.ParameterProblem;
import dev.encore.engine.params.ParameterValues;
import dev.encore.spi.ParameterSpec;
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
     * Binds {@code given} (every key one of {@code declared}), defaults filled in.
     *
     * @param owner the map the values are in: where a problem without a value of its own is placed
     * @return the values, or empty when any of them is wrong (each problem added)
     */
    static Optional<ParameterValues> bind(List<ParameterSpec> declared, SpecNode owner, Map<String, SpecNode> given,
                                          Problems problems) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        declared.forEach(spec -> byName.put(spec.name(), spec));
        Map<String, Object> values = new LinkedHashMap<>();
        boolean readable = true;
        for (Map.Entry<String, SpecNode> entry : given.entrySet()) {
            SpecNode node = entry.getValue();
            ParameterSpec spec = byName.get(entry.getKey());
            if (!node.isScalar()) {
                problems.at(node, node.describe() + " has the wrong type: allowed " + spec.allowed());
                readable = false;
            } else if (node.isNull()) {
                problems.at(node, "no value: allowed " + spec.allowed());
                readable = false;
            } else {
                values.put(entry.getKey(), node.value());
            }
        }
        ParameterBinder.Result result = ParameterBinder.bind(declared, values);
        for (ParameterProblem problem : result.problems()) {
            SpecNode at = given.getOrDefault(problem.parameter(), owner.at(owner.child(problem.parameter())));
            problems.at(at, withoutName(problem));
        }
        return readable ? result.values() : Optional.empty();
    }

    /** Checks one value given on the command line, such as {@code --episodes 0}. */
    static Optional<Object> bindOption(ParameterSpec declared, String option, Object value, Problems problems) {
        ParameterBinder.Result result = ParameterBinder.bind(List.of(declared), Map.of(declared.name(), value));
        result.problems().forEach(problem -> problems.add(option, withoutName(problem)));
        return result.values().map(values -> values.asMap().get(declared.name()));
    }

    /** The binder's message ({@code epsilon = 2 is out of range...}) without the name, which the path replaces. */
    static String withoutName(ParameterProblem problem) {
        String prefix = problem.parameter() + " = ";
        return problem.message().startsWith(prefix) ? problem.message().substring(prefix.length())
                : problem.message();
    }
}
