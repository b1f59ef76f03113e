package dev.encore.engine.spec;

import dev.encore.engine.HeapSize;
import dev.encore.engine.Problem;
import dev.encore.engine.Suggestions;
import dev.encore.engine.UserError;
import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.environment.Environment;
import dev.encore.engine.environment.EnvironmentContext;
import dev.encore.engine.environment.EnvironmentType;
import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.params.ParameterValues;
import dev.encore.engine.plugin.AgentRegistry;
import dev.encore.engine.plugin.ExitCalledError;
import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.spi.ParameterSpec;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an {@link ExperimentSpec} into the {@link Experiment} a run needs, with nothing but the spec at hand: finds
 * every agent in the plugins (the default folders and those the spec names), checks every setting and parameter,
 * prepares the environment of every condition once, and creates every agent variant once in every condition, so
 * that a refusal stops the run before its first trial. Every problem is reported together, each at its key path
 * ({@code agents[0].alpha[2]}); {@link ExperimentLoader} places them in the YAML file they came from.
 */
public final class ExperimentResolver {

    /** The environment's name when no file names it. */
    static final String INLINE = "inline";

    private static final String TYPE = "type";
    private static final String LABEL = "label";
    private static final String ENVIRONMENT = "environment";

    private final EnvironmentTypes types;
    private final AgentSource agentSource;

    @Inject
    public ExperimentResolver(EnvironmentTypes types, AgentSource agentSource) {
        this.types = types;
        this.agentSource = agentSource;
    }

    /**
     * Resolves a spec away from its YAML file, as a machine that was sent the spec would.
     *
     * @param specFile where the spec came from: it names problems, and relative paths in the spec are relative to
     *     its folder (a resolved spec has none)
     * @throws UserError listing every problem, each at its key path
     */
    public Experiment resolve(ExperimentSpec spec, Path specFile) {
        AgentRegistry registry = agentSource.load(spec.plugins().stream().map(Path::of).toList());
        return resolve(spec, specFile, INLINE, registry);
    }

    /**
     * @param environmentName the name of the environment's file, or {@link #INLINE}
     * @param registry the agents found in the spec's plugins
     */
    Experiment resolve(ExperimentSpec spec, Path specFile, String environmentName, AgentRegistry registry) {
        return new Resolution(spec, specFile, registry).experiment(environmentName);
    }

    /** One resolution: the spec, and the problems found so far. */
    private final class Resolution {

        private final ExperimentSpec spec;
        private final Path specFile;
        private final Path base;
        private final AgentRegistry registry;
        private final Set<Problem> problems = new LinkedHashSet<>();

        Resolution(ExperimentSpec spec, Path specFile, AgentRegistry registry) {
            this.spec = spec;
            this.specFile = specFile;
            this.base = specFile.getParent() != null ? specFile.getParent() : Path.of("");
            this.registry = registry;
        }

        Experiment experiment(String environmentName) {
            StrengthMapping rewards = rewards();
            Optional<EnvironmentType> type = type();
            Optional<Map<String, Object>> settings = type.flatMap(this::settings);
            Optional<List<Condition>> conditions = settings.flatMap(bound -> conditions(type.get(), bound, rewards));
            boolean slateFits = conditions.isPresent() && slateFits(conditions.get());
            List<Optional<Entry>> entries = new ArrayList<>();
            for (int index = 0; index < spec.agents().size(); index++) {
                entries.add(entry(index, spec.agents().get(index)));
            }
            Optional<List<Variant>> agents = entries.stream().allMatch(Optional::isPresent)
                    ? variants(entries.stream().map(Optional::get).toList()) : Optional.empty();
            if (slateFits && agents.isPresent() && fitInTheHeap(conditions.get())) {
                checkCreation(agents.get(), conditions.get());
            }
            if (!problems.isEmpty()) {
                throw UserError.of(List.copyOf(problems));
            }
            ExperimentSpec resolved = new ExperimentSpec(spec.name(), spec.seed(), spec.episodes(), spec.steps(),
                    spec.slate(), new EnvironmentSpec(type.get().name(), absoluteFiles(type.get(), settings.get())),
                    RewardsSpec.of(rewards), entries.stream().map(entry -> entry.get().resolved()).toList(),
                    spec.plugins().stream().map(plugin -> absolute(plugin)).distinct().toList(), spec.points());
            return new Experiment(resolved, specFile,
                    new EnvironmentChoice(environmentName, type.get(), withAbsoluteFiles(type.get(), conditions.get())),
                    rewards, agents.get().stream().map(Variant::choice).toList());
        }

