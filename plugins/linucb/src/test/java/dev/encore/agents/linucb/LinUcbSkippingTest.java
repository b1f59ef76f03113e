package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.kit.RidgeRegression;
import dev.encore.agents.kit.TopK;
import dev.encore.engine.environment.EmbeddingEnvironment;
import dev.encore.engine.environment.EmbeddingSettings;
import dev.encore.spi.Candidates;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Passing over candidates that cannot reach the slate changes nothing: step after step, LinUCB recommends exactly
 * what the textbook agent recommends (every candidate scored exactly and offered in order, ties drawn from the
 * same generator), from the first steps, when one direction is still unexplored, to thousands of steps later.
 */
class LinUcbSkippingTest {

    /** LinUCB without shortcuts. */
    private static final class ExhaustiveLinUcb {

        private final RidgeRegression model;
        private final TopK top;
        private final double alpha;

        ExhaustiveLinUcb(double alpha, double lambda, long seed) {
            this.model = new RidgeRegression(6, lambda);
            this.top = new TopK(3, new SplittableRandom(seed));
            this.alpha = alpha;
        }

        void recommend(Candidates candidates, int[] slate) {
            top.clear(3);
            for (int i = 0; i < candidates.size(); i++) {
                top.offer(i, model.predict(candidates.features(), i * 6)
                        + alpha * Math.sqrt(model.uncertainty(candidates.features(), i * 6)));
            }
            for (int p = 0; p < 3; p++) {
                slate[p] = top.candidate(p);
            }
        }

        void learn(Candidates candidates, int[] slate, double[] rewards) {
            for (int p = 0; p < 3; p++) {
                model.learn(candidates.features(), slate[p] * 6, rewards[p]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0, 2020", "0.3, 2.0, 7", "3.0, 0.5, 123"})
    void recommendsWhatScoringEveryCandidateRecommends(double alpha, double lambda, long seed) {
        LinUcbAgent agent = new LinUcbAgent(6, alpha, lambda, 3, 1682, new SplittableRandom(seed));
        ExhaustiveLinUcb textbook = new ExhaustiveLinUcb(alpha, lambda, seed);
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(seed);
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
            textbook.learn(candidates, slate, rewards);
            environment.advance();
        }
    }
}
