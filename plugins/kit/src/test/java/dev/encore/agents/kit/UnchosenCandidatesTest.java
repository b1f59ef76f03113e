package dev.encore.agents.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnchosenCandidatesTest {

    @Test
    void drawsUniformlyAmongTheCandidatesNotYetChosen() {
        UnchosenCandidates unchosen = new UnchosenCandidates(3);
        SplittableRandom random = new SplittableRandom(11);
        long[] counts = new long[8];
        for (int trial = 0; trial < 40_000; trial++) {
            unchosen.clear();
            unchosen.choose(6);
            unchosen.choose(2);
            int drawn = unchosen.draw(8, random);
            assertThat(drawn).isNotIn(2, 6);
            counts[drawn]++;
        }
        long[] possible = {counts[0], counts[1], counts[3], counts[4], counts[5], counts[7]};
        // 5 degrees of freedom: 20.52 is the 0.1% critical value
        assertThat(ChiSquare.uniform(possible)).isLessThan(20.52);
    }

    @Test
    void drawingEveryCandidateGivesEachOnce() {
        UnchosenCandidates unchosen = new UnchosenCandidates(5);
        SplittableRandom random = new SplittableRandom(3);
        boolean[] seen = new boolean[5];
        for (int p = 0; p < 5; p++) {
            int drawn = unchosen.draw(5, random);
            assertThat(seen[drawn]).isFalse();
            seen[drawn] = true;
            assertThat(unchosen.isChosen(drawn)).isTrue();
        }
    }
}
