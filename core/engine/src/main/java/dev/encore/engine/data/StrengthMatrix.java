package dev.encore.engine.data;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The strengths of a log as a sparse listeners x songs matrix, one row per listener (compressed sparse rows): the
 * songs of row {@code r} are at positions {@code start(r) .. end(r) - 1}, in ascending song order. A pair logged in
 * several rows appears once, its strength the sum of theirs: the listener did all those things with that song.
 * Read-only once built.
 */
public final class StrengthMatrix {

    private final int rows;
    private final int columns;
    private final int[] starts;
    private final int[] indices;
    private final double[] values;

    private StrengthMatrix(int rows, int columns, int[] starts, int[] indices, double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.starts = starts;
        this.indices = indices;
        this.values = values;
    }

    /** Listeners x songs, in time proportional to the log's rows, listeners and songs. */
    public static StrengthMatrix byUser(ListeningLog log) {
        int n = log.rows();
        // two stable counting sorts (by song, then by listener) order the rows by (listener, song)
        int[] bySong = countingSort(n, log.items(), identity(n), log::item);
        int[] order = countingSort(n, log.users(), bySong, log::user);
        int[] starts = new int[log.users() + 1];
        int[] indices = new int[n];
        double[] values = new double[n];
        int pairs = 0;
        int lastUser = -1;
        int lastItem = -1;
        for (int k = 0; k < n; k++) {
            int row = order[k];
            int user = log.user(row);
            int item = log.item(row);
            if (user == lastUser && item == lastItem) {
                values[pairs - 1] += log.strength(row);
                continue;
            }
            indices[pairs] = item;
            values[pairs] = log.strength(row);
            pairs++;
            starts[user + 1] = pairs;
            lastUser = user;
            lastItem = item;
        }
        for (int u = 1; u <= log.users(); u++) {
            starts[u] = Math.max(starts[u], starts[u - 1]);
        }
        return new StrengthMatrix(log.users(), log.items(), starts, Arrays.copyOf(indices, pairs),
                Arrays.copyOf(values, pairs));
    }

    /** The same strengths with rows and columns swapped (songs x listeners), columns ascending in each row. */
    public StrengthMatrix transpose() {
        int pairs = pairs();
        int[] newStarts = new int[columns + 1];
        for (int k = 0; k < pairs; k++) {
            newStarts[indices[k] + 1]++;
        }
        for (int c = 0; c < columns; c++) {
            newStarts[c + 1] += newStarts[c];
        }
        int[] next = Arrays.copyOf(newStarts, columns);
        int[] newIndices = new int[pairs];
        double[] newValues = new double[pairs];
        for (int r = 0; r < rows; r++) {
            for (int k = starts[r]; k < starts[r + 1]; k++) {
                int at = next[indices[k]]++;
                newIndices[at] = r;
                newValues[at] = values[k];
            }
        }
        return new StrengthMatrix(columns, rows, newStarts, newIndices, newValues);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Distinct (row, column) pairs. */
    public int pairs() {
        return starts[rows];
    }

    /** The first position of row {@code row}. */
    public int start(int row) {
        return starts[row];
    }

    /** One past the last position of row {@code row}. */
    public int end(int row) {
        return starts[row + 1];
    }

    /** The column (song, or listener once transposed) at a position. */
    public int column(int position) {
        return indices[position];
    }

    /** The strength at a position. */
    public double value(int position) {
        return values[position];
    }

    /** The most entries any row has. */
    public int longestRow() {
        int longest = 0;
        for (int r = 0; r < rows; r++) {
            longest = Math.max(longest, starts[r + 1] - starts[r]);
        }
        return longest;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** {@code order} stably sorted by {@code key}, whose values lie in {@code 0 .. keys - 1}. */
    private static int[] countingSort(int n, int keys, int[] order, IntUnaryOperator key) {
        int[] next = new int[keys + 1];
        for (int i = 0; i < n; i++) {
            next[key.applyAsInt(order[i]) + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            next[k + 1] += next[k];
        }
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[next[key.applyAsInt(order[i])]++] = order[i];
        }
        return sorted;
    }
}
