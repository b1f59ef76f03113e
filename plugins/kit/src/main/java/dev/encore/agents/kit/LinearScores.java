package dev.encore.agents.kit;

/**
 * {@code w . x} for every row of a row-major array, in one loop over rows. With 6 values a row (the notebook's
 * features) or 10 (the same with their listener x song products) the row's sum is written out, the weights held in
 * registers: about twice as fast as the loop over the row. Every path adds the same terms in the same order, first
 * term added to 0.0 included, so they give the same doubles to the bit.
 */
public final class LinearScores {

    private LinearScores() {
    }

    /**
     * Writes {@code weights . row i} into {@code scores[i]} for rows {@code 0 .. n - 1} of {@code rows}, each
     * {@code weights.length} values long.
     */
    public static void all(double[] weights, double[] rows, int n, double[] scores) {
        switch (weights.length) {
            case 6 -> allOfSix(weights, rows, n, scores);
            case 10 -> allOfTen(weights, rows, n, scores);
            default -> allOfAny(weights, rows, n, scores);
        }
    }

    /** {@code weights . x} of the row at {@code rows[offset ..]}. */
    public static double one(double[] weights, double[] rows, int offset) {
        double sum = 0.0;
        for (int j = 0; j < weights.length; j++) {
            sum += weights[j] * rows[offset + j];
        }
        return sum;
    }

    private static void allOfAny(double[] weights, double[] rows, int n, double[] scores) {
        int d = weights.length;
        for (int i = 0; i < n; i++) {
            scores[i] = one(weights, rows, i * d);
        }
    }

    private static void allOfSix(double[] weights, double[] rows, int n, double[] scores) {
        double w0 = weights[0];
        double w1 = weights[1];
        double w2 = weights[2];
        double w3 = weights[3];
        double w4 = weights[4];
        double w5 = weights[5];
        for (int i = 0; i < n; i++) {
            int at = i * 6;
            scores[i] = 0.0 + w0 * rows[at] + w1 * rows[at + 1] + w2 * rows[at + 2] + w3 * rows[at + 3]
                    + w4 * rows[at + 4] + w5 * rows[at + 5];
        }
    }

    private static void allOfTen(double[] weights, double[] rows, int n, double[] scores) {
        double w0 = weights[0];
        double w1 = weights[1];
        double w2 = weights[2];
        double w3 = weights[3];
        double w4 = weights[4];
        double w5 = weights[5];
        double w6 = weights[6];
        double w7 = weights[7];
        double w8 = weights[8];
        double w9 = weights[9];
        for (int i = 0; i < n; i++) {
            int at = i * 10;
            scores[i] = 0.0 + w0 * rows[at] + w1 * rows[at + 1] + w2 * rows[at + 2] + w3 * rows[at + 3]
                    + w4 * rows[at + 4] + w5 * rows[at + 5] + w6 * rows[at + 6] + w7 * rows[at + 7]
                    + w8 * rows[at + 8] + w9 * rows[at + 9];
        }
    }
}
