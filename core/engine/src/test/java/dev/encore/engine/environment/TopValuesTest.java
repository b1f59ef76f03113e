package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;

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
}
