package dev.encore.engine.data;

import dev.encore.engine.UserError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a listening log in any of the seed's three shapes (see {@link LogHeader}), streaming: rows go straight into
 * primitive columns, so memory grows with the rows only.
 *
 * <p>Nothing is half-read: every bad row (a missing or extra value, a bad number or id, an event list that cannot
 * be parsed) is reported with the file, its line and the column, up to {@link #REPORTED_BAD_ROWS} of them and a
 * count of the rest, and the log is refused. Events the mapping does not name are all reported with their counts;
 * the mapping's {@link StrengthMapping.UnknownEvents} makes that an error or a warning (they count as 0).
 */
public final class ListeningLogReader {

    /** How many bad rows an error lists; the others are counted. */
    public static final int REPORTED_BAD_ROWS = 20;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final String file;
    private final StrengthMapping mapping;
    private final List<String> problems = new ArrayList<>();
    private long badRows;
    private LogHeader header;
    private EventTally tally;
    private LogColumns columns;

    private ListeningLogReader(String file, StrengthMapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    /**
     * Reads a log, pricing each row's events with {@code mapping}.
     *
     * @throws UserError when the file cannot be read, its header is not a log's, a row is bad or (with
     *     {@code unknown-events: error}) an event is not in the mapping; every problem is listed
     */
    public static ListeningLog read(Path file, StrengthMapping mapping) {
        String name = file.toString();
        try (Reader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            return new ListeningLogReader(name, mapping).read(reader);
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file");
        } catch (IOException e) {
            throw new UserError(name + ": cannot be read: " + e.getMessage());
        }
    }

    private ListeningLog read(Reader reader) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, 1)) {
                throw new UserError(file + ": empty: expected a header such as "
                        + String.join(",", LogHeader.NINE_COLUMNS));
            }
            header = LogHeader.of(file, records.next().toList());
            tally = new EventTally(mapping, header.syntax());
            columns = new LogColumns(header.songColumns().length);
            // the line a record starts on: lines consumed before it, plus one (blank lines are records too)
            long line = parser.getCurrentLineNumber() + 1;
            while (hasNext(records, line)) {
                row(records.next(), line);
                line = parser.getCurrentLineNumber() + 1;
            }
        }
        return finish();
    }

    private boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            problems.add(file + ": line " + line + ": not readable as CSV from here on: " + csvReason(e));
            throw new UserError(problems);
        }
    }

    private static String csvReason(UncheckedIOException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        if (message != null && message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed";
        }
        if (message != null && message.contains("Invalid character between encapsulated token and delimiter")) {
            return "a quoted value is followed by something other than a comma";
        }
        return message;
    }

    private void row(CSVRecord record, long line) {
        int size = record.size();
        if (size == 1 && record.get(0).isEmpty()) {
            return;
        }
        int width = header.width();
        if (size < width) {
            bad(line, header.names().get(size), "missing: the row has " + size + " values, the header " + width);
            return;
        }
        if (size > width) {
            bad(line, null, "the row has " + size + " values, the header " + width);
            return;
        }
        int column = header.user();
        try {
            long user = id(record.get(column));
            column = header.item();
            long item = id(record.get(column));
            column = header.listeningTime();
            number(record.get(column));
            double[] songValues = columns.songValuesOfNextRow();
            int[] songColumns = header.songColumns();
            for (int c = 0; c < songColumns.length; c++) {
                column = songColumns[c];
                songValues[c] = number(record.get(column));
            }
            column = header.events();
            double strength = tally.strength(record.get(column));
            columns.add(user, item, strength);
        } catch (BadValue e) {
            bad(line, header.names().get(column), e.getMessage());
        }
    }

    private static long id(String value) throws BadValue {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadValue("not an integer id: " + value);
        }
    }

    private static double number(String value) throws BadValue {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadValue("not a number: " + value);
        }
        if (!Double.isFinite(number)) {
            throw new BadValue("not a finite number: " + value);
        }
        return number;
    }

    private void bad(long line, String column, String reason) {
        if (++badRows <= REPORTED_BAD_ROWS) {
            problems.add(file + ": line " + line + (column == null ? "" : ", column " + column) + ": " + reason);
        }
    }

    private ListeningLog finish() {
        if (badRows > REPORTED_BAD_ROWS) {
            problems.add(file + ": " + (badRows - REPORTED_BAD_ROWS) + " more bad rows not shown (" + badRows
                    + " in all)");
        }
        Map<String, Long> counts = tally.counts();
        List<String> unknown = unknownEvents(counts);
        List<String> warnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            String listed = String.join(", ", unknown);
            if (mapping.unknownEvents() == StrengthMapping.UnknownEvents.ERROR) {
                problems.add(file + ": events not in the rewards mapping: " + listed
                        + "; name them under rewards events, or set unknown-events: zero to count them as 0");
            } else {
                warnings.add(file + ": events not in the rewards mapping count as 0: " + listed);
            }
        }
        if (problems.isEmpty() && columns.rows() == 0) {
            problems.add(file + ": no rows after the header");
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        return columns.build(file, header.songColumnNames(), counts, warnings);
    }

    /** Each unknown event with its count, most frequent first, ties in order of first appearance. */
    private List<String> unknownEvents(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(entry -> !mapping.strengths().containsKey(entry.getKey()))
                .sorted(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed())
                .map(entry -> "'" + entry.getKey() + "' (" + entry.getValue()
                        + (entry.getValue() == 1 ? " time)" : " times)"))
                .toList();
    }

    /** The rows read so far, in growable primitive arrays. */
    private static final class LogColumns {

        private final double[][] songValues;
        private final double[] scratch;
        private long[] userIds = new long[1024];
        private long[] itemIds = new long[1024];
        private double[] strengths = new double[1024];
        private int rows;

        LogColumns(int songColumns) {
            songValues = new double[songColumns][1024];
            scratch = new double[songColumns];
        }

        int rows() {
            return rows;
        }

        /** Room for the song values of the next row, which the reader fills and {@link #add} copies in. */
        double[] songValuesOfNextRow() {
            return scratch;
        }

        void add(long user, long item, double strength) {
            if (rows == strengths.length) {
                int capacity = Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, rows * 2L));
                userIds = Arrays.copyOf(userIds, capacity);
                itemIds = Arrays.copyOf(itemIds, capacity);
                strengths = Arrays.copyOf(strengths, capacity);
                for (int c = 0; c < songValues.length; c++) {
                    songValues[c] = Arrays.copyOf(songValues[c], capacity);
                }
            }
            userIds[rows] = user;
            itemIds[rows] = item;
            strengths[rows] = strength;
            for (int c = 0; c < songValues.length; c++) {
                songValues[c][rows] = scratch[c];
            }
            rows++;
        }

        ListeningLog build(String file, List<String> songColumns, Map<String, Long> eventCounts,
                           List<String> warnings) {
            long[] distinctUsers = DenseIds.distinct(userIds, rows);
            long[] distinctItems = DenseIds.distinct(itemIds, rows);
            int[] users = DenseIds.indices(userIds, rows, distinctUsers);
            userIds = null;
            int[] items = DenseIds.indices(itemIds, rows, distinctItems);
            itemIds = null;
            double[][] values = new double[songValues.length][];
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(songValues[c], rows);
            }
            return new ListeningLog(file, songColumns, rows, users, items, Arrays.copyOf(strengths, rows), values,
                    distinctUsers, distinctItems, eventCounts, warnings);
        }
    }
}
