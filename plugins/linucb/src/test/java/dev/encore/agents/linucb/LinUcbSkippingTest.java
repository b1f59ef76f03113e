package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.kit.FeatureMap;
import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.NotebookEnvironment;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Passing over candidates that cannot reach the slate changes nothing: step after step, LinUCB recommends exactly
 * what the textbook agent recommends (every candidate scored exactly and offered in order, ties drawn from the
 * same generator), from the first steps, when one direction is still unexplored, to thousands of steps later.
 * With {@code features: plain} the textbook agent reads the candidates' features themselves, as LinUCB did before it
 * had a choice of features: plain changes nothing.
 */
class LinUcbSkippingTest {

    /** LinUCB without shortcuts, on the candidates' features or, given a map, on rows it maps itself. */
    private static final class ExhaustiveLinUcb {

        private final FeatureMap map;
        private final RidgeRegression model;
        private final TopK top;
        private final double alpha;
        private double[] rows;

        ExhaustiveLinUcb(FeatureMap map, double alpha, double lambda, long seed) {
            this.map = map;
            this.model = new RidgeRegression(map == null ? 6 : map.dimension(), lambda);
            this.top = new TopK(3, new SplittableRandom(seed));
            this.alpha = alpha;
        }

        void recommend(Candidates candidates, int[] slate) {
            if (map == null) {
                rows = candidates.features();
            } else {
                rows = new double[candidates.size() * map.dimension()];
                map.map(candidates, rows);
            }
            int d = model.dimension();
            top.clear(3);
            for (int i = 0; i < candidates.size(); i++) {
                top.offer(i, model.predict(rows, i * d) + alpha * Math.sqrt(model.uncertainty(rows, i * d)));
            }
            for (int p = 0; p < 3; p++) {
                slate[p] = top.candidate(p);
            }
        }

        void learn(int[] slate, double[] rewards) {
            for (int p = 0; p < 3; p++) {
                model.learn(rows, slate[p] * model.dimension(), rewards[p]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0, 2020, plain", "0.3, 2.0, 7, plain", "3.0, 0.5, 123, plain",
        "1.0, 1.0, 2020, interactions", "0.3, 2.0, 7, interactions"})
    void recommendsWhatScoringEveryCandidateRecommends(double alpha, double lambda, long seed, String features) {
        NotebookEnvironment environment = NotebookEnvironment.seeded(seed);
        Agent agent = AgentFixture.of(new LinUcbAgentFactory()).seed(seed).featureLayout(environment.featureLayout())
                .parameters(Map.of("alpha", alpha, "lambda", lambda, "features", features)).create();
        ExhaustiveLinUcb textbook = new ExhaustiveLinUcb(
                features.equals("plain") ? null : FeatureMap.of(features, environment.featureLayout()),
                alpha, lambda, seed);
        int[] slate = new int[3];
        int[] expected = new int[3];
        double[] rewards = new double[3];
        for (int step = 0; step < 8_000; step++) {
            Candidates candidates = environment.candidates();
            agent.recommend(candidates, slate, 3);
            textbook.recommend(candidates, expected);
            assertThat(slate).as("step %d", step).containsExactly(expected);
            environment.step(slate, 3, rewards);
            agent.learn(candidates, slate, rewards, 3);
            textbook.learn(slate, rewards);
            environment.advance();
        }
    }
}
