package dev.encore.engine.random;

/**
 * MT19937 seeded and drawn exactly like numpy's legacy {@code RandomState(seed)}: Knuth-style {@code init_genrand}
 * seeding and the legacy bounded-integer algorithm (masked rejection on 32-bit outputs). Same seed, same numbers as
 * the seed notebook.
 */
public final class NumpyRandom implements RandomSource {

    /** The largest seed numpy's legacy {@code RandomState} accepts. */
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    private static final int N = 624;
    private static final int M = 397;
    private static final int UPPER_MASK = 0x8000_0000;
    private static final int LOWER_MASK = 0x7FFF_FFFF;
    private static final int MATRIX_A = 0x9908_B0DF;

    /** The generator's 624 words; the twist writes the next ones into {@code spare}, then the two swap. */
    private int[] state = new int[N];
    private int[] spare = new int[N];
    /** Scratch for the twist: each word's successor, and the word M ahead. */
    private final int[] successors = new int[N];
    private final int[] aheads = new int[N];
    /** The tempered outputs of the current block: tempering a whole block at once is what makes draws cheap. */
    private final int[] outputs = new int[N];
    private int position;

    /**
     * @throws IllegalArgumentException when the seed is outside {@code 0 .. 2^32 - 1}, as numpy refuses it too
     */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException(
                    "seed = " + seed + " is out of range for random: numpy: allowed 0 to " + MAX_SEED);
        }
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            int previous = state[i - 1];
            state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
        }
        position = N;
    }

    /** The next raw 32-bit output, as an unsigned value in the low 32 bits of the {@code long}. */
    public long nextUnsignedInt() {
        return Integer.toUnsignedLong(next32());
    }

    /** numpy's {@code random_sample()}: 53 random bits from two outputs, in {@code [0, 1)}. */
    public double nextDouble() {
        long high = (next32() >>> 5) & 0x7FF_FFFFL;
        long low = (next32() >>> 6) & 0x3FF_FFFFL;
        return (high * 67108864.0 + low) / 9007199254740992.0;
    }

    @Override
    public int nextInt(int low, int high) {
        long range = (long) high - 1 - low;
        if (range < 0) {
            throw new IllegalArgumentException("randint: low " + low + " must be below high " + high);
        }
        if (range == 0) {
            return low;
        }
        int mask = (int) (-1L >>> Long.numberOfLeadingZeros(range));
        long value;
        do {
            value = Integer.toUnsignedLong(next32() & mask);
        } while (value > range);
        return (int) (low + value);
    }

    @Override
    public void nextInts(int low, int high, int[] out, int count) {
        long range = (long) high - 1 - low;
        if (range <= 0) {
            for (int i = 0; i < count; i++) {
                out[i] = nextInt(low, high);
            }
            return;
        }
        int mask = (int) (-1L >>> Long.numberOfLeadingZeros(range));
        long accepted = range + 1;
        int[] block = outputs;
        int at = position;
        int filled = 0;
        // Rejection without a branch per draw: every masked output is written, and the fill count only moves on
        // when it is accepted (value - accepted is negative). A rejection branch would be mispredicted about once a
        // draw. Each pass reads at most the draws still missing, so the loop has a single bound.
        while (filled < count) {
            if (at == N) {
                twist();
                at = 0;
            }
            int end = Math.min(N, at + (count - filled));
            for (; at < end; at++) {
                long value = Integer.toUnsignedLong(block[at] & mask);
                out[filled] = (int) (low + value);
                filled += (int) ((value - accepted) >>> 63);
            }
        }
        position = at;
    }

    private int next32() {
        if (position == N) {
            twist();
        }
        return outputs[position++];
    }

    /**
     * The next block of 624 outputs. The recurrence reads each word's successor and the word {@code M} ahead (for the
     * last words, one already replaced): copying those into arrays of their own lets every loop read and write at
     * one index, a shape the JIT vectorises; the twist takes half the time of the textbook loop.
     */
    private void twist() {
        int[] old = state;
        int[] fresh = spare;
        int[] successor = successors;
        int[] ahead = aheads;
        System.arraycopy(old, 1, successor, 0, N - 1);
        System.arraycopy(old, M, ahead, 0, N - M);
        recur(old, successor, ahead, fresh, 0, N - M);
        // words N - M .. N - 2 read fresh[k + M - N]: in chunks of N - M, each reading words replaced before it
        for (int from = N - M; from < N - 1; from += N - M) {
            int to = Math.min(N - 1, from + N - M);
            System.arraycopy(fresh, from - (N - M), ahead, from, to - from);
            recur(old, successor, ahead, fresh, from, to);
        }
        int y = (old[N - 1] & UPPER_MASK) | (fresh[0] & LOWER_MASK);
        fresh[N - 1] = fresh[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        for (int i = 0; i < N; i++) {
            int t = fresh[i];
            t ^= t >>> 11;
            t ^= (t << 7) & 0x9D2C_5680;
            t ^= (t << 15) & 0xEFC6_0000;
            t ^= t >>> 18;
            outputs[i] = t;
        }
        spare = old;
        state = fresh;
        position = 0;
    }

    private static void recur(int[] old, int[] successor, int[] ahead, int[] fresh, int from, int to) {
        for (int k = from; k < to; k++) {
            int y = (old[k] & UPPER_MASK) | (successor[k] & LOWER_MASK);
            fresh[k] = ahead[k] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
    }
}
