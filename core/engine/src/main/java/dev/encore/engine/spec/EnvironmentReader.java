package dev.encore.engine.spec;

import dev.encore.engine.UserError;
import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.environment.EnvironmentBlueprint;
import dev.encore.engine.environment.EnvironmentContext;
import dev.encore.engine.environment.EnvironmentType;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.params.ParameterValues;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code environment:} (named or inline), checks its settings against its type's and prepares it once, so
 * that a combination of settings the type refuses is reported before any trial.
 */
final class EnvironmentReader {

    private static final String TYPE = "type";

    private final EnvironmentTypes types;

    EnvironmentReader(EnvironmentTypes types) {
        this.types = types;
    }

    /**
     * The environment and its prepared blueprint, or empty when anything is wrong (each problem added).
     *
     * @param node the value of {@code environment:}
     * @param base the spec's folder: where named files and relative paths in the settings are found
     */
    Optional<EnvironmentChoice> read(SpecNode node, Path base, StrengthMapping rewards, Problems problems) {
        Optional<SpecNode> part = NamedPart.resolve(node, base, "environments", problems);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        SpecNode map = part.get();
        if (!map.isMap()) {
            problems.at(map, map.describe() + " has the wrong type: allowed the name of a file in environments/"
                    + " or a map with type: and its settings");
            return Optional.empty();
        }
        Optional<EnvironmentType> type = type(map, problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<ParameterSpec> declared = type.get().parameters();
        List<String> allowed = new ArrayList<>(List.of(TYPE));
        declared.forEach(spec -> allowed.add(spec.name()));
        Map<String, SpecNode> fields = map.fields(allowed, problems);
        fields.remove(TYPE);
        Optional<ParameterValues> settings = Settings.bind(declared, map, fields, problems);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        String name = node.isScalar() ? node.text() : "inline";
        try {
            EnvironmentBlueprint blueprint = type.get().prepare(settings.get(), new EnvironmentContext(base, rewards));
            return Optional.of(new EnvironmentChoice(name, type.get(), settings.get(), blueprint));
        } catch (IllegalArgumentException e) {
            refused(e.getMessage(), map, fields, declared, problems);
        } catch (UserError e) {
            e.problems().forEach(problem -> refused(problem, map, fields, declared, problems));
        }
        return Optional.empty();
    }

    private Optional<EnvironmentType> type(SpecNode map, Problems problems) {
        SpecNode typeNode = map.entries().stream()
                .filter(entry -> entry.key().equals(TYPE))
                .map(SpecNode.Entry::value)
                .findFirst()
                .orElse(null);
        String allowed = "allowed " + String.join(", ", types.names());
        if (typeNode == null) {
            problems.at(map.at(map.child(TYPE)), "missing: " + allowed);
            return Optional.empty();
        }
        if (!typeNode.isScalar() || !(typeNode.value() instanceof String)) {
            problems.at(typeNode, typeNode.describe() + " has the wrong type: " + allowed);
            return Optional.empty();
        }
        try {
            return Optional.of(types.get(typeNode.text()));
        } catch (UserError e) {
            problems.at(typeNode, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A type's refusal placed at the setting it names ({@code visible-user = 5 is out of range: ...},
     * {@code log = 'x.csv': no such file}), or at the environment when it names none.
     */
    private static void refused(String message, SpecNode map, Map<String, SpecNode> fields,
                                List<ParameterSpec> declared, Problems problems) {
        for (ParameterSpec spec : declared) {
            String prefix = spec.name() + " = ";
            if (message.startsWith(prefix)) {
                SpecNode at = fields.getOrDefault(spec.name(), map.at(map.child(spec.name())));
                problems.at(at, message.substring(prefix.length()));
                return;
            }
        }
        problems.at(map, message);
    }

}
