package dev.encore.agents.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.spi.Agent;
import dev.encore.spi.FeatureLayout;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GreedyAgentTest {

    private static final double[] WEIGHTS = {0.1, -0.4, 1.0, 0.6, 0.0, -0.2};

    private static double reward(TestCandidates candidates, int candidate) {
        double sum = 0.0;
        for (int j = 0; j < WEIGHTS.length; j++) {
            sum += WEIGHTS[j] * candidates.feature(candidate, j);
        }
        return sum;
    }

    @Test
    void learnsFromEverySlatePositionAndThenRecommendsTheBestCandidatesBestFirst() {
        SplittableRandom features = new SplittableRandom(9);
        Agent agent = AgentFixture.of(new GreedyAgentFactory()).seed(1).slateSize(3)
                .featureDimension(6).catalogSize(50).create();
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 300; step++) {
            TestCandidates candidates = TestCandidates.random(50, 6, features);
            agent.recommend(candidates, slate, 3);
            for (int p = 0; p < 3; p++) {
                rewards[p] = reward(candidates, slate[p]);
            }
            agent.learn(candidates, slate, rewards, 3);
        }
        TestCandidates candidates = TestCandidates.random(50, 6, features);
        agent.recommend(candidates, slate, 3);
        Integer[] byReward = new Integer[50];
        for (int i = 0; i < 50; i++) {
            byReward[i] = i;
        }
        Arrays.sort(byReward, (a, b) -> Double.compare(reward(candidates, b), reward(candidates, a)));
        assertThat(reward(candidates, slate[0])).isEqualTo(reward(candidates, byReward[0]));
        assertThat(reward(candidates, slate[1])).isEqualTo(reward(candidates, byReward[1]));
        assertThat(reward(candidates, slate[2])).isEqualTo(reward(candidates, byReward[2]));
    }

    /** A rating that multiplies the listener's tastes by the song's, as the notebook's does. */
    private static double rating(TestCandidates candidates, int candidate) {
        return candidates.feature(candidate, 0) * candidates.feature(candidate, 2)
                + candidates.feature(candidate, 1) * candidates.feature(candidate, 3);
    }

    /** 50 candidates of one listener: listener columns alike, song and noise columns drawn. */
    private static TestCandidates listenerWithSongs(SplittableRandom random) {
        TestCandidates candidates = TestCandidates.random(50, 6, random);
        for (int i = 1; i < 50; i++) {
            candidates.setFeature(i, 0, candidates.feature(0, 0)).setFeature(i, 1, candidates.feature(0, 1));
        }
        return candidates;
    }

    @Test
    void withInteractionsLearnsARatingOfListenerTimesSongTastesAndRecommendsEachListenerTheirBest() {
        FeatureLayout layout = FeatureLayout.builder().listener("taste", 2).song("taste", 2).context("noise", 2)
                .build();
        // a light prior: the ratings have no noise, so the fit should end up all but exact
        Agent agent = AgentFixture.of(new GreedyAgentFactory()).parameter("features", "interactions")
                .parameter("lambda", 0.001).seed(1).featureLayout(layout).catalogSize(50).create();
        SplittableRandom random = new SplittableRandom(12);
        int[] slate = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 1_000; step++) {
            TestCandidates candidates = listenerWithSongs(random);
            agent.recommend(candidates, slate, 3);
            for (int p = 0; p < 3; p++) {
                rewards[p] = rating(candidates, slate[p]);
            }
            agent.learn(candidates, slate, rewards, 3);
        }
        for (int listener = 0; listener < 20; listener++) {
            TestCandidates candidates = listenerWithSongs(random);
            agent.recommend(candidates, slate, 3);
            double[] ratings = new double[50];
            for (int i = 0; i < 50; i++) {
                ratings[i] = rating(candidates, i);
            }
            Arrays.sort(ratings);
            for (int p = 0; p < 3; p++) {
                assertThat(rating(candidates, slate[p])).as("listener %d, position %d", listener, p)
                        .isCloseTo(ratings[49 - p], within(1e-9));
            }
        }
    }

    @Test
    void breaksTiesWithItsOwnGeneratorSoSeedsDifferAndRepeat() {
        // before learning every candidate scores 0: the slate is a tie broken at random
        TestCandidates candidates = TestCandidates.random(100, 6, new SplittableRandom(3));
        Set<String> slates = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            slates.add(firstSlate(candidates, seed));
            assertThat(firstSlate(candidates, seed)).isEqualTo(firstSlate(candidates, seed));
        }
        assertThat(slates).hasSizeGreaterThan(15);
    }

    private static String firstSlate(TestCandidates candidates, long seed) {
        Agent agent = AgentFixture.of(new GreedyAgentFactory()).parameter("lambda", 2.0).seed(seed)
                .slateSize(3).featureDimension(6).catalogSize(100).create();
        int[] slate = new int[3];
        agent.recommend(candidates, slate, 3);
        assertThat(slate).doesNotHaveDuplicates();
        return Arrays.toString(slate);
    }
}
