package dev.encore.engine.spec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The trials a spec asks for: every agent variant in every environment condition, on every episode.
 *
 * <p>A list where a single value is expected is a sweep. The environment's swept settings make the conditions:
 * their cartesian product, the first swept setting (in the type's order) changing slowest. Each agent entry's swept
 * parameters make its variants the same way, entry after entry in the spec's order. A variant is labelled with its
 * entry's label followed by each swept parameter's value, {@code linucb alpha=0.3} or
 * {@code cautious alpha=0.3 lambda=2.0} (values as the CSV files write them); an entry without a sweep keeps its
 * label. A sweep of one value still counts as a sweep: it labels the variant and gives the reports a column.
 *
 * @param conditions the environment's conditions; one, with nothing swept, when no setting is swept
 * @param variants every agent variant, entry by entry
 * @param episodes episodes per variant and condition
 */
public record Grid(List<Condition> conditions, List<Variant> variants, int episodes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Grid {
        conditions = List.copyOf(conditions);
        variants = List.copyOf(variants);
    }

    /**
     * One combination of the environment's swept settings.
     *
     * @param index its position among the conditions
     * @param swept the swept settings' values, in the type's order; empty when nothing is swept
     * @param settings every setting's value, the swept ones included
     * @param positions for each swept setting, the position of this condition's value in its sweep
     */
    public record Condition(int index, Map<String, Object> swept, Map<String, Object> settings,
                            Map<String, Integer> positions) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Condition {
            swept = SpecValues.copy(swept);
            settings = SpecValues.copy(settings);
            positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        }

        /** {@code items=500 users=100}; empty when nothing is swept. */
        public String label() {
            return SpecValues.describe(swept);
        }
    }

    /**
     * One combination of an agent entry's swept parameters.
     *
     * @param index its position among every variant
     * @param entry the position of its entry in {@code agents:}
     * @param label its label: the entry's, followed by each swept parameter's value
     * @param baseLabel its entry's label
     * @param agent the agent's name
     * @param swept the swept parameters' values, in the entry's order; empty when nothing is swept
     * @param parameters every parameter's value, the swept ones included
     * @param positions for each swept parameter, the position of this variant's value in its sweep
     */
    public record Variant(int index, int entry, String label, String baseLabel, String agent,
                          Map<String, Object> swept, Map<String, Object> parameters,
                          Map<String, Integer> positions) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Variant {
            swept = SpecValues.copy(swept);
            parameters = SpecValues.copy(parameters);
            positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        }
    }

    /** The grid of a spec. */
    public static Grid of(ExperimentSpec spec) {
        List<Condition> conditions = new ArrayList<>();
        for (Combination combination : combinations(spec.environment().settings())) {
            conditions.add(new Condition(conditions.size(), combination.swept, combination.values,
                    combination.positions));
        }
        List<Variant> variants = new ArrayList<>();
        for (int entry = 0; entry < spec.agents().size(); entry++) {
            AgentSpec agent = spec.agents().get(entry);
            for (Combination combination : combinations(agent.parameters())) {
                String label = combination.swept.isEmpty() ? agent.label()
                        : agent.label() + " " + SpecValues.describe(combination.swept);
                variants.add(new Variant(variants.size(), entry, label, agent.label(), agent.agent(),
                        combination.swept, combination.values, combination.positions));
            }
        }
        return new Grid(conditions, variants, spec.episodes());
    }

    /** Every trial: conditions x variants x episodes. */
    public long trials() {
        return (long) conditions.size() * variants.size() * episodes;
    }

    /** The environment's swept settings, in the type's order: one report column each. */
    public List<String> sweptSettings() {
        return conditions.isEmpty() ? List.of() : List.copyOf(conditions.get(0).swept().keySet());
    }

    /** Every agent parameter swept in some entry, in order of first appearance: one report column each. */
    public List<String> sweptParameters() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        variants.forEach(variant -> names.addAll(variant.swept().keySet()));
        return List.copyOf(names);
    }

    /** Whether anything is swept. */
    public boolean hasSweeps() {
        return !sweptSettings().isEmpty() || !sweptParameters().isEmpty();
    }

    /**
     * The number of trials a spec asks for, computed without expanding its sweeps (a mistaken sweep may ask for
     * more than memory holds); {@link Long#MAX_VALUE} when it is larger.
     */
    public static long count(ExperimentSpec spec) {
        return saturatedMultiply(saturatedMultiply(combinationCount(spec.environment().settings()),
                variantCount(spec)), spec.episodes());
    }

    /** The number of agent variants, computed without expanding the sweeps. */
    static long variantCount(ExperimentSpec spec) {
        long variants = 0;
        for (AgentSpec agent : spec.agents()) {
            variants = saturatedAdd(variants, combinationCount(agent.parameters()));
        }
        return variants;
    }

    /** The number of combinations of a map's sweeps: the product of their lengths. */
    static long combinationCount(Map<String, Object> values) {
        long count = 1;
        for (Object value : values.values()) {
            count = saturatedMultiply(count, SpecValues.values(value).size());
        }
        return count;
    }

    private static long saturatedMultiply(long a, long b) {
        long product = a * b;
        return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE : product;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** The cartesian product of a map's sweeps, the first sweep changing slowest. */
    private static List<Combination> combinations(Map<String, Object> values) {
        List<Combination> combinations = List.of(new Combination(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>()));
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            List<Object> choices = SpecValues.values(entry.getValue());
            boolean swept = SpecValues.isSweep(entry.getValue());
            List<Combination> next = new ArrayList<>();
            for (Combination combination : combinations) {
                for (int position = 0; position < choices.size(); position++) {
                    next.add(combination.with(entry.getKey(), choices.get(position), swept, position));
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** A choice of one value per setting or parameter. */
    private record Combination(Map<String, Object> values, Map<String, Object> swept,
                               Map<String, Integer> positions) {

        Combination with(String name, Object value, boolean isSwept, int position) {
            Combination next = new Combination(new LinkedHashMap<>(values), new LinkedHashMap<>(swept),
                    new LinkedHashMap<>(positions));
            next.values.put(name, value);
            if (isSwept) {
                next.swept.put(name, value);
                next.positions.put(name, position);
            }
            return next;
        }
    }
}
