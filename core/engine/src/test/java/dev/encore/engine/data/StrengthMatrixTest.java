package dev.encore.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrengthMatrixTest {

    @Test
    void holdsEachListenersSongsAscendingWithDuplicatePairsSummed() {
        // logged.csv: listener 10 logs songs 100..103, song 101 twice (-3 then +2); 20 logs 100 and 103; 30 logs 102
        StrengthMatrix matrix = StrengthMatrix.byUser(LogFixtures.read("logged.csv"));
        assertThat(matrix.rows()).isEqualTo(3);
        assertThat(matrix.columns()).isEqualTo(4);
        assertThat(matrix.pairs()).isEqualTo(7);
        assertThat(row(matrix, 0)).isEqualTo("0:6.0 1:-1.0 2:1.0 3:3.0");
        assertThat(row(matrix, 1)).isEqualTo("0:-1.0 3:3.0");
        assertThat(row(matrix, 2)).isEqualTo("2:0.0");
        assertThat(matrix.longestRow()).isEqualTo(4);
    }

    @Test
    void transposesToSongsByListener() {
        StrengthMatrix songs = StrengthMatrix.byUser(LogFixtures.read("logged.csv")).transpose();
        assertThat(songs.rows()).isEqualTo(4);
        assertThat(songs.columns()).isEqualTo(3);
        assertThat(row(songs, 0)).isEqualTo("0:6.0 1:-1.0");
        assertThat(row(songs, 1)).isEqualTo("0:-1.0");
        assertThat(row(songs, 2)).isEqualTo("0:1.0 2:0.0");
        assertThat(row(songs, 3)).isEqualTo("0:3.0 1:3.0");
    }

    private static String row(StrengthMatrix matrix, int row) {
        StringBuilder text = new StringBuilder();
        for (int k = matrix.start(row); k < matrix.end(row); k++) {
            text.append(text.length() == 0 ? "" : " ").append(matrix.column(k)).append(':').append(matrix.value(k));
        }
        return text.toString();
    }
}