        private void add(String path, String message, String allowed) {
            problems.add(new Problem(new Problem.Location(specFile.toString(), 0, 0, path), message, allowed));
        }

        /** A problem found at a path relative to {@code parent}, placed under it in the spec. */
        private void add(Problem problem, String parent) {
            Problem under = problem.under(parent);
            problems.add(under.placed(new Problem.Location(specFile.toString(), 0, 0, under.location().path())));
        }

        private StrengthMapping rewards() {
            String unknown = spec.rewards().unknownEvents();
            for (StrengthMapping.UnknownEvents choice : StrengthMapping.UnknownEvents.values()) {
                if (choice.name().toLowerCase(Locale.ROOT).equals(unknown)) {
                    return new StrengthMapping(spec.rewards().events(), choice);
                }
            }
            add("rewards.unknown-events", "'" + unknown + "' is not allowed", "error or zero");
            return new StrengthMapping(spec.rewards().events(), StrengthMapping.UnknownEvents.ERROR);
        }

        private Optional<EnvironmentType> type() {
            try {
                return Optional.of(types.get(spec.environment().type()));
            } catch (UserError e) {
                e.details().forEach(problem -> add(problem, ENVIRONMENT + "." + TYPE));
                return Optional.empty();
            }
        }

        /** The environment's settings, checked, defaults filled in, in the type's order. */
        private Optional<Map<String, Object>> settings(EnvironmentType type) {
            return bind(type.parameters(), spec.environment().settings(), ENVIRONMENT, TYPE);
        }

        /**
         * Values checked against their declarations, a list as a sweep; an unknown name is a problem at it.
         *
         * @param other the one key allowed besides the declared ones
         */
        private Optional<Map<String, Object>> bind(List<ParameterSpec> declared, Map<String, Object> given,
                                                   String path, String other) {
            List<String> allowed = new ArrayList<>(declared.stream().map(ParameterSpec::name).toList());
            boolean known = true;
            for (String name : given.keySet()) {
                if (!allowed.contains(name)) {
                    List<String> keys = new ArrayList<>(List.of(other));
                    keys.addAll(allowed);
                    add(path + "." + name, "unknown key: allowed " + String.join(", ", keys) + "."
                            + Suggestions.didYouMean(name, keys), "");
                    known = false;
                }
            }
            ParameterBinder.Sweeps bound = ParameterBinder.bindSweeps(declared, given);
            bound.problems().forEach(problem -> add(problem, path));
            return known ? bound.values() : Optional.empty();
        }

        /** Every condition of the grid, its environment prepared; empty when any cannot be. */
        private Optional<List<Condition>> conditions(EnvironmentType type, Map<String, Object> settings,
                                                     StrengthMapping rewards) {
            EnvironmentContext context = new EnvironmentContext(base, rewards);
            List<Condition> conditions = new ArrayList<>();
            boolean prepared = true;
            for (Grid.Condition point : Grid.of(withSettings(type, settings)).conditions()) {
                ParameterValues values = ParameterBinder.bind(type.parameters(), point.settings()).orElseThrow();
                try {
                    conditions.add(new Condition(point.index(), point.swept(), values,
                            type.prepare(values, context)));
                } catch (UserError e) {
                    e.details().forEach(problem -> add(atPosition(problem, point.positions()), ENVIRONMENT));
                    prepared = false;
                } catch (IllegalArgumentException e) {
                    add(Problem.of(e.getMessage()), ENVIRONMENT);
                    prepared = false;
                }
            }
            return prepared ? Optional.of(conditions) : Optional.empty();
        }

