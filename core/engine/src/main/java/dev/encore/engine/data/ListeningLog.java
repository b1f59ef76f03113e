package dev.encore.engine.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listening log held in columns of primitives, one entry per row: memory grows with the rows and nothing else.
 *
 * <p>Listeners and songs are numbered densely: listener {@code 0 .. users() - 1} is the log's {@code user_id}s in
 * ascending order, song {@code 0 .. items() - 1} its {@code item_id}s in ascending order. A row's strength is the
 * sum of the mapped strengths of its events (0 for an empty event list). Read-only once built: trials share it.
 */
public final class ListeningLog {

    private final String source;
    private final List<String> songColumns;
    private final int rows;
    private final int[] users;
    private final int[] items;
    private final double[] strengths;
    private final double[][] songValues;
    private final long[] userIds;
    private final long[] itemIds;
    private final Map<String, Long> eventCounts;
    private final List<String> warnings;

    ListeningLog(String source, List<String> songColumns, int rows, int[] users, int[] items, double[] strengths,
                 double[][] songValues, long[] userIds, long[] itemIds, Map<String, Long> eventCounts,
                 List<String> warnings) {
        this.source = source;
        this.songColumns = List.copyOf(songColumns);
        this.rows = rows;
        this.users = users;
        this.items = items;
        this.strengths = strengths;
        this.songValues = songValues;
        this.userIds = userIds;
        this.itemIds = itemIds;
        this.eventCounts = Collections.unmodifiableMap(new LinkedHashMap<>(eventCounts));
        this.warnings = List.copyOf(warnings);
    }

    /** The file it was read from, as named in messages. */
    public String source() {
        return source;
    }

    /** Data rows read (the header and blank lines not counted). */
    public int rows() {
        return rows;
    }

    /** Distinct listeners. */
    public int users() {
        return userIds.length;
    }

    /** Distinct songs. */
    public int items() {
        return itemIds.length;
    }

    /** The dense listener index of a row. */
    public int user(int row) {
        return users[row];
    }

    /** The dense song index of a row. */
    public int item(int row) {
        return items[row];
    }

    /** The mapped strength of a row: the sum over its events. */
    public double strength(int row) {
        return strengths[row];
    }

    /** The numeric song columns present: {@code duration}, then {@code loudness}, {@code tempo}, {@code key}. */
    public List<String> songColumns() {
        return songColumns;
    }

    /** The value of song column {@code column} (an index into {@link #songColumns()}) in a row. */
    public double songValue(int column, int row) {
        return songValues[column][row];
    }

    /** The log's {@code user_id} of dense listener {@code user}. */
    public long userId(int user) {
        return userIds[user];
    }

    /** The log's {@code item_id} of dense song {@code item}. */
    public long itemId(int item) {
        return itemIds[item];
    }

    /** How many times each event occurs in the log, mapped or not, in order of first appearance. */
    public Map<String, Long> eventCounts() {
        return eventCounts;
    }

    /**
     * What a person should know but that did not stop the reading: events the mapping does not name, counted as 0
     * because the mapping says {@code unknown-events: zero}.
     */
    public List<String> warnings() {
        return warnings;
    }
}
