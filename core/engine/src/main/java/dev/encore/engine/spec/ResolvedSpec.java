package dev.encore.engine.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A spec written back as YAML, every part inlined: for a resolved spec, with every default filled in, what
 * {@code spec.yaml} holds, what {@code validate} prints, and what a resumed run must match. It reads back as the
 * same spec; a sweep is written as the list it is.
 */
public final class ResolvedSpec {

    private ResolvedSpec() {
    }

    public static String yaml(Experiment experiment) {
        return yaml(experiment.spec());
    }

    public static String yaml(ExperimentSpec spec) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", spec.name());
        root.put("seed", spec.seed());
        root.put("episodes", spec.episodes());
        root.put("steps", spec.steps().isAll() ? "all" : spec.steps().steps());
        root.put("slate", spec.slate());
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("type", spec.environment().type());
        environment.putAll(spec.environment().settings());
        root.put("environment", environment);
        Map<String, Object> rewards = new LinkedHashMap<>();
        rewards.put("events", new LinkedHashMap<>(spec.rewards().events()));
        rewards.put("unknown-events", spec.rewards().unknownEvents());
        root.put("rewards", rewards);
        List<Object> agents = new ArrayList<>();
        for (AgentSpec agent : spec.agents()) {
            Map<String, Object> parameters = new LinkedHashMap<>(agent.parameters());
            parameters.put("label", agent.label());
            agents.add(Map.of(agent.agent(), parameters));
        }
        root.put("agents", agents);
        root.put("plugins", spec.plugins());
        root.put("report", Map.of("points", spec.points()));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        return new Yaml(options).dump(root);
    }
}
