package dev.encore.engine.environment;

import dev.encore.engine.Suggestions;
import dev.encore.engine.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment types an experiment can name, by {@code type:}. */
public final class EnvironmentTypes {

    private final Map<String, EnvironmentType> byName = new LinkedHashMap<>();

    public EnvironmentTypes(List<EnvironmentType> types) {
        for (EnvironmentType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("two environment types named '" + type.name() + "'");
            }
        }
    }

    /** The types Encore ships. */
    public static EnvironmentTypes builtIn() {
        return new EnvironmentTypes(List.of(new EmbeddingType(), new LoggedType()));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** @throws UserError naming the types there are and the nearest one */
    public EnvironmentType get(String name) {
        EnvironmentType type = byName.get(name);
        if (type == null) {
            throw new UserError("No environment type '" + name + "'. Available: " + String.join(", ", names())
                    + "." + Suggestions.didYouMean(name, byName.keySet()));
        }
        return type;
    }
}