        private ExperimentSpec withSettings(EnvironmentType type, Map<String, Object> settings) {
            return new ExperimentSpec(spec.name(), spec.seed(), spec.episodes(), spec.steps(), spec.slate(),
                    new EnvironmentSpec(type.name(), settings), spec.rewards(), List.of(), spec.plugins(),
                    spec.points());
        }

        /** The slate cannot hold more songs than the catalog of any condition. */
        private boolean slateFits(List<Condition> conditions) {
            for (Condition condition : conditions) {
                int items = condition.blueprint().items();
                if (spec.slate() > items) {
                    add("slate", spec.slate() + " is out of range", "an integer from 1 to " + items
                            + " (the environment's songs" + (conditions.size() > 1 ? " with " + condition.label()
                            : "") + ")");
                    return false;
                }
            }
            return true;
        }

        /**
         * One environment of every condition, as a trial creates it, fits in the heap this JVM may use: checked from
         * the settings alone, before one is created to check the agents, so that a catalog too large is refused in
         * words rather than by running out of memory. A run checks its trials (as they grow, and as many as play at
         * once) again before the first.
         */
        private boolean fitInTheHeap(List<Condition> conditions) {
            long max = HeapSize.max();
            for (Condition condition : conditions) {
                long needed = condition.blueprint().trialBytes(1, spec.slate());
                if (needed > max) {
                    add(ENVIRONMENT, "one environment" + (conditions.size() > 1 ? " with " + condition.label() : "")
                            + " needs about " + HeapSize.human(needed) + " of memory, the JVM may use "
                            + HeapSize.human(max) + ": raise it with " + HeapSize.javaOpts(needed + needed / 4)
                            + ", or use a smaller catalog", "");
                    return false;
                }
            }
            return true;
        }

        /** An entry's agent and parameters, checked; empty when anything is wrong. */
        private Optional<Entry> entry(int index, AgentSpec agentSpec) {
            String path = "agents[" + index + "]";
            Optional<LoadedAgent> found = registry.find(agentSpec.agent());
            if (found.isEmpty()) {
                int failed = registry.failures().size();
                add(path, registry.unknownAgentMessage(agentSpec.agent()) + (failed == 0 ? ""
                        : " (" + failed + (failed == 1 ? " plugin" : " plugins")
                        + " failed to load: encore agents says why)"), "");
                return Optional.empty();
            }
            if (agentSpec.label().isBlank()) {
                add(path + "." + LABEL, "'" + agentSpec.label() + "' has the wrong type", "a text");
            }
            return bind(found.get().parameters(), agentSpec.parameters(), path, LABEL)
                    .filter(parameters -> !agentSpec.label().isBlank())
                    .map(parameters -> new Entry(index, found.get(),
                            new AgentSpec(agentSpec.agent(), agentSpec.label(), parameters)));
        }

        /** Every variant of every entry; empty when two share a label. */
        private Optional<List<Variant>> variants(List<Entry> entries) {
            ExperimentSpec checked = new ExperimentSpec(spec.name(), spec.seed(), spec.episodes(), spec.steps(),
                    spec.slate(), spec.environment(), spec.rewards(), entries.stream().map(Entry::resolved).toList(),
                    spec.plugins(), spec.points());
            Map<String, Integer> entryOf = new HashMap<>();
            List<Variant> variants = new ArrayList<>();
            boolean distinct = true;
            for (Grid.Variant variant : Grid.of(checked).variants()) {
                Entry entry = entries.get(variant.entry());
                Integer first = entryOf.putIfAbsent(variant.label(), entry.index());
                if (first != null) {
                    add("agents[" + entry.index() + "]", "label '" + variant.label() + "' is already used by agents["
                            + first + "]: give one of them a distinct label, such as {label: " + variant.label()
                            + "-2}", "");
                    distinct = false;
                    continue;
                }
                variants.add(new Variant(new AgentChoice(variant.label(), entry.agent(), ParameterBinder.bind(
                        entry.agent().parameters(), variant.parameters()).orElseThrow(), variant.baseLabel(),
                        variant.swept()), entry.index()));
            }
            return distinct ? Optional.of(variants) : Optional.empty();
        }

