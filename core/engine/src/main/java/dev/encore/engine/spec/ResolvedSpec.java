package dev.encore.engine.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An experiment written back as YAML with every default filled in and every part inlined: what {@code spec.yaml}
 * holds, what {@code validate} prints, and what a resumed run must match.
 */
public final class ResolvedSpec {

    private ResolvedSpec() {
    }

    public static String yaml(Experiment experiment) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", experiment.name());
        root.put("seed", experiment.seed());
        root.put("episodes", experiment.episodes());
        root.put("steps", experiment.steps().isAll() ? "all" : experiment.steps().steps());
        root.put("slate", experiment.slate());
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("type", experiment.environment().type().name());
        environment.putAll(experiment.environment().settings().asMap());
        root.put("environment", environment);
        Map<String, Object> rewards = new LinkedHashMap<>();
        rewards.put("events", new LinkedHashMap<>(experiment.rewards().strengths()));
        rewards.put("unknown-events", experiment.rewards().unknownEvents().name().toLowerCase(java.util.Locale.ROOT));
        root.put("rewards", rewards);
        List<Object> agents = new ArrayList<>();
        for (AgentChoice choice : experiment.agents()) {
            Map<String, Object> parameters = new LinkedHashMap<>(choice.parameters().asMap());
            parameters.put("label", choice.label());
            agents.add(Map.of(choice.agent().name(), parameters));
        }
        root.put("agents", agents);
        root.put("plugins", experiment.plugins().stream().map(Object::toString).toList());
        root.put("report", Map.of("points", experiment.points()));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        return new Yaml(options).dump(root);
    }
}
