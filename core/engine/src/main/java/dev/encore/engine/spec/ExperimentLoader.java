package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.PluginFailure;
import dev.encore.engine.random.NumpyRandom;
import dev.encore.spi.ParameterSpec;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an experiment spec (SPEC section 6) into an {@link ExperimentSpec}, then resolves it with
 * {@link ExperimentResolver}: everything a run needs is checked before any trial. Reading checks keys, types and
 * ranges, the rewards, the plugins and the agents' parameters, and refuses a grid of more trials than allowed;
 * resolving prepares the environment of every condition and creates every agent variant once. Every problem found
 * by reading is reported together, each with its file, line, column and key path; problems that need the
 * environment prepared or an agent created are reported, placed likewise, once the spec reads without problems.
 */
public final class ExperimentLoader {

    /** The most trials a spec may ask for unless the command line allows more ({@code --max-trials}). */
    public static final long DEFAULT_MAX_TRIALS = 10_000;

    private static final String NAME = "name";
    private static final String STEPS = "steps";
    private static final String ENVIRONMENT = "environment";
    private static final String REWARDS = "rewards";
    private static final String AGENTS = "agents";
    private static final String PLUGINS = "plugins";
    private static final String REPORT = "report";
    private static final String POINTS = "points";

    private static final ParameterSpec SEED = ParameterSpec.integer("seed", 2020, "everything derives from it")
            .atLeast(0).atMost(NumpyRandom.MAX_SEED);
    private static final ParameterSpec EPISODES = ParameterSpec.integer("episodes", 10, "seeded episodes per agent")
            .atLeast(1).atMost(1_000_000);
    private static final ParameterSpec SLATE = ParameterSpec.integer("slate", 3, "songs per recommendation")
            .atLeast(1);
    private static final ParameterSpec REPORT_POINTS = ParameterSpec.integer(POINTS, 500, "points per curve")
            .atLeast(2).atMost(100_000);
    private static final List<ParameterSpec> NUMBERS = List.of(SEED, EPISODES, SLATE);
    private static final List<String> KEYS = List.of(NAME, SEED.name(), EPISODES.name(), STEPS, SLATE.name(),
            ENVIRONMENT, REWARDS, AGENTS, PLUGINS, REPORT);
    private static final String STEPS_ALLOWED = "allowed an integer >= 1, or all";
    private static final String NAME_ALLOWED = "letters, digits, '.', '_' and '-', starting with a letter or"
            + " digit (it names the report folder)";

    private final EnvironmentReader environments;
    private final AgentSource agentSource;
    private final ExperimentResolver resolver;

    @Inject
    public ExperimentLoader(EnvironmentTypes environmentTypes, AgentSource agentSource) {
        this.environments = new EnvironmentReader(environmentTypes);
        this.agentSource = agentSource;
        this.resolver = new ExperimentResolver(environmentTypes, agentSource);
    }

    /** The checked experiment, with at most {@link #DEFAULT_MAX_TRIALS} trials. */
    public Experiment load(Path spec, Overrides overrides, List<Path> extraPluginFolders) {
        return load(spec, overrides, extraPluginFolders, DEFAULT_MAX_TRIALS);
    }

