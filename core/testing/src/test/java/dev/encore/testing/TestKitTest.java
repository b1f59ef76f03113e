package dev.encore.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;
import dev.encore.spi.FeatureRole;
import dev.encore.spi.ParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestKitTest {

    /** Recommends the first candidates, or the last ones when {@code reversed}. */
    private static final class FirstOrLast implements AgentFactory {
        @Override
        public String name() {
            return "first-or-last";
        }

        @Override
        public String description() {
            return "the first or last candidates";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.choice("end", "first", "which end", List.of("first", "last")),
                    ParameterSpec.integer("unused", 1, "range checked").atLeast(0));
        }

        @Override
        public Agent create(AgentContext context) {
            boolean last = context.choice("end").equals("last");
            return new Agent() {
                @Override
                public void recommend(Candidates candidates, int[] slate, int slateSize) {
                    for (int p = 0; p < slateSize; p++) {
                        slate[p] = last ? candidates.size() - 1 - p : p;
                    }
                }

                @Override
                public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                }
            };
        }
    }

    @Test
    void fixtureChecksParametersLikeASpec() {
        assertThatThrownBy(() -> AgentFixture.of(new FirstOrLast()).parameter("end", "middle").create())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one of first, last");
        assertThatThrownBy(() -> AgentFixture.of(new FirstOrLast()).parameter("unused", -1L).create())
                .hasMessageContaining("out of range");
    }

    @Test
    void fixtureBindsParametersAsASpecWithDefaultsAndTheRunsMessages() {
        assertThat(AgentFixture.of(new FirstOrLast()).parameter("unused", 4).boundParameters())
                .containsExactly(Map.entry("end", "first"), Map.entry("unused", 4L));
        assertThatThrownBy(() -> AgentFixture.of(new FirstOrLast()).parameter("unused", -1).boundParameters())
                .hasMessageStartingWith("agent 'first-or-last': unused = -1 is out of range");
    }

    @Test
    void notebookEnvironmentRepeatsItsSeedAndTakesTheCatalogsSize() {
        NotebookEnvironment one = NotebookEnvironment.seeded(7);
        NotebookEnvironment same = NotebookEnvironment.seeded(7);
        NotebookEnvironment other = NotebookEnvironment.seeded(8);
        assertThat(one.users()).isEqualTo(943);
        assertThat(one.items()).isEqualTo(1682);
        assertThat(one.featureLayout().columns(FeatureRole.LISTENER)).hasSize(2);
        int[] slate = {0, 1, 2};
        double[] rewards = new double[3];
        double[] sameRewards = new double[3];
        boolean differs = false;
        for (int step = 0; step < 20; step++) {
            assertThat(same.candidates().user()).isEqualTo(one.candidates().user());
            differs |= other.candidates().user() != one.candidates().user();
            assertThat(same.step(slate, 3, sameRewards)).isEqualTo(one.step(slate, 3, rewards));
            assertThat(sameRewards).containsExactly(rewards);
            other.step(slate, 3, new double[3]);
            one.advance();
            same.advance();
            other.advance();
        }
        assertThat(differs).as("another seed brings other listeners").isTrue();
        NotebookEnvironment small = NotebookEnvironment.withCatalog(4, 5, 1);
        assertThat(small.users()).isEqualTo(4);
        assertThat(small.items()).isEqualTo(5);
        assertThat(small.candidates().size()).isEqualTo(5);
    }

    @Test
    void fixtureGivesTheProblemsShape() {
        FeatureLayout layout = FeatureLayout.builder().listener("u", 2).song("s", 1).build();
        AgentContext context = AgentFixture.of(new FirstOrLast()).users(5).catalogSize(7).featureLayout(layout)
                .horizon(99).slateSize(2).context();
        assertThat(context.users()).isEqualTo(5);
        assertThat(context.catalogSize()).isEqualTo(7);
        assertThat(context.featureDimension()).isEqualTo(3);
        assertThat(context.featureLayout().columns(FeatureRole.LISTENER)).containsExactly(0, 1);
        assertThat(context.horizon()).hasValue(99);
        assertThat(context.choice("end")).isEqualTo("first");
    }

    @Test
    void candidatesDropRemovedRows() {
        TestCandidates candidates = TestCandidates.of(2, 1, 2, 3, 4, 5, 6).withItems(10, 20, 30).remove(1);
        assertThat(candidates.size()).isEqualTo(2);
        assertThat(candidates.item(1)).isEqualTo(30);
        assertThat(candidates.feature(1, 0)).isEqualTo(5);
        assertThat(candidates.feature(0, 1)).isEqualTo(2);
    }

    @Test
    void randomCandidatesLookLikeTheSpotifyEnvironments() {
        TestCandidates candidates = TestCandidates.random(100, 6, new SplittableRandom(3));
        for (int i = 0; i < 600; i++) {
            double value = candidates.features()[i];
            assertThat(value * 5).isBetween(1.0, 5.0).isEqualTo(Math.rint(value * 5));
        }
    }

    @Test
    void notebookTrialRepeatsAndDependsOnTheAgent() {
        NotebookTrial.Outcome first = NotebookTrial.of(new FirstOrLast()).seed(4).steps(500).run();
        NotebookTrial.Outcome again = NotebookTrial.of(new FirstOrLast()).seed(4).steps(500).run();
        NotebookTrial.Outcome last = NotebookTrial.of(new FirstOrLast()).parameter("end", "last").seed(4).steps(500)
                .run();
        assertThat(first).isEqualTo(again);
        assertThat(first.steps()).isEqualTo(500);
        assertThat(first.finalRegret()).isPositive().isNotEqualTo(last.finalRegret());
    }

    @Test
    void uniformityRejectsASkewedCount() {
        assertThat(Uniformity.looksUniform(new long[] {100, 104, 97, 99}, 0.001)).isTrue();
        assertThat(Uniformity.looksUniform(new long[] {100, 160, 97, 99}, 0.001)).isFalse();
        assertThat(Uniformity.criticalValue(4, 0.05)).isCloseTo(7.815, org.assertj.core.data.Offset.offset(1e-3));
    }
}
