package dev.encore.engine.run;

/**
 * Checks that a slate holds distinct candidate indices in range, in O(slate) time and without allocating: each
 * check stamps the candidates it sees with a new generation number.
 */
final class SlateChecker {

    private final int[] seenAt;
    private int generation;

    SlateChecker(int maxCandidates) {
        seenAt = new int[maxCandidates];
    }

    /** @throws BadSlateException naming the first bad position */
    void check(int[] slate, int slateSize, int candidates) {
        if (++generation == 0) {
            java.util.Arrays.fill(seenAt, 0);
            generation = 1;
        }
        for (int p = 0; p < slateSize; p++) {
            int index = slate[p];
            if (index < 0 || index >= candidates) {
                throw new BadSlateException("slate position " + p + " holds candidate " + index
                        + ": allowed 0 to " + (candidates - 1));
            }
            if (seenAt[index] == generation) {
                throw new BadSlateException("slate position " + p + " repeats candidate " + index);
            }
            seenAt[index] = generation;
        }
    }
}
