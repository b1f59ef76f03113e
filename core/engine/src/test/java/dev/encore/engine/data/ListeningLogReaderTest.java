package dev.encore.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListeningLogReaderTest {

    @Test
    void theSeedsFirstDataRowHasStrengthSeven() {
        ListeningLog log = LogFixtures.read("nine-columns.csv");
        assertThat(log.userId(log.user(0))).isEqualTo(196);
        assertThat(log.itemId(log.item(0))).isEqualTo(242);
        assertThat(log.strength(0)).isEqualTo(7.0);
    }

    @Test
    void readsTheSixColumnShape() {
        ListeningLog log = LogFixtures.read("six-columns.csv");
        assertThat(log.rows()).isEqualTo(5);
        assertThat(log.songColumns()).containsExactly("duration");
        // "Hello, Goodbye" is one quoted title: the row keeps its 6 values and its events
        assertThat(strengths(log)).containsExactly(7.0, 5.0, 2.0, 0.0, -3.0);
        assertThat(log.songValue(0, 2)).isEqualTo(204.5);
    }

    @Test
    void numbersListenersAndSongsByAscendingId() {
        ListeningLog log = LogFixtures.read("six-columns.csv");
        assertThat(log.users()).isEqualTo(3);
        assertThat(log.items()).isEqualTo(3);
        assertThat(new long[] {log.userId(0), log.userId(1), log.userId(2)}).containsExactly(22, 63, 196);
        assertThat(new long[] {log.itemId(0), log.itemId(1), log.itemId(2)}).containsExactly(51, 242, 377);
        assertThat(new int[] {log.user(0), log.user(1), log.user(2), log.user(3), log.user(4)})
                .containsExactly(2, 1, 0, 2, 1);
        assertThat(new int[] {log.item(0), log.item(1), log.item(2), log.item(3), log.item(4)})
                .containsExactly(1, 1, 2, 0, 0);
    }

    @Test
    void theEventWithTwoSpacesIsMatchedAsWrittenAndAnEmptyListIsWorthZero() {
        ListeningLog log = LogFixtures.read("six-columns.csv");
        assertThat(log.eventCounts()).containsEntry("Have listened  it completely", 1L);
        assertThat(log.strength(2)).isEqualTo(2.0);
        assertThat(log.strength(3)).isZero();
    }

    @Test
    void countsEveryEventInOrderOfFirstAppearance() {
        ListeningLog log = LogFixtures.read("six-columns.csv");
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("Listen it frequently", 2L);
        expected.put("View Song Information", 2L);
        expected.put("Download", 1L);
        expected.put("Like", 2L);
        expected.put("Have listened  it completely", 1L);
        expected.put("Skip it", 1L);
        expected.put("Not recommend it anymore", 1L);
        assertThat(log.eventCounts()).containsExactlyEntriesOf(expected);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void readsTheNineColumnShapeWithItsSongColumns() {
        ListeningLog log = LogFixtures.read("nine-columns.csv");
        assertThat(log.songColumns()).containsExactly("duration", "loudness", "tempo", "key");
        assertThat(new double[] {log.songValue(0, 2), log.songValue(1, 2), log.songValue(2, 2), log.songValue(3, 2)})
                .containsExactly(204.5, -12.25, 98.5, 11.0);
        assertThat(strengths(log)).containsExactly(7.0, -3.0, 3.0);
    }

    @Test
    void readsEventsWrittenAsAPythonListIgnoringTheLogsOwnStrengths() {
        Map<String, Double> events = new LinkedHashMap<>(StrengthMapping.SEED_EVENTS.strengths());
        events.put("Don't stop", 0.5);
        StrengthMapping mapping = new StrengthMapping(events, StrengthMapping.UnknownEvents.ERROR);
        ListeningLog log = ListeningLogReader.read(LogFixtures.path("python-list.csv"), mapping);
        assertThat(log.rows()).isEqualTo(5);
        assertThat(log.songColumns()).containsExactly("duration");
        // the file says 99.0 for the second row: the mapping decides, 1 + 1
        assertThat(strengths(log)).containsExactly(7.0, 2.0, 0.0, -1.0, 2.5);
        assertThat(log.eventCounts()).containsEntry("Like", 3L).containsEntry("Don't stop", 1L);
        assertThat(log.userId(log.user(4))).isEqualTo(22);
    }

    @Test
    void reportsEveryBadRowWithItsFileLineAndColumn() {
        Path file = LogFixtures.path("bad-rows.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problems()).containsExactly(
                        file + ": line 3, column duration: not a number: 3m20",
                        file + ": line 6, column duration: missing: the row has 4 values, the header 6",
                        file + ": line 7, column user_id: not an integer id: x1",
                        file + ": line 8, column event_type: an event's closing double quote is missing: "
                                + "\"Like\"\"Download",
                        file + ": line 9, column listening_time_in_scale_0-5: not a number: high",
                        file + ": line 10: the row has 7 values, the header 6",
                        file + ": line 12, column duration: not a finite number: NaN"));
    }

    @Test
    void reportsAPythonListThatDoesNotParseWithWhereItGoesWrong() {
        Path file = LogFixtures.path("bad-python-list.csv");
        String expected = "not a Python list of quoted events such as ['Like', 'Download'] (at character ";
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problems()).containsExactly(
                        file + ": line 2, column event_type: " + expected + "10): ['Like', Download]",
                        file + ": line 3, column event_type: " + expected + "8): ['Like'",
                        file + ": line 4, column event_type: " + expected + "9): ['Like' 'Download']"));
    }

    @Test
    void listsTwentyBadRowsAndCountsTheRest(@TempDir Path folder) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", LogHeader.SIX_COLUMNS)).append('\n');
        for (int i = 0; i < 25; i++) {
            text.append("1,2,3,A,oops,\"\"\"Like\"\"\"\n");
        }
        Path file = Files.writeString(folder.resolve("many.csv"), text);
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.problems()).hasSize(21);
                    assertThat(e.problems().get(19)).isEqualTo(file + ": line 21, column duration: not a number: oops");
                    assertThat(e.problems().get(20)).isEqualTo(file + ": 5 more bad rows not shown (25 in all)");
                });
    }

    @Test
    void refusesEventsTheMappingDoesNotNameListingThemWithCounts() {
        Path file = LogFixtures.path("unknown-events.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .isInstanceOf(UserError.class)
                .hasMessage(file + ": events not in the rewards mapping: 'Loved it' (2 times), "
                        + "'Have listened it completely' (1 time); name them under rewards events, or set "
                        + "unknown-events: zero to count them as 0");
    }

    @Test
    void countsUnknownEventsAsZeroWithAWarningWhenTheMappingSaysSo() {
        Path file = LogFixtures.path("unknown-events.csv");
        StrengthMapping zero = new StrengthMapping(StrengthMapping.SEED_EVENTS.strengths(),
                StrengthMapping.UnknownEvents.ZERO);
        ListeningLog log = ListeningLogReader.read(file, zero);
        assertThat(strengths(log)).containsExactly(1.0, 0.0, 0.0);
        assertThat(log.warnings()).containsExactly(file + ": events not in the rewards mapping count as 0: "
                + "'Loved it' (2 times), 'Have listened it completely' (1 time)");
    }

    @Test
    void refusesAHeaderThatIsNotALogs() {
        Path file = LogFixtures.path("not-a-log.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .hasMessage(file + ": line 1: not a listening log's header (missing item_id; not expected item, "
                        + "rating): expected user_id,item_id,listening_time_in_scale_0-5,title,duration,event_type "
                        + "or user_id,item_id,listening_time_in_scale_0-5,title,duration,loudness,tempo,key,"
                        + "event_type, either followed by event_strength when events are Python lists");
    }

    @Test
    void stopsAtAQuotedValueThatIsNeverClosed() {
        Path file = LogFixtures.path("unclosed-quote.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .hasMessage(file + ": line 4: not readable as CSV from here on: a quoted value is never closed");
    }

    @Test
    void stopsAtTextAfterAClosingQuote() {
        Path file = LogFixtures.path("text-after-quote.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .hasMessage(file + ": line 3: not readable as CSV from here on: a quoted value is followed by "
                        + "something other than a comma");
    }

    @Test
    void refusesAMissingFileAnEmptyFileAndAHeaderWithoutRows(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("missing.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(missing, StrengthMapping.SEED_EVENTS))
                .hasMessage(missing + ": no such file");
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        assertThatThrownBy(() -> ListeningLogReader.read(empty, StrengthMapping.SEED_EVENTS))
                .hasMessage(empty + ": empty: expected a header such as "
                        + "user_id,item_id,listening_time_in_scale_0-5,title,duration,loudness,tempo,key,event_type");
        Path headerOnly = LogFixtures.path("header-only.csv");
        assertThatThrownBy(() -> ListeningLogReader.read(headerOnly, StrengthMapping.SEED_EVENTS))
                .hasMessage(headerOnly + ": no rows after the header");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("bom.csv"), "\uFEFF" + String.join(",", LogHeader.SIX_COLUMNS)
                + "\r\n1,2,3,A,100,\"\"\"Download\"\"\"\r\n2,2,3,A,100,oops\r\n");
        assertThatThrownBy(() -> ListeningLogReader.read(file, StrengthMapping.SEED_EVENTS))
                .hasMessage(file + ": events not in the rewards mapping: 'oops' (1 time); name them under rewards "
                        + "events, or set unknown-events: zero to count them as 0");
    }

    private static List<Double> strengths(ListeningLog log) {
        return IntStream.range(0, log.rows()).mapToObj(log::strength).toList();
    }
}
