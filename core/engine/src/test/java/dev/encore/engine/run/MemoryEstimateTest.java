package dev.encore.engine.run;

import static dev.encore.engine.testing.TestExperiments.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.HeapSize;
import dev.encore.engine.UserError;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {

    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;
    private static final List<TestExperiments.TestAgent> FOUR = List.of(agent("a", TestAgents.first()),
            agent("b", TestAgents.first()), agent("c", TestAgents.first()), agent("d", TestAgents.first()));

    private static Experiment catalog(int users, int items, EpisodeLength steps, int episodes) {
        return TestExperiments.experiment("memory", 2020, episodes, steps, 500,
                Map.of("users", (long) users, "items", (long) items), FOUR);
    }

    @Test
    void theShippedExperimentsFitInTheSmallHeapsTheyAreDocumentedToRunIn() {
        // experiments/large-catalog.yaml runs with -Xmx128m on two threads; full-length with the default heap
        assertThat(MemoryEstimate.bytes(catalog(100_000, 50_000, EpisodeLength.of(10_000), 1), 2))
                .isBetween(64 * MB + 2 * 5 * MB, 120 * MB);
        assertThat(MemoryEstimate.bytes(catalog(943, 1682, EpisodeLength.ALL, 10), 2)).isLessThan(128 * MB);
    }

    @Test
    void heardSongsGrowWithTheStepsUpToABitPerPair() {
        long few = MemoryEstimate.bytes(catalog(200_000, 200_000, EpisodeLength.of(1_000), 1), 1);
        long all = MemoryEstimate.bytes(catalog(200_000, 200_000, EpisodeLength.ALL, 1), 1);
        assertThat(few).isLessThan(100 * MB);
        // 200,000 x 200,000 pairs, a bit each: 5 GB
        assertThat(all).isBetween(200_000L * 200_000 / 8, 200_000L * 200_000 / 8 + GB);
    }

    @Test
    void trialsAtOnceCountUpToTheTrialsThereAre() {
        Experiment experiment = catalog(50_000, 50_000, EpisodeLength.ALL, 1);
        long one = MemoryEstimate.bytes(experiment, 1);
        long perTrial = one - MemoryEstimate.BASE_BYTES;
        assertThat(MemoryEstimate.bytes(experiment, 2)).isGreaterThan(one + perTrial * 9 / 10);
        assertThat(MemoryEstimate.bytes(experiment, 64)).isEqualTo(MemoryEstimate.bytes(experiment, 4));
    }

    @Test
    void aRunThatCannotFitIsRefusedWithWhatItNeedsAndHowToRaiseIt() {
        Experiment huge = catalog(1_000_000, 1_000_000, EpisodeLength.ALL, 1);
        assertThatThrownBy(() -> MemoryEstimate.check(huge, 2, 6 * GB))
                .isInstanceOf(UserError.class)
                .hasMessageMatching("the run needs about (\\d+\\.\\d) GB of memory \\(2 trials at once, about"
                        + " \\d+\\.\\d GB each\\), the JVM may use 6\\.0 GB; raise it with JAVA_OPTS=-Xmx\\d+g,"
                        + " or play fewer steps or a smaller catalog")
                .satisfies(error -> {
                    String message = error.getMessage();
                    double needed = Double.parseDouble(message.replaceAll(".*needs about ([0-9.]+) GB.*", "$1"));
                    long suggested = Long.parseLong(message.replaceAll(".*-Xmx(\\d+)g.*", "$1"));
                    assertThat(needed).isGreaterThan(200);
                    assertThat(suggested).isGreaterThanOrEqualTo((long) Math.ceil(needed));
                });
        assertThatThrownBy(() -> MemoryEstimate.check(huge, 1, 6 * GB))
                .hasMessageMatching("the run needs about \\d+\\.\\d GB of memory \\(one trial at a time\\), the JVM.*");
    }

    @Test
    void theTrialsAtOnceAreCountedAsTheLargestConditionsAndEveryConditionsCurvesAreKept() {
        Experiment large = catalog(100_000, 100_000, EpisodeLength.ALL, 1);
        Experiment swept = TestExperiments.experiment("memory", 2020, 1, EpisodeLength.ALL, 500,
                Map.of("users", List.of(1_000L, 100_000L), "items", List.of(1_000L, 100_000L)), FOUR);
        assertThat(swept.conditions()).hasSize(4);
        long curves = (swept.trials() - large.trials()) * 500 * (Long.BYTES + 2 * Double.BYTES);
        assertThat(MemoryEstimate.bytes(swept, 4)).isEqualTo(MemoryEstimate.bytes(large, 4) + curves);
        assertThatThrownBy(() -> MemoryEstimate.check(swept, 2, MemoryEstimate.bytes(swept, 2) - 1))
                .hasMessageContaining("(2 trials at once, about ")
                .hasMessageContaining(" each at most), the JVM may use ");
    }

    @Test
    void aCatalogTooLargeForOneTrialIsRefusedWhenResolvedBeforeAnyEnvironmentIsCreated() {
        AtomicInteger created = new AtomicInteger();
        assertThatThrownBy(() -> TestExperiments.experiment("memory", 2020, 1, EpisodeLength.of(100), 500,
                Map.of("users", List.of(50L, 700_000_000L), "items", 80L),
                List.of(agent("counting", TestAgents.counting(created)))))
                .isInstanceOf(UserError.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(Path.of("experiments", "memory.yaml")
                        + ": environment: one environment with users=700000000 needs about ")
                        + "\\d+\\.\\d GB of memory, the JVM may use "
                        + java.util.regex.Pattern.quote(HeapSize.human(HeapSize.max()))
                        + ": raise it with JAVA_OPTS=-Xmx\\d+g, or use a smaller catalog");
        assertThat(created).as("no agent was created, nor any environment to create it in").hasValue(0);
    }

    @Test
    void oneTrialAtATimeIsSuggestedWhenItFits() {
        Experiment experiment = catalog(100_000, 100_000, EpisodeLength.ALL, 1);
        long one = MemoryEstimate.bytes(experiment, 1);
        assertThatThrownBy(() -> MemoryEstimate.check(experiment, 4, one + MB))
                .hasMessageContaining("(4 trials at once, ")
                .hasMessageContaining(", or play one trial at a time with --threads 1 (about "
                        + HeapSize.human(one) + "), or play fewer steps or a smaller catalog");
        MemoryEstimate.check(experiment, 1, one + MB);
    }

    @Test
    void trialsPlayedElsewhereLeaveTheDriverOnlyTheirCurves() {
        Experiment huge = catalog(1_000_000, 1_000_000, EpisodeLength.ALL, 1);
        assertThat(MemoryEstimate.bytes(huge, 0))
                .isEqualTo(MemoryEstimate.BASE_BYTES + huge.trials() * huge.points() * (Long.BYTES + 2 * Double.BYTES));
        MemoryEstimate.check(huge, 0, 256 * MB);
        assertThatThrownBy(() -> MemoryEstimate.check(huge, 0, MemoryEstimate.BASE_BYTES))
                .hasMessageContaining("(the curves of every trial, played elsewhere), the JVM may use ");
    }
}
