package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.engine.environment.Environment;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.testing.TestAgents;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrialTest {

    private static final Agent FIRST = TestAgents.firstCandidates();

    @Test
    void recordsCumulativeRegretAndRewardAtTheScheduledSteps() {
        Trial trial = new Trial(new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK), FIRST, 3);
        RegretTrace trace = trial.run(2020, EpisodeLength.of(5), 5);
        assertThat(trace.size()).isEqualTo(5);
        assertThat(trace.totalSteps()).isEqualTo(5);
        // the notebook's first step: rewards 1.24 + 2.2 + 1.32; the listener's best three are all above 2.2
        assertThat(trace.cumulativeReward(0)).isCloseTo(4.76, within(1e-12));
        assertThat(trace.cumulativeRegret(0)).isPositive();
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.step(i)).isEqualTo(i + 1);
            assertThat(trace.cumulativeRegret(i)).isGreaterThanOrEqualTo(trace.cumulativeRegret(i - 1));
        }
        assertThat(trace.finalReward()).isEqualTo(trace.cumulativeReward(4));
    }

    @Test
    void anEpisodeOfAllStepsEndsWhenTheCatalogIsExhausted() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(new EmbeddingSettings(5, 10, 3, 2, 2, 2, "numpy"));
        RegretTrace trace = new Trial(environment, FIRST, 3).run(1, EpisodeLength.ALL, 100);
        assertThat(trace.totalSteps()).isEqualTo(20);
        assertThat(trace.step(trace.size() - 1)).isEqualTo(20);
    }

    @Test
    void moreStepsThanTheCatalogHoldsStopAtTheEnd() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(new EmbeddingSettings(2, 3, 3, 2, 2, 2, "numpy"));
        RegretTrace trace = new Trial(environment, FIRST, 3).run(1, EpisodeLength.of(1_000), 10);
        assertThat(trace.totalSteps()).isEqualTo(2);
    }

    @Test
    void aSlateThatRepeatsACandidateFailsTheTrial() {
        Agent repeating = new Agent() {
            @Override
            public void recommend(Candidates candidates, int[] slate, int slateSize) {
                Arrays.fill(slate, 0, slateSize, 4);
            }

            @Override
            public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
            }
        };
        Trial trial = new Trial(new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK), repeating, 3);
        assertThatThrownBy(() -> trial.run(2020, EpisodeLength.of(10), 10))
                .isInstanceOf(TrialFault.class)
                .hasMessage("step 1: bad slate: slate position 1 repeats candidate 4")
                .hasCauseInstanceOf(BadSlateException.class)
                .satisfies(fault -> assertThat(((TrialFault) fault).call()).isEqualTo(TrialFault.Call.STEP));
    }

    @Test
    void aSlateOutsideTheCandidatesFailsTheTrial() {
        Agent outside = new Agent() {
            @Override
            public void recommend(Candidates candidates, int[] slate, int slateSize) {
                slate[0] = candidates.size();
            }

            @Override
            public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
            }
        };
        Trial trial = new Trial(new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK), outside, 1);
        assertThatThrownBy(() -> trial.run(2020, EpisodeLength.of(10), 10))
                .hasMessage("step 1: bad slate: slate position 0 holds candidate 1682: allowed 0 to 1681");
    }

    @Test
    void anAgentThatThrowsFailsTheTrialNamingTheCallAndTheStep() {
        Agent throwsInLearn = new Agent() {
            private int steps;

            @Override
            public void recommend(Candidates candidates, int[] slate, int slateSize) {
                FIRST.recommend(candidates, slate, slateSize);
            }

            @Override
            public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                if (++steps == 4) {
                    throw new IllegalStateException();
                }
            }
        };
        Trial trial = new Trial(new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK), throwsInLearn, 3);
        assertThatThrownBy(() -> trial.run(2020, EpisodeLength.of(10), 10))
                .isInstanceOf(TrialFault.class)
                .hasMessage("step 4: learn threw java.lang.IllegalStateException")
                .satisfies(fault -> assertThat(((TrialFault) fault).step()).isEqualTo(4));
    }

    @Test
    void aRewardThatIsNotAFiniteNumberFailsTheTrialBeforeTheAgentLearnsFromIt() {
        int[] learned = new int[1];
        Agent counting = new Agent() {
            @Override
            public void recommend(Candidates candidates, int[] slate, int slateSize) {
                FIRST.recommend(candidates, slate, slateSize);
            }

            @Override
            public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                learned[0]++;
            }
        };
        Trial nan = new Trial(new SpoiledAt(3, 1, Double.NaN), counting, 3);
        assertThatThrownBy(() -> nan.run(2020, EpisodeLength.of(10), 10))
                .isInstanceOf(TrialFault.class)
                .hasCauseInstanceOf(BadRewardException.class)
                .hasMessageMatching("step 3: the environment returned reward NaN at slate position 1 \\(song \\d+\\):"
                        + " rewards must be finite numbers")
                .satisfies(fault -> assertThat(((TrialFault) fault).step()).isEqualTo(3));
        assertThat(learned[0]).isEqualTo(2);

        Trial infinite = new Trial(new SpoiledAt(5, 0, Double.NEGATIVE_INFINITY), FIRST, 3);
        assertThatThrownBy(() -> infinite.run(2020, EpisodeLength.of(10), 10))
                .hasMessageStartingWith("step 5: the environment returned reward -Infinity at slate position 0");
    }

    /** The notebook's environment, with one reward replaced at one step. */
    private static final class SpoiledAt implements Environment {

        private final EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        private final int step;
        private final int position;
        private final double reward;
        private int steps;

        SpoiledAt(int step, int position, double reward) {
            this.step = step;
            this.position = position;
            this.reward = reward;
        }

        @Override
        public int users() {
            return environment.users();
        }

        @Override
        public int items() {
            return environment.items();
        }

        @Override
        public FeatureLayout featureLayout() {
            return environment.featureLayout();
        }

        @Override
        public long stepsToExhaust(int slateSize) {
            return environment.stepsToExhaust(slateSize);
        }

        @Override
        public void reset(long seed) {
            environment.reset(seed);
        }

        @Override
        public Candidates candidates() {
            return environment.candidates();
        }

        @Override
        public double step(int[] slate, int slateSize, double[] rewards) {
            double best = environment.step(slate, slateSize, rewards);
            if (++steps == step) {
                rewards[position] = reward;
            }
            return best;
        }

        @Override
        public double optimalReturn() {
            return environment.optimalReturn();
        }

        @Override
        public boolean advance() {
            return environment.advance();
        }
    }

    @Test
    void timesOneStepInSixteenWhenTimersAreGiven() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrialTimers timers = new TrialTimers(registry, "timed", "first", 0)) {
            new Trial(new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK), FIRST, 3, timers)
                    .run(2020, EpisodeLength.of(40), 10);
            // steps 1, 17 and 33
            assertThat(registry.get("encore.agent.recommend").timer().count()).isEqualTo(3);
            assertThat(registry.get("encore.environment.step").timer().count()).isEqualTo(3);
            assertThat(registry.get("encore.agent.learn").timer().count()).isEqualTo(3);
            assertThat(timers.latencies().step().p99Nanos()).isPositive();
        }
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void refusesASlateLargerThanTheCatalogAndNonPositiveSteps() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        assertThatThrownBy(() -> new Trial(environment, FIRST, 1683))
                .hasMessage("slate = 1683 is out of range: allowed 1 to 1682 (the catalog's songs)");
        assertThatThrownBy(() -> new Trial(environment, FIRST, 0))
                .hasMessage("slate = 0 is out of range: allowed 1 to 1682 (the catalog's songs)");
        assertThatThrownBy(() -> EpisodeLength.of(-5))
                .hasMessage("steps = -5 is out of range: allowed at least 1, or 'all'");
    }

    @Test
    void scheduleSpreadsPointsEvenlyAndEndsAtTheLastStep() {
        assertThat(RegretTrace.schedule(10, 4)).containsExactly(3, 5, 8, 10);
        assertThat(RegretTrace.schedule(3, 500)).containsExactly(1, 2, 3);
        assertThat(RegretTrace.schedule(529_023, 500)).hasSize(500).endsWith(529_023);
    }
}
