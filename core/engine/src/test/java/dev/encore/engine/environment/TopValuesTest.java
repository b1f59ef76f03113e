package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopValuesTest {

    @Test
    void keepsTheLargestInDescendingOrder() {
        TopValues top = new TopValues(5);
        top.clear(3);
        for (double v : new double[] {0.5, 2.0, -1.0, 3.0, 2.0, 0.1}) {
            top.offer(v);
        }
        assertThat(top.max()).isEqualTo(3.0);
        assertThat(top.sum()).isEqualTo(7.0);
    }

    @Test
    void sumOfFewerValuesThanCapacityUsesThemAll() {
        TopValues top = new TopValues(3);
        assertThat(top.sumOf(new double[] {1.0, 2.0, 99.0}, 2)).isEqualTo(3.0);
    }

    @Test
    void sameValuesInAnyOrderSumToTheSameDouble() {
        TopValues top = new TopValues(3);
        double forward = top.sumOf(new double[] {0.1, 0.7, 1e16}, 3);
        double backward = top.sumOf(new double[] {1e16, 0.7, 0.1}, 3);
        assertThat(forward).isEqualTo(backward);
    }

    @Test
    void emptyHasNoMax() {
        TopValues top = new TopValues(1);
        top.clear(1);
        assertThat(top.max()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(top.sum()).isZero();
    }

    @Test
    void offeringAllAtOnceKeepsWhatOfferingOneByOneKeeps() {
        SplittableRandom random = new SplittableRandom(9);
        double[] values = new double[1_000];
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(0, 30) / 7.0;
            }
            int k = round % 5;
            int n = round % 7 == 0 ? 3 : values.length;
            TopValues allAtOnce = new TopValues(8);
            TopValues oneByOne = new TopValues(8);
            allAtOnce.clear(k);
            allAtOnce.offerAll(values, n);
            oneByOne.clear(k);
            for (int i = 0; i < n; i++) {
                oneByOne.offer(values[i]);
            }
            assertThat(allAtOnce.max()).as("round %d", round).isEqualTo(oneByOne.max());
            assertThat(allAtOnce.sum()).as("round %d", round).isEqualTo(oneByOne.sum());
            assertThat(allAtOnce.sumOf(values, 0)).isZero();
        }
    }
}
