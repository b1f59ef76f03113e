package dev.encore.engine.spec;

import dev.encore.engine.UserError;
import dev.encore.engine.environment.EnvironmentType;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code environment:} (named or inline) and checks its settings against its type's; a list of values is a
 * sweep. Preparing the environment is left to {@link ExperimentResolver}.
 */
final class EnvironmentReader {

    private static final String TYPE = "type";

    private final EnvironmentTypes types;

    EnvironmentReader(EnvironmentTypes types) {
        this.types = types;
    }

    /**
     * An environment read from a spec.
     *
     * @param name the reusable file's name ({@code spotify} for {@code environments/spotify.yaml}), or
     *     {@code inline}
     * @param spec its type and checked settings
     */
    record Read(String name, EnvironmentSpec spec) {
    }

    /**
     * The environment, or empty when anything is wrong (each problem added).
     *
     * @param node the value of {@code environment:}
     * @param base the spec's folder: where named files are found
     * @param source where the environment's map and each setting is recorded
     */
    Optional<Read> read(SpecNode node, Path base, Problems problems, SourceMap source) {
        Optional<SpecNode> part = NamedPart.resolve(node, base, "environments", problems);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        SpecNode map = part.get();
        source.add(map);
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
        String name = node.isScalar() ? node.text() : ExperimentResolver.INLINE;
        return Settings.bindSweeps(declared, map, fields, problems, source)
                .map(settings -> new Read(name, new EnvironmentSpec(type.get().name(), settings)));
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
            e.details().forEach(problem -> problems.add(problem.placed(typeNode.location())));
            return Optional.empty();
        }
    }
}
