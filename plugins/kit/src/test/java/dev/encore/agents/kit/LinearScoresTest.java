package dev.encore.agents.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearScoresTest {

    @Test
    void everyRowScoresAsTheTermByTermSumWhateverItsLength() {
        SplittableRandom random = new SplittableRandom(8);
        for (int d = 1; d <= 12; d++) {
            double[] weights = random.doubles(d, -2, 2).toArray();
            double[] rows = new double[200 * d];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = random.nextInt(-5, 6) / 5.0;
            }
            double[] scores = new double[200];
            LinearScores.all(weights, rows, 200, scores);
            for (int i = 0; i < 200; i++) {
                double sum = 0.0;
                for (int j = 0; j < d; j++) {
                    sum += weights[j] * rows[i * d + j];
                }
                assertThat(scores[i]).as("d = %d, row %d", d, i).isEqualTo(sum);
                assertThat(LinearScores.one(weights, rows, i * d)).isEqualTo(sum);
            }
        }
    }
}
