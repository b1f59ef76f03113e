package dev.encore.engine.spec;

import java.io.Serializable;
import java.util.Map;

/**
 * The environment of an experiment as plain data.
 *
 * @param type its type, such as {@code embedding}
 * @param settings its settings by name, in the type's order; a list is a sweep: one condition per value
 */
public record EnvironmentSpec(String type, Map<String, Object> settings) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EnvironmentSpec {
        settings = SpecValues.copy(settings);
    }
}
