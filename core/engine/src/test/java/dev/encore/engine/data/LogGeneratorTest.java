package dev.encore.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogGeneratorTest {

    private static String generate(int users, int items, int rows, int columns, long seed) throws IOException {
        StringBuilder text = new StringBuilder();
        new LogGenerator(users, items, rows, columns, seed).write(text);
        return text.toString();
    }

    @Test
    void theSameSeedWritesTheSameLogAndAnotherSeedAnother() throws IOException {
        String first = generate(50, 200, 2_000, 9, 7);
        assertThat(generate(50, 200, 2_000, 9, 7)).isEqualTo(first);
        assertThat(generate(50, 200, 2_000, 9, 8)).isNotEqualTo(first);
    }

    @Test
    void writesTheNineColumnShapeInTheSeedsQuotingAndReadsBack(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("sub/log.csv");
        new LogGenerator(50, 200, 2_000, 9, 7).write(file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(String.join(",", LogHeader.NINE_COLUMNS));
        assertThat(lines).hasSize(2_001);
        assertThat(lines.get(1)).matches("1,\\d+,[0-9.]+,[^,]+,[0-9.]+,-[0-9.]+,[0-9.]+,\\d+,\"\"\".*\"\"\"");
        assertThat(String.join("\n", lines)).contains("\"\"\"Listen it frequently\"\"\"\"Like\"\"\"");
        assertThat(folder.resolve("sub")).isDirectoryNotContaining("glob:**.partial");

        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        assertThat(log.rows()).isEqualTo(2_000);
        assertThat(log.users()).isEqualTo(50);
        assertThat(log.items()).isBetween(150, 200);
        assertThat(log.songColumns()).containsExactly("duration", "loudness", "tempo", "key");
        assertThat(log.eventCounts().keySet()).containsExactlyInAnyOrderElementsOf(
                StrengthMapping.SEED_EVENTS.strengths().keySet());
    }

    @Test
    void writesTheSixColumnShape(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        new LogGenerator(10, 30, 100, 6, 1).write(file);
        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        assertThat(log.songColumns()).containsExactly("duration");
        assertThat(log.rows()).isEqualTo(100);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", LogHeader.SIX_COLUMNS));
    }

    @Test
    void logsNoPairTwiceEvenWhenEveryPairIsLogged(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        new LogGenerator(7, 11, 77, 6, 3).write(file);
        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        Set<Long> pairs = new HashSet<>();
        for (int row = 0; row < log.rows(); row++) {
            assertThat(pairs.add((long) log.user(row) * log.items() + log.item(row))).isTrue();
        }
        assertThat(pairs).hasSize(77);
    }

    @Test
    void activityAndPopularityAreSkewedLikeListeningData(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        new LogGenerator(200, 1_000, 20_000, 6, 2020).write(file);
        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        int[] perUser = new int[log.users()];
        int[] perSong = new int[log.items()];
        for (int row = 0; row < log.rows(); row++) {
            perUser[log.user(row)]++;
            perSong[log.item(row)]++;
        }
        Arrays.sort(perUser);
        Arrays.sort(perSong);
        // the busiest tenth of listeners has far more than a tenth of the rows; a hit song far more than the median
        int busiest = Arrays.stream(perUser, 180, 200).sum();
        assertThat(busiest).isGreaterThan(20_000 / 4);
        assertThat(perSong[perSong.length - 1]).isGreaterThan(4 * perSong[perSong.length / 2]);
    }

    @Test
    void strengthsFollowTheListenersTastes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("log.csv");
        new LogGenerator(100, 300, 10_000, 9, 5).write(file);
        ListeningLog log = ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS);
        // shorter songs are preferred: the shorter half of the rows is worth more on average
        double[] durations = new double[log.rows()];
        for (int row = 0; row < log.rows(); row++) {
            durations[row] = log.songValue(0, row);
        }
        double median = Arrays.stream(durations).sorted().toArray()[log.rows() / 2];
        double shorter = 0;
        double longer = 0;
        int shorterRows = 0;
        for (int row = 0; row < log.rows(); row++) {
            if (durations[row] < median) {
                shorter += log.strength(row);
                shorterRows++;
            } else {
                longer += log.strength(row);
            }
        }
        assertThat(shorter / shorterRows - longer / (log.rows() - shorterRows)).isGreaterThan(0.5);
    }

    @Test
    void refusesSettingsOutOfRange() {
        assertThatThrownBy(() -> new LogGenerator(0, 10, 10, 6, 1))
                .hasMessage("users = 0 is out of range: allowed at least 1");
        assertThatThrownBy(() -> new LogGenerator(10, 0, 10, 6, 1))
                .hasMessage("items = 0 is out of range: allowed at least 1");
        assertThatThrownBy(() -> new LogGenerator(10, 5, 9, 6, 1))
                .hasMessage("rows = 9 is out of range: allowed 10 (users: every listener appears) to 50 "
                        + "(users x items: no pair twice)");
        assertThatThrownBy(() -> new LogGenerator(10, 5, 51, 6, 1))
                .hasMessage("rows = 51 is out of range: allowed 10 (users: every listener appears) to 50 "
                        + "(users x items: no pair twice)");
        assertThatThrownBy(() -> new LogGenerator(10, 5, 20, 7, 1))
                .hasMessage("columns = 7 is not allowed: allowed 6 or 9");
    }
}
