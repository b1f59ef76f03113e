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

    private final int[] state = new int[N];
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
        int[] block = outputs;
        int at = position;
        int filled = 0;
        // Rejection without a branch per draw: every masked output is written, and the fill count only moves on
        // when it is accepted. A rejection branch would be mispredicted about once a draw.
        while (filled < count) {
            if (at == N) {
                twist();
                at = 0;
            }
            for (; at < N && filled < count; at++) {
                long value = Integer.toUnsignedLong(block[at] & mask);
                out[filled] = (int) (low + value);
                filled += value <= range ? 1 : 0;
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

    private void twist() {
        int k = 0;
        for (; k < N - M; k++) {
            int y = (state[k] & UPPER_MASK) | (state[k + 1] & LOWER_MASK);
            state[k] = state[k + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        for (; k < N - 1; k++) {
            int y = (state[k] & UPPER_MASK) | (state[k + 1] & LOWER_MASK);
            state[k] = state[k + M - N] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        int y = (state[N - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
        state[N - 1] = state[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        for (int i = 0; i < N; i++) {
            int t = state[i];
            t ^= t >>> 11;
            t ^= (t << 7) & 0x9D2C_5680;
            t ^= (t << 15) & 0xEFC6_0000;
            t ^= t >>> 18;
            outputs[i] = t;
        }
        position = 0;
    }
}
