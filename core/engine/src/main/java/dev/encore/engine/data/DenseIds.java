package dev.encore.engine.data;

import java.util.Arrays;

/** Ids of a log numbered densely: the distinct ids in ascending order, an id's index being its position. */
final class DenseIds {

    private DenseIds() {
    }

    /** The distinct values of {@code ids[0 .. n)}, ascending. */
    static long[] distinct(long[] ids, int n) {
        long[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || sorted[distinct - 1] != sorted[i]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** The dense index of each of {@code ids[0 .. n)}: its position in {@code distinct}. */
    static int[] indices(long[] ids, int n, long[] distinct) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = Arrays.binarySearch(distinct, ids[i]);
        }
        return indices;
    }
}
