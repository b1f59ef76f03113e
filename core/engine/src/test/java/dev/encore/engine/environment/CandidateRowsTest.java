package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidateRowsTest {

    @Test
    void theNotebookShapesLoopWritesWhatTheGeneralLoopWrites() {
        EmbeddingSettings settings = new EmbeddingSettings(50, 400, 3, 2, 2, 2, "numpy");
        SplittableRandom random = new SplittableRandom(4);
        double[] users = new double[50 * 3];
        double[] songs = new double[400 * 3];
        for (int i = 0; i < users.length; i++) {
            users[i] = random.nextDouble(-2, 2); // not only fifths: any tastes, fitted ones too
        }
        for (int i = 0; i < songs.length; i++) {
            songs[i] = random.nextDouble(-2, 2);
        }
        CandidateRows notebook = CandidateRows.of(settings, users, songs);
        CandidateRows general = new CandidateRows.AnyShape(settings, users, songs);
        assertThat(notebook).isInstanceOf(CandidateRows.NotebookShape.class);
        int[] items = new int[400];
        int[] noise = new int[800];
        double[] ratings = new double[400];
        double[] features = new double[2400];
        double[] expectedRatings = new double[400];
        double[] expectedFeatures = new double[2400];
        for (int round = 0; round < 20; round++) {
            int n = 0;
            for (int item = 0; item < 400; item++) {
                if (random.nextInt(3) > 0) {
                    items[n++] = item;
                }
            }
            for (int i = 0; i < 2 * n; i++) {
                noise[i] = random.nextInt(1, 6);
            }
            int user = random.nextInt(50);
            notebook.fill(user, items, n, noise, ratings, features);
            general.fill(user, items, n, noise, expectedRatings, expectedFeatures);
            assertThat(ratings).containsExactly(expectedRatings);
            assertThat(features).containsExactly(expectedFeatures);
            assertThat(ratings[0]).isEqualTo(CandidateRows.rating(users, user * 3, songs, items[0] * 3, 3));
        }
    }

    @Test
    void otherShapesGetTheGeneralLoop() {
        EmbeddingSettings settings = new EmbeddingSettings(2, 5, 4, 1, 3, 1, "numpy");
        assertThat(CandidateRows.of(settings, new double[8], new double[20]))
                .isInstanceOf(CandidateRows.AnyShape.class);
    }
}
