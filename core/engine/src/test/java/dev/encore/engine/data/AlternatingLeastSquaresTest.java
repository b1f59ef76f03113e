package dev.encore.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlternatingLeastSquaresTest {

    @Test
    void recoversAFullyLoggedRankOneMatrix(@TempDir Path folder) throws IOException {
        // strengths u * i for listeners 1..3 and songs 1..4, every pair logged: a rank-one matrix
        StringBuilder text = new StringBuilder(String.join(",", LogHeader.SIX_COLUMNS)).append('\n');
        Map<String, Double> events = new LinkedHashMap<>();
        for (int u = 1; u <= 3; u++) {
            for (int i = 1; i <= 4; i++) {
                events.put("x" + u * i, (double) (u * i));
                text.append(u).append(',').append(i).append(",1,A,100,x").append(u * i).append('\n');
            }
        }
        Path file = Files.writeString(folder.resolve("rank-one.csv"), text);
        ListeningLog log = ListeningLogReader.read(file,
                new StrengthMapping(events, StrengthMapping.UnknownEvents.ERROR));
        Factorization fit = AlternatingLeastSquares.fit(StrengthMatrix.byUser(log), 1, 1e-6, 50);
        for (int row = 0; row < log.rows(); row++) {
            assertThat(fit.rating(log.user(row), log.item(row))).isCloseTo(log.strength(row), within(1e-3));
        }
    }

    @Test
    void isTheSameForTheSameLogAndSettings() {
        StrengthMatrix matrix = StrengthMatrix.byUser(LogFixtures.read("logged.csv"));
        Factorization first = AlternatingLeastSquares.fit(matrix, 2, 0.1, 10);
        Factorization second = AlternatingLeastSquares.fit(matrix, 2, 0.1, 10);
        assertThat(second.users()).containsExactly(first.users());
        assertThat(second.items()).containsExactly(first.items());
    }

    @Test
    void refusesSettingsThatCannotFit() {
        StrengthMatrix matrix = StrengthMatrix.byUser(LogFixtures.read("logged.csv"));
        assertThatThrownBy(() -> AlternatingLeastSquares.fit(matrix, 2, 0.0, 10))
                .hasMessage("rank 2, regularization 0.0, sweeps 10: allowed rank >= 1, regularization > 0, "
                        + "sweeps >= 1");
    }
}
