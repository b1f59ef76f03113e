package dev.encore.engine.environment;

import dev.encore.spi.Agent;
import dev.encore.spi.Candidates;
import java.util.SplittableRandom;

/** Simple agents for playing environments in tests: the first candidates, or distinct ones at random. */
final class TestAgents {

    private TestAgents() {
    }

    static Agent first() {
        return new Agent() {
            @Override
            public void recommend(Candidates candidates, int[] slate, int slateSize) {
                for (int p = 0; p < slateSize; p++) {
                    slate[p] = p;
                }
            }

            @Override
            public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
            }
        };
    }

    static Agent random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new Agent() {
            @Override
            public void recommend(Candidates candidates, int[] slate, int slateSize) {
                for (int p = 0; p < slateSize; p++) {
                    int pick;
                    boolean taken;
                    do {
                        pick = random.nextInt(candidates.size());
                        taken = false;
                        for (int q = 0; q < p; q++) {
                            taken |= slate[q] == pick;
                        }
                    } while (taken);
                    slate[p] = pick;
                }
            }

            @Override
            public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
            }
        };
    }
}
