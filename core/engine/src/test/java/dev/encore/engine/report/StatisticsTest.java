package dev.encore.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void theTQuantileMatchesPublishedTables() {
        // two-sided 95%: the 0.975 quantile, as printed in any table of Student's t
        assertThat(Statistics.tQuantile(1)).isCloseTo(12.7062, within(1e-4));
        assertThat(Statistics.tQuantile(4)).isCloseTo(2.7764, within(1e-4));
        assertThat(Statistics.tQuantile(9)).isCloseTo(2.2622, within(1e-4));
        assertThat(Statistics.tQuantile(29)).isCloseTo(2.0452, within(1e-4));
        assertThat(Statistics.tQuantile(100_000)).isCloseTo(1.9600, within(1e-4));
    }

    @Test
    void theIntervalIsTTimesTheStandardErrorEitherSideOfTheMean() {
        Estimate estimate = Statistics.tInterval(new double[] {1, 2, 3, 4, 5});
        assertThat(estimate.count()).isEqualTo(5);
        assertThat(estimate.mean()).isEqualTo(3.0);
        // 2.7764 * sqrt(2.5) / sqrt(5)
        assertThat(estimate.halfWidth()).isCloseTo(1.963243, within(1e-6));
        assertThat(estimate.low()).isCloseTo(3 - 1.963243, within(1e-6));
        assertThat(estimate.high()).isCloseTo(3 + 1.963243, within(1e-6));

        Estimate ten = Statistics.tInterval(new double[] {10.5, 12.25, 9.75, 11.0, 13.5, 10.0, 12.0, 11.25, 9.5,
            12.75});
        assertThat(ten.mean()).isCloseTo(11.25, within(1e-12));
        assertThat(ten.halfWidth()).isCloseTo(0.964922, within(1e-6));
    }

    @Test
    void oneValueHasAMeanButNoIntervalAndNoneHasNeither() {
        assertThat(Statistics.tInterval(new double[] {4.5})).isEqualTo(new Estimate(1, 4.5, Double.NaN));
        assertThat(Statistics.tInterval(new double[0])).isEqualTo(new Estimate(0, Double.NaN, Double.NaN));
    }

    @Test
    void identicalValuesHaveAnIntervalOfNoWidth() {
        assertThat(Statistics.tInterval(new double[] {2, 2, 2}).halfWidth()).isZero();
    }

    @Test
    void aPairedDifferenceIsTheIntervalOfTheDifferencesNotOfEitherSide() {
        double[] reference = {10, 1000, 50, 400};
        double[] values = {12, 1003, 51, 404};
        Estimate difference = Statistics.pairedDifference(values, reference);
        assertThat(difference).isEqualTo(Statistics.tInterval(new double[] {2, 3, 1, 4}));
        // 3.1824 (3 degrees of freedom) * sqrt(5/3) / 2
        assertThat(difference.halfWidth()).isCloseTo(2.054260, within(1e-6));
        assertThat(difference.contains(0)).isFalse();
        assertThat(difference.contains(2.5)).isTrue();
        assertThatThrownBy(() -> Statistics.pairedDifference(values, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paired values need as many on each side: 4 and 1");
    }

    @Test
    void anIntervalThatDoesNotExistContainsNothing() {
        assertThat(Statistics.tInterval(new double[] {0}).contains(0)).isFalse();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Statistics.median(new double[] {5, 1, 3})).isEqualTo(3.0);
        assertThat(Statistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Statistics.median(new double[0])).isNaN();
    }
}
