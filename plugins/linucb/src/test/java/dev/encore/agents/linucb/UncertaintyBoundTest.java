package dev.encore.agents.linucb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.agents.kit.RidgeRegression;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertaintyBoundTest {

    @Test
    void neverFallsBelowTheExactUncertaintyAsTheModelLearns() {
        RidgeRegression model = new RidgeRegression(6, 1.0);
        UncertaintyBound bound = new UncertaintyBound(6);
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[6];
        for (int step = 0; step < 3_000; step++) {
            bound.update(model);
            for (int probe = 0; probe < 20; probe++) {
                for (int j = 0; j < 6; j++) {
                    x[j] = random.nextDouble(-1, 1);
                }
                assertThat(bound.of(x, 0)).as("step %d", step).isGreaterThanOrEqualTo(model.uncertainty(x, 0));
            }
            // learn mostly along the first four directions: the last two stay little explored
            for (int j = 0; j < 6; j++) {
                x[j] = j < 4 ? random.nextInt(1, 6) / 5.0 : 0.01 * random.nextDouble();
            }
            model.learn(x, 0, random.nextDouble());
        }
    }

    @Test
    void isFarTighterThanTheTraceWhenOneDirectionIsUnexplored() {
        RidgeRegression model = new RidgeRegression(3, 1.0);
        double[] x = new double[3];
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < 1_000; step++) {
            x[0] = random.nextDouble();
            x[1] = random.nextDouble();
            model.learn(x, 0, 1.0); // the third direction is never seen: its variance stays 1 / lambda
        }
        UncertaintyBound bound = new UncertaintyBound(3);
        bound.update(model);
        double[] seen = {1.0, 1.0, 0.0};
        double exact = model.uncertainty(seen, 0);
        double byTrace = model.inverseTrace() * 2.0;
        assertThat(bound.of(seen, 0)).isGreaterThanOrEqualTo(exact).isLessThan(byTrace / 20);
    }

    @Test
    void aBrokenModelGivesABoundThatPassesOverNothing() {
        RidgeRegression model = new RidgeRegression(2, 1.0);
        model.learn(new double[] {Double.NaN, 1.0}, 0, 1.0);
        UncertaintyBound bound = new UncertaintyBound(2);
        bound.update(model);
        double shortfall = 10.0;
        assertThat(shortfall * shortfall > bound.of(new double[] {1.0, 1.0}, 0)).isFalse();
    }
}