    /**
     * The checked experiment.
     *
     * @param spec the YAML file; named parts and plugins are found beside it
     * @param overrides the command line's replacements for the spec's values
     * @param extraPluginFolders plugin folders given on the command line, searched after the default ones; the
     *     resolved spec names them, before its own plugins
     * @param maxTrials the most trials (conditions x agents x episodes) the spec may ask for
     * @throws UserError listing every problem found, one a line
     */
    public Experiment load(Path spec, Overrides overrides, List<Path> extraPluginFolders, long maxTrials) {
        Problems problems = new Problems();
        SourceMap source = new SourceMap();
        SpecNode root = YamlFile.read(spec, "", problems);
        source.add(root);
        if (!root.isMap()) {
            problems.at(root, root.describe() + " is not an experiment: allowed a map with the keys "
                    + String.join(", ", KEYS));
            problems.throwIfAny();
        }
        Path base = spec.getParent() != null ? spec.getParent() : Path.of("");
        Map<String, SpecNode> fields = root.fields(KEYS, problems);
        fields.values().forEach(source::add);

        String name = name(fields.get(NAME), spec, problems);
        Map<String, Object> numbers = numbers(root, fields, overrides, problems);
        long seed = (Long) numbers.getOrDefault(SEED.name(), SEED.defaultValue());
        long episodes = (Long) numbers.getOrDefault(EPISODES.name(), EPISODES.defaultValue());
        long slate = (Long) numbers.getOrDefault(SLATE.name(), SLATE.defaultValue());
        checkSeedsFit(seed, episodes, fields, overrides, problems);
        Optional<EpisodeLength> steps = steps(root, fields.get(STEPS), overrides.steps(), problems);
        int points = reportPoints(fields.get(REPORT), problems);

        RewardsSpec rewards = fields.containsKey(REWARDS)
                ? RewardsReader.read(fields.get(REWARDS), base, problems).orElse(RewardsSpec.SEED_EVENTS)
                : RewardsSpec.SEED_EVENTS;
        Optional<EnvironmentReader.Read> environment = fields.containsKey(ENVIRONMENT)
                ? environments.read(fields.get(ENVIRONMENT), base, problems, source)
                : missing(root, ENVIRONMENT, "allowed the name of a file in environments/ or an inline map",
                        problems);

        List<Path> plugins = plugins(fields.get(PLUGINS), base, problems);
        List<Path> locations = new ArrayList<>(extraPluginFolders);
        locations.addAll(plugins);
        AgentRegistry registry = agentSource.load(locations);
        reportPluginFailures(registry, fields.get(PLUGINS), plugins, problems);
        reportOptionPluginFailures(registry, extraPluginFolders, problems);
        List<AgentSpec> agents = List.of();
        if (fields.containsKey(AGENTS)) {
            agents = AgentsReader.read(fields.get(AGENTS), registry, problems, source);
        } else {
            missing(root, AGENTS, "allowed a list of agents, such as [random, linucb]", problems);
        }
        problems.throwIfAny();

        ExperimentSpec read = new ExperimentSpec(name, seed, (int) episodes, steps.orElseThrow(), (int) slate,
                environment.orElseThrow().spec(), rewards, agents,
                locations.stream().map(location -> location.toAbsolutePath().normalize().toString()).distinct()
                        .toList(), points);
        GridLimit.check(read, maxTrials, spec);
        try {
            return resolver.resolve(read, spec, environment.get().name(), registry);
        } catch (UserError e) {
            e.details().forEach(problem -> problems.add(source.place(problem)));
            problems.throwIfAny();
            throw e;
        }
    }

    /** {@code name:}, or the file's name without its extension: either way a safe folder name. */
    private static String name(SpecNode node, Path spec, Problems problems) {
        if (node == null) {
            String file = spec.getFileName().toString();
            String name = file.endsWith(".yaml") || file.endsWith(".yml") ? file.substring(0, file.lastIndexOf('.'))
                    : file;
            if (!NamedPart.NAME.matcher(name).matches()) {
                problems.add(new Problem(Problem.Location.source(spec.toString()), "the experiment takes its name"
                        + " from the file's, '" + name + "', which is not allowed",
                        NAME_ALLOWED + "; add name: to the spec or rename the file"));
                return "";
            }
            return name;
        }
        if (!node.isScalar() || node.isNull() || !NamedPart.NAME.matcher(node.text()).matches()) {
            problems.at(node, node.describe() + " is not allowed", NAME_ALLOWED);
            return "";
        }
        return node.text();
    }

    /** seed, episodes and slate from the spec, each replaced by the command line's value when given. */
    private static Map<String, Object> numbers(SpecNode root, Map<String, SpecNode> fields, Overrides overrides,
                                               Problems problems) {
        Map<String, SpecNode> given = new LinkedHashMap<>();
        NUMBERS.forEach(spec -> Optional.ofNullable(fields.get(spec.name())).ifPresent(n -> given.put(spec.name(), n)));
        Map<String, Object> values = new LinkedHashMap<>(
                Settings.bind(NUMBERS, root, given, problems).map(ParameterValues::asMap).orElse(Map.of()));
        overrides.seed().flatMap(seed -> Settings.bindOption(SEED, "--seed", seed, problems))
                .ifPresent(seed -> values.put(SEED.name(), seed));
        overrides.episodes().flatMap(episodes -> Settings.bindOption(EPISODES, "--episodes", episodes, problems))
                .ifPresent(episodes -> values.put(EPISODES.name(), episodes));
        return values;
    }

