package dev.encore.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridTest {

    private static ExperimentSpec spec(Map<String, Object> environment, List<AgentSpec> agents) {
        return new ExperimentSpec("grid", 2020, 5, EpisodeLength.of(100), 3,
                new EnvironmentSpec("embedding", environment), RewardsSpec.SEED_EVENTS, agents, List.of(), 10);
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void withoutSweepsOneConditionAndOneVariantPerEntryKeepingItsLabel() {
        Grid grid = spec(ordered("users", 50L, "items", 80L), List.of(
                new AgentSpec("random", "random", Map.of()),
                new AgentSpec("linucb", "cautious", ordered("alpha", 0.3, "lambda", 1.0)))).grid();
        assertThat(grid.conditions()).singleElement().satisfies(condition -> {
            assertThat(condition.swept()).isEmpty();
            assertThat(condition.settings()).containsExactly(Map.entry("users", 50L), Map.entry("items", 80L));
        });
        assertThat(grid.variants()).extracting(Grid.Variant::label).containsExactly("random", "cautious");
        assertThat(grid.hasSweeps()).isFalse();
        assertThat(grid.trials()).isEqualTo(10);
    }

    @Test
    void sweptParametersMakeTheirProductTheFirstChangingSlowestLabelledWithTheirValues() {
        Grid grid = spec(ordered("users", 50L), List.of(
                new AgentSpec("random", "random", Map.of()),
                new AgentSpec("linucb", "linucb", ordered("alpha", List.of(0.1, 0.3, 1.0), "lambda",
                        List.of(1.0, 2.0))))).grid();
        assertThat(grid.variants()).extracting(Grid.Variant::label).containsExactly("random",
                "linucb alpha=0.1 lambda=1.0", "linucb alpha=0.1 lambda=2.0",
                "linucb alpha=0.3 lambda=1.0", "linucb alpha=0.3 lambda=2.0",
                "linucb alpha=1.0 lambda=1.0", "linucb alpha=1.0 lambda=2.0");
        Grid.Variant variant = grid.variants().get(4);
        assertThat(variant.index()).isEqualTo(4);
        assertThat(variant.entry()).isEqualTo(1);
        assertThat(variant.baseLabel()).isEqualTo("linucb");
        assertThat(variant.swept()).containsExactly(Map.entry("alpha", 0.3), Map.entry("lambda", 2.0));
        assertThat(variant.positions()).containsExactly(Map.entry("alpha", 1), Map.entry("lambda", 1));
        assertThat(grid.sweptParameters()).containsExactly("alpha", "lambda");
        assertThat(grid.trials()).isEqualTo(7 * 5);
    }

    @Test
    void onlyTheSweptParametersLabelAVariantAndASweepOfOneValueIsASweep() {
        Grid grid = spec(ordered("users", 50L), List.of(
                new AgentSpec("epsilon-greedy", "explorer", ordered("epsilon", List.of(0.2), "lambda", 3.0)))).grid();
        assertThat(grid.variants()).singleElement().satisfies(variant -> {
            assertThat(variant.label()).isEqualTo("explorer epsilon=0.2");
            assertThat(variant.swept()).containsOnlyKeys("epsilon");
            assertThat(variant.parameters()).containsExactly(Map.entry("epsilon", 0.2), Map.entry("lambda", 3.0));
        });
        assertThat(grid.hasSweeps()).isTrue();
    }

    @Test
    void sweptSettingsMakeConditionsEveryVariantPlaysInEach() {
        Grid grid = spec(ordered("users", List.of(50L, 100L), "items", List.of(500L, 1682L, 5000L), "noise", 2L),
                List.of(new AgentSpec("random", "random", Map.of()),
                        new AgentSpec("greedy", "greedy", ordered("lambda", List.of(1.0, 2.0))))).grid();
        assertThat(grid.conditions()).extracting(Grid.Condition::label).containsExactly(
                "users=50 items=500", "users=50 items=1682", "users=50 items=5000",
                "users=100 items=500", "users=100 items=1682", "users=100 items=5000");
        assertThat(grid.conditions().get(4).settings()).containsEntry("noise", 2L).containsEntry("items", 1682L);
        assertThat(grid.conditions().get(4).positions()).containsExactly(Map.entry("users", 1), Map.entry("items", 1));
        assertThat(grid.sweptSettings()).containsExactly("users", "items");
        assertThat(grid.trials()).isEqualTo(6L * 3 * 5);
    }

    @Test
    void theCountIsComputedWithoutExpandingTheSweeps() {
        List<Object> thousand = java.util.stream.LongStream.range(1, 1001).boxed().map(Object.class::cast).toList();
        ExperimentSpec huge = spec(ordered("users", thousand, "items", thousand, "hidden", thousand),
                List.of(new AgentSpec("linucb", "linucb", ordered("alpha", List.of(0.1, 0.2)))));
        assertThat(Grid.count(huge)).isEqualTo(1_000_000_000L * 2 * 5);
        ExperimentSpec overflowing = spec(ordered("users", thousand, "items", thousand, "hidden", thousand,
                "noise", thousand, "visible-user", thousand, "visible-item", thousand, "fit-sweeps", thousand),
                List.of(new AgentSpec("random", "random", Map.of())));
        assertThat(Grid.count(overflowing)).isEqualTo(Long.MAX_VALUE);
    }
}