        /**
         * Every variant is created once in every condition before any trial, so that a factory refusing its
         * parameters or the environment fails early; a variant's first refusal is reported, at its entry.
         */
        private void checkCreation(List<Variant> variants, List<Condition> conditions) {
            Map<Integer, String> refused = new TreeMap<>();
            for (Condition condition : conditions) {
                Environment environment = condition.blueprint().create();
                for (int v = 0; v < variants.size(); v++) {
                    AgentChoice agent = variants.get(v).choice();
                    Optional<String> refusal = refused.containsKey(v) ? Optional.empty()
                            : refusal(agent, environment);
                    if (refusal.isPresent()) {
                        List<String> context = new ArrayList<>();
                        if (!agent.swept().isEmpty()) {
                            context.add("'" + agent.label() + "'");
                        }
                        if (conditions.size() > 1) {
                            context.add("with " + condition.label());
                        }
                        refused.put(v, (context.isEmpty() ? "" : String.join(" ", context) + ": ") + refusal.get());
                    }
                }
            }
            refused.forEach((v, refusal) -> add("agents[" + variants.get(v).entry() + "]", refusal, ""));
        }

        private Optional<String> refusal(AgentChoice choice, Environment environment) {
            TrialAgentContext context = new TrialAgentContext(choice.parameters(),
                    Seeds.agentGenerator(spec.seed(), choice.label(), 0), spec.slate(), environment.users(),
                    environment.items(), environment.featureLayout(),
                    OptionalLong.of(spec.steps().resolve(environment, spec.slate())));
            try {
                choice.agent().create(context);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(String.valueOf(e.getMessage()));
            } catch (ExitCalledError e) {
                return Optional.of(choice.agent().name() + " called " + e.getMessage()
                        + " when created (a plugin cannot end the run)");
            } catch (RuntimeException | LinkageError e) {
                return Optional.of(choice.agent().name() + " could not be created: " + e);
            }
        }

        /** The settings with each file the type names by its absolute path. */
        private Map<String, Object> absoluteFiles(EnvironmentType type, Map<String, Object> settings) {
            Map<String, Object> absolute = new LinkedHashMap<>(settings);
            for (String file : type.files()) {
                Object value = absolute.get(file);
                if (value instanceof List<?> sweep) {
                    absolute.put(file, sweep.stream().map(this::absoluteFile).toList());
                } else if (value != null) {
                    absolute.put(file, absoluteFile(value));
                }
            }
            return absolute;
        }

        private Object absoluteFile(Object value) {
            return value instanceof String text && !text.isEmpty() ? absolute(text) : value;
        }

        private String absolute(String path) {
            return base.resolve(path).toAbsolutePath().normalize().toString();
        }

        /** The conditions, their settings naming files by absolute paths as the resolved spec does. */
        private List<Condition> withAbsoluteFiles(EnvironmentType type, List<Condition> conditions) {
            if (type.files().isEmpty()) {
                return conditions;
            }
            return conditions.stream().map(condition -> new Condition(condition.index(),
                    absoluteFiles(type, condition.swept()),
                    ParameterBinder.bind(type.parameters(), absoluteFiles(type, condition.settings().asMap()))
                            .orElseThrow(),
                    condition.blueprint())).toList();
        }
    }

    /**
     * A problem of one condition at the setting it names: at the setting's position in its sweep when swept.
     */
    private static Problem atPosition(Problem problem, Map<String, Integer> positions) {
        String setting = problem.location().path();
        Integer position = positions.get(setting);
        return position == null ? problem
                : problem.placed(Problem.Location.of(setting + "[" + position + "]"));
    }

    /**
     * An agent entry, found and checked.
     *
     * @param index its position in {@code agents:}
     * @param agent the plugin's factory
     * @param resolved the entry with every parameter checked and its defaults filled in
     */
    private record Entry(int index, LoadedAgent agent, AgentSpec resolved) {
    }

    /**
     * An agent variant and the entry it comes from.
     *
     * @param choice the variant
     * @param entry the position of its entry in {@code agents:}: where a problem with it is reported
     */
    private record Variant(AgentChoice choice, int entry) {
    }
}
