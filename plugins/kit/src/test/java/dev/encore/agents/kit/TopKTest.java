package dev.encore.agents.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TopKTest {

    private static int[] top(TopK top) {
        int[] kept = new int[top.size()];
        for (int rank = 0; rank < kept.length; rank++) {
            kept[rank] = top.candidate(rank);
        }
        return kept;
    }

    @Test
    void keepsTheBestCandidatesBestFirst() {
        TopK top = new TopK(3, new SplittableRandom(1));
        double[] scores = {0.5, 2.0, -1.0, 3.5, 1.0, 2.5, 0.0};
        top.clear(3);
        for (int i = 0; i < scores.length; i++) {
            top.offer(i, scores[i]);
        }
        assertThat(top(top)).containsExactly(3, 5, 1);

        top.clear(2);
        top.offer(0, 1.0);
        assertThat(top(top)).containsExactly(0);
    }

    @Test
    void copiesTheBestIntoASlateBestFirst() {
        TopK top = new TopK(3, new SplittableRandom(1));
        top.clear(3);
        top.offerAll(new double[] {0.5, 2.0, -1.0, 3.5, 1.0, 2.5}, 6);
        int[] slate = {-1, -1, -1, -1};
        top.copyTo(slate, 3);
        assertThat(slate).containsExactly(3, 5, 1, -1);
    }

    @Test
    void theThresholdIsTheWorstKeptScoreOnceFull() {
        TopK top = new TopK(2, new SplittableRandom(1));
        top.clear(2);
        top.offer(0, 1.0);
        assertThat(top.threshold()).isEqualTo(Double.NEGATIVE_INFINITY);
        top.offer(1, 3.0);
        assertThat(top.threshold()).isEqualTo(1.0);
        top.offer(2, 2.0);
        assertThat(top.threshold()).isEqualTo(2.0);
    }

    @Test
    void drawsNothingWhenThereIsNoTieToSettle() {
        CountingRandom random = new CountingRandom();
        TopK top = new TopK(3, random);
        top.clear(3);
        for (int i = 0; i < 1_000; i++) {
            top.offer(i, Math.sin(i));
        }
        assertThat(random.draws).isZero();
    }

    @Test
    void breaksTiesUniformlyAtRandom() {
        // candidate 0 is best; 1 to 5 tie for the two places left
        double[] scores = {9.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5};
        TopK top = new TopK(3, new SplittableRandom(2020));
        long[] second = new long[5];
        long[] kept = new long[5];
        for (int trial = 0; trial < 20_000; trial++) {
            top.clear(3);
            for (int i = 0; i < scores.length; i++) {
                top.offer(i, scores[i]);
            }
            assertThat(top.candidate(0)).isZero();
            second[top.candidate(1) - 1]++;
            kept[top.candidate(1) - 1]++;
            kept[top.candidate(2) - 1]++;
        }
        // 4 degrees of freedom: 18.47 is the 0.1% critical value
        assertThat(ChiSquare.uniform(second)).isLessThan(18.47);
        assertThat(ChiSquare.uniform(kept)).isLessThan(18.47);
    }

    @Test
    void offeringAllAtOnceKeepsAndDrawsWhatOfferingOneByOneDoes() {
        SplittableRandom scoresRandom = new SplittableRandom(3);
        double[] scores = new double[2_000];
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = scoresRandom.nextInt(0, 40) / 8.0; // many ties, at the threshold too
            }
            scores[scoresRandom.nextInt(scores.length)] = Double.NaN;
            int k = 1 + round % 4;
            int n = round == 0 ? 2 : scores.length;
            SplittableRandom allAtOnceRandom = new SplittableRandom(round);
            SplittableRandom oneByOneRandom = new SplittableRandom(round);
            TopK allAtOnce = new TopK(4, allAtOnceRandom);
            TopK oneByOne = new TopK(4, oneByOneRandom);
            allAtOnce.clear(k);
            allAtOnce.offerAll(scores, n);
            oneByOne.clear(k);
            for (int i = 0; i < n; i++) {
                oneByOne.offer(i, scores[i]);
            }
            assertThat(top(allAtOnce)).as("round %d", round).containsExactly(top(oneByOne));
            // both drew the same keys for the same ties: their generators are still in step
            assertThat(allAtOnceRandom.nextLong()).isEqualTo(oneByOneRandom.nextLong());
        }
    }

    @Test
    void refusesMoreThanItsCapacity() {
        TopK top = new TopK(3, new SplittableRandom(1));
        assertThatThrownBy(() -> top.clear(4)).hasMessage("k = 4: allowed 1 to 3");
    }

    /** A generator that counts its draws. */
    private static final class CountingRandom implements RandomGenerator {
        private final SplittableRandom delegate = new SplittableRandom(5);
        private int draws;

        @Override
        public long nextLong() {
            draws++;
            return delegate.nextLong();
        }
    }
}