    /** Episode {@code e} plays seed {@code seed + e}: the last one must still be a seed numpy accepts. */
    private static void checkSeedsFit(long seed, long episodes, Map<String, SpecNode> fields, Overrides overrides,
                                      Problems problems) {
        long last = seed + episodes - 1;
        if (last > NumpyRandom.MAX_SEED) {
            String message = "seed + episodes - 1 = " + last + " is out of range: allowed at most "
                    + NumpyRandom.MAX_SEED + " (episode e plays seed + e)";
            if (overrides.seed().isPresent() || !fields.containsKey(SEED.name())) {
                problems.add("--seed", message);
            } else {
                problems.at(fields.get(SEED.name()), message);
            }
        }
    }

    private static Optional<EpisodeLength> steps(SpecNode root, SpecNode node, Optional<String> override,
                                                 Problems problems) {
        if (override.isPresent()) {
            String text = override.get();
            Optional<EpisodeLength> steps = text.equals("all") ? Optional.of(EpisodeLength.ALL) : parseSteps(text);
            if (steps.isEmpty()) {
                problems.add("--steps", "'" + text + "' is not allowed: " + STEPS_ALLOWED);
            }
            return steps;
        }
        if (node == null) {
            return missing(root, STEPS, STEPS_ALLOWED, problems);
        }
        Object value = node.isScalar() ? node.value() : null;
        if ("all".equals(value)) {
            return Optional.of(EpisodeLength.ALL);
        }
        if (value instanceof Integer || value instanceof Long) {
            long steps = ((Number) value).longValue();
            if (steps >= 1) {
                return Optional.of(EpisodeLength.of(steps));
            }
            problems.at(node, node.describe() + " is out of range: " + STEPS_ALLOWED);
        } else {
            problems.at(node, node.describe() + " has the wrong type: " + STEPS_ALLOWED);
        }
        return Optional.empty();
    }

    private static Optional<EpisodeLength> parseSteps(String text) {
        try {
            long steps = Long.parseLong(text.replace("_", ""));
            return steps >= 1 ? Optional.of(EpisodeLength.of(steps)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int reportPoints(SpecNode report, Problems problems) {
        if (report == null) {
            return Math.toIntExact((Long) REPORT_POINTS.defaultValue());
        }
        if (!report.isMap()) {
            problems.at(report, report.describe() + " has the wrong type: allowed a map such as {points: 500}");
            return 0;
        }
        Map<String, SpecNode> fields = report.fields(List.of(POINTS), problems);
        return Settings.bind(List.of(REPORT_POINTS), report, fields, problems)
                .map(values -> Math.toIntExact(values.integer(POINTS)))
                .orElse(0);
    }

    private static List<Path> plugins(SpecNode node, Path base, Problems problems) {
        if (node == null) {
            return List.of();
        }
        if (!node.isList()) {
            problems.at(node, node.describe() + " has the wrong type: allowed a list of plugin jars or folders,"
                    + " relative to the spec");
            return List.of();
        }
        List<Path> plugins = new ArrayList<>();
        for (SpecNode item : node.items()) {
            if (item.isScalar() && item.value() instanceof String path) {
                plugins.add(base.resolve(path).toAbsolutePath().normalize());
            } else {
                problems.at(item, item.describe() + " has the wrong type: allowed the path of a plugin jar or folder");
            }
        }
        return plugins;
    }

    /** A plugin the spec names that cannot be used is a problem at its place in {@code plugins:}. */
    private static void reportPluginFailures(AgentRegistry registry, SpecNode node, List<Path> plugins,
                                             Problems problems) {
        if (node == null) {
            return;
        }
        List<SpecNode> items = node.items();
        for (PluginFailure failure : registry.failures()) {
            Path location = failure.location().toAbsolutePath().normalize();
            for (int i = 0; i < plugins.size(); i++) {
                if (location.startsWith(plugins.get(i))) {
                    problems.at(items.get(i), location + ": " + failure.reason());
                }
            }
        }
    }

    /** A {@code --plugins} location that cannot be used is a problem of the command line, as on {@code agents}. */
    private static void reportOptionPluginFailures(AgentRegistry registry, List<Path> locations, Problems problems) {
        List<Path> given = locations.stream().map(location -> location.toAbsolutePath().normalize()).toList();
        for (PluginFailure failure : registry.failures()) {
            Path location = failure.location().toAbsolutePath().normalize();
            if (given.stream().anyMatch(location::startsWith)) {
                problems.add("--plugins", location + ": " + failure.reason());
            }
        }
    }

    private static <T> Optional<T> missing(SpecNode root, String key, String allowed, Problems problems) {
        problems.at(root.at(key), "missing: " + allowed);
        return Optional.empty();
    }
}
