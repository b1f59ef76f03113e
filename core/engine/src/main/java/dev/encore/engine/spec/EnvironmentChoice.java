package dev.encore.engine.spec;

import dev.encore.engine.environment.EnvironmentType;
import java.util.List;

/**
 * The environment an experiment plays, in each of its conditions.
 *
 * @param name the reusable file's name ({@code spotify} for {@code environments/spotify.yaml}), or {@code inline}
 * @param type its type
 * @param conditions one per combination of swept settings, prepared once; one when nothing is swept
 */
public record EnvironmentChoice(String name, EnvironmentType type, List<Condition> conditions) {

    public EnvironmentChoice {
        conditions = List.copyOf(conditions);
    }
}
