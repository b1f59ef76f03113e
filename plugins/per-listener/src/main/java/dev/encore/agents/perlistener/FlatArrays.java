package dev.encore.agents.perlistener;

/** Sizes of the flat per-listener arrays, checked to fit in one Java array. */
final class FlatArrays {

    private FlatArrays() {
    }

    /**
     * {@code users * perUser} as an array length.
     *
     * @throws IllegalArgumentException when it exceeds what one array can hold, naming what was being sized
     */
    static int size(int users, long perUser, String what) {
        long size = users * perUser;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(what + " = " + users + " x " + perUser + " = " + size
                    + " values: more than one array can hold (" + (Integer.MAX_VALUE - 8) + ")");
        }
        return (int) size;
    }
}
